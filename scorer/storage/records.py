"""Writing a whole `core.model.ScoringRecord` into a new scoring file (reading: reader.py)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert

from scorer.core.model import (
    QAEntry,
    Score,
    ScoringRecord,
)
from scorer.core.rubric import load_rubric_text
from scorer.storage.schema import (
    AssessorRow,
    AttendeeRow,
    AuditRow,
    ConclusionRow,
    EvaluationRow,
    FileInfo,
    MergeSourceRow,
    NoteRow,
    PhaseTimeRow,
    QARow,
    RecommendationRow,
    ScoreRow,
    SessionRow,
    SignOffRow,
)


def write_record(connection: Connection, record: ScoringRecord) -> None:
    """Fill an empty file (current schema) with a whole record, inside the caller's transaction."""
    rubric = load_rubric_text(record.rubric_source, "rubric stored in the record")
    connection.execute(
        insert(FileInfo),
        {
            "id": 1,
            "file_id": record.file_id,
            "created_at": record.created_at,
            "created_app_version": record.app_version,
            "app_version": record.app_version,
            "owner": record.owner,
            "rubric_id": rubric.id,
            "rubric_version": rubric.version,
            "rubric_sha256": record.rubric_sha256,
            "rubric_source": record.rubric_source,
        },
    )
    ev = record.evaluation
    connection.execute(
        insert(EvaluationRow),
        {
            "id": 1,
            "programme": ev.programme,
            "region": ev.region,
            "region_kind": ev.region_kind.value,
            "province": ev.province,
            "stage": ev.stage,
            "year": ev.year,
            "timezone": ev.timezone.value,
        },
    )
    session = record.session
    connection.execute(
        insert(SessionRow),
        {
            "id": 1,
            "date": session.date,
            "medium": session.medium,
            "venue": session.venue,
            "agenda": session.agenda,
            "current_phase": session.current_phase.value,
        },
    )
    _insert_many(
        connection,
        PhaseTimeRow,
        [
            {
                "phase": p.phase.value,
                "ordinal": p.phase.position,
                "planned_minutes": p.planned_minutes,
                "started_at": p.started_at,
                "ended_at": p.ended_at,
            }
            for p in session.phases
        ],
    )
    _insert_many(
        connection,
        AssessorRow,
        [
            {
                "key": a.key,
                "ordinal": n,
                "name": a.name,
                "nip": a.nip,
                "institution": a.institution,
                "role": a.role.value,
            }
            for n, a in enumerate(record.assessors)
        ],
    )
    _insert_many(
        connection,
        AttendeeRow,
        [
            {"ordinal": n, "name": a.name, "position": a.position, "organisation": a.organisation}
            for n, a in enumerate(record.attendees)
        ],
    )
    _insert_many(connection, ScoreRow, [score_row(s) for s in record.scores])
    _insert_many(
        connection,
        NoteRow,
        [
            {
                "created_at": n.created_at,
                "phase": n.phase.value,
                "elapsed_seconds": n.elapsed_seconds,
                "text": n.text,
                "assessor": n.assessor,
                "item_id": n.item_id,
                "dimension_id": n.dimension_id,
            }
            for n in record.notes
        ],
    )
    _insert_many(connection, QARow, [qa_row(n, q) for n, q in enumerate(record.qa)])
    _insert_many(
        connection,
        ConclusionRow,
        [{"ordinal": n, "text": text} for n, text in enumerate(record.conclusions)],
    )
    _insert_many(
        connection,
        RecommendationRow,
        [
            {
                "ordinal": n,
                "text": r.text,
                "person_in_charge": r.person_in_charge,
                "deadline": r.deadline,
            }
            for n, r in enumerate(record.recommendations)
        ],
    )
    _insert_many(
        connection,
        SignOffRow,
        [
            {
                "signed_by": s.signed_by,
                "signed_at": s.signed_at,
                "content_sha256": s.content_sha256,
                "voided_at": s.voided_at,
                "voided_by": s.voided_by,
                "void_reason": s.void_reason,
            }
            for s in record.signoffs
        ],
    )
    _insert_many(
        connection,
        MergeSourceRow,
        [
            {
                "file_id": m.file_id,
                "assessor": m.assessor,
                "file_name": m.file_name,
                "content_sha256": m.content_sha256,
                "revision_at": m.revision_at,
                "merged_at": m.merged_at,
            }
            for m in record.sources
        ],
    )
    _insert_many(
        connection,
        AuditRow,
        [
            {
                "at": a.at,
                "actor": a.actor,
                "action": a.action,
                "entity": a.entity,
                "key": a.key,
                "old": a.old,
                "new": a.new,
            }
            for a in record.audit
        ],
    )


def score_row(score: Score) -> dict[str, object]:
    return {
        "assessor": score.assessor,
        "item_id": score.item_id,
        "level": score.level,
        "not_applicable": score.not_applicable,
        "percent": None if score.percent is None else str(score.percent),
        "note": score.note,
        "evidence": score.evidence,
        "updated_at": score.updated_at,
    }


def qa_row(ordinal: int, entry: QAEntry) -> dict[str, object]:
    return {
        "ordinal": ordinal,
        "question": entry.question,
        "asker": entry.asker,
        "answer": entry.answer,
        "responder": entry.responder,
        "asked_at": entry.asked_at,
        "dimensions": json.dumps(list(entry.dimensions)),
    }


def _insert_many(connection: Connection, model: type, rows: list[dict[str, object]]) -> None:
    if rows:
        connection.execute(insert(model), rows)
