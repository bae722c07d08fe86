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

Box = tuple[float, float, float, float]  # left, bottom, right, top


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


@dataclass
class _Label:
    """A spoke's label while it is placed: anchor x and first baseline relative to the
    centre, text anchor, lines (name, possibly wrapped, then the value), widest line."""

    x: float
    baseline: float
    anchor: str
    lines: list[str]
    width: float

    def box(self) -> Box:
        top = _box(self.x, self.baseline, self.width, LABEL_PT, self.anchor)
        return (top[0], top[1] - (len(self.lines) - 1) * LABEL_PT * LEADING, top[2], top[3])


def radar(values: Sequence[ChartValue], *, scale_max: int = 4, width_mm: float = 85.0) -> Drawing:
    """A radar of `values`, the first spoke at the top and the rest clockwise.

    Each spoke's name and printed value sit together just outside the outer ring; the
    ring labels (1..scale_max) sit on the bisector of the two neighbouring spokes where
    the scores' outline stays furthest inside, each just outside its ring. A
    label that would touch another text is pushed outward until it does not, so no value
    is ever printed over a ring label or another label. Names wrap only where they would
    shrink the radius below a sixth of the width; the radius is then the largest that
    keeps every label inside `width_mm`. Named nodes for tests: `outer_ring`, `scores`.
    """
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = register_fonts()
    width = width_mm * MM
    count = len(values)
    angles = [math.pi / 2 - 2 * math.pi * k / count for k in range(count)]
    gap, pad, line = 5.0, 2.0, LABEL_PT * LEADING
    target = width / 6
    labels = []
    for angle, value in zip(angles, values, strict=True):
        side = abs(math.cos(angle))
        room = width / 2 - pad - (target + gap) * side if side > 0.01 else width - 2 * pad
        names = _wrap(value.label, regular, LABEL_PT, room)
        wide = max(
            *(stringWidth(n, regular, LABEL_PT) for n in names),
            stringWidth(value.text, bold, LABEL_PT),
        )
        labels.append(_Label(0.0, 0.0, "", [*names, value.text], wide))
    # The largest radius for which every side label (and a ring label on a level
    # bisector) still fits inside the width.
    radius = min(30 * MM, width / 2 - pad - 2 * TICK_PT)
    for angle, label in zip(angles, labels, strict=True):
        if abs(math.cos(angle)) > 0.01:
            radius = min(radius, (width / 2 - pad - label.width) / abs(math.cos(angle)) - gap)
    radius = max(radius, 10 * MM)
    step = radius / scale_max

    # Ring labels, relative to the centre: (x, baseline, text).
    levels = [max(0.0, min(float(scale_max), v.value or 0.0)) for v in values]
    outline = [_crossing(levels[k], levels[(k + 1) % count], count) for k in range(count)]
    tick_angle = angles[outline.index(min(outline))] - math.pi / count
    ticks = []
    for level in range(1, scale_max + 1):
        reach = level * step + TICK_PT * 0.65  # clear of its ring and of the next
        x, y = reach * math.cos(tick_angle), reach * math.sin(tick_angle)
        ticks.append((x, y - TICK_PT * 0.36, str(level)))
    obstacles = [
        _box(x, base, stringWidth(text, regular, TICK_PT), TICK_PT, "middle")
        for x, base, text in ticks
    ]
    for angle, label in zip(angles, labels, strict=True):
        label.x = (radius + gap) * math.cos(angle)
        height = len(label.lines) * line
        middle = (radius + gap) * math.sin(angle) + math.sin(angle) * height / 2
        label.baseline = middle + height / 2 - LABEL_PT
        if abs(math.cos(angle)) <= 0.01:
            label.anchor = "middle"
        else:
            label.anchor = "start" if label.x > 0 else "end"
    _push_apart(labels, obstacles, [math.sin(a) for a in angles])
    boxes = [label.box() for label in labels] + obstacles
    top = max(radius, *(b[3] for b in boxes))
    bottom = min(-radius, *(b[1] for b in boxes))
    cx, cy = width / 2, pad - bottom
    drawing = Drawing(width, top - bottom + 2 * pad)

    def at(r: float, angle: float) -> tuple[float, float]:
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def polygon(radii: Sequence[float]) -> list[float]:
        return [c for r, a in zip(radii, angles, strict=True) for c in at(r, a)]

    scores = [level * step for level in levels]
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
    for x, base, text in ticks:
        drawing.add(_text(cx + x, cy + base, text, regular, TICK_PT, "middle", TICK_TEXT))
    for label in labels:
        for n, text in enumerate(label.lines):
            font = bold if n == len(label.lines) - 1 else regular
            baseline = cy + label.baseline - n * line
            drawing.add(_text(cx + label.x, baseline, text, font, LABEL_PT, label.anchor))
    return drawing


def _crossing(first: float, second: float, count: int) -> float:
    """Where the outline between two neighbouring spokes' scores crosses their bisector,
    as a distance from the centre (in scale units)."""
    if first + second == 0:
        return 0.0
    return 2 * first * second * math.cos(math.pi / count) / (first + second)


def _push_apart(labels: list[_Label], obstacles: Sequence[Box], sines: Sequence[float]) -> None:
    """Move labels outward (up above the centre, down below it) until no label box
    touches an obstacle or another label. Of two labels that touch, the more vertical
    one moves: its neighbour sits more to the side, so moving up or down parts them."""
    rank = sorted(range(len(labels)), key=lambda k: (abs(sines[k]), k))
    for _round in range(10 * len(labels)):
        moved = False
        for position, k in enumerate(rank):
            lower = [labels[j].box() for j in rank[:position]]
            for other in [*obstacles, *lower]:
                box = labels[k].box()
                if not _touch(box, other):
                    continue
                up = sines[k] >= -0.01
                labels[k].baseline += (other[3] - box[1] + 1) if up else -(box[3] - other[1] + 1)
                moved = True
        if not moved:
            return


def _box(x: float, baseline: float, width: float, size: float, anchor: str) -> Box:
    """A text's box as ReportLab's String.getBounds gives it (0.2 size below the
    baseline to a full size above)."""
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    return (left, baseline - 0.2 * size, left + width, baseline + size)


def _touch(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


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
