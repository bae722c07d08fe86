"""Charts for the printed reports, drawn with ReportLab's own graphics.

Each chart is a pure function of its data that returns a ReportLab `Drawing` at its printed
size (points, never scaled afterwards), so a font size here is the size on paper and a test
can check the geometry, such as the radar's vertices, without rendering. Text is real PDF
text in the report's embedded DejaVu fonts and every shape is a vector: no SVG round trip,
no matplotlib, no raster. Colours and the 1–4 scale follow the live charts
(scorer/ui/session/charts.py); values are printed as the tables print them (the caller
formats them, so a chart never rounds differently from the table beside it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer.reports.fonts import register_fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing, Group

MM = 72 / 25.4
# The live charts' blue (#1f5fa8), its 25 % tint over white (their fill), their grid grey.
LINE = (0x1F / 255, 0x5F / 255, 0xA8 / 255)
FILL = tuple(1 - 0.25 * (1 - c) for c in LINE)
GRID = (0xB0 / 255,) * 3
TICK_TEXT = (0.3, 0.3, 0.3)
FLAG_BAND = (1.0, 0.92, 0.7)  # behind a flagged item in the spread chart
# Printed sizes (issue 11: chart text at least 7 pt on A4).
LABEL_PT = 8.0
TICK_PT = 7.0
LEADING = 1.2  # line height as a multiple of the font size


@dataclass(frozen=True)
class ChartValue:
    """One spoke of the radar or one bar: its name, its value on the scale, its print."""

    label: str
    value: float | None  # None: nothing scored (drawn at zero)
    text: str  # the value as the report prints it, e.g. "3,33" or "–"


@dataclass(frozen=True)
class ItemSpread:
    """One item's levels across the panel, for the spread chart."""

    code: str
    levels: tuple[int, ...]  # each assessor's level; N/A and unscored left out
    mean: float | None
    flagged: bool  # the panel's disagreement flag (drawn on a tinted band)
    group_start: bool  # first item of a component: a separator goes before it


def radar(values: Sequence[ChartValue], *, scale_max: int = 4, width_mm: float = 85.0) -> Drawing:
    """A radar of `values`, the first spoke at the top and the rest clockwise.

    Each spoke's name and printed value sit together outside the outer ring, and the
    ring labels (1..scale_max) sit on the bisector between the first two spokes, just
    outside their ring: no text can land on another. The radius is the largest that
    keeps every label inside `width_mm`. Named nodes for tests: `outer_ring`, `scores`.
    """
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = register_fonts()
    width = width_mm * MM
    count = len(values)
    angles = [math.pi / 2 - 2 * math.pi * k / count for k in range(count)]
    gap, pad, line = 5.0, 2.0, LABEL_PT * LEADING
    blocks = [
        max(stringWidth(v.label, regular, LABEL_PT), stringWidth(v.text, bold, LABEL_PT))
        for v in values
    ]
    # The largest radius for which every side label still fits inside the width.
    radius = 30 * MM
    for angle, block in zip(angles, blocks, strict=True):
        reach = abs(math.cos(angle))
        if reach > 0.01:
            radius = min(radius, (width / 2 - pad - block) / reach - gap)
    radius = max(radius, 10 * MM)
    step = radius / scale_max

    def label_box(k: int) -> tuple[float, float, str]:
        """Anchor x, baseline of the first line, and text anchor of spoke k's label
        (relative to the centre)."""
        angle = angles[k]
        x, y = (radius + gap) * math.cos(angle), (radius + gap) * math.sin(angle)
        height = 2 * line
        centre_y = y + math.sin(angle) * height / 2
        anchor = "middle" if abs(math.cos(angle)) <= 0.01 else ("start" if x > 0 else "end")
        return x, centre_y + height / 2 - LABEL_PT, anchor

    boxes = [label_box(k) for k in range(count)]
    tick_angle = angles[0] - math.pi / count
    top = max([radius + TICK_PT * 2, *(b[1] + LABEL_PT for b in boxes)])
    bottom = min([-radius, *(b[1] - line - 0.25 * LABEL_PT for b in boxes)])
    height = top - bottom + 2 * pad
    cx, cy = width / 2, pad - bottom
    drawing = Drawing(width, height)

    def at(r: float, angle: float) -> tuple[float, float]:
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def polygon(radii: Sequence[float]) -> list[float]:
        return [c for r, a in zip(radii, angles, strict=True) for c in at(r, a)]

    scores = [max(0.0, min(float(scale_max), v.value or 0.0)) * step for v in values]
    drawing.add(Polygon(polygon(scores), fillColor=_colour(FILL), strokeColor=None))
    for level in range(1, scale_max + 1):
        ring = Circle(cx, cy, level * step, fillColor=None, strokeColor=_colour(GRID))
        ring.strokeWidth = 0.5
        drawing.add(ring, name="outer_ring" if level == scale_max else None)
    for angle in angles:
        drawing.add(Line(cx, cy, *at(radius, angle), strokeColor=_colour(GRID), strokeWidth=0.5))
    drawing.add(
        Polygon(polygon(scores), fillColor=None, strokeColor=_colour(LINE), strokeWidth=1.4),
        name="scores",
    )
    for level in range(1, scale_max + 1):
        # Centred just outside its ring along the bisector, clear of ring and next ring.
        x, y = at(level * step + TICK_PT * 0.65, tick_angle)
        drawing.add(_text(x, y - TICK_PT * 0.36, str(level), regular, TICK_PT, "middle", TICK_TEXT))
    for value, (x, y, anchor) in zip(values, boxes, strict=True):
        drawing.add(_text(cx + x, cy + y, value.label, regular, LABEL_PT, anchor))
        drawing.add(_text(cx + x, cy + y - line, value.text, bold, LABEL_PT, anchor))
    return drawing


def bars(values: Sequence[ChartValue], *, scale_max: int = 4, width_mm: float = 75.0) -> Drawing:
    """Horizontal bars on 0..scale_max, names at the left (wrapped when long), the
    printed value at each bar's end, the scale below."""
    from reportlab.graphics.shapes import Drawing, Line, Rect
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = register_fonts()
    width = width_mm * MM
    line = LABEL_PT * LEADING
    names = [_wrap(v.label, regular, LABEL_PT, width * 0.4) for v in values]
    name_width = max(stringWidth(t, regular, LABEL_PT) for lines in names for t in lines)
    value_width = max(stringWidth(v.text, bold, LABEL_PT) for v in values)
    left = name_width + 6
    right = width - value_width - 6
    unit = (right - left) / scale_max
    rows = [max(18.0, len(lines) * line + 6) for lines in names]
    axis = TICK_PT * 2 + 4
    height = sum(rows) + axis + 2
    drawing = Drawing(width, height)
    for tick in range(scale_max + 1):
        x = left + tick * unit
        drawing.add(Line(x, axis, x, height, strokeColor=_colour(GRID), strokeWidth=0.5))
        drawing.add(_text(x, axis - TICK_PT - 3, str(tick), regular, TICK_PT, "middle", TICK_TEXT))
    drawing.add(Line(left, axis, right, axis, strokeColor=_colour(TICK_TEXT), strokeWidth=0.6))
    top = height
    for value, lines, row in zip(values, names, rows, strict=True):
        middle = top - row / 2
        top -= row
        length = max(0.0, min(float(scale_max), value.value or 0.0)) * unit
        if length > 0:
            bar = Rect(left, middle - 5, length, 10, fillColor=_colour(LINE), strokeColor=None)
            drawing.add(bar)
        first = middle + (len(lines) - 1) * line / 2 - LABEL_PT * 0.36
        for n, text in enumerate(lines):
            drawing.add(_text(left - 4, first - n * line, text, regular, LABEL_PT, "end"))
        baseline = middle - LABEL_PT * 0.36
        drawing.add(_text(left + length + 3, baseline, value.text, bold, LABEL_PT, "start"))
    return drawing


def spread(
    items: Sequence[ItemSpread],
    *,
    scale_max: int = 4,
    width_mm: float = 170.0,
    plot_height_mm: float = 42.0,
) -> Drawing:
    """One column per item: the range of the panel's levels as a bar, each level given
    as a dot whose area grows with the number of assessors who gave it, the mean as a
    dark dash; flagged items on a tinted band, components divided by a thin rule."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = register_fonts()
    width = width_mm * MM
    code_room = max(stringWidth(i.code, bold, TICK_PT) for i in items) + 4
    left, right = TICK_PT * 2, width - 2
    column = (right - left) / len(items)
    plot_bottom = code_room + 2
    plot_height = plot_height_mm * MM
    step = plot_height / scale_max
    drawing = Drawing(width, plot_bottom + plot_height + 2)

    def y_of(level: float) -> float:
        return float(plot_bottom + (level - 0.5) * step)

    for n, item in enumerate(items):
        x = left + n * column
        if item.flagged:
            band = Rect(x, plot_bottom, column, plot_height, fillColor=_colour(FLAG_BAND))
            band.strokeColor = None
            drawing.add(band)
    for level in range(1, scale_max + 1):
        y = y_of(level)
        drawing.add(Line(left, y, right, y, strokeColor=_colour(GRID), strokeWidth=0.5))
        drawing.add(_text(left - 4, y - TICK_PT * 0.36, str(level), regular, TICK_PT, "end"))
    for n, item in enumerate(items):
        x = left + n * column
        if item.group_start and n > 0:
            rule = Line(x, plot_bottom, x, plot_bottom + plot_height, strokeWidth=0.6)
            rule.strokeColor = _colour(TICK_TEXT)
            drawing.add(rule)
        middle = x + column / 2
        if item.levels:
            low, high = y_of(min(item.levels)), y_of(max(item.levels))
            bar = Line(middle, low, middle, high, strokeColor=_colour(FILL), strokeWidth=3.5)
            drawing.add(bar)
        for level in sorted(set(item.levels)):
            radius = min(column * 0.45, 1.8 * math.sqrt(item.levels.count(level)))
            dot = Circle(middle, y_of(level), radius, fillColor=_colour(LINE))
            dot.strokeColor = None
            drawing.add(dot)
        if item.mean is not None:
            y = y_of(item.mean)
            half = column * 0.38
            drawing.add(Line(middle - half, y, middle + half, y, strokeWidth=1.3))
        font = bold if item.flagged else regular
        drawing.add(_turned(middle + TICK_PT * 0.36, plot_bottom - 3, item.code, font))
    return drawing


def _colour(rgb: Sequence[float]) -> object:
    from reportlab.lib.colors import Color

    return Color(*rgb)


def _text(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    anchor: str,
    rgb: Sequence[float] = (0.0, 0.0, 0.0),
) -> object:
    from reportlab.graphics.shapes import String

    return String(
        x, y, text, fontName=font, fontSize=size, textAnchor=anchor, fillColor=_colour(rgb)
    )


def _turned(x: float, y: float, text: str, font: str) -> Group:
    """Text read bottom to top, ending at (x, y): the item codes under their columns."""
    from reportlab.graphics.shapes import Group

    return Group(_text(0, 0, text, font, TICK_PT, "end"), transform=(0, 1, -1, 0, x, y))


def _wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Split at spaces into lines no wider than `limit` (a single long word stays whole)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= limit:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]
