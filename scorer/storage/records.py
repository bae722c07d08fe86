"""Writing a whole `core.model.ScoringRecord` into a new scoring file (reading: reader.py).

Plain SQL through the standard library's sqlite3, like the store's edits: creating and
merging files never imports SQLAlchemy (the tables are defined in schema.py and built by
the migrations; tests check the two agree).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from scorer.core.model import (
    Evidence,
    EvidenceRequest,
    PreviousEvaluation,
    QAEntry,
    ScoringRecord,
    time_to_text,
    utc_now,
)
from scorer.core.rubric import stored_rubric
from scorer.core.snapshot import snapshot_sha256, snapshot_text


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else time_to_text(value)


def _insert(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> None:
    values = [tuple(r) for r in rows]
    if values:
        marks = ", ".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
        )


def write_record(connection: sqlite3.Connection, record: ScoringRecord) -> None:
    """Fill an empty file (current schema) with a whole record, inside the caller's transaction."""
    rubric = stored_rubric(record.rubric_source)
    _insert(
        connection,
        "file_info",
        (
            "id",
            "file_id",
            "created_at",
            "created_app_version",
            "app_version",
            "owner",
            "rubric_id",
            "rubric_version",
            "rubric_sha256",
            "rubric_source",
        ),
        [
            (
                1,
                record.file_id,
                _time(record.created_at),
                record.app_version,
                record.app_version,
                record.owner,
                rubric.id,
                rubric.version,
                record.rubric_sha256,
                record.rubric_source,
            )
        ],
    )
    ev = record.evaluation
    _insert(
        connection,
        "evaluation",
        ("id", "programme", "region", "region_kind", "province", "stage", "year", "timezone"),
        [
            (
                1,
                ev.programme,
                ev.region,
                ev.region_kind.value,
                ev.province,
                ev.stage,
                ev.year,
                ev.timezone.value,
            )
        ],
    )
    session = record.session
    _insert(
        connection,
        "session_info",
        ("id", "date", "medium", "venue", "agenda", "current_phase"),
        [
            (
                1,
                session.date.isoformat(),
                session.medium,
                session.venue,
                session.agenda,
                session.current_phase.value,
            )
        ],
    )
    _insert(
        connection,
        "phase_time",
        ("phase", "ordinal", "planned_minutes", "started_at", "ended_at"),
        [
            (
                p.phase.value,
                p.phase.position,
                p.planned_minutes,
                _time(p.started_at),
                _time(p.ended_at),
            )
            for p in session.phases
        ],
    )
    _insert(
        connection,
        "assessor",
        ("key", "ordinal", "name", "nip", "institution", "role"),
        [
            (a.key, n, a.name, a.nip, a.institution, a.role.value)
            for n, a in enumerate(record.assessors)
        ],
    )
    _insert(
        connection,
        "attendee",
        ("ordinal", "name", "position", "organisation", "present"),
        [
            (n, a.name, a.position, a.organisation, a.present)
            for n, a in enumerate(record.attendees)
        ],
    )
    _insert(
        connection,
        "score",
        (
            "assessor",
            "item_id",
            "level",
            "not_applicable",
            "percent",
            "note",
            "evidence",
            "updated_at",
        ),
        [
            (
                s.assessor,
                s.item_id,
                s.level,
                s.not_applicable,
                None if s.percent is None else str(s.percent),
                s.note,
                s.evidence,
                _time(s.updated_at),
            )
            for s in record.scores
        ],
    )
    _insert(
        connection,
        "note",
        ("created_at", "phase", "elapsed_seconds", "text", "assessor", "item_id", "dimension_id"),
        [
            (
                _time(n.created_at),
                n.phase.value,
                n.elapsed_seconds,
                n.text,
                n.assessor,
                n.item_id,
                n.dimension_id,
            )
            for n in record.notes
        ],
    )
    _insert(connection, "qa_entry", QA_COLUMNS, [qa_params(n, q) for n, q in enumerate(record.qa)])
    _insert(
        connection,
        "conclusion",
        ("ordinal", "text"),
        [(n, text) for n, text in enumerate(record.conclusions)],
    )
    _insert(
        connection,
        "recommendation",
        ("ordinal", "text", "person_in_charge", "deadline"),
        [
            (n, r.text, r.person_in_charge, None if r.deadline is None else r.deadline.isoformat())
            for n, r in enumerate(record.recommendations)
        ],
    )
    _insert(
        connection,
        "signoff",
        ("signed_by", "signed_at", "content_sha256", "voided_at", "voided_by", "void_reason"),
        [
            (
                s.signed_by,
                _time(s.signed_at),
                s.content_sha256,
                _time(s.voided_at),
                s.voided_by,
                s.void_reason,
            )
            for s in record.signoffs
        ],
    )
    _insert(
        connection,
        "merge_source",
        ("file_id", "assessor", "file_name", "content_sha256", "revision_at", "merged_at"),
        [
            (
                m.file_id,
                m.assessor,
                m.file_name,
                m.content_sha256,
                _time(m.revision_at),
                _time(m.merged_at),
            )
            for m in record.sources
        ],
    )
    if record.previous is not None:
        connection.execute(INSERT_PREVIOUS, previous_params(record.previous))
    _insert(
        connection,
        "follow_up",
        ("position", "status", "note"),
        [
            (f.position, None if f.status is None else f.status.value, f.note)
            for f in record.follow_up
        ],
    )
    write_evidence(connection, record)
    _insert(
        connection,
        "audit_log",
        ("at", "actor", "action", "entity", "key", "old", "new"),
        [(_time(a.at), a.actor, a.action, a.entity, a.key, a.old, a.new) for a in record.audit],
    )


QA_COLUMNS = ("ordinal", "question", "asker", "answer", "responder", "asked_at", "dimensions")


def qa_params(ordinal: int, entry: QAEntry) -> tuple[object, ...]:
    """A Q&A entry as the values of QA_COLUMNS."""
    return (
        ordinal,
        entry.question,
        entry.asker,
        entry.answer,
        entry.responder,
        time_to_text(entry.asked_at),
        json.dumps(list(entry.dimensions)),
    )


INSERT_PREVIOUS = (
    "INSERT INTO previous_evaluation (id, snapshot, snapshot_sha256, file_id, content_sha256, "
    "kind, linked_at) VALUES (1, ?, ?, ?, ?, ?, ?)"
)


def previous_params(previous: PreviousEvaluation) -> tuple[object, ...]:
    """A snapshot as the values of INSERT_PREVIOUS: its canonical text and that text's hash."""
    text = snapshot_text(previous)
    return (
        text,
        snapshot_sha256(text),
        previous.file_id,
        previous.content_sha256,
        previous.kind.value,
        time_to_text(previous.linked_at or utc_now()),
    )


def write_evidence(connection: sqlite3.Connection, record: ScoringRecord) -> None:
    """The record's blobs, evidence and requests (ids kept: requests refer to evidence)."""
    _insert(
        connection,
        "blob",
        ("sha256", "data", "media_type", "size"),
        [(b.sha256, b.data, b.media_type, b.size) for b in record.blobs.values()],
    )
    _insert(connection, "evidence", EVIDENCE_COLUMNS, [evidence_params(e) for e in record.evidence])
    _insert(
        connection,
        "evidence_request",
        REQUEST_COLUMNS,
        [request_params(q) for q in record.requests],
    )


EVIDENCE_COLUMNS = (
    "id",
    "blob_sha256",
    "item_id",
    "phase",
    "captured_at",
    "caption",
    "assessor",
    "original_name",
    "width",
    "height",
)


def evidence_params(e: Evidence) -> tuple[object, ...]:
    """Evidence as the values of EVIDENCE_COLUMNS."""
    return (
        e.id,
        e.sha256,
        e.item_id,
        e.phase.value,
        time_to_text(e.captured_at),
        e.caption,
        e.assessor,
        e.original_name,
        e.width,
        e.height,
    )


REQUEST_COLUMNS = (
    "id",
    "item_id",
    "what",
    "due_at",
    "requested_at",
    "assessor",
    "fulfilled_at",
    "fulfilled_by",
    "evidence_id",
)


def request_params(q: EvidenceRequest) -> tuple[object, ...]:
    """A request as the values of REQUEST_COLUMNS."""
    return (
        q.id,
        q.item_id,
        q.what,
        time_to_text(q.due_at),
        time_to_text(q.requested_at),
        q.assessor,
        _time(q.fulfilled_at),
        q.fulfilled_by,
        q.evidence_id,
    )
