"""The panel report's sections on the previous evaluation a panel follows up: then and now
per dimension, for the index and per item; and the previous recommendations with each
member's follow-up status side by side. Indonesian, like the rest of the report.

The figures and their printing come from `scorer/core/followup.py` (as the minutes print
them: "+0,25", "−0,10", "—"); the statuses from `scorer/merge/provenance.py`. A panel
that follows up nothing gets no such section.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from scorer.core.followup import (
    Change,
    Comparison,
    ItemPresence,
    format_change,
    format_figure,
)
from scorer.core.model import FollowUpState, PreviousEvaluation, ScoringRecord
from scorer.merge.aggregate import PanelResult
from scorer.merge.inputs import Contribution
from scorer.merge.provenance import StatusColumn, status_columns, statuses_differ
from scorer.reports.minutes_followup import WORDS as MINUTES_WORDS
from scorer.reports.minutes_followup import previous_line
from scorer.reports.panel_tables import WIDTH_MM, fit, grid, wide_grid
from scorer.reports.panel_words import numeral, words
from scorer.reports.styles import report_styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

NUMBER_MM = 22  # then, now, change
STATUS_MM = 24  # one member's status (and note)
LABEL_MM = 34  # why an item is not compared: two short lines
RECOMMENDATION_MIN_MM = 45
W = MINUTES_WORDS["id"]
WORDS = words("id")


def _row(name: str, change: Change, decimals: int) -> list[str]:
    return [
        escape(name),
        format_figure(change.previous, decimals),
        format_figure(change.current, decimals),
        format_change(change.change, decimals),
    ]


def comparison_section(
    numeral: str, previous: PreviousEvaluation, comparison: Comparison, decimals: int
) -> list[Flowable]:
    """Then (as published) and now (the panel's values) per dimension, for the index and
    per item, with the signed change; new and dropped items labelled, never compared."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = report_styles()
    notes = styles.small
    head = ["Dimensi", "Sebelumnya", "Sekarang (tim)", "Perubahan"]
    rows = [head] + [_row(d.name, d, decimals) for d in comparison.dimensions]
    rows.append(_row("Indeks", comparison.index, decimals))
    numbers = [fit(h, "−0,00") for h in head[1:]]
    summary = grid(rows, [WIDTH_MM - sum(numbers), *numbers], right=(1, 2, 3), total=True)
    after = [W["across"]] if comparison.across_rubrics else []
    labels = {ItemPresence.NEW: WORDS["new_item"], ItemPresence.DROPPED: WORDS["dropped_item"]}
    items = [["Kode", "Butir", "Sebelumnya", "Sekarang", "Perubahan", "Keterangan"]]
    for change in comparison.items:
        label = labels.get(change.presence, "")
        if change.previous_not_applicable:
            label = WORDS["previous_na"]
        cells = _row(change.item.name, change.item, decimals)
        items.append([escape(change.item.id), *cells, label])
    code = fit("Kode", *(c.item.id for c in comparison.items))
    item_numbers = [fit(h, "−0,00") for h in items[0][2:5]]
    name_mm = WIDTH_MM - code - sum(item_numbers) - LABEL_MM
    return [
        KeepTogether(
            [
                Paragraph(f"{numeral}. Perbandingan dengan evaluasi sebelumnya", styles.heading),
                Paragraph(escape(previous_line(previous, "id")), styles.plain),
                Spacer(1, 2 * mm),
                summary,
                *(Paragraph(escape(text), notes) for text in after),
            ]
        ),
        Spacer(1, 3 * mm),
        Paragraph("Nilai per butir: sebelumnya dan sekarang", styles.subheading),
        grid(items, [code, name_mm, *item_numbers, LABEL_MM], right=(2, 3, 4)),
        Paragraph(
            "Sebelumnya: nilai seperti dipublikasikan pada evaluasi sebelumnya. Sekarang: "
            "nilai tim (rerata para asesor, atau nilai konsensus). Perubahan: nilai sekarang "
            "dibulatkan dikurangi nilai sebelumnya; — bila tidak dapat dibandingkan.",
            notes,
        ),
    ]


def statuses_section(
    numeral: str,
    previous: PreviousEvaluation,
    columns: Sequence[StatusColumn],
    number_of: Mapping[str, int],
) -> list[Flowable]:
    """The previous recommendations, each member's status (and note) in a column of their
    own, and whether the members' statuses differ."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from scorer.reports.locale_id import long_date

    styles = report_styles()
    heading = Paragraph(f"{numeral}. Tindak lanjut rekomendasi evaluasi sebelumnya", styles.heading)
    if not previous.recommendations:
        return [heading, Paragraph(escape(W["no_recommendations"]), styles.plain)]

    def who(column: StatusColumn) -> str:
        number = number_of.get(column.assessor.key)
        return escape(column.assessor.name) if number is None else f"Asesor {number}"

    header = ["No.", "Rekomendasi", *(who(c) for c in columns), "Beda"]
    rows = [header]
    differ = 0
    for n, rec in enumerate(previous.recommendations):
        facts = [f"PJ: {escape(rec.person_in_charge)}"] if rec.person_in_charge else []
        if rec.deadline:
            facts.append(f"tenggat {long_date(rec.deadline, 'id', weekday=False)}")
        text = escape(rec.text) + (f"<br/><i>{'; '.join(facts)}</i>" if facts else "")
        cells = []
        for column in columns:
            status = column.statuses.get(n)
            cell = W[status.status] if status and status.status else "–"
            if status and status.note:
                cell += f"<br/><i>{escape(status.note)}</i>"
            cells.append(cell)
        different = statuses_differ(columns, n)
        differ += different
        rows.append([str(n + 1), text, *cells, "<b>berbeda</b>" if different else ""])
    k = len(columns)
    differ_mm = fit("Beda", "berbeda")
    room = WIDTH_MM - 9 - differ_mm - RECOMMENDATION_MIN_MM
    # Narrower columns for a larger panel, down to the widest word a column may hold (no
    # status broken inside a word); then more tables.
    texts = [*header[2 : 2 + k], *(W[state] for state in FollowUpState)]
    least = fit(*(word for text in texts for word in text.split()))
    status_mm = max(min(STATUS_MM, room / k), least) if k else 0
    widths = [9, None, *[status_mm] * k, differ_mm]
    if not columns:
        line = "Belum ada anggota tim yang memberi status tindak lanjut."
    elif differ:
        line = f"<b>Status tindak lanjut berbeda antarasesor pada {differ} rekomendasi.</b>"
    else:
        line = "Status tindak lanjut yang diberikan para asesor tidak berbeda."
    legend = (
        "Kolom asesor: status dari berkas masing-masing (nomor pada bagian I); status ketua "
        "adalah status berkas panel. Hanya anggota yang memberi status pada evaluasi "
        "sebelumnya yang sama yang ditampilkan."
    )
    # Kept on one page where it fits; a longer list splits, its grid repeating the heading.
    tables = wide_grid(rows, widths, range(2, 2 + k), least=RECOMMENDATION_MIN_MM)
    return [
        KeepTogether(
            [
                heading,
                Paragraph(line, styles.plain),
                Spacer(1, 2 * mm),
                *tables,
                Paragraph(legend, styles.small),
            ]
        )
    ]


def follow_up_sections(
    record: ScoringRecord,
    result: PanelResult,
    inputs: Sequence[Contribution],
    number_of: Mapping[str, int],
    first: int,
) -> list[Flowable]:
    """Both sections, numbered `first` and the next (7 and 8, or later when the report has
    consensus decisions or evidence before them); none without a previous evaluation."""
    comparison = result.comparison
    if record.previous is None or comparison is None:
        return []
    decimals = record.previous.decimals
    statuses = status_columns(record, inputs)
    return [
        *comparison_section(numeral(first), record.previous, comparison, decimals),
        *statuses_section(numeral(first + 1), record.previous, statuses, number_of),
    ]
