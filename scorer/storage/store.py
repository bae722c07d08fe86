"""An open scoring file and the operations that change it.

Each operation is one durable transaction that also appends to the audit log, and
returns a `Changes` record saying what it touched so that views redraw only that. Undo
lives in the UI as commands that call these same operations with the old value.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from scorer import __version__
from scorer.core.errors import LockedError, ScoringFileError
from scorer.core.model import Note, Phase, QAEntry, ScoringRecord, utc_now
from scorer.core.rubric import Rubric, load_rubric_text
from scorer.core.scoring import ItemValue, item_value
from scorer.paths import backup_dir
from scorer.storage import scoringfile
from scorer.storage.reader import read_record
from scorer.storage.records import qa_row, write_record
from scorer.storage.schema import (
    AssessorRow,
    AuditRow,
    ConclusionRow,
    FileInfo,
    NoteRow,
    PhaseTimeRow,
    QARow,
    RecommendationRow,
    ScoreRow,
    SessionRow,
    SignOffRow,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each view redraws only what it shows."""

    scores: bool = False
    notes: bool = False
    qa: bool = False
    conclusions: bool = False
    session: bool = False
    signoff: bool = False


@dataclass(frozen=True)
class ScoreState:
    level: int | None
    not_applicable: bool
    note: str
    evidence: str
    percent: Decimal | None

    @property
    def scored(self) -> bool:
        return self.level is not None or self.not_applicable


def create_file(path: Path, record: ScoringRecord, *, overwrite: bool = False) -> None:
    """Write a whole record as a new scoring file, atomically: all of it or nothing."""
    if path.exists() and not overwrite:
        raise ScoringFileError("already exists; choose another name or pass --force", path=path)
    with scoringfile.atomic_new_file(path) as temp:
        scoringfile.create_empty(temp)
        engine = scoringfile.make_engine(temp)
        try:
            with engine.begin() as connection:
                write_record(connection, record)
        finally:
            engine.dispose()


class ScoringStore:
    """One scoring file, open for reading or editing."""

    def __init__(self, path: Path, engine: Engine, read_only: bool, migration_backup: Path | None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.migration_backup = migration_backup
        with engine.connect() as connection:
            info = connection.execute(select(FileInfo.__table__)).one()
            owner_name = connection.execute(
                select(AssessorRow.name).where(AssessorRow.key == info.owner)
            ).scalar_one_or_none()
        self.file_id: str = info.file_id
        self.version_recorded = info.app_version == __version__
        self.owner: str = info.owner
        self.actor: str = owner_name or info.owner
        self.rubric: Rubric = load_rubric_text(info.rubric_source, f"{path} (stored rubric)")

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ScoringStore:
        """Open a file; an older schema is backed up and upgraded (for editing only)."""
        header = scoringfile.inspect(path)
        if read_only and not header.directly_readable:
            raise ScoringFileError(
                "this file needs recovery or an upgrade; open it for editing once first",
                path=path,
            )
        if header.hot_journal:
            scoringfile.recover_in_place(path)
        backup = None
        if not header.current:
            backup = scoringfile.migrate_in_place(header, backup_dir())
        engine = scoringfile.make_engine(path, read_only=read_only)
        return cls(path, engine, read_only, backup)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ScoringStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Reading

    def record(self) -> ScoringRecord:
        with self.engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return read_record(driver)

    def score(self, item_id: str, assessor: str | None = None) -> ScoreState | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(ScoreRow.__table__).where(
                    ScoreRow.assessor == (assessor or self.owner), ScoreRow.item_id == item_id
                )
            ).one_or_none()
        if row is None:
            return None
        percent = None if row.percent is None else Decimal(row.percent)
        return ScoreState(row.level, bool(row.not_applicable), row.note, row.evidence, percent)

    def values(self) -> dict[str, ItemValue]:
        """The owner's scores as the scoring math takes them: cheaper than a whole record,
        which is what a view needs after every keystroke."""
        values: dict[str, ItemValue] = {}
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(ScoreRow.item_id, ScoreRow.level, ScoreRow.not_applicable).where(
                    ScoreRow.assessor == self.owner
                )
            )
            for item_id, level, not_applicable in rows:
                value = item_value(level, not_applicable)
                if value is not None:
                    values[item_id] = value
        return values

    def qa_ids(self) -> list[int]:
        """Row ids of the Q&A entries, in the order `record().qa` lists them."""
        with self.engine.connect() as connection:
            return [
                int(qa_id)
                for qa_id in connection.execute(
                    select(QARow.id).order_by(QARow.ordinal, QARow.id)
                ).scalars()
            ]

    def active_signoff(self) -> bool:
        with self.engine.connect() as connection:
            return _is_locked(connection)

    # Editing

    def _begin_edit(self, connection: Connection) -> None:
        if self.read_only:
            raise ScoringFileError("the file is open read-only", path=self.path)
        if _is_locked(connection):
            raise LockedError(
                "the session is signed off and locked; reopen it explicitly to edit",
                path=self.path,
            )
        if not self.version_recorded:  # the file records the app version that last wrote it
            connection.execute(update(FileInfo).values(app_version=__version__))
            self.version_recorded = True

    def _audit(
        self,
        connection: Connection,
        action: str,
        entity: str,
        key: str,
        old: str | None,
        new: str | None,
    ) -> None:
        connection.execute(
            _INSERT_AUDIT,
            {
                "at": utc_now(),
                "actor": self.actor,
                "action": action,
                "entity": entity,
                "key": key,
                "old": old,
                "new": new,
            },
        )

    def set_level(
        self, item_id: str, level: int | None, *, not_applicable: bool = False
    ) -> Changes:
        """Set an item's level, mark it N/A, or (level None, not N/A) clear it."""
        item = self.rubric.item(item_id)
        if level is not None and (not_applicable or level not in self.rubric.levels):
            raise ValueError(f"level {level} is not on the scale of item {item.id}")
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = self._score_text(connection, item_id)
            connection.execute(
                _UPSERT_LEVEL,
                {
                    "assessor": self.owner,
                    "item_id": item_id,
                    "level": level,
                    "not_applicable": not_applicable,
                    "updated_at": utc_now(),
                },
            )
            new = "N/A" if not_applicable else (None if level is None else str(level))
            self._audit(connection, "set", "score", item_id, old, new)
        return Changes(scores=True)

    def set_percent(self, item_id: str, percent: Decimal) -> Changes:
        """Record a realisation percentage and the level it maps to, in one transaction."""
        item = self.rubric.item(item_id)
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValueError("a percentage lies between 0 and 100")
        level = self.rubric.level_for_percent(item, Fraction(percent))
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = self._score_text(connection, item_id)
            connection.execute(
                _UPSERT_LEVEL,
                {
                    "assessor": self.owner,
                    "item_id": item_id,
                    "level": level,
                    "not_applicable": False,
                    "updated_at": utc_now(),
                },
            )
            connection.execute(
                update(ScoreRow)
                .where(ScoreRow.assessor == self.owner, ScoreRow.item_id == item_id)
                .values(percent=str(percent))
            )
            self._audit(connection, "set", "score", item_id, old, f"{level} ({percent} %)")
        return Changes(scores=True)

    def set_score_text(self, item_id: str, field: str, text: str) -> Changes:
        """Set an item's note or evidence; creates an unscored entry when needed."""
        if field not in ("note", "evidence"):
            raise ValueError(field)
        self.rubric.item(item_id)
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            column = getattr(ScoreRow, field)
            old = connection.execute(
                select(column).where(ScoreRow.assessor == self.owner, ScoreRow.item_id == item_id)
            ).scalar_one_or_none()
            if old == text:
                return Changes()
            values: dict[str, object] = {
                "assessor": self.owner,
                "item_id": item_id,
                "level": None,
                "not_applicable": False,
                "note": "",
                "evidence": "",
                "updated_at": utc_now(),
            }
            values[field] = text
            connection.execute(
                sqlite_insert(ScoreRow)
                .values(values)
                .on_conflict_do_update(index_elements=["assessor", "item_id"], set_={field: text})
            )
            self._audit(connection, "set", f"score.{field}", item_id, old, text)
        return Changes(scores=True)

    def _score_text(self, connection: Connection, item_id: str) -> str | None:
        row = connection.execute(
            _SELECT_LEVEL, {"assessor": self.owner, "item_id": item_id}
        ).one_or_none()
        if row is None:
            return None
        return "N/A" if row.not_applicable else (None if row.level is None else str(row.level))

    def add_note(self, note: Note) -> tuple[int, Changes]:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            result = connection.execute(
                insert(NoteRow).returning(NoteRow.id),
                {
                    "created_at": note.created_at,
                    "phase": note.phase.value,
                    "elapsed_seconds": note.elapsed_seconds,
                    "text": note.text,
                    "assessor": note.assessor,
                    "item_id": note.item_id,
                    "dimension_id": note.dimension_id,
                },
            )
            note_id = int(result.scalar_one())
            self._audit(connection, "add", "note", str(note_id), None, note.text)
        return note_id, Changes(notes=True)

    def delete_note(self, note_id: int) -> Changes:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = connection.execute(select(NoteRow.text).where(NoteRow.id == note_id)).scalar_one()
            connection.execute(delete(NoteRow).where(NoteRow.id == note_id))
            self._audit(connection, "delete", "note", str(note_id), old, None)
        return Changes(notes=True)

    def add_qa(self, entry: QAEntry) -> tuple[int, Changes]:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            ordinal = connection.execute(select(func.count()).select_from(QARow)).scalar_one()
            result = connection.execute(
                insert(QARow).returning(QARow.id), qa_row(int(ordinal), entry)
            )
            qa_id = int(result.scalar_one())
            self._audit(connection, "add", "qa", str(qa_id), None, entry.question)
        return qa_id, Changes(qa=True)

    def update_qa(self, qa_id: int, field: str, value: str | tuple[str, ...]) -> Changes:
        if field not in ("question", "asker", "answer", "responder", "dimensions"):
            raise ValueError(field)
        stored = json.dumps(list(value)) if field == "dimensions" else value
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = connection.execute(
                select(getattr(QARow, field)).where(QARow.id == qa_id)
            ).scalar_one()
            connection.execute(update(QARow).where(QARow.id == qa_id).values({field: stored}))
            self._audit(connection, "set", f"qa.{field}", str(qa_id), old, str(stored))
        return Changes(qa=True)

    def delete_qa(self, qa_id: int) -> Changes:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = connection.execute(select(QARow.question).where(QARow.id == qa_id)).scalar_one()
            connection.execute(delete(QARow).where(QARow.id == qa_id))
            self._audit(connection, "delete", "qa", str(qa_id), old, None)
        return Changes(qa=True)

    def set_conclusions(self, texts: list[str]) -> Changes:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            old = [r.text for r in connection.execute(select(ConclusionRow.text))]
            connection.execute(delete(ConclusionRow))
            for ordinal, text in enumerate(texts):
                connection.execute(insert(ConclusionRow), {"ordinal": ordinal, "text": text})
            self._audit(connection, "set", "conclusions", "", json.dumps(old), json.dumps(texts))
        return Changes(conclusions=True)

    def add_recommendation(
        self, text: str, person_in_charge: str, deadline: dt.date | None
    ) -> tuple[int, Changes]:
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            ordinal = connection.execute(
                select(func.count()).select_from(RecommendationRow)
            ).scalar_one()
            result = connection.execute(
                insert(RecommendationRow).returning(RecommendationRow.id),
                {
                    "ordinal": int(ordinal),
                    "text": text,
                    "person_in_charge": person_in_charge,
                    "deadline": deadline,
                },
            )
            rec_id = int(result.scalar_one())
            self._audit(connection, "add", "recommendation", str(rec_id), None, text)
        return rec_id, Changes(conclusions=True)

    def set_phase(self, phase: Phase, at: dt.datetime | None = None) -> Changes:
        """Move to a phase: ends the current one and starts the new one at the same instant."""
        now = at or utc_now()
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            current = connection.execute(select(SessionRow.current_phase)).scalar_one()
            if current == phase.value:
                return Changes()
            # First start and first end are the phase's actual times: browsing back to a
            # phase after the session must not rewrite what the minutes report.
            connection.execute(
                update(PhaseTimeRow)
                .where(
                    PhaseTimeRow.phase == current,
                    PhaseTimeRow.started_at.is_not(None),
                    PhaseTimeRow.ended_at.is_(None),
                )
                .values(ended_at=now)
            )
            connection.execute(
                update(PhaseTimeRow)
                .where(PhaseTimeRow.phase == phase.value, PhaseTimeRow.started_at.is_(None))
                .values(started_at=now)
            )
            connection.execute(update(SessionRow).values(current_phase=phase.value))
            self._audit(connection, "set", "phase", "", current, phase.value)
        return Changes(session=True)

    def start_phase_clock(self, at: dt.datetime | None = None) -> Changes:
        """Stamp the start of the current phase if it has none (the session begins)."""
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            current = connection.execute(select(SessionRow.current_phase)).scalar_one()
            connection.execute(
                update(PhaseTimeRow)
                .where(PhaseTimeRow.phase == current, PhaseTimeRow.started_at.is_(None))
                .values(started_at=at or utc_now())
            )
        return Changes(session=True)

    def record_consensus(self, item_id: str, level: int, reason: str, before: str) -> Changes:
        """A panel's consensus level for an item; the decision lives in the audit log."""
        self.rubric.item(item_id)
        if level not in self.rubric.levels:
            raise ScoringFileError(
                f"level {level} is not on the rubric's scale {list(self.rubric.levels)}",
                path=self.path,
            )
        if not reason.strip():
            raise ScoringFileError("a consensus needs a reason (--reason)", path=self.path)
        with self.engine.begin() as connection:
            self._begin_edit(connection)
            self._audit(
                connection, "consensus", "consensus", item_id, before, f"{level}|{reason.strip()}"
            )
        return Changes(scores=True)


# The hot path's statements, built once: building SQLAlchemy constructs per call costs
# more than the fsyncs of the commit (bench/bench_edit.py).
_SELECT_LOCKED = select(func.count()).select_from(SignOffRow).where(SignOffRow.voided_at.is_(None))
_SELECT_LEVEL = select(ScoreRow.level, ScoreRow.not_applicable).where(
    ScoreRow.assessor == bindparam("assessor"), ScoreRow.item_id == bindparam("item_id")
)
_INSERT_AUDIT = insert(AuditRow)
_upsert = sqlite_insert(ScoreRow).values(
    assessor=bindparam("assessor"),
    item_id=bindparam("item_id"),
    level=bindparam("level"),
    not_applicable=bindparam("not_applicable"),
    note="",
    evidence="",
    updated_at=bindparam("updated_at"),
)
_UPSERT_LEVEL = _upsert.on_conflict_do_update(
    index_elements=["assessor", "item_id"],
    set_={
        "level": _upsert.excluded.level,
        "not_applicable": _upsert.excluded.not_applicable,
        "updated_at": _upsert.excluded.updated_at,
    },
)


def _is_locked(connection: Connection) -> bool:
    return connection.execute(_SELECT_LOCKED).scalar_one() > 0
