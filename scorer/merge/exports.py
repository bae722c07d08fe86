"""CSV and XLSX: one row per item, one column per assessor, for coordinators who live in
spreadsheets. Both are written to a temporary file and renamed into place."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from scorer.merge.aggregate import PanelResult


def _number(value: float | None) -> float | str:
    return "" if value is None else round(value, 4)


def table(result: PanelResult) -> tuple[list[str], list[list[object]]]:
    rubric = result.rubric
    header = ["item", "component", "name"]
    header += [a.name for a in result.assessors]
    header += ["n", "mean", "median", "min", "max", "sd", "flags", "consensus", "reason"]
    rows: list[list[object]] = []
    for row in result.items:
        item = rubric.item(row.item_id)
        spread = row.spread
        rows.append(
            [item.id, item.component, item.name.id]
            + [("" if row.levels[a.key] is None else row.levels[a.key]) for a in result.assessors]
            + [
                spread.n,
                _number(spread.mean),
                _number(spread.median),
                _number(spread.minimum),
                _number(spread.maximum),
                _number(spread.stdev),
                "; ".join(row.flags),
                row.consensus.level if row.consensus else "",
                row.consensus.reason if row.consensus else "",
            ]
        )
    return header, rows


def write_csv(result: PanelResult, path: Path) -> None:
    header, rows = table(result)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_xlsx(result: PanelResult, path: Path) -> None:
    from openpyxl import Workbook

    header, rows = table(result)
    book = Workbook()
    sheet = book.active
    sheet.title = "Panel"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "D2"
    # Built in memory: openpyxl leaves its zip file open when a write fails (a full disk),
    # and the zip then complains on stderr when it is collected at exit.
    buffer = io.BytesIO()
    book.save(buffer)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
