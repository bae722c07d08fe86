"""Paragraph styles and the page template every report shares (minutes, panel report).

The footer needs the page count ("Halaman 2 dari 5"), which is known only once the story
is laid out, so the canvas keeps each page's state and stamps all footers at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from scorer.reports.fonts import register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

# A4 margins in millimetres; the footer sits inside the bottom margin.
MARGIN_MM = 20
FOOTER_MM = 10

_FOOTER = {
    "id": "Halaman {page} dari {pages} · Dokumen {doc_id} · Sidik {fingerprint}",
    "en": "Page {page} of {pages} · Document {doc_id} · Fingerprint {fingerprint}",
}


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    small: ParagraphStyle
    centred: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_small: ParagraphStyle
    signed_off: ParagraphStyle
    caption: ParagraphStyle
    index_line: ParagraphStyle
    item: ParagraphStyle
    indented: ParagraphStyle


@cache
def report_styles() -> ReportStyles:
    """The styles, built once per process (they are immutable in practice)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, alignment=0)
    return ReportStyles(
        title=ParagraphStyle(
            "title", fontName=bold, fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", fontName=regular, fontSize=10, leading=13, alignment=TA_CENTER
        ),
        heading=ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        subheading=ParagraphStyle(
            "subheading",
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        body=body,
        plain=ParagraphStyle("plain", parent=body, alignment=0),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        letterhead=ParagraphStyle(
            "letterhead", fontName=bold, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        letterhead_small=ParagraphStyle(
            "letterhead_small", fontName=regular, fontSize=9, leading=11.5, alignment=TA_CENTER
        ),
        signed_off=ParagraphStyle(
            "signed_off", fontName=bold, fontSize=9.5, leading=12.5, alignment=TA_CENTER
        ),
        # A table's caption stays on the page of the table's first rows.
        caption=ParagraphStyle("caption", parent=body, alignment=0, keepWithNext=True),
        index_line=ParagraphStyle("index_line", parent=body, fontName=bold, alignment=0),
        item=ParagraphStyle(
            "item",
            parent=body,
            fontSize=9.5,
            leading=12.5,
            alignment=0,
            spaceBefore=2,
            leftIndent=10,
            keepWithNext=True,
        ),
        indented=ParagraphStyle("indented", parent=body, leftIndent=22, firstLineIndent=-8),
    )


def footer_canvas(
    doc_id: str,
    fingerprint: str,
    lang: str = "id",
    *,
    status: str = "",
    watermark: str = "",
) -> type[Canvas]:
    """A canvas class for `doc.build(..., canvasmaker=...)` that stamps every page's footer.

    `status` is a line above the footer ("DRAF — belum disahkan"); `watermark` is drawn
    diagonally in light grey under each page's content, so it never hides a word."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from scorer.reports.minutes_watermark import draw_watermark

    regular, bold = register_fonts()
    template = _FOOTER.get(lang, _FOOTER["id"])

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # ReportLab starts every page in Helvetica, which is never embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                if watermark:  # over the content, translucent: an evidence image cannot hide it
                    draw_watermark(self, watermark, width, height)
                self.setFont(regular, 7.5)
                self.setFillGray(0.35)
                text = template.format(
                    page=number, pages=total, doc_id=doc_id, fingerprint=fingerprint
                )
                self.drawCentredString(width / 2, FOOTER_MM * mm, text)
                if status:
                    self.setFont(bold, 7.5)
                    self.setFillGray(0.2)
                    self.drawCentredString(width / 2, FOOTER_MM * mm + 10, status)
                super().showPage()
            super().save()

    return FooterCanvas
