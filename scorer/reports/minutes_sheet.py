"""The assessor's score sheet ("Lembar Penilaian Asesor") that follows an assessor's notula.

The notula records the meeting and is signed by the minute-taker and the chair; scores given
by one assessor are printed only here, under that assessor's name, and signed by them alone,
so no one signs figures they did not give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer.reports.minutes_parts import field_name_for
from scorer.reports.minutes_scores import charts, score_annex, score_tables
from scorer.reports.minutes_signatures import Signer, signature_row
from scorer.reports.phrases import evaluation_line, joined

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts


def assessor_sheet(parts: Parts) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Spacer

    w = parts.w
    ev = parts.record.evaluation
    owner = parts.by_key.get(parts.record.owner)
    name = owner.name if owner else parts.owner_name
    role = parts.role_name(owner) if owner else ""
    institution = owner.institution if owner else ""
    title = w["sheet_title"]
    facts = [
        (w["sheet_assessor"], joined(name, role, institution)),
        (w["sheet_evaluation"], evaluation_line(ev)),
        (w["day_date"], parts.session_date_text()),
    ]
    line = w["assessor_index_line"].format(name=name, value=parts.index_text())
    signer = Signer(
        (w["sheet_signer"],),
        name,
        owner.nip if owner else "",
        owner.key if owner else None,
        field_name_for(name) + "_penilaian",
    )
    return [
        PageBreak(),
        parts.p(title, parts.s.title),
        parts.p(w["sheet_subtitle"].format(stage=ev.stage_roman, year=ev.year), parts.s.subtitle),
        Spacer(1, 6),
        parts.facts(facts),
        Spacer(1, 4),
        parts.p(w["sheet_intro"].format(name=name), parts.s.small),
        Spacer(1, 4),
        *score_tables(parts, w["assessor_index"], line),
        charts(parts),
        *score_annex(parts),
        *signature_row(parts, [signer], parts.p(w["sheet_closing"])),
    ]
