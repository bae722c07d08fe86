"""Signature blocks: place and date, position, signature space, full name, NIP.

The signature space is a flowable that remembers where it was drawn, so a digital
signature's visible field can be placed exactly over it (signing.py).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from scorer.core.model import Assessor, Role
from scorer.reports.locale_id import long_date
from scorer.reports.minutes_parts import SignatureSlot, field_name_for

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts

SPACE_WIDTH_MM = 52
SPACE_HEIGHT_MM = 20
COLUMNS = 3


def _space_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class SignatureSpace(Flowable):  # type: ignore[misc]
        """Blank space for a signature (or an image of one) that records its page box."""

        def __init__(self, slot_sink: list[SignatureSlot], name: str, image: Any) -> None:
            super().__init__()
            self.sink = slot_sink
            self.signer = name
            self.image = image

        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            from reportlab.lib.units import mm

            self.width, self.height = SPACE_WIDTH_MM * mm, SPACE_HEIGHT_MM * mm
            return self.width, self.height

        def draw(self) -> None:
            x0, y0 = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber() - 1
            box = (x0, y0, x0 + self.width, y0 + self.height)
            self.sink.append(SignatureSlot(field_name_for(self.signer), self.signer, page, box))
            if self.image is not None:
                self.image.drawOn(self.canv, (self.width - self.image.drawWidth) / 2, 0)

    return SignatureSpace


def _image(path: Any) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image

    image = Image(str(path))
    ratio = min(SPACE_WIDTH_MM * mm / image.imageWidth, SPACE_HEIGHT_MM * mm / image.imageHeight)
    image.drawWidth = image.imageWidth * ratio
    image.drawHeight = image.imageHeight * ratio
    return image


def signature_blocks(parts: Parts) -> list[Flowable]:
    """The chair first, then the other panel members, three blocks to a row."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    record = parts.record
    w = parts.w
    space = _space_class()
    place_date = (
        f"{record.evaluation.region}, {long_date(record.session.date, parts.lang, weekday=False)}"
    )
    signers = sorted(record.assessors, key=lambda a: a.role is not Role.CHAIR)

    def block(assessor: Assessor) -> list[Flowable]:
        role = w["chair_role"] if assessor.role is Role.CHAIR else w["member_role"]
        if assessor.key == record.owner:
            role += f" / {w['minute_taker']}"
        image_path = parts.signature_images.get(assessor.key)
        image = _image(image_path) if image_path else None
        lines = [
            parts.p(role, parts.s.centred),
            space(parts.slots, assessor.name, image),
            Paragraph(f"<u>{escape(assessor.name, quote=False)}</u>", parts.s.centred),
        ]
        lines.append(
            parts.p(w["nip"].format(nip=assessor.nip) if assessor.nip else "", parts.s.centred)
        )
        return lines

    cells = [block(a) for a in signers]
    rows = [cells[n : n + COLUMNS] for n in range(0, len(cells), COLUMNS)]
    if rows:
        rows[-1] += [[] for _ in range(COLUMNS - len(rows[-1]))]
    out: list[Flowable] = [Spacer(1, 8), parts.p(place_date, parts.s.centred), Spacer(1, 4)]
    for row in rows:
        table = Table([row], colWidths=[170 / COLUMNS * mm] * COLUMNS)
        font = ("FONTNAME", (0, 0), (-1, -1), parts.s.cell.fontName)
        table.setStyle(TableStyle([font, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out.append(KeepTogether([table, Spacer(1, 6)]))
    return out
