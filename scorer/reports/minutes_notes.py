"""Section IV of the minutes: notes (and, for a panel, its values) by dimension and item.

Items belong to dimensions through the rubric (an item's first dimension; items without one
follow under "Butir lain"). A note tagged to an item is printed under that item, a note tagged
to a dimension directly under the dimension's heading, and untagged scoring notes under their
own heading. An assessor's notula prints no score here: that assessor's scores are on their
own score sheet, which only they sign.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from scorer.core.model import Phase
from scorer.core.rubric import Item
from scorer.core.scoring import NA
from scorer.reports.minutes_evidence import annex_reference

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import NoteEntry, Parts


def section_four(parts: Parts) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle

    w = parts.w
    out: list[Flowable] = [parts.p(w["s4"], parts.s.heading)]
    if parts.is_panel:
        out.append(parts.p(w["panel_intro"].format(n=parts.panel_size)))
    by_item: dict[str, list[NoteEntry]] = {}
    by_dimension: dict[str, list[NoteEntry]] = {}
    for entry in parts.entries:
        note = entry.note
        if not parts.is_tagged(note):
            continue
        if note.item_id is not None and parts.rubric.has_item(note.item_id):
            by_item.setdefault(note.item_id, []).append(entry)
        else:
            by_dimension.setdefault(note.dimension_id or "", []).append(entry)

    # A panel file has no score sheet: its items name their annexed evidence here, in line
    # with the text of the notes under them.
    references = (
        {item.id: annex_reference(parts, item.id) for item in parts.rubric.items}
        if parts.is_panel
        else {}
    )
    reference_style = ParagraphStyle("reference", parent=parts.s.indented, firstLineIndent=0)

    def item_block(item: Item) -> list[Flowable]:
        head = f"{item.id} {item.name.text(parts.lang)}"
        if parts.is_panel:
            head += f": {panel_value_text(parts, item.id)}"
        lines = [parts.p(head, parts.s.item)]
        if references.get(item.id):
            lines.append(parts.p(references[item.id], reference_style))
        return lines + [_bullet(parts, e) for e in by_item.get(item.id, [])]

    def shown(item: Item) -> bool:
        return (
            item.id in by_item
            or bool(references.get(item.id))
            or (parts.is_panel and item.id in parts.values)
        )

    dimensions = parts.rubric.dimensions
    for number, dim in enumerate(dimensions, start=1):
        title = f"{number}. {dim.name.text(parts.lang)}"
        if parts.is_panel:
            value = parts.score(parts.summary.dimensions[dim.id].value)
            title += f" ({w['panel_value'].format(value=value)})"
        body = [_bullet(parts, e) for e in by_dimension.get(dim.id, [])]
        for item in parts.rubric.items:
            if item.dimensions[:1] == (dim.id,) and shown(item):
                body += item_block(item)
        out += [parts.p(title, parts.s.subheading), *(body or [parts.p(w["none"])])]
    others = [item for item in parts.rubric.items if not item.dimensions and shown(item)]
    if others:
        out.append(parts.p(f"{len(dimensions) + 1}. {w['other_items']}", parts.s.subheading))
        for item in others:
            out += item_block(item)
    out += parts.phase_notes((Phase.SCORING,), "notes_scoring")
    if parts.is_panel:
        from scorer.reports.minutes_scores import charts, score_tables

        line = w["panel_index_line"].format(n=parts.panel_size, value=parts.index_text())
        out.append(parts.p(w["panel_scores"], parts.s.subheading))
        out += score_tables(parts, w["panel_index"], line)
        out.append(charts(parts))
    return out


def _bullet(parts: Parts, entry: NoteEntry) -> Flowable:
    return parts.p(f"– {parts.note_text(entry)}", parts.s.indented)


def panel_value_text(parts: Parts, item_id: str) -> str:
    """ "3,33 (rata-rata 3 asesor)", "3,00 (konsensus: …)", "N/A" or "–"."""
    w = parts.w
    value = parts.values.get(item_id)
    row = parts.panel_rows.get(item_id)
    if value is NA:
        return w["na"]
    if not isinstance(value, Fraction) or row is None:
        return "–"
    if row.consensus is not None:
        reason = row.consensus.reason.strip()
        key = "value_consensus" if reason else "value_consensus_bare"
        return w[key].format(value=parts.score(value), reason=reason)
    return w["value_mean"].format(value=parts.score(value), n=row.spread.n)
