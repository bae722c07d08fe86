"""The minutes' follow-up section: the previous evaluation's recommendations with their
statuses, and the previous value and the change per dimension and for the index.

Self-contained (its own words and tables) so that the rest of the minutes can change
without it; `minutes.build_minutes` calls `follow_up_section` once. Nothing is printed for
a session that follows up no previous evaluation.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from scorer.core.followup import Change, Comparison, format_change, format_figure
from scorer.core.model import FollowUpState, PreviousEvaluation, ScoringRecord

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "heading": "Tindak Lanjut Rekomendasi Evaluasi Sebelumnya",
        "previous": "Evaluasi sebelumnya: Tahap {stage} {year} ({date}), {source}; "
        "indeks {index}{provisional}.",
        "panel": "berkas panel",
        "assessor": "berkas penilai {name}",
        "assessor_unnamed": "berkas penilai",
        "provisional": " (sementara)",
        "no": "No.",
        "recommendation": "Rekomendasi",
        "pic": "Penanggung jawab",
        "deadline": "Tenggat",
        "status": "Status",
        "note": "Catatan",
        "no_recommendations": "Evaluasi sebelumnya tidak memuat rekomendasi.",
        "comparison": "Perbandingan dengan Evaluasi Sebelumnya",
        "dimension": "Dimensi",
        "before": "Sebelumnya",
        "now": "Sekarang",
        "change": "Perubahan",
        "index": "Indeks",
        "across": "Bobot rubrik berubah sejak evaluasi sebelumnya: indeks sebelumnya ditampilkan "
        "seperti dipublikasikan, dan perubahannya antar rubrik yang berbeda.",
        "new_items": "Butir baru (tidak dibandingkan): {items}.",
        "dropped_items": "Butir yang tidak lagi dinilai (tidak dibandingkan): {items}.",
        FollowUpState.DONE: "Selesai",
        FollowUpState.PARTLY: "Sebagian",
        FollowUpState.NOT_YET: "Belum",
        FollowUpState.NOT_RELEVANT: "Tidak relevan",
    },
    "en": {
        "heading": "Follow-up of the Previous Evaluation's Recommendations",
        "previous": "Previous evaluation: Stage {stage} {year} ({date}), {source}; "
        "index {index}{provisional}.",
        "panel": "panel file",
        "assessor": "assessor file of {name}",
        "assessor_unnamed": "assessor file",
        "provisional": " (provisional)",
        "no": "No.",
        "recommendation": "Recommendation",
        "pic": "Person in charge",
        "deadline": "Deadline",
        "status": "Status",
        "note": "Note",
        "no_recommendations": "The previous evaluation made no recommendations.",
        "comparison": "Comparison with the Previous Evaluation",
        "dimension": "Dimension",
        "before": "Previous",
        "now": "Now",
        "change": "Change",
        "index": "Index",
        "across": "The rubric's weights changed since the previous evaluation: the previous "
        "index is shown as published, and the change is across different rubrics.",
        "new_items": "New items (not compared): {items}.",
        "dropped_items": "Items no longer scored (not compared): {items}.",
        FollowUpState.DONE: "Done",
        FollowUpState.PARTLY: "Partly",
        FollowUpState.NOT_YET: "Not yet",
        FollowUpState.NOT_RELEVANT: "Not relevant",
    },
}


def follow_up_section(
    record: ScoringRecord, comparison: Comparison | None, lang: str = "id"
) -> list[Flowable]:
    """The section's flowables, from the change since the previous evaluation (the minutes
    compute it with the session's values); empty when the session follows up nothing."""
    if record.previous is None or comparison is None:
        return []
    from reportlab.platypus import Spacer

    from scorer.reports.locale_id import long_date
    from scorer.reports.styles import report_styles

    previous = record.previous
    w = WORDS["en" if lang == "en" else "id"]
    styles = report_styles()
    decimals = previous.decimals
    out: list[Flowable] = [
        _p(w["heading"], styles.heading),
        _p(previous_line(previous, lang), styles.body),
    ]
    statuses = {f.position: f for f in record.follow_up}
    if previous.recommendations:
        rows = []
        for n, rec in enumerate(previous.recommendations):
            status = statuses.get(n)
            rows.append(
                [
                    str(n + 1),
                    rec.text,
                    rec.person_in_charge,
                    long_date(rec.deadline, lang, weekday=False) if rec.deadline else "–",
                    w[status.status] if status and status.status else "–",
                    status.note if status else "",
                ]
            )
        header = [w["no"], w["recommendation"], w["pic"], w["deadline"], w["status"], w["note"]]
        out.append(_table(header, rows, [11, 56, 28, 24, 19, 32]))
    else:
        out.append(_p(w["no_recommendations"], styles.body))
    out += [Spacer(1, 4), _p(w["comparison"], styles.subheading)]
    out += _comparison(comparison, w, decimals, lang)
    return out


def previous_line(previous: PreviousEvaluation, lang: str) -> str:
    """'Evaluasi sebelumnya: Tahap I 2025 (24 Juni 2025), berkas penilai Sri (a1.scoring);
    indeks 2,95.', naming the file and its assessor only as far as they are known."""
    from scorer.reports.locale_id import long_date
    from scorer.reports.phrases import with_details

    w = WORDS["en" if lang == "en" else "id"]
    if previous.kind.value == "panel":
        kind = w["panel"]
    elif previous.assessor.strip():
        kind = w["assessor"].format(name=previous.assessor.strip())
    else:
        kind = w["assessor_unnamed"]
    return w["previous"].format(
        stage=previous.stage_roman,
        year=previous.year,
        date=long_date(previous.date, lang, weekday=False),
        source=with_details(kind, previous.file_name),
        index=format_figure(previous.index, previous.decimals, lang),
        provisional=w["provisional"] if previous.provisional else "",
    )


def _comparison(
    comparison: Comparison, w: dict[str, str], decimals: int, lang: str
) -> list[Flowable]:
    """Per dimension and for the index: then, now, and the signed change."""
    from scorer.reports.styles import report_styles

    styles = report_styles()

    def row(change: Change, name: str) -> list[str]:
        return [
            name,
            format_figure(change.previous, decimals, lang),
            format_figure(change.current, decimals, lang),
            format_change(change.change, decimals, lang),
        ]

    rows = [row(d, d.name) for d in comparison.dimensions]
    rows.append(row(comparison.index, w["index"]))
    header = [w["dimension"], w["before"], w["now"], w["change"]]
    out = [_table(header, rows, [80, 30, 30, 30], bold_last=True)]
    notes = []
    if comparison.across_rubrics:
        notes.append(w["across"])
    if comparison.new_items:
        notes.append(w["new_items"].format(items=", ".join(comparison.new_items)))
    if comparison.dropped_items:
        notes.append(w["dropped_items"].format(items=", ".join(comparison.dropped_items)))
    return out + [_p(text, styles.small) for text in notes]


def _p(text: str, style: Any) -> Flowable:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), style)


def _table(
    header: list[str], rows: list[list[str]], widths_mm: list[float], *, bold_last: bool = False
) -> Flowable:
    """A grid of wrapped cells that repeats its header row across pages."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from scorer.reports.styles import report_styles

    styles = report_styles()
    data = [[_p(h, styles.cell_bold) for h in header]]
    last = len(rows)
    data += [
        [_p(v, styles.cell_bold if bold_last and n == last else styles.cell) for v in row]
        for n, row in enumerate(rows, start=1)
    ]
    table = Table(data, colWidths=[x * mm for x in widths_mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, (0.45, 0.45, 0.45)),
                ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
