"""The letterhead (kop surat) of a document's first page (the minutes, the panel report):
the issuing body from the programme file, an optional logo at its left, and the double rule
under it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.core.programme import Programme
    from scorer.reports.styles import ReportStyles

LOGO_MM = 22


def current_programme() -> Programme:
    """The user's programme file (settings folder) if there is one, else the bundled one."""
    from scorer.core.programme import load_programme, programme_path
    from scorer.paths import config_dir, resources_dir

    return load_programme(programme_path(config_dir(), resources_dir()))


def letterhead(programme: Programme, styles: ReportStyles) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

    lines = [
        Paragraph(escape(line, quote=False), styles.letterhead)
        for line in programme.issuer
        if line.strip()
    ]
    lines += [
        Paragraph(escape(line, quote=False), styles.letterhead_small)
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
                    ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
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
