"""CSV and XLSX for coordinators who live in spreadsheets: the items, the summary (panel
index, each assessor's index, components, dimensions, elements, aspects), the assessors
with their files, and the agreement figures (docs/merge.md has the layout, a contract).
A panel that follows up a previous evaluation adds the previous value and the change to
the items and the summary, and a table of the follow-up statuses side by side; a panel
with supporting evidence or evidence requests, a last table of them per item and assessor.

The XLSX holds them on four sheets, numbers stored as numbers; the CSV holds them as four
blocks, each a title row, a header row and its rows, blocks apart by an empty row. In
Indonesian the CSV is separated by ';' with decimal commas (what a spreadsheet set to
Indonesian reads), in English by ',' with decimal points. Both are written to a temporary
file and renamed into place.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from scorer.core.followup import Change, Comparison, ItemPresence
from scorer.core.model import ScoringRecord
from scorer.core.stats import Agreement
from scorer.merge.aggregate import PanelResult, alpha_verdict, panel_value
from scorer.merge.inputs import Contribution
from scorer.merge.provenance import member_sources, status_columns, statuses_differ
from scorer.reports.locale_id import date_time
from scorer.reports.panel_words import flag_text, not_meaningful, words
from scorer.storage.scoringfile import atomic_new_file

Cell = str | int | float | None
DECIMALS = 4  # stored precision of means, SDs, roll-ups and indices

# Column kinds: how a number is shown. XLSX formats per language; "." in a format is the
# decimal separator, which the locale tag [$-421] (Indonesian) shows as a comma.
TEXT, INTEGER, DECIMAL = "text", "integer", "decimal"
XLSX_FORMATS = {
    "id": {INTEGER: "0", DECIMAL: "[$-421]0.00"},
    "en": {INTEGER: "0", DECIMAL: "0.00"},
}


@dataclass(frozen=True)
class Block:
    """One sheet of the XLSX, one block of the CSV."""

    title: str
    header: list[str]
    kinds: list[str]
    rows: list[list[Cell]]


def _number(value: float | Fraction | Decimal | None) -> float | None:
    return None if value is None else round(float(value), DECIMALS)


def _agreement_value(value: Agreement) -> float | None:
    return _number(value.value) if value.meaningful else None


def blocks(
    record: ScoringRecord,
    result: PanelResult,
    lang: str = "id",
    inputs: Sequence[Contribution] = (),
) -> list[Block]:
    """The four tables, in the given language (headers, names, flags); five, with the
    previous value and the change in the first two, when the panel follows one up."""
    comparison = result.comparison
    tables = [
        _items(result, lang, comparison),
        _summary(result, lang, comparison),
        _assessors(record, result, lang, inputs),
        _agreement(result, lang),
    ]
    if comparison is not None:
        tables.append(_follow_up(record, lang, inputs))
    evidence = _evidence(record, result, lang)
    if evidence.rows:
        tables.append(evidence)
    return tables


def _then_and_change(change: Change | None) -> list[Cell]:
    return [None, None] if change is None else [_number(change.previous), _number(change.change)]


def _items(result: PanelResult, lang: str, comparison: Comparison | None) -> Block:
    w = words(lang)
    rubric = result.rubric
    names = [a.name for a in result.assessors]
    header = [w["item"], w["component"], w["name"], *names]
    header += [w[k] for k in ("n", "mean", "median", "sd", "min", "max", "panel_value")]
    header += [w["flags"], w["consensus"], w["reason"]]
    kinds = [TEXT] * 3 + [INTEGER] * len(names) + [INTEGER] + [DECIMAL] * 6 + [TEXT, INTEGER, TEXT]
    who = {a.key: a.name for a in result.assessors}
    rows: list[list[Cell]] = []
    for row in result.items:
        item = rubric.item(row.item_id)
        spread = row.spread
        value = panel_value(row)
        levels: list[Cell] = [row.levels[a.key] for a in result.assessors]
        rows.append(
            [
                item.id,
                item.component,
                item.name.text(lang),
                *levels,
                spread.n,
                _number(spread.mean),
                _number(spread.median),
                _number(spread.stdev),
                _number(spread.minimum),
                _number(spread.maximum),
                _number(value),
                flag_text(row, who, lang),
                row.consensus.level if row.consensus else None,
                row.consensus.reason if row.consensus else "",
            ]
        )
    if comparison is not None:
        _compare_items(comparison, lang, header, kinds, rows)
    return Block(w["sheet_items"], header, kinds, rows)


def _compare_items(
    comparison: Comparison, lang: str, header: list[str], kinds: list[str], rows: list[list[Cell]]
) -> None:
    """Each item's previous value, change and why it is not compared; the items only the
    previous rubric had as rows of their own, after the others."""
    w = words(lang)
    width = len(header)
    header += [w["previous"], w["change"], w["comparison"]]
    kinds += [DECIMAL, DECIMAL, TEXT]
    by_id = {c.item.id: c for c in comparison.items}
    for row in rows:
        change = by_id[str(row[0])]
        label = w["new_item"] if change.presence is ItemPresence.NEW else ""
        if change.previous_not_applicable:
            label = w["previous_na"]
        row += [*_then_and_change(change.item), label]
    for change in comparison.items:
        if change.presence is ItemPresence.DROPPED:
            then = _then_and_change(change.item)
            blank: list[Cell] = [None] * (width - 3)
            rows.append([change.item.id, "", change.item.name, *blank, *then, w["dropped_item"]])


def _summary(result: PanelResult, lang: str, comparison: Comparison | None) -> Block:
    w = words(lang)
    names = [a.name for a in result.assessors]
    header = [w["kind"], w["code"], w["name"], w["weight"] + " (%)"]
    header += [w["items_scored"], w["items_total"], w["panel"], *names, w["min"], w["max"]]
    header.append(w["note"])
    kinds = [TEXT] * 3 + [DECIMAL] + [INTEGER] * 2 + [DECIMAL] * (len(names) + 3) + [TEXT]
    own_indices = [result.per_assessor[a.key].index for a in result.assessors]
    present = [v for v in own_indices if v is not None]
    panel = result.panel
    total = len(result.rubric.items)
    first: list[Cell] = [w["kind_index"], "", w["index_name"], 100]
    rows: list[list[Cell]] = [
        first
        + [total - len(panel.unscored), total, _number(panel.index)]
        + [_number(v) for v in own_indices]
        + [_number(min(present, default=None)), _number(max(present, default=None))]
        + [_index_note(result, lang, comparison)]
    ]
    changes: dict[tuple[str, str], Change] = {}
    if comparison is not None:
        header += [w["previous"], w["change"]]
        kinds += [DECIMAL, DECIMAL]
        rows[0] += _then_and_change(comparison.index)
        for kind, figures in (
            ("component", comparison.components),
            ("dimension", comparison.dimensions),
            ("aspect", comparison.aspects),
        ):
            changes.update({(kind, f.id): f for f in figures})
    for rollup in result.rollups:
        then = _then_and_change(changes.get((rollup.kind, rollup.id)))
        rows.append(
            [
                w[f"kind_{rollup.kind}"],
                rollup.id,
                rollup.name.text(lang),
                None if rollup.weight is None else _number(rollup.weight * 100),
                rollup.panel.scored,
                rollup.panel.total,
                _number(rollup.panel.value),
            ]
            + [_number(rollup.by_assessor[a.key]) for a in result.assessors]
            + [_number(rollup.minimum), _number(rollup.maximum), ""]
            + (then if comparison is not None else [])
        )
    return Block(w["sheet_summary"], header, kinds, rows)


def _index_note(result: PanelResult, lang: str, comparison: Comparison | None) -> str:
    """What the index rests on: "sementara; 3 dari 5 anggota tim"; and whether its change
    is across rubrics of different weights."""
    w = words(lang)
    scored, listed = result.coverage
    notes = [w["provisional"]] if result.panel.provisional else []
    if scored < listed:
        notes.append(w["coverage"].format(scored=scored, listed=listed))
    if comparison is not None and comparison.across_rubrics:
        notes.append(w["across"])
    return "; ".join(notes)


def _assessors(
    record: ScoringRecord, result: PanelResult, lang: str, inputs: Sequence[Contribution]
) -> Block:
    w = words(lang)
    header = [w[k] for k in ("no", "name", "institution", "role", "file", "fingerprint")]
    header += [w["signed_by"], w["signed_at"], w["index"]]
    kinds = [INTEGER] + [TEXT] * 7 + [DECIMAL]
    zone = record.evaluation.timezone
    rows: list[list[Cell]] = []
    number_of = {a.key: n for n, a in enumerate(result.assessors, start=1)}
    for member in member_sources(record, inputs):
        assessor = member.assessor
        summary = result.per_assessor.get(assessor.key)
        if member.source is None:
            signed_by, signed_at = "", ""
        elif not member.signoff_known:
            signed_by, signed_at = w["signoff_unknown"], ""
        elif member.signed_by is None or member.signed_at is None:
            signed_by, signed_at = w["not_signed"], ""
        else:
            signed_by = member.signed_by
            signed_at = date_time(member.signed_at, zone, lang)
        rows.append(
            [
                number_of.get(assessor.key),
                assessor.name,
                assessor.institution,
                w[assessor.role.value],
                w["no_file"] if member.source is None else member.source.file_name,
                member.fingerprint,
                signed_by,
                signed_at,
                None if summary is None else _number(summary.index),
            ]
        )
    return Block(w["sheet_assessors"], header, kinds, rows)


def _follow_up(record: ScoringRecord, lang: str, inputs: Sequence[Contribution]) -> Block:
    """The previous recommendations, each member's status and note side by side (the
    chair's from the panel file, the others' from their own files), and whether they
    differ."""
    from scorer.reports.minutes_followup import WORDS as STATUS_WORDS

    w = words(lang)
    states = STATUS_WORDS["en" if lang == "en" else "id"]
    columns = status_columns(record, inputs)
    names = [c.assessor.name for c in columns]
    header = [w["no"], w["recommendation"], w["pic"], w["deadline"], *names]
    header += [w["note_of"].format(name=name) for name in names]
    header.append(w["differ"])
    kinds = [INTEGER] + [TEXT] * (3 + 2 * len(columns) + 1)
    rows: list[list[Cell]] = []
    recommendations = record.previous.recommendations if record.previous else ()
    for n, rec in enumerate(recommendations):
        given = [c.statuses.get(n) for c in columns]
        row: list[Cell] = [n + 1, rec.text, rec.person_in_charge]
        row.append(rec.deadline.isoformat() if rec.deadline else "")
        row += [states[s.status] if s and s.status else "" for s in given]
        row += [s.note if s else "" for s in given]
        row.append(w["yes"] if statuses_differ(columns, n) else w["no_"])
        rows.append(row)
    return Block(w["sheet_follow_up"], header, kinds, rows)


def _evidence(record: ScoringRecord, result: PanelResult, lang: str) -> Block:
    """Per item and assessor (as the report's "Bukti dukung per butir"): the pieces, by
    kind, their annex numbers and what they show, the open requests and what they ask for,
    and how many requests were fulfilled; captions in full."""
    from scorer.reports.panel_evidence import due_text, evidence_rows, shown

    w = words(lang)
    header = [w["item"], w["name"], w["assessor"], w["pieces"], w["images"], w["pdfs"]]
    header += [w["annex_numbers"], w["shown"], w["open_requests"], w["still_to_come"]]
    header.append(w["fulfilled"])
    kinds = [TEXT] * 3 + [INTEGER] * 3 + [TEXT] * 2 + [INTEGER, TEXT, INTEGER]
    zone = record.evaluation.timezone
    rows: list[list[Cell]] = []
    for row in evidence_rows(record, result.rubric):
        item = result.rubric.item(row.item_id) if row.item_id is not None else None
        rows.append(
            [
                "" if item is None else item.id,
                w["no_item"] if item is None else item.name.text(lang),
                row.name,
                len(row.pieces),
                row.images,
                row.pdfs,
                row.numbers,
                "; ".join(shown(piece, row.item_id, lang) for piece in row.pieces),
                len(row.open),
                "; ".join(due_text(q, zone, lang) for q in row.open),
                row.fulfilled,
            ]
        )
    return Block(w["sheet_evidence"], header, kinds, rows)


def _agreement(result: PanelResult, lang: str) -> Block:
    w = words(lang)
    header = [w[k] for k in ("scope", "items_total", "assessors", "alpha", "icc")]
    header += [w["meaningful"], w["verdict"]]
    kinds = [TEXT, INTEGER, INTEGER, DECIMAL, DECIMAL, TEXT, TEXT]
    scopes = [(w["overall"], len(result.items), result.agreement_overall)]
    scopes += [
        (row.name.text(lang), row.panel.total, result.agreement_by_dimension[row.id])
        for row in result.rollups
        if row.kind == "dimension"
    ]
    rows: list[list[Cell]] = []
    for scope, items, (alpha, icc) in scopes:
        verdict = alpha_verdict(alpha)
        rows.append(
            [
                scope,
                items,
                len(result.assessors),
                _agreement_value(alpha),
                _agreement_value(icc),
                w["yes"] if alpha.meaningful else w["no_"],
                w[f"verdict_{verdict}"] if verdict else not_meaningful(alpha, lang),
            ]
        )
    return Block(w["sheet_agreement"], header, kinds, rows)


def _csv_text(value: Cell, lang: str) -> Cell:
    """A decimal comma in Indonesian ("2,6667"); every other value as csv writes it."""
    return str(value).replace(".", ",") if isinstance(value, float) and lang == "id" else value


def write_csv(
    record: ScoringRecord,
    result: PanelResult,
    path: Path,
    lang: str = "id",
    inputs: Sequence[Contribution] = (),
) -> None:
    """UTF-8 with a BOM, so spreadsheet apps read the Indonesian names right."""
    with atomic_new_file(path) as temp, temp.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";" if lang == "id" else ",")
        for number, block in enumerate(blocks(record, result, lang, inputs)):
            if number:
                writer.writerow([])
            writer.writerow([block.title])
            writer.writerow(block.header)
            writer.writerows([_csv_text(v, lang) for v in row] for row in block.rows)


def write_xlsx(
    record: ScoringRecord,
    result: PanelResult,
    path: Path,
    lang: str = "id",
    inputs: Sequence[Contribution] = (),
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    formats = XLSX_FORMATS["en" if lang == "en" else "id"]
    bold = Font(bold=True)
    for block in blocks(record, result, lang, inputs):
        sheet = book.create_sheet(block.title)
        sheet.append(block.header)
        for cell in sheet[1]:
            cell.font = bold
        for row in block.rows:
            sheet.append(row)
        for column, kind in enumerate(block.kinds, start=1):
            texts = [block.header[column - 1]] + [
                "" if row[column - 1] is None else str(row[column - 1]) for row in block.rows
            ]
            letter = get_column_letter(column)
            sheet.column_dimensions[letter].width = min(max(map(len, texts)) + 2, 60)
            if kind != TEXT:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                    cell.number_format = formats[kind]
        sheet.freeze_panes = "D2" if block.title == words(lang)["sheet_items"] else "A2"
    # Built in memory: openpyxl leaves its zip file open when a write fails (a full disk),
    # and the zip then complains on stderr when it is collected at exit.
    buffer = io.BytesIO()
    book.save(buffer)
    with atomic_new_file(path) as temp:
        temp.write_bytes(buffer.getvalue())
