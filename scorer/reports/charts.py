"""Charts for reports: a radar of dimension scores and bars of aspect scores, as vectors.

Drawn with matplotlib's `Figure` and its SVG backend (no pyplot, no Agg raster), then
converted by svglib into a ReportLab drawing: sharp at any zoom or print resolution, a few
kilobytes, labels as real text in the report's embedded DejaVu font.
Importing matplotlib costs about as much as the rest of an export, so each chart's SVG is
also kept in a small disk cache keyed by everything that shapes it: an export whose
scores did not change since the last one (draft, final, print) skips matplotlib entirely.
Missing values (None: nothing scored) are plotted at zero and labelled with an en dash.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reportlab.graphics.shapes import Drawing

# Colours as RGBA tuples: svglib ignores matplotlib's separate alpha= on fills (TECH-NOTES).
_LINE = (0.11, 0.35, 0.62, 1.0)
_FILL = (0.11, 0.35, 0.62, 0.25)
_GRID = "#b0b0b0"
_MM_PER_INCH = 25.4
# Bump when the drawing code changes, so cached SVGs of the old look are not reused.
CHART_STYLE = 2
CACHE_LIMIT = 200


def radar(
    values_by_dimension: Mapping[str, float | None],
    labels: Mapping[str, str],
    *,
    scale_max: float = 4.0,
    width_mm: float = 80.0,
    decimal_comma: bool = True,
) -> Drawing:
    """A radar (spider) chart: one spoke per key of `values_by_dimension`, in its order."""
    keys = tuple(values_by_dimension)
    values = tuple(values_by_dimension[k] for k in keys)
    names = tuple(labels.get(k, k) for k in keys)
    return _chart("radar", values, names, scale_max, width_mm, decimal_comma)


def bars(
    values: Mapping[str, float | None],
    labels: Mapping[str, str],
    *,
    scale_max: float = 4.0,
    width_mm: float = 80.0,
    decimal_comma: bool = True,
) -> Drawing:
    """Horizontal bars, one per key of `values`, on the 0..scale_max scale."""
    keys = tuple(values)
    bar_values = tuple(values[k] for k in keys)
    names = tuple(labels.get(k, k) for k in keys)
    return _chart("bars", bar_values, names, scale_max, width_mm, decimal_comma)


@lru_cache(maxsize=32)
def _chart(
    kind: str,
    values: tuple[float | None, ...],
    labels: tuple[str, ...],
    scale_max: float,
    width_mm: float,
    decimal_comma: bool,
) -> Drawing:
    """The drawing for these inputs: from memory, else the disk cache, else matplotlib."""
    key = json.dumps([CHART_STYLE, kind, values, labels, scale_max, width_mm, decimal_comma])
    cached = _cache_folder() / f"{hashlib.sha256(key.encode()).hexdigest()}.svg"
    try:
        svg = cached.read_bytes()
    except OSError:
        svg = b""
    if not svg.rstrip().endswith(b"</svg>"):  # absent, or damaged outside the app
        draw = _radar if kind == "radar" else _bars
        svg = draw(values, labels, scale_max, width_mm, decimal_comma)
        _store(cached, svg)
    return _to_drawing(svg, width_mm)


def _cache_folder() -> Path:
    from scorer.paths import data_dir

    return data_dir() / "cache" / "charts"


def _store(path: Path, svg: bytes) -> None:
    """Write atomically (a half-written SVG is never read back); a full disk only costs
    the next export its speed, so errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as stream:
            stream.write(svg)
        os.replace(temp, path)
        entries = sorted(path.parent.glob("*.svg"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-CACHE_LIMIT]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def _number(value: float | None, decimal_comma: bool) -> str:
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return text.replace(".", ",") if decimal_comma else text


def _radar(
    values: tuple[float | None, ...],
    labels: tuple[str, ...],
    scale_max: float,
    width_mm: float,
    decimal_comma: bool,
) -> bytes:
    from matplotlib.figure import Figure

    _style()
    size_in = width_mm / _MM_PER_INCH
    figure = Figure(figsize=(size_in, size_in * 0.82))
    # Plain axes, not a polar projection: svglib mishandles the polar clip paths.
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_aspect("equal")
    axes.set_axis_off()
    count = len(values)
    angles = [math.pi / 2 - 2 * math.pi * n / count for n in range(count)]

    def ring(radius: float) -> tuple[list[float], list[float]]:
        xs = [radius * math.cos(a) for a in (*angles, angles[0])]
        ys = [radius * math.sin(a) for a in (*angles, angles[0])]
        return xs, ys

    for level in range(1, int(scale_max) + 1):
        axes.plot(*ring(float(level)), color=_GRID, linewidth=0.5)
        axes.text(0.08, level + 0.05, str(level), fontsize=5.5, color="0.45")
    for angle in angles:
        end = (scale_max * math.cos(angle), scale_max * math.sin(angle))
        axes.plot([0.0, end[0]], [0.0, end[1]], color=_GRID, linewidth=0.5)
    points = [0.0 if v is None else v for v in values]
    xs = [r * math.cos(a) for r, a in zip(points, angles, strict=True)]
    ys = [r * math.sin(a) for r, a in zip(points, angles, strict=True)]
    axes.fill([*xs, xs[0]], [*ys, ys[0]], facecolor=_FILL, edgecolor="none")
    axes.plot([*xs, xs[0]], [*ys, ys[0]], color=_LINE, linewidth=1.4)
    reach = scale_max * 1.18
    for angle, label, value in zip(angles, labels, values, strict=True):
        x, y = reach * math.cos(angle), reach * math.sin(angle)
        align = "center" if abs(x) < 0.01 * scale_max else ("left" if x > 0 else "right")
        axes.text(
            x,
            y,
            f"{label}\n{_number(value, decimal_comma)}",
            ha=align,
            va="center",
            fontsize=6.5,
            linespacing=1.1,
        )
    limit = scale_max * 1.9
    axes.set_xlim(-limit, limit)
    axes.set_ylim(-scale_max * 1.45, scale_max * 1.45)
    return _to_svg(figure)


def _bars(
    values: tuple[float | None, ...],
    labels: tuple[str, ...],
    scale_max: float,
    width_mm: float,
    decimal_comma: bool,
) -> bytes:
    from matplotlib.figure import Figure

    _style()
    size_in = width_mm / _MM_PER_INCH
    figure = Figure(figsize=(size_in, max(1.0, 0.32 * len(values) + 0.55)))
    axes = figure.add_subplot()
    positions = list(range(len(values)))[::-1]
    points = [v if v is not None else 0.0 for v in values]
    axes.barh(positions, points, color=_LINE, height=0.55)
    for y, value in zip(positions, values, strict=True):
        x = (value or 0.0) + scale_max * 0.015
        axes.text(x, y, _number(value, decimal_comma), va="center", fontsize=6.5)
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=6.5)
    axes.set_xlim(0, scale_max * 1.12)
    axes.set_xticks([float(t) for t in range(int(scale_max) + 1)])
    axes.tick_params(axis="x", labelsize=6)
    axes.grid(axis="x", color=_GRID, linewidth=0.5)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.subplots_adjust(left=0.36, right=0.97, top=0.95, bottom=0.2)
    return _to_svg(figure)


@lru_cache(maxsize=1)
def _style() -> None:
    """Text as SVG <text> in DejaVu Sans rather than glyph outlines: svglib reads it
    several times faster, and the labels become searchable text. Set once per process;
    nothing else in the reports draws with matplotlib's rcParams."""
    import matplotlib

    matplotlib.rcParams.update({"svg.fonttype": "none", "font.family": ["DejaVu Sans"]})


@lru_cache(maxsize=1)
def _register_svg_fonts() -> None:
    """Let svglib set the charts' "DejaVu Sans" text in the report's registered fonts."""
    from svglib.fonts import register_font

    from scorer.reports.fonts import register_fonts

    regular, bold = register_fonts()
    register_font("DejaVu Sans", rlgFontName=regular)
    register_font("DejaVu Sans", weight="bold", rlgFontName=bold)


def _to_svg(figure: object) -> bytes:
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buffer = io.BytesIO()
    canvas = FigureCanvasSVG(figure)  # type: ignore[arg-type]
    canvas.print_svg(buffer, metadata={"Date": None})  # type: ignore[no-untyped-call]
    return buffer.getvalue()


def _to_drawing(svg: bytes, width_mm: float) -> Drawing:
    """SVG -> ReportLab drawing scaled to `width_mm`."""
    from reportlab.lib.units import mm
    from svglib.svglib import svg2rlg

    _register_svg_fonts()
    drawing = svg2rlg(io.BytesIO(svg))
    if drawing is None:
        raise RuntimeError("svglib could not read the chart's SVG")
    factor = width_mm * mm / drawing.width
    drawing.scale(factor, factor)
    drawing.width *= factor
    drawing.height *= factor
    return drawing
