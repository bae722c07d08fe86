"""The diagonal watermark ("DRAF", "TIDAK SAH") drawn as glyph outlines, not as text.

As text, poppler and screen readers would read the watermark's pieces into the lines it
crosses (and copying a paragraph would pick up "DR" and "AF"); as filled outlines it is seen
on every page and read by no one. The status is also printed as text in every footer.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from scorer.paths import resources_dir
from scorer.reports.fonts import BOLD

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Translucent mid-grey over the page: about the 0.86 grey of a light watermark on white,
# while text under it stays dark and an image under it still shows the mark.
GREY = 0.55
ALPHA = 0.3
MAX_SIZE = 140.0


@cache
def _glyphs(text: str) -> tuple[list[tuple[str, tuple[tuple[float, float], ...]]], float]:
    """The outline of `text` in the bold report font, at 1 pt: path operations and width."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(str(resources_dir() / "fonts" / f"{BOLD}.ttf"))
    glyph_set = font.getGlyphSet()
    cmap = font.getBestCmap()
    scale = 1.0 / font["head"].unitsPerEm
    operations: list[tuple[str, tuple[tuple[float, float], ...]]] = []

    class Recorder(BasePen):  # type: ignore[misc]
        """Collects moves, lines and cubic curves (quadratic ones are raised to cubic)."""

        offset = 0.0

        def point(self, p: tuple[float, float]) -> tuple[float, float]:
            return ((p[0] + self.offset) * scale, p[1] * scale)

        def _moveTo(self, p: tuple[float, float]) -> None:
            operations.append(("move", (self.point(p),)))

        def _lineTo(self, p: tuple[float, float]) -> None:
            operations.append(("line", (self.point(p),)))

        def _curveToOne(self, *points: tuple[float, float]) -> None:
            operations.append(("curve", tuple(self.point(p) for p in points)))

        def _closePath(self) -> None:
            operations.append(("close", ()))

    pen = Recorder(glyph_set)
    for char in text:
        name = cmap.get(ord(char), ".notdef")
        glyph_set[name].draw(pen)
        pen.offset += glyph_set[name].width
    return operations, pen.offset * scale


def draw_watermark(canvas: Canvas, text: str, width: float, height: float) -> None:
    """`text` across the page along its diagonal, light grey, as large as fits."""
    from reportlab.pdfgen.canvas import FILL_NON_ZERO

    operations, text_width = _glyphs(text)
    diagonal = (width**2 + height**2) ** 0.5
    size = min(MAX_SIZE, 0.7 * diagonal / text_width)
    canvas.saveState()
    canvas.setFillGray(GREY)
    canvas.setFillAlpha(ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(54.7)  # along the A4 diagonal
    canvas.translate(-text_width * size / 2, -size * 0.36)
    canvas.scale(size, size)
    path: Any = canvas.beginPath()
    for kind, points in operations:
        if kind == "move":
            path.moveTo(*points[0])
        elif kind == "line":
            path.lineTo(*points[0])
        elif kind == "curve":
            path.curveTo(*points[0], *points[1], *points[2])
        else:
            path.close()
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canvas.restoreState()
