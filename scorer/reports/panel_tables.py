"""The panel report's grids: numeric columns right-aligned, the heading row kept with the
first row and a total row with the one before it, short tables never split (unless taller
than a page), groups of rows kept together (when they fit on a page); column widths
measured from the text they hold; and a table with a column per assessor cut, for a panel
too large for the page's width, into tables one under another."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scorer.reports.styles import MARGIN_MM, report_styles

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, Table

PADDING_PT = 3  # cell padding left and right
VERTICAL_PADDING_PT = 3  # ReportLab's default above and below a cell's text
FRAME_PT = (297 - 2 * MARGIN_MM) * 72 / 25.4  # the height of an A4 page's frame
KEEP_WHOLE_ROWS = 12  # a table this short moves to the next page whole rather than split
WIDTH_MM = 210 - 2 * MARGIN_MM  # the width of an A4 page's frame
SLICE_GAP_MM = 2  # between the tables a wide table is cut into
CONTINUED = " (lanjutan)"  # on the name column's heading of each table after the first
SLACK_MM = 1e-6  # widths are sums of floats, added in different orders


def grid(
    rows: list[list[str]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: bool = False,
    groups: Sequence[tuple[int, int]] = (),
) -> Table:
    """A table of Paragraphs (cells are ReportLab markup); widths in mm; `right`: numeric
    columns (right-aligned, heading too); `total`: the last row is a bold total; `groups`:
    (first, last) row ranges that stay on one page, their first column one cell (an item
    over its assessors' rows), unless together taller than a page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = report_styles()
    bold_right = ParagraphStyle("cell_bold_right", parent=styles.cell_bold, alignment=TA_RIGHT)
    last = len(rows) - 1

    def style(r: int, c: int) -> ParagraphStyle:
        if r == 0 or (total and r == last):
            return bold_right if c in right else styles.cell_bold
        return styles.cell_right if c in right else styles.cell

    data = [
        [Paragraph(text, style(r, c)) for c, text in enumerate(row)] for r, row in enumerate(rows)
    ]
    points = [w * mm for w in widths]
    table = Table(data, colWidths=points, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        # A table sets its cells' font even around Paragraphs: never Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_PT),
    ]
    # Row heights only where they decide something: a short table or grouped rows.
    heights = [_height(r, points) for r in data] if len(rows) <= KEEP_WHOLE_ROWS or groups else []
    if len(rows) <= KEEP_WHOLE_ROWS and sum(heights) < FRAME_PT:
        commands.append(("NOSPLIT", (0, 0), (-1, -1)))
    else:  # long, or too tall for a page however short
        commands.append(("NOSPLIT", (0, 0), (-1, 1)))  # the heading with the first row
        commands.append(("NOSPLIT", (0, -2), (-1, -1)))  # the last two rows together
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.96, 0.96, 0.96)))
    for first, last in groups:
        # A group taller than a page (under the heading row repeated there) cannot stay
        # together: its rows split as any others, each naming its item.
        if last > first and heights[0] + sum(heights[first : last + 1]) < FRAME_PT:
            commands.append(("SPAN", (0, first), (0, last)))
            commands.append(("NOSPLIT", (0, first), (-1, last)))
    table.setStyle(TableStyle(commands))
    return table


def wide_grid(
    rows: list[list[str]],
    widths: Sequence[float | None],
    assessors: range,
    *,
    least: float,
    right: Sequence[int] = (),
    total: bool = False,
) -> list[Flowable]:
    """`grid` for a table with a column per assessor (`assessors`: their indices, columns
    of one width), for a panel of any size: every value printed, at the same size. The one
    width given as None is the name column's: it takes the room the others leave, but at
    least `least` mm. When the page is too narrow for that, the table is cut between
    assessor columns into tables one under another (as a spreadsheet prints across pages),
    each repeating the columns up to the name column, whose heading says "(lanjutan)" after
    the first; the columns between the name and the first assessor stay in the first table,
    those after the last assessor go in the last."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    name = list(widths).index(None)
    fixed = [0.0 if w is None else w for w in widths]
    out: list[Flowable] = []
    for number, columns in enumerate(_slices(fixed, name, assessors, least)):
        body = [[row[c] for c in columns] for row in rows]
        if number:
            body[0][name] += CONTINUED
            out.append(Spacer(1, SLICE_GAP_MM * mm))
        shown = [fixed[c] for c in columns]
        shown[name] = WIDTH_MM - sum(shown)
        moved = [at for at, c in enumerate(columns) if c in right]
        out.append(grid(body, shown, right=moved, total=total))
    return out


def _slices(widths: Sequence[float], name: int, assessors: range, least: float) -> list[list[int]]:
    """The columns of each table a wide table is cut into: the fewest tables that fit
    `WIDTH_MM`, as even in width as can be. Cuts fall between assessors' columns or at
    either end of them, never among the columns before or after them."""
    keys = list(range(name + 1))
    room = WIDTH_MM - sum(widths[c] for c in keys) - least
    units = [list(range(name + 1, assessors.start))]
    units += [[c] for c in assessors] + [list(range(assessors.stop, len(widths)))]
    units = [unit for unit in units if unit]
    sizes = [sum(widths[c] for c in unit) for unit in units]
    if max(sizes, default=0.0) > room + SLACK_MM:
        raise ValueError(f"columns of {list(widths)} mm do not fit a page's width")
    if not sizes:
        return [keys]
    fewest = len(_fill(sizes, room))
    # The narrowest bound that needs no more tables is the width of some run of units.
    ends = list(itertools.accumulate(sizes, initial=0.0))
    runs = {ends[b] - ends[a] for a in range(len(ends)) for b in range(a + 1, len(ends))}
    usable = sorted(b for b in runs if max(sizes) <= b <= room + SLACK_MM)
    low, high = 0, len(usable) - 1
    while low < high:
        middle = (low + high) // 2
        if len(_fill(sizes, usable[middle])) <= fewest:
            high = middle
        else:
            low = middle + 1
    return [keys + [c for u in run for c in units[u]] for run in _fill(sizes, usable[low])]


def _fill(sizes: Sequence[float], bound: float) -> list[list[int]]:
    """Runs of consecutive units, each filled up to `bound` before the next starts."""
    runs: list[list[int]] = [[]]
    used = 0.0
    for unit, size in enumerate(sizes):
        if runs[-1] and used + size > bound + SLACK_MM:
            runs.append([])
            used = 0.0
        runs[-1].append(unit)
        used += size
    return runs


def _height(cells: list[Paragraph], widths_pt: Sequence[float]) -> float:
    """A row's height as the table will lay it out: its tallest cell and the padding."""
    tallest: float = max(
        cell.wrap(width - 2 * PADDING_PT, FRAME_PT)[1]
        for cell, width in zip(cells, widths_pt, strict=True)
    )
    return tallest + 2 * VERTICAL_PADDING_PT


def fit(*texts: str) -> float:
    """The width (mm) of a column holding these one-line texts, measured in bold."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = report_styles().cell_bold
    widest: float = max(stringWidth(t, bold.fontName, bold.fontSize) for t in texts)
    points_per_mm: float = mm
    return (widest + 2 * PADDING_PT + 1) / points_per_mm
