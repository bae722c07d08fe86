"""An open scoring file and the operations that change it.

Each operation is one durable transaction that also appends to the audit log, and
returns a `Changes` record saying what it touched so that views redraw only that. Undo
lives in the UI as commands that call these same operations with the old value.

The write path is the standard library's sqlite3 (SQLAlchemy stays for the schema and
the Alembic migrations): importing the ORM cost more than the first paint of the window
(docs/scoring-file.md). Every transaction's writes are recorded as they run, and replayed
on an in-memory mirror of the file. When the file refuses a write (disk full, deleted,
unplugged; faults.py) the store carries on in the mirror, journals each edit in the data
folder, and `flush` writes them all once the file can be written again: no edit is lost
and no storage exception reaches the caller as a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

from scorer import __version__
from scorer.core.errors import LockedError, ScorerError, ScoringFileError
from scorer.core.model import (
    Assessor,
    Attendee,
    Blob,
    Note,
    Phase,
    PreviousEvaluation,
    QAEntry,
    ScoringRecord,
    text_to_time,
    time_to_text,
    utc_now,
)
from scorer.core.rubric import Rubric
from scorer.core.scoring import ItemValue, item_value
from scorer.paths import backup_dir, recovery_dir
from scorer.storage import scoringfile
from scorer.storage.faults import FileIdentity, StorageFault, classify
from scorer.storage.reader import read_previous, read_record
from scorer.storage.records import QA_COLUMNS, qa_params, write_record
from scorer.storage.recovery import RecoveryJournal, Write
from scorer.storage.rubric_cache import cached_rubric

T = TypeVar("T")
# A move back from a phase entered less than this long ago takes the move into it back.
GLANCE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each view redraws only what it shows."""

    scores: bool = False
    notes: bool = False
    qa: bool = False
    conclusions: bool = False
    session: bool = False
    signoff: bool = False
    follow_up: bool = False
    evidence: bool = False


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
        with contextlib.closing(scoringfile.connect(temp)) as connection:
            connection.execute("BEGIN IMMEDIATE")
            write_record(connection, record)
            connection.execute("COMMIT")


class Tx:
    """One transaction: reads run as they are, writes are also recorded for replay."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.writes: list[Write] = []

    def value(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        row = self.connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        return list(self.connection.execute(sql, params))

    def write(self, sql: str, params: tuple[object, ...] = ()) -> int:
        """Run a write; returns the new row id of an insert."""
        cursor = self.connection.execute(sql, params)
        self.writes.append((sql, params))
        return int(cursor.lastrowid or 0)


def next_id(tx: Tx, table: str, entity: str | None = None) -> int:
    """One past every id the table has ever used: the audit log remembers deleted rows, so
    "note 7" in it never means two different notes (SQLite would reuse the highest id)."""
    in_table = tx.value(f"SELECT coalesce(max(id), 0) FROM {table}")
    in_audit = tx.value(
        "SELECT coalesce(max(CAST(key AS INTEGER)), 0) FROM audit_log WHERE entity = ?",
        (entity or table,),
    )
    return int(max(in_table, in_audit)) + 1


def _run(connection: sqlite3.Connection, operation: Callable[[Tx], T]) -> tuple[T, Tx]:
    """Run an operation as one transaction on a connection (autocommit mode)."""
    tx = Tx(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        result = operation(tx)
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        raise
    return result, tx


def _replay(connection: sqlite3.Connection, writes: list[Write]) -> None:
    """Run recorded writes again as one transaction (on the mirror, or on the file)."""

    def run(tx: Tx) -> None:
        for sql, params in writes:
            tx.write(sql, tuple(params))

    _run(connection, run)


class ScoringStore:
    """One scoring file, open for reading or editing."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        read_only: bool,
        migration_backup: Path | None,
        absorb_faults: bool = True,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.absorb_faults = absorb_faults
        self.migration_backup = migration_backup
        self._file: sqlite3.Connection | None = connection
        self._lock = threading.RLock()
        # Work finishing after the session closed (a minutes export) must not read it.
        self.closed = False
        self._blobs: dict[str, Blob] = {}  # evidence content read so far, by SHA-256
        self.fault: StorageFault | None = None
        self._pending: list[list[Write]] = []
        self.journal_failed = False
        if read_only:
            self._reads = connection
            self._identity: FileIdentity | None = None
        else:
            # Reads come from the mirror: it equals the file while writes succeed, and is
            # the only complete copy while they fail.
            self._reads = sqlite3.connect(":memory:", check_same_thread=False)
            connection.backup(self._reads)
            self._reads.isolation_level = None
            self._reads.execute("PRAGMA foreign_keys=ON")
            self._identity = FileIdentity.of(path)
        self._reads.row_factory = sqlite3.Row
        info = self._reads.execute("SELECT * FROM file_info").fetchone()
        owner_name = self._reads.execute(
            "SELECT name FROM assessor WHERE key = ?", (info["owner"],)
        ).fetchone()
        self.file_id: str = info["file_id"]
        self.version_recorded = info["app_version"] == __version__
        self.owner: str = info["owner"]
        self.actor: str = owner_name[0] if owner_name else info["owner"]
        self.rubric: Rubric = cached_rubric(info["rubric_source"], f"{path} (stored rubric)")
        self.journal = RecoveryJournal(recovery_dir(), path, self.file_id)

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, absorb_faults: bool = True
    ) -> ScoringStore:
        """Open a file; an older schema is backed up and upgraded (for editing only).

        `absorb_faults=False` (the CLI) lets a refused write raise: a command says that it
        failed, where a live session must keep the edit in memory and carry on."""
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
        connection = scoringfile.connect(path, read_only=read_only)
        return cls(path, connection, read_only, backup, absorb_faults)

    def close(self) -> None:
        with self._lock:
            self.closed = True
            if self._file is not None:
                self._file.close()
                self._file = None
            if self._reads is not None:
                self._reads.close()

    def __enter__(self) -> ScoringStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Reading

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._reads

    def record(self) -> ScoringRecord:
        with self._reading() as connection:
            return read_record(connection, self._blobs)

    def score(self, item_id: str, assessor: str | None = None) -> ScoreState | None:
        with self._reading() as connection:
            row = connection.execute(
                "SELECT level, not_applicable, note, evidence, percent FROM score "
                "WHERE assessor = ? AND item_id = ?",
                (assessor or self.owner, item_id),
            ).fetchone()
        if row is None:
            return None
        percent = None if row[4] is None else Decimal(row[4])
        return ScoreState(row[0], bool(row[1]), row[2], row[3], percent)

    def values(self) -> dict[str, ItemValue]:
        """The owner's scores as the scoring math takes them: cheaper than a whole record,
        which is what a view needs after every keystroke."""
        values: dict[str, ItemValue] = {}
        with self._reading() as connection:
            rows = connection.execute(
                "SELECT item_id, level, not_applicable FROM score WHERE assessor = ?",
                (self.owner,),
            ).fetchall()
        for item_id, level, not_applicable in rows:
            value = item_value(level, bool(not_applicable))
            if value is not None:
                values[item_id] = value
        return values

    def qa_ordinal(self, qa_id: int) -> int:
        """Where a Q&A entry stands (entries are listed by ordinal, then id): kept by the
        undo of a delete to put the entry back in its place."""
        with self._reading() as connection:
            row = connection.execute(
                "SELECT ordinal FROM qa_entry WHERE id = ?", (qa_id,)
            ).fetchone()
        if row is None:
            raise ValueError(f"no Q&A entry with id {qa_id}")
        return int(row[0])

    def qa_ids(self) -> list[int]:
        """Row ids of the Q&A entries, in the order `record().qa` lists them."""
        with self._reading() as connection:
            return [
                int(row[0])
                for row in connection.execute("SELECT id FROM qa_entry ORDER BY ordinal, id")
            ]

    def previous(self) -> PreviousEvaluation | None:
        """The previous evaluation this session follows up (a snapshot), if any."""
        with self._reading() as connection:
            return read_previous(connection)

    def active_signoff(self) -> bool:
        with self._reading() as connection:
            return bool(connection.execute(_SELECT_LOCKED).fetchone()[0])

    # Writing: one way for every operation

    def write(self, operation: Callable[[Tx], T], *, check_lock: bool = True) -> T:
        """Run `operation` as one durable transaction, or in memory while the file refuses.

        Domain errors (a locked session, a bad value) propagate; a storage fault does not:
        the edit lands in the mirror and the recovery journal, and `fault` says why.
        """
        if self.read_only:
            raise ScoringFileError("the file is open read-only", path=self.path)

        def guarded(tx: Tx) -> T:
            self._begin_edit(tx, check_lock)
            return operation(tx)

        with self._lock:
            if self.fault is None:
                try:
                    result, tx = self._run_on_file(guarded)
                except (OSError, sqlite3.Error) as exc:
                    fault = classify(exc)
                    if fault is None or not self.absorb_faults:
                        raise
                    self._enter_fault(fault)
                else:
                    _replay(self._reads, tx.writes)
                    self.version_recorded = True
                    return result
            result, tx = _run(self._reads, guarded)
            self.version_recorded = True
            if tx.writes:
                self._pending.append(tx.writes)
                self._journal(lambda: self.journal.append(tx.writes))
            return result

    def _run_on_file(self, operation: Callable[[Tx], T]) -> tuple[T, Tx]:
        if self._file is None or self._identity is None:
            raise ScoringFileError("the file is closed", path=self.path)
        self._identity.check(self.path)  # an unlinked file would swallow edits silently
        return _run(self._file, operation)

    def _enter_fault(self, fault: StorageFault) -> None:
        self.fault = fault
        self._journal(lambda: self.journal.start(self._reads.serialize()))

    def _journal(self, step: Callable[[], None]) -> None:
        """The journal lives in the data folder, which may share the failing disk: a failed
        journal write is reported (the edit is still in memory), never raised."""
        try:
            step()
        except OSError:
            self.journal_failed = True

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def flush(self) -> bool:
        """Write what the file refused; True once it holds everything. Safe from any thread:
        the edits made meanwhile (in memory) are not blocked by a slow disk."""
        with self._lock:
            if self.fault is None:
                return True
            batch = list(self._pending)
            snapshot = self._reads.serialize()
        try:
            if self._identity is not None and self._file is not None and self._same_file():
                merged = [write for writes in batch for write in writes]
                _replay(self._file, merged)
            else:
                self._write_whole(snapshot, self.path)
        except (OSError, sqlite3.Error) as exc:
            fault = classify(exc)
            if fault is None:
                raise
            with self._lock:
                self.fault = fault
            return False
        with self._lock:
            del self._pending[: len(batch)]
            if self._pending:
                return False
            self.fault = None
            self.journal_failed = False
            self.journal.discard()
            return True

    def _same_file(self) -> bool:
        try:
            assert self._identity is not None
            self._identity.check(self.path)
        except OSError:
            return False
        return True

    def copy_to(self, path: Path) -> None:
        """A consistent copy of the session as the app holds it (pending edits included),
        written to a temporary file and renamed into place."""
        with self._lock:
            snapshot = self._reads.serialize()
        scoringfile.write_snapshot(snapshot, path)

    def _write_whole(self, snapshot: bytes, path: Path) -> None:
        """The whole session written anew at `path` (temp file, then rename), then edited there."""
        scoringfile.write_snapshot(snapshot, path)
        connection = scoringfile.connect(path)
        with self._lock:
            if self._file is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._file.close()
            self._file = connection
            self._identity = FileIdentity.of(path)

    def save_as(self, path: Path) -> None:
        """Write the whole session, pending edits included, to `path` and carry on there.

        Raises ScoringFileError naming the problem when `path` cannot be written either."""
        with self._lock:
            snapshot = self._reads.serialize()
            try:
                self._write_whole(snapshot, path)
            except (OSError, sqlite3.Error) as exc:
                fault = classify(exc)
                if fault is None:
                    raise
                raise ScoringFileError(fault.describe(), path=path) from None
            self.journal.discard()
            self.path = path
            self.journal = RecoveryJournal(recovery_dir(), path, self.file_id)
            self._pending.clear()
            self.fault = None
            self.journal_failed = False

    # Editing

    def _begin_edit(self, tx: Tx, check_lock: bool = True) -> None:
        if check_lock and tx.value(_SELECT_LOCKED):
            raise LockedError(
                "the session is signed off and locked; reopen it explicitly to edit",
                path=self.path,
            )
        if not self.version_recorded:  # the file records the app version that last wrote it
            tx.write("UPDATE file_info SET app_version = ?", (__version__,))

    def audit(
        self, tx: Tx, action: str, entity: str, key: str, old: str | None, new: str | None
    ) -> None:
        tx.write(
            "INSERT INTO audit_log (at, actor, action, entity, key, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (time_to_text(utc_now()), self.actor, action, entity, key, old, new),
        )

    def set_level(
        self, item_id: str, level: int | None, *, not_applicable: bool = False
    ) -> Changes:
        """Set an item's level, mark it N/A, or (level None, not N/A) clear it."""
        item = self.rubric.item(item_id)
        if level is not None and (not_applicable or level not in self.rubric.levels):
            raise ValueError(f"level {level} is not on the scale of item {item.id}")

        def run(tx: Tx) -> Changes:
            old = self._score_text(tx, item_id)
            tx.write(_UPSERT_LEVEL, (self.owner, item_id, level, not_applicable, _now()))
            new = "N/A" if not_applicable else (None if level is None else str(level))
            self.audit(tx, "set", "score", item_id, old, new)
            return Changes(scores=True)

        return self.write(run)

    def set_percent(self, item_id: str, percent: Decimal) -> Changes:
        """Record a realisation percentage and the level it maps to, in one transaction."""
        item = self.rubric.item(item_id)
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValueError("a percentage lies between 0 and 100")
        level = self.rubric.level_for_percent(item, Fraction(percent))

        def run(tx: Tx) -> Changes:
            old = self._score_text(tx, item_id)
            tx.write(_UPSERT_LEVEL, (self.owner, item_id, level, False, _now()))
            tx.write(
                "UPDATE score SET percent = ? WHERE assessor = ? AND item_id = ?",
                (str(percent), self.owner, item_id),
            )
            self.audit(tx, "set", "score", item_id, old, f"{level} ({percent} %)")
            return Changes(scores=True)

        return self.write(run)

    def set_score_text(self, item_id: str, field: str, text: str) -> Changes:
        """Set an item's note or evidence; creates an unscored entry when needed."""
        if field not in ("note", "evidence"):
            raise ValueError(field)
        self.rubric.item(item_id)

        def run(tx: Tx) -> Changes:
            old = tx.value(
                f"SELECT {field} FROM score WHERE assessor = ? AND item_id = ?",
                (self.owner, item_id),
            )
            if old == text:
                return Changes()
            tx.write(
                "INSERT INTO score (assessor, item_id, level, not_applicable, note, evidence, "
                "updated_at) VALUES (?, ?, NULL, 0, '', '', ?) "
                "ON CONFLICT (assessor, item_id) DO NOTHING",
                (self.owner, item_id, _now()),
            )
            tx.write(
                f"UPDATE score SET {field} = ? WHERE assessor = ? AND item_id = ?",
                (text, self.owner, item_id),
            )
            self.audit(tx, "set", f"score.{field}", item_id, old, text)
            return Changes(scores=True)

        return self.write(run)

    def _score_text(self, tx: Tx, item_id: str) -> str | None:
        row = tx.rows(
            "SELECT level, not_applicable FROM score WHERE assessor = ? AND item_id = ?",
            (self.owner, item_id),
        )
        if not row:
            return None
        level, not_applicable = row[0]
        return "N/A" if not_applicable else (None if level is None else str(level))

    def note_ids(self) -> list[int]:
        """Row ids of the notes, in the order `record().notes` lists them."""
        with self._reading() as connection:
            return [int(row[0]) for row in connection.execute("SELECT id FROM note ORDER BY id")]

    def add_note(self, note: Note, note_id: int | None = None) -> tuple[int, Changes]:
        """Add a note; `note_id` brings a deleted note back under its own id (undo)."""

        def run(tx: Tx) -> tuple[int, Changes]:
            note_id_ = tx.write(
                "INSERT INTO note (id, created_at, phase, elapsed_seconds, text, assessor, "
                "item_id, dimension_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    next_id(tx, "note") if note_id is None else note_id,
                    time_to_text(note.created_at),
                    note.phase.value,
                    note.elapsed_seconds,
                    note.text,
                    note.assessor,
                    note.item_id,
                    note.dimension_id,
                ),
            )
            self.audit(tx, "add", "note", str(note_id_), None, note.text)
            return note_id_, Changes(notes=True)

        return self.write(run)

    def update_note(
        self, note_id: int, text: str, item_id: str | None, dimension_id: str | None
    ) -> Changes:
        """Correct a note's text or tag; the audit row keeps what was there before."""
        if item_id is not None:
            self.rubric.item(item_id)

        def run(tx: Tx) -> Changes:
            row = tx.rows("SELECT text, item_id, dimension_id FROM note WHERE id = ?", (note_id,))
            if not row:
                raise ValueError(f"no note with id {note_id}")
            old = dict(zip(("text", "item_id", "dimension_id"), row[0], strict=True))
            new = {"text": text, "item_id": item_id, "dimension_id": dimension_id}
            if old == new:
                return Changes()
            tx.write(
                "UPDATE note SET text = ?, item_id = ?, dimension_id = ? WHERE id = ?",
                (text, item_id, dimension_id, note_id),
            )
            self.audit(tx, "set", "note", str(note_id), json.dumps(old), json.dumps(new))
            return Changes(notes=True)

        return self.write(run)

    def delete_note(self, note_id: int) -> Changes:
        def run(tx: Tx) -> Changes:
            old = tx.value("SELECT text FROM note WHERE id = ?", (note_id,))
            tx.write("DELETE FROM note WHERE id = ?", (note_id,))
            self.audit(tx, "delete", "note", str(note_id), old, None)
            return Changes(notes=True)

        return self.write(run)

    def add_qa(
        self, entry: QAEntry, qa_id: int | None = None, ordinal: int | None = None
    ) -> tuple[int, Changes]:
        """Add a Q&A entry at the end; `qa_id` and `ordinal` bring a removed one back under
        its id and in its place (redo of an add, undo of a delete)."""

        def run(tx: Tx) -> tuple[int, Changes]:
            last = "SELECT coalesce(max(ordinal) + 1, 0) FROM qa_entry"
            at = int(tx.value(last)) if ordinal is None else ordinal
            new_id = next_id(tx, "qa_entry", "qa") if qa_id is None else qa_id
            tx.write(_INSERT_QA, (new_id, *qa_params(at, entry)))
            self.audit(tx, "add", "qa", str(new_id), None, entry.question)
            return new_id, Changes(qa=True)

        return self.write(run)

    def update_qa(self, qa_id: int, field: str, value: str | tuple[str, ...]) -> Changes:
        if field not in ("question", "asker", "answer", "responder", "dimensions"):
            raise ValueError(field)
        stored = json.dumps(list(value)) if field == "dimensions" else str(value)

        def run(tx: Tx) -> Changes:
            old = tx.value(f"SELECT {field} FROM qa_entry WHERE id = ?", (qa_id,))
            tx.write(f"UPDATE qa_entry SET {field} = ? WHERE id = ?", (stored, qa_id))
            self.audit(tx, "set", f"qa.{field}", str(qa_id), old, stored)
            return Changes(qa=True)

        return self.write(run)

    def delete_qa(self, qa_id: int) -> Changes:
        def run(tx: Tx) -> Changes:
            old = tx.value("SELECT question FROM qa_entry WHERE id = ?", (qa_id,))
            tx.write("DELETE FROM qa_entry WHERE id = ?", (qa_id,))
            self.audit(tx, "delete", "qa", str(qa_id), old, None)
            return Changes(qa=True)

        return self.write(run)

    # Session facts: editable during the session, each edit audited (old -> new)

    def set_attendees(self, attendees: list[Attendee]) -> Changes:
        """The region's attendees, in order, with their attendance."""

        def run(tx: Tx) -> Changes:
            old = [
                _attendee_json(Attendee(r[0], r[1], r[2], bool(r[3])))
                for r in tx.rows(
                    "SELECT name, position, organisation, present FROM attendee "
                    "ORDER BY ordinal, id"
                )
            ]
            new = [_attendee_json(a) for a in attendees]
            if old == new:
                return Changes()
            tx.write("DELETE FROM attendee")
            for ordinal, a in enumerate(attendees):
                tx.write(
                    "INSERT INTO attendee (ordinal, name, position, organisation, present) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (ordinal, a.name, a.position, a.organisation, a.present),
                )
            self.audit(tx, "set", "attendees", "", json.dumps(old), json.dumps(new))
            return Changes(session=True)

        return self.write(run)

    def set_panel(self, assessors: list[Assessor]) -> Changes:
        """The panel in roster order. The owner and anyone with scores stay: their scores
        and notes refer to them."""
        keys = [a.key for a in assessors]
        if len(set(keys)) != len(keys):
            raise ScorerError("an assessor appears twice in the panel")
        if any(not a.name.strip() for a in assessors):
            raise ScorerError("every panel member needs a name")

        def run(tx: Tx) -> Changes:
            rows = tx.rows(
                "SELECT key, name, nip, institution, role FROM assessor ORDER BY ordinal"
            )
            old = [
                dict(zip(("key", "name", "nip", "institution", "role"), r, strict=True))
                for r in rows
            ]
            needed = (
                {self.owner}
                | {r[0] for r in tx.rows("SELECT DISTINCT assessor FROM score")}
                | {r[0] for r in tx.rows("SELECT DISTINCT assessor FROM note")}
            )
            removed = [o for o in old if o["key"] in needed and o["key"] not in keys]
            if removed:
                raise ScorerError(
                    f"{removed[0]['name']} cannot be removed from the panel: "
                    "the session holds their scores or notes"
                )
            new = [
                {
                    "key": a.key,
                    "name": a.name,
                    "nip": a.nip,
                    "institution": a.institution,
                    "role": a.role.value,
                }
                for a in assessors
            ]
            if old == new:
                return Changes()
            for row in old:
                if row["key"] not in keys:
                    tx.write("DELETE FROM assessor WHERE key = ?", (row["key"],))
            for ordinal, a in enumerate(new):
                tx.write(
                    "INSERT INTO assessor (key, ordinal, name, nip, institution, role) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    "ordinal = excluded.ordinal, name = excluded.name, nip = excluded.nip, "
                    "institution = excluded.institution, role = excluded.role",
                    (a["key"], ordinal, a["name"], a["nip"], a["institution"], a["role"]),
                )
            self.audit(tx, "set", "panel", "", json.dumps(old), json.dumps(new))
            if any(a.key == self.owner for a in assessors):
                self.actor = next(a.name for a in assessors if a.key == self.owner)
            return Changes(session=True)

        return self.write(run)

    def set_session_info(self, *, date: dt.date, medium: str, venue: str, agenda: str) -> Changes:
        """Date, medium, venue and agenda of the meeting."""
        new = {"date": date.isoformat(), "medium": medium, "venue": venue, "agenda": agenda}

        def run(tx: Tx) -> Changes:
            row = tx.rows("SELECT date, medium, venue, agenda FROM session_info")[0]
            old = dict(zip(("date", "medium", "venue", "agenda"), row, strict=True))
            if old == new:
                return Changes()
            tx.write(
                "UPDATE session_info SET date = ?, medium = ?, venue = ?, agenda = ?",
                (new["date"], medium, venue, agenda),
            )
            changed = {k: v for k, v in new.items() if old[k] != v}
            before = {k: old[k] for k in changed}
            self.audit(tx, "set", "session", "", json.dumps(before), json.dumps(changed))
            return Changes(session=True)

        return self.write(run)

    def set_planned_minutes(self, phase: Phase, minutes: int) -> Changes:
        if not 0 <= minutes <= 24 * 60:
            raise ValueError("planned minutes lie between 0 and 1440")

        def run(tx: Tx) -> Changes:
            old = tx.value("SELECT planned_minutes FROM phase_time WHERE phase = ?", (phase.value,))
            if old == minutes:
                return Changes()
            tx.write(
                "UPDATE phase_time SET planned_minutes = ? WHERE phase = ?", (minutes, phase.value)
            )
            self.audit(tx, "set", "planned_minutes", phase.value, str(old), str(minutes))
            return Changes(session=True)

        return self.write(run)

    def set_phase(self, phase: Phase, at: dt.datetime | None = None) -> Changes:
        """Move to a phase. The times are the session's, not the screen's: only a move past
        the furthest phase started so far (the frontier) ends it and starts the new one.
        Looking back never ends the frontier (its clock runs on) and never rewrites the
        times the minutes report; a move back from a frontier entered less than
        `GLANCE` ago was a glance ahead, and is taken back: the phase left is open again."""
        when = at or utc_now()
        now = time_to_text(when)

        def run(tx: Tx) -> Changes:
            current = tx.value("SELECT current_phase FROM session_info")
            if current == phase.value:
                return Changes()
            starts: dict[str, str | None] = {
                str(row[0]): row[1] for row in tx.rows("SELECT phase, started_at FROM phase_time")
            }
            started = [p for p in Phase if starts.get(p.value) is not None]
            frontier = started[-1] if started else None
            if frontier is None or phase.position > frontier.position:
                if frontier is not None:
                    tx.write(
                        "UPDATE phase_time SET ended_at = ? WHERE phase = ? AND ended_at IS NULL",
                        (now, frontier.value),
                    )
                tx.write(
                    "UPDATE phase_time SET started_at = ? WHERE phase = ? AND started_at IS NULL",
                    (now, phase.value),
                )
            elif (
                current == frontier.value
                and len(started) > 1
                and when - text_to_time(str(starts[frontier.value])) < GLANCE
            ):
                tx.write(
                    "UPDATE phase_time SET started_at = NULL, ended_at = NULL WHERE phase = ?",
                    (frontier.value,),
                )
                tx.write(
                    "UPDATE phase_time SET ended_at = NULL WHERE phase = ? AND ended_at = ?",
                    (started[-2].value, starts[frontier.value]),
                )
            tx.write("UPDATE session_info SET current_phase = ?", (phase.value,))
            self.audit(tx, "set", "phase", "", current, phase.value)
            return Changes(session=True)

        return self.write(run)

    def start_phase_clock(self, at: dt.datetime | None = None) -> Changes:
        """Stamp the start of the current phase if it has none (the session begins)."""
        now = time_to_text(at or utc_now())

        def run(tx: Tx) -> Changes:
            current = tx.value("SELECT current_phase FROM session_info")
            started = tx.value("SELECT started_at FROM phase_time WHERE phase = ?", (current,))
            if started is not None:
                return Changes()
            tx.write("UPDATE phase_time SET started_at = ? WHERE phase = ?", (now, current))
            return Changes(session=True)

        return self.write(run)

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

        def run(tx: Tx) -> Changes:
            self.audit(tx, "consensus", "consensus", item_id, before, f"{level}|{reason.strip()}")
            return Changes(scores=True)

        return self.write(run)


def _now() -> str:
    return time_to_text(utc_now())


def _attendee_json(a: Attendee) -> dict[str, object]:
    return {
        "name": a.name,
        "position": a.position,
        "organisation": a.organisation,
        "present": a.present,
    }


_SELECT_LOCKED = "SELECT count(*) FROM signoff WHERE voided_at IS NULL"
_UPSERT_LEVEL = (
    "INSERT INTO score (assessor, item_id, level, not_applicable, note, evidence, updated_at) "
    "VALUES (?, ?, ?, ?, '', '', ?) ON CONFLICT (assessor, item_id) DO UPDATE SET "
    "level = excluded.level, not_applicable = excluded.not_applicable, "
    "updated_at = excluded.updated_at"
)
_INSERT_QA = (  # with an explicit id: ids are never reused (next_id)
    f"INSERT INTO qa_entry (id, {', '.join(QA_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(QA_COLUMNS))})"
)
