"""Signature blocks: place and date, position, signature space, full name, NIP.

The signature space is a flowable that remembers where it was drawn, so a digital
signature's visible field can be placed exactly over it (signing.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from scorer.reports.locale_id import long_date
from scorer.reports.minutes_parts import SignatureSlot, field_name_for
from scorer.reports.phrases import joined

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts

SPACE_WIDTH_MM = 52
SPACE_HEIGHT_MM = 20


def _space_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class SignatureSpace(Flowable):  # type: ignore[misc]
        """Blank space for a signature (or an image of one) that records its page box."""

        def __init__(
            self, slot_sink: list[SignatureSlot], name: str, image: Any, field_name: str
        ) -> None:
            super().__init__()
            self.sink = slot_sink
            self.signer = name
            self.image = image
            self.field_name = field_name

        def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
            from reportlab.lib.units import mm

            self.width, self.height = SPACE_WIDTH_MM * mm, SPACE_HEIGHT_MM * mm
            return self.width, self.height

        def draw(self) -> None:
            x0, y0 = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber() - 1
            box = (x0, y0, x0 + self.width, y0 + self.height)
            self.sink.append(SignatureSlot(self.field_name, self.signer, page, box))
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


@dataclass(frozen=True)
class Signer:
    """One signature block: the lines above the space, the name under it (blank: a dotted
    line for a name written by hand), and the key of an assessor whose image may fill it."""

    above: tuple[str, ...]
    name: str
    nip: str
    key: str | None
    field_name: str


def notula_signatures(parts: Parts, closing: Flowable) -> list[Flowable]:
    """The chair acknowledges ("Mengetahui"), the minute-taker signs: nobody else signs the
    notula, whose section IV holds no one's scores but the panel's. The closing sentence
    stays on the signatures' page, so they never stand on a page of their own."""
    w = parts.w
    blocks = []
    if parts.chair is not None:
        chair = parts.chair
        above = (w["acknowledged"], w["chair_sign"])
        blocks.append(Signer(above, chair.name, chair.nip, chair.key, field_name_for(chair.name)))
    else:
        blocks.append(Signer((w["acknowledged"], w["chair_sign"]), "", "", None, "ttd_pimpinan"))
    notulis = parts.notulis
    if notulis is not None:
        field = field_name_for(notulis.name)
        blocks.append(
            Signer(("", w["minute_taker"]), notulis.name, notulis.nip, notulis.key, field)
        )
    else:
        blocks.append(Signer(("", w["minute_taker"]), "", "", None, "ttd_notulis"))
    return signature_row(parts, blocks, closing)


def signature_row(
    parts: Parts, signers: list[Signer], lead: Flowable | None = None
) -> list[Flowable]:
    """Place and date, then the blocks side by side (one block sits at the right); `lead`
    (the closing sentence) is kept on the same page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    record = parts.record
    space = _space_class()
    place_date = joined(
        record.evaluation.region, long_date(record.session.date, parts.lang, weekday=False)
    )

    def block(signer: Signer) -> list[Flowable]:
        image_path = parts.signature_images.get(signer.key) if signer.key else None
        image = _image(image_path) if image_path else None
        if signer.name:
            name = Paragraph(f"<u>{escape(signer.name, quote=False)}</u>", parts.s.centred)
        else:
            name = parts.p(parts.w["blank_name"], parts.s.centred)
        return [
            *(parts.p(line or "\u00a0", parts.s.centred) for line in signer.above),
            space(parts.slots, signer.name, image, signer.field_name),
            name,
            parts.p(parts.w["nip"].format(nip=signer.nip) if signer.nip else "", parts.s.centred),
        ]

    cells: list[object] = [block(s) for s in signers]
    if len(cells) == 1:
        cells.insert(0, "")
    table = Table([cells], colWidths=[170 / len(cells) * mm] * len(cells))
    font = ("FONTNAME", (0, 0), (-1, -1), parts.s.cell.fontName)
    table.setStyle(TableStyle([font, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    kept = [parts.p(place_date, parts.s.centred), Spacer(1, 4), table, Spacer(1, 6)]
    if lead is not None:
        kept = [lead, Spacer(1, 8), *kept]
    return [Spacer(1, 8), KeepTogether(kept)]
