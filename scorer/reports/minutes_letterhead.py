"""The letterhead (kop surat) of the first page: the issuing body from the programme file,
an optional logo at its left, and the double rule under it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts

LOGO_MM = 22


def letterhead(parts: Parts) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

    programme = parts.programme
    lines = [
        Paragraph(escape(line, quote=False), parts.s.letterhead)
        for line in programme.issuer
        if line.strip()
    ]
    lines += [
        Paragraph(escape(line, quote=False), parts.s.letterhead_small)
        for line in programme.address
        if line.strip()
    ]
    if programme.logo is not None:
        logo = Image(str(programme.logo))
        ratio = min(LOGO_MM * mm / logo.imageWidth, LOGO_MM * mm / logo.imageHeight)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * ratio, logo.imageHeight * ratio
        # The text stays centred on the page: an empty column on the right balances the logo.
        widths = [(LOGO_MM + 4) * mm, (170 - 2 * (LOGO_MM + 4)) * mm, (LOGO_MM + 4) * mm]
        head: Flowable = Table([[logo, lines, ""]], colWidths=widths)
        head.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), parts.s.cell.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        top: list[Flowable] = [head]
    else:
        top = list(lines)
    return [
        *top,
        Spacer(1, 3),
        HRFlowable(width="100%", thickness=1.6, color=(0, 0, 0), spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=(0, 0, 0), spaceAfter=10),
    ]
