"""SQLAlchemy models of a scoring file.

Times are stored as ISO 8601 text in UTC with millisecond precision ("...T06:20:00.000Z")
so that a file read with the sqlite3 tool is legible and every value round-trips exactly.
Schema changes go through a new Alembic migration in `migrations/versions/`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from scorer.core.model import text_to_time, time_to_text


class UtcTime(TypeDecorator[dt.datetime]):
    """An aware datetime kept as UTC ISO text."""

    impl = String(24)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else time_to_text(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else text_to_time(str(value))


class IsoDate(TypeDecorator[dt.date]):
    """A calendar date as ISO text (the session's local date, no zone)."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: dt.date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(str(value))


class Base(DeclarativeBase):
    pass


class FileInfo(Base):
    """One row: the file's identity and the exact rubric it is scored with."""

    __tablename__ = "file_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    created_app_version: Mapped[str] = mapped_column(String(32))
    app_version: Mapped[str] = mapped_column(String(32))
    owner: Mapped[str] = mapped_column(String(36))
    rubric_id: Mapped[str] = mapped_column(String(100))
    rubric_version: Mapped[str] = mapped_column(String(50))
    rubric_sha256: Mapped[str] = mapped_column(String(64))
    rubric_source: Mapped[str] = mapped_column(Text)


class EvaluationRow(Base):
    __tablename__ = "evaluation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(Text)
    region_kind: Mapped[str] = mapped_column(String(16))
    province: Mapped[str] = mapped_column(Text)
    stage: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(4))


class SessionRow(Base):
    __tablename__ = "session_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(IsoDate)
    medium: Mapped[str] = mapped_column(Text)
    venue: Mapped[str] = mapped_column(Text)
    agenda: Mapped[str] = mapped_column(Text, default="")
    current_phase: Mapped[str] = mapped_column(String(16))


class PhaseTimeRow(Base):
    __tablename__ = "phase_time"
    phase: Mapped[str] = mapped_column(String(16), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    planned_minutes: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime | None] = mapped_column(UtcTime, nullable=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UtcTime, nullable=True)


class AssessorRow(Base):
    __tablename__ = "assessor"
    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    nip: Mapped[str] = mapped_column(String(32), default="")
    institution: Mapped[str] = mapped_column(Text)
    # "secretary" has 9 characters: SQLite enforces no length. Widen with the next revision
    # made for another reason (docs/scoring-file.md).
    role: Mapped[str] = mapped_column(String(8))


class AttendeeRow(Base):
    __tablename__ = "attendee"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    present: Mapped[bool] = mapped_column(default=True)  # added in schema 0003


class ScoreRow(Base):
    __tablename__ = "score"
    assessor: Mapped[str] = mapped_column(ForeignKey("assessor.key"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    not_applicable: Mapped[bool] = mapped_column(default=False)
    percent: Mapped[str | None] = mapped_column(String(16), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcTime)


class NoteRow(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    phase: Mapped[str] = mapped_column(String(16))
    elapsed_seconds: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    assessor: Mapped[str] = mapped_column(ForeignKey("assessor.key"))
    item_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    dimension_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


class QARow(Base):
    __tablename__ = "qa_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    asker: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    responder: Mapped[str] = mapped_column(Text, default="")
    asked_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    dimensions: Mapped[str] = mapped_column(Text, default="")


class ConclusionRow(Base):
    __tablename__ = "conclusion"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class RecommendationRow(Base):
    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    person_in_charge: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(IsoDate, nullable=True)


class AuditRow(Base):
    """Append-only: the app never updates or deletes a row of this table."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(Text)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)


class SignOffRow(Base):
    """Added in schema 0002."""

    __tablename__ = "signoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signed_by: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    content_sha256: Mapped[str] = mapped_column(String(64))
    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcTime, nullable=True)
    voided_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class MergeSourceRow(Base):
    """Added in schema 0002: where a panel file's scores came from (provenance)."""

    __tablename__ = "merge_source"
    file_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessor: Mapped[str] = mapped_column(ForeignKey("assessor.key"))
    file_name: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    revision_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    merged_at: Mapped[dt.datetime] = mapped_column(UtcTime)


class PreviousEvaluationRow(Base):
    """Added in schema 0004: at most one row, the snapshot of the evaluation this session
    follows up (core/snapshot.py); file id, content hash and kind repeat what the snapshot
    says, for a reader with the sqlite3 tool."""

    __tablename__ = "previous_evaluation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text)
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    file_id: Mapped[str] = mapped_column(String(36))
    content_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    linked_at: Mapped[dt.datetime] = mapped_column(UtcTime)


class FollowUpRow(Base):
    """Added in schema 0004: the follow-up of a previous recommendation, by its position in
    the snapshot's list; status selesai, sebagian, belum, tidak_relevan or NULL."""

    __tablename__ = "follow_up"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class BlobRow(Base):
    """Added in schema 0005: stored content, one row per distinct content (its SHA-256), so
    the same image attached twice or by two assessors is kept once."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class EvidenceRow(Base):
    """Added in schema 0005: one piece of supporting evidence (bukti dukung), attached to an
    item or (item NULL) to the phase it was captured in."""

    __tablename__ = "evidence"
    __table_args__ = (Index("evidence_blob", "blob_sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    item_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    phase: Mapped[str] = mapped_column(String(16))
    captured_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    caption: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(ForeignKey("assessor.key"))
    original_name: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)


class EvidenceRequestRow(Base):
    """Added in schema 0005: evidence the region still owes for an item, until a received
    file (evidence_id) fulfils it."""

    __tablename__ = "evidence_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(String(32))
    what: Mapped[str] = mapped_column(Text)
    due_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    requested_at: Mapped[dt.datetime] = mapped_column(UtcTime)
    assessor: Mapped[str] = mapped_column(ForeignKey("assessor.key"))
    fulfilled_at: Mapped[dt.datetime | None] = mapped_column(UtcTime, nullable=True)
    fulfilled_by: Mapped[str | None] = mapped_column(Text, nullable=True)
    evidence_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
