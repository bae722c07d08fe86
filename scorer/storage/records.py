"""Whole-record reads and writes between a scoring file and `core.model.ScoringRecord`."""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import Connection, insert, select

from scorer.core.model import (
    Assessor,
    Attendee,
    AuditEntry,
    Evaluation,
    Note,
    Phase,
    PhaseTime,
    QAEntry,
    Recommendation,
    RegionKind,
    Role,
    Score,
    ScoringRecord,
    SessionInfo,
    SignOff,
    TimeZoneName,
)
from scorer.core.rubric import load_rubric_text
from scorer.storage.schema import (
    AssessorRow,
    AttendeeRow,
    AuditRow,
    ConclusionRow,
    EvaluationRow,
    FileInfo,
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


def read_record(connection: Connection) -> ScoringRecord:
    info = connection.execute(select(FileInfo.__table__)).one()
    ev = connection.execute(select(EvaluationRow.__table__)).one()
    session = connection.execute(select(SessionRow.__table__)).one()
    phases = connection.execute(select(PhaseTimeRow.__table__).order_by(PhaseTimeRow.ordinal))
    return ScoringRecord(
        file_id=info.file_id,
        created_at=info.created_at,
        app_version=info.app_version,
        rubric_source=info.rubric_source,
        rubric_sha256=info.rubric_sha256,
        owner=info.owner,
        evaluation=Evaluation(
            programme=ev.programme,
            region=ev.region,
            region_kind=RegionKind(ev.region_kind),
            province=ev.province,
            stage=ev.stage,
            year=ev.year,
            timezone=TimeZoneName(ev.timezone),
        ),
        session=SessionInfo(
            date=session.date,
            medium=session.medium,
            venue=session.venue,
            agenda=session.agenda,
            current_phase=Phase(session.current_phase),
            phases=[
                PhaseTime(Phase(p.phase), p.planned_minutes, p.started_at, p.ended_at)
                for p in phases
            ],
        ),
        assessors=[
            Assessor(a.key, a.name, a.institution, Role(a.role), a.nip)
            for a in connection.execute(select(AssessorRow.__table__).order_by(AssessorRow.ordinal))
        ],
        attendees=[
            Attendee(a.name, a.position, a.organisation)
            for a in connection.execute(select(AttendeeRow.__table__).order_by(AttendeeRow.ordinal))
        ],
        scores=[
            Score(
                assessor=s.assessor,
                item_id=s.item_id,
                level=s.level,
                not_applicable=bool(s.not_applicable),
                updated_at=s.updated_at,
                note=s.note,
                evidence=s.evidence,
                percent=None if s.percent is None else Decimal(s.percent),
            )
            for s in connection.execute(
                select(ScoreRow.__table__).order_by(ScoreRow.assessor, ScoreRow.item_id)
            )
        ],
        notes=[
            Note(
                created_at=n.created_at,
                phase=Phase(n.phase),
                elapsed_seconds=n.elapsed_seconds,
                text=n.text,
                assessor=n.assessor,
                item_id=n.item_id,
                dimension_id=n.dimension_id,
            )
            for n in connection.execute(select(NoteRow.__table__).order_by(NoteRow.id))
        ],
        qa=[
            QAEntry(
                question=q.question,
                asker=q.asker,
                answer=q.answer,
                responder=q.responder,
                asked_at=q.asked_at,
                dimensions=tuple(json.loads(q.dimensions or "[]")),
            )
            for q in connection.execute(select(QARow.__table__).order_by(QARow.ordinal, QARow.id))
        ],
        conclusions=[
            c.text
            for c in connection.execute(
                select(ConclusionRow.__table__).order_by(ConclusionRow.ordinal, ConclusionRow.id)
            )
        ],
        recommendations=[
            Recommendation(r.text, r.person_in_charge, r.deadline)
            for r in connection.execute(
                select(RecommendationRow.__table__).order_by(
                    RecommendationRow.ordinal, RecommendationRow.id
                )
            )
        ],
        signoffs=[
            SignOff(
                s.signed_by, s.signed_at, s.content_sha256, s.voided_at, s.voided_by, s.void_reason
            )
            for s in connection.execute(select(SignOffRow.__table__).order_by(SignOffRow.id))
        ],
        audit=[
            AuditEntry(a.at, a.actor, a.action, a.entity, a.key, a.old, a.new)
            for a in connection.execute(select(AuditRow.__table__).order_by(AuditRow.id))
        ],
    )
