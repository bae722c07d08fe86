"""Plain records of one evaluation session: what a scoring file holds, free of SQL and Qt.

Storage reads and writes these; the JSON interchange, `check`, the minutes and the merge
all work on them. Times are aware datetimes in UTC; the session's zone is kept apart and
used only for display.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal


class Phase(enum.StrEnum):
    """The session's phases, in order; the values are stored in files and JSON."""

    PREPARATION = "persiapan"
    PRESENTATION = "presentasi"
    QA = "tanya_jawab"
    SCORING = "penilaian"
    CONCLUSIONS = "kesimpulan"
    SIGNOFF = "tanda_tangan"

    @property
    def position(self) -> int:
        return list(Phase).index(self)


class TimeZoneName(enum.StrEnum):
    """Indonesia's three zones; the session's zone is printed, UTC is stored."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def offset(self) -> dt.timedelta:
        return dt.timedelta(hours={"WIB": 7, "WITA": 8, "WIT": 9}[self.value])

    @property
    def tzinfo(self) -> dt.timezone:
        return dt.timezone(self.offset, self.value)


class RegionKind(enum.StrEnum):
    KOTA = "kota"
    KABUPATEN = "kabupaten"


class Role(enum.StrEnum):
    """A panel member's part: the chair leads the meeting, members score, the secretary (a
    member or secretariat staff, "Notulis") writes the minutes."""

    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"


def stage_roman(stage: int) -> str:
    """Stages are written in Roman numerals: "Tahap II"."""
    return {1: "I", 2: "II"}.get(stage, str(stage))


@dataclass
class Evaluation:
    programme: str
    region: str
    region_kind: RegionKind
    province: str
    stage: int
    year: int
    timezone: TimeZoneName

    @property
    def stage_roman(self) -> str:
        return stage_roman(self.stage)

    @property
    def identity(self) -> tuple[str, str, int, int]:
        """What makes two files evaluations of the same thing (with the rubric hash)."""
        return (self.programme.casefold(), self.region.casefold(), self.stage, self.year)


@dataclass
class PhaseTime:
    phase: Phase
    planned_minutes: int
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None


@dataclass
class SessionInfo:
    date: dt.date
    medium: str
    venue: str
    agenda: str = ""
    current_phase: Phase = Phase.PREPARATION
    phases: list[PhaseTime] = field(default_factory=list)


@dataclass
class Assessor:
    key: str
    name: str
    institution: str
    role: Role
    nip: str = ""


@dataclass
class Attendee:
    name: str
    position: str
    organisation: str
    present: bool = True


@dataclass
class Score:
    assessor: str
    item_id: str
    level: int | None
    not_applicable: bool
    updated_at: dt.datetime
    note: str = ""
    evidence: str = ""
    percent: Decimal | None = None


@dataclass
class Note:
    created_at: dt.datetime
    phase: Phase
    elapsed_seconds: int
    text: str
    assessor: str
    item_id: str | None = None
    dimension_id: str | None = None


@dataclass
class QAEntry:
    question: str
    asker: str
    answer: str
    responder: str
    asked_at: dt.datetime
    dimensions: tuple[str, ...] = ()


@dataclass
class Recommendation:
    text: str
    person_in_charge: str
    deadline: dt.date | None


@dataclass
class SignOff:
    signed_by: str
    signed_at: dt.datetime
    content_sha256: str
    voided_at: dt.datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None


@dataclass
class AuditEntry:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    key: str
    old: str | None
    new: str | None


@dataclass
class MergeSource:
    """Where a panel file's scores came from: one assessor's scoring file."""

    file_id: str
    assessor: str
    file_name: str
    content_sha256: str
    revision_at: dt.datetime
    merged_at: dt.datetime


class FollowUpState(enum.StrEnum):
    """How far a previous evaluation's recommendation was acted on; stored values."""

    DONE = "selesai"
    PARTLY = "sebagian"
    NOT_YET = "belum"
    NOT_RELEVANT = "tidak_relevan"


class PreviousKind(enum.StrEnum):
    """What kind of file a previous evaluation was taken from."""

    PANEL = "panel"
    ASSESSOR = "assessor"


@dataclass(frozen=True)
class PreviousItem:
    """One rubric item as the previous evaluation left it."""

    item_id: str
    name: str
    value: Decimal | None  # rounded to the rubric's decimals; None when unscored or N/A
    not_applicable: bool = False
    consensus: int | None = None  # the panel's consensus level, where one was recorded


@dataclass(frozen=True)
class PreviousFigure:
    """A roll-up (component, dimension, aspect) as published: rounded, decimal."""

    id: str
    name: str
    value: Decimal | None
    weight: str | None = None  # components only: the rubric's weight as an exact fraction


@dataclass(frozen=True)
class PreviousEvaluation:
    """A read-only snapshot of the evaluation a session follows up (core/snapshot.py).

    Figures are kept as published rather than recomputed, so a later rubric (new weights,
    items added or dropped) never changes what the previous evaluation said."""

    kind: PreviousKind
    file_id: str
    content_sha256: str
    file_name: str
    programme: str
    region: str
    stage: int
    year: int
    date: dt.date
    assessor: str  # whose scores an assessor file holds; the panel's chair for a panel
    rubric_id: str
    rubric_version: str
    rubric_sha256: str
    decimals: int
    items: tuple[PreviousItem, ...]
    components: tuple[PreviousFigure, ...]
    dimensions: tuple[PreviousFigure, ...]
    aspects: tuple[PreviousFigure, ...]
    index: Decimal | None
    provisional: bool
    recommendations: tuple[Recommendation, ...]
    linked_at: dt.datetime | None = None  # when it was linked; not part of the snapshot

    @property
    def stage_roman(self) -> str:
        return stage_roman(self.stage)


@dataclass(frozen=True)
class FollowUpStatus:
    """The follow-up of one previous recommendation (by its position in the snapshot)."""

    position: int
    status: FollowUpState | None
    note: str = ""


@dataclass(frozen=True)
class Blob:
    """Stored content (an image re-encoded, or a PDF as received), named by its SHA-256."""

    sha256: str
    media_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Evidence:
    """Supporting evidence (bukti dukung): a blob attached to an item, or (item None) to the
    phase it was captured in, by an assessor; the assessor key is its provenance in a panel."""

    id: int
    sha256: str
    phase: Phase
    captured_at: dt.datetime
    assessor: str
    item_id: str | None = None
    caption: str = ""
    original_name: str = ""
    width: int | None = None
    height: int | None = None


@dataclass
class EvidenceRequest:
    """Evidence the region still owes for an item; fulfilled when a received file is attached."""

    id: int
    item_id: str
    what: str
    due_at: dt.datetime
    requested_at: dt.datetime
    assessor: str
    fulfilled_at: dt.datetime | None = None
    fulfilled_by: str | None = None
    evidence_id: int | None = None

    @property
    def open(self) -> bool:
        return self.fulfilled_at is None


@dataclass
class ScoringRecord:
    """Everything one scoring file holds."""

    file_id: str
    created_at: dt.datetime
    app_version: str
    rubric_source: str
    rubric_sha256: str
    evaluation: Evaluation
    session: SessionInfo
    owner: str
    assessors: list[Assessor] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    qa: list[QAEntry] = field(default_factory=list)
    conclusions: list[str] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    signoffs: list[SignOff] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    sources: list[MergeSource] = field(default_factory=list)
    previous: PreviousEvaluation | None = None
    follow_up: list[FollowUpStatus] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    requests: list[EvidenceRequest] = field(default_factory=list)
    blobs: dict[str, Blob] = field(default_factory=dict)  # by SHA-256, those evidence names


def utc_now() -> dt.datetime:
    """Now, to the millisecond: stored times round-trip exactly through text."""
    now = dt.datetime.now(dt.UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def time_to_text(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given; store aware UTC times only")
    utc = value.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def text_to_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.UTC)
