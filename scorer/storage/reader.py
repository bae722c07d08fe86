"""Reading a whole record with the standard library's sqlite3.

Reading is what `check`, `export-json`, the minutes and the merge do to files that may have
come from elsewhere: plain SQL over a read-only, defensive connection, without importing
SQLAlchemy (which costs more than the whole read). The SQLAlchemy models in `schema.py`
remain the definition of the tables; tests check this reader against files they write.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from typing import Any

from scorer.core.model import (
    Assessor,
    Attendee,
    AuditEntry,
    Blob,
    Evaluation,
    Evidence,
    EvidenceRequest,
    FollowUpState,
    FollowUpStatus,
    MergeSource,
    Note,
    Phase,
    PhaseTime,
    PreviousEvaluation,
    QAEntry,
    Recommendation,
    RegionKind,
    Role,
    Score,
    ScoringRecord,
    SessionInfo,
    SignOff,
    TimeZoneName,
    text_to_time,
)
from scorer.core.snapshot import snapshot_from_text


def _time(value: str | None) -> dt.datetime | None:
    return None if value is None else text_to_time(value)


def _required_time(value: str) -> dt.datetime:
    return text_to_time(value)


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _rows(
    connection: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()
) -> list[dict[str, Any]]:
    cursor = connection.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(connection: sqlite3.Connection, sql: str) -> dict[str, Any]:
    rows = _rows(connection, sql)
    if len(rows) != 1:
        raise sqlite3.DatabaseError(f"expected one row from: {sql}")
    return rows[0]


def read_record(
    connection: sqlite3.Connection, known_blobs: dict[str, Blob] | None = None
) -> ScoringRecord:
    """`known_blobs`: content read before, kept and updated by the caller (an open session
    reads its record often; see `read_blobs`)."""
    info = _one(connection, "SELECT * FROM file_info")
    ev = _one(connection, "SELECT * FROM evaluation")
    session = _one(connection, "SELECT * FROM session_info")

    def rows(sql: str) -> list[dict[str, Any]]:
        return _rows(connection, sql)

    return ScoringRecord(
        file_id=info["file_id"],
        created_at=_required_time(info["created_at"]),
        app_version=info["app_version"],
        rubric_source=info["rubric_source"],
        rubric_sha256=info["rubric_sha256"],
        owner=info["owner"],
        evaluation=Evaluation(
            programme=ev["programme"],
            region=ev["region"],
            region_kind=RegionKind(ev["region_kind"]),
            province=ev["province"],
            stage=ev["stage"],
            year=ev["year"],
            timezone=TimeZoneName(ev["timezone"]),
        ),
        session=SessionInfo(
            date=dt.date.fromisoformat(session["date"]),
            medium=session["medium"],
            venue=session["venue"],
            agenda=session["agenda"],
            current_phase=Phase(session["current_phase"]),
            phases=[
                PhaseTime(
                    Phase(p["phase"]),
                    p["planned_minutes"],
                    _time(p["started_at"]),
                    _time(p["ended_at"]),
                )
                for p in rows("SELECT * FROM phase_time ORDER BY ordinal")
            ],
        ),
        assessors=[
            Assessor(a["key"], a["name"], a["institution"], Role(a["role"]), a["nip"])
            for a in rows("SELECT * FROM assessor ORDER BY ordinal")
        ],
        attendees=[
            Attendee(a["name"], a["position"], a["organisation"], bool(a["present"]))
            for a in rows("SELECT * FROM attendee ORDER BY ordinal, id")
        ],
        scores=[
            Score(
                assessor=s["assessor"],
                item_id=s["item_id"],
                level=s["level"],
                not_applicable=bool(s["not_applicable"]),
                updated_at=_required_time(s["updated_at"]),
                note=s["note"],
                evidence=s["evidence"],
                percent=None if s["percent"] is None else Decimal(s["percent"]),
            )
            for s in rows("SELECT * FROM score ORDER BY assessor, item_id")
        ],
        notes=[
            Note(
                created_at=_required_time(n["created_at"]),
                phase=Phase(n["phase"]),
                elapsed_seconds=n["elapsed_seconds"],
                text=n["text"],
                assessor=n["assessor"],
                item_id=n["item_id"],
                dimension_id=n["dimension_id"],
            )
            for n in rows("SELECT * FROM note ORDER BY id")
        ],
        qa=[
            QAEntry(
                question=q["question"],
                asker=q["asker"],
                answer=q["answer"],
                responder=q["responder"],
                asked_at=_required_time(q["asked_at"]),
                dimensions=tuple(json.loads(q["dimensions"] or "[]")),
            )
            for q in rows("SELECT * FROM qa_entry ORDER BY ordinal, id")
        ],
        conclusions=[c["text"] for c in rows("SELECT * FROM conclusion ORDER BY ordinal, id")],
        recommendations=[
            Recommendation(r["text"], r["person_in_charge"], _date(r["deadline"]))
            for r in rows("SELECT * FROM recommendation ORDER BY ordinal, id")
        ],
        signoffs=[
            SignOff(
                s["signed_by"],
                _required_time(s["signed_at"]),
                s["content_sha256"],
                _time(s["voided_at"]),
                s["voided_by"],
                s["void_reason"],
            )
            for s in rows("SELECT * FROM signoff ORDER BY id")
        ],
        audit=[
            AuditEntry(
                _required_time(a["at"]),
                a["actor"],
                a["action"],
                a["entity"],
                a["key"],
                a["old"],
                a["new"],
            )
            for a in rows("SELECT * FROM audit_log ORDER BY id")
        ],
        sources=[
            MergeSource(
                m["file_id"],
                m["assessor"],
                m["file_name"],
                m["content_sha256"],
                _required_time(m["revision_at"]),
                _required_time(m["merged_at"]),
            )
            for m in rows("SELECT * FROM merge_source ORDER BY file_id")
        ],
        previous=read_previous(connection),
        follow_up=[
            FollowUpStatus(
                f["position"],
                None if f["status"] is None else FollowUpState(f["status"]),
                f["note"],
            )
            for f in rows("SELECT * FROM follow_up ORDER BY position")
        ],
        evidence=read_evidence(connection),
        requests=read_requests(connection),
        blobs=read_blobs(connection, known_blobs),
    )


def read_previous(connection: sqlite3.Connection) -> PreviousEvaluation | None:
    """The linked previous evaluation, checked against its own hash; None if none is linked."""
    rows = _rows(connection, "SELECT * FROM previous_evaluation")
    if not rows:
        return None
    row = rows[0]
    return snapshot_from_text(
        row["snapshot"], row["snapshot_sha256"], linked_at=_required_time(row["linked_at"])
    )


def read_evidence(
    connection: sqlite3.Connection, evidence_id: int | None = None, item_id: str | None = None
) -> list[Evidence]:
    """Every piece's metadata by id, or only the piece numbered `evidence_id` (none if there
    is no such piece), or only an item's: undo reads the one piece it deletes, and a move in
    the rubric tree the item's pieces, not a file of hundreds."""
    where = ""  # every piece
    params: tuple[object, ...] = ()
    if evidence_id is not None:
        where, params = "WHERE id = ?", (evidence_id,)
    elif item_id is not None:
        where, params = "WHERE item_id = ?", (item_id,)
    return [
        Evidence(
            id=e["id"],
            sha256=e["blob_sha256"],
            phase=Phase(e["phase"]),
            captured_at=_required_time(e["captured_at"]),
            assessor=e["assessor"],
            item_id=e["item_id"],
            caption=e["caption"],
            original_name=e["original_name"],
            width=e["width"],
            height=e["height"],
        )
        for e in _rows(connection, f"SELECT * FROM evidence {where} ORDER BY id", params)
    ]


def read_requests(
    connection: sqlite3.Connection, evidence_id: int | None = None
) -> list[EvidenceRequest]:
    """Every request by id, or only those the piece numbered `evidence_id` fulfilled."""
    where, params = (
        ("WHERE evidence_id = ?", (evidence_id,)) if evidence_id is not None else ("", ())
    )
    return [
        EvidenceRequest(
            id=q["id"],
            item_id=q["item_id"],
            what=q["what"],
            due_at=_required_time(q["due_at"]),
            requested_at=_required_time(q["requested_at"]),
            assessor=q["assessor"],
            fulfilled_at=_time(q["fulfilled_at"]),
            fulfilled_by=q["fulfilled_by"],
            evidence_id=q["evidence_id"],
        )
        for q in _rows(connection, f"SELECT * FROM evidence_request {where} ORDER BY id", params)
    ]


def read_blobs(
    connection: sqlite3.Connection, known: dict[str, Blob] | None = None
) -> dict[str, Blob]:
    """The stored content by its recorded SHA-256 (not checked here: the sign-off hash and
    `check` hash the bytes themselves, so altered content shows as tampered).

    Content is named by its hash and never changes under one name, so bytes in `known` are
    not read again: an open session's views read its record many times, and copying every
    image each time was most of opening a file with 100 of them. `known` is updated to
    what the file holds now."""
    if known is None:
        known = {}
    names = [row[0] for row in connection.execute("SELECT sha256 FROM blob ORDER BY sha256")]
    for gone in known.keys() - set(names):
        del known[gone]
    for name in names:
        if name not in known:
            blob = read_blob(connection, name)
            assert blob is not None  # listed by the same connection a moment ago
            known[name] = blob
    return {name: known[name] for name in names}


def read_blob(connection: sqlite3.Connection, sha256: str) -> Blob | None:
    """One content's bytes (None if the file holds no such content)."""
    row = connection.execute(
        "SELECT media_type, data FROM blob WHERE sha256 = ?", (sha256,)
    ).fetchone()
    return None if row is None else Blob(sha256, row[0], bytes(row[1]))
