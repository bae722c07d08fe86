"""Opening, creating, checking and backing up scoring files.

Durability (docs/scoring-file.md): every edit is its own transaction in rollback-journal
mode (`journal_mode=DELETE`) with `synchronous=EXTRA`. When a commit returns, the main
file alone holds the edit and the journal is gone, so the file can be copied or e-mailed
at any moment with no `-wal`/`-journal` sidecar. EXTRA adds a sync of the directory
after the journal is deleted, so a power cut right after a commit cannot resurrect the
journal and roll the edit back. WAL would be faster but keeps edits in a sidecar until
a checkpoint, which breaks "the file alone holds it".

Files are recognised before SQLAlchemy or Alembic are touched: SQLite's header, our
`application_id`, an integrity check and the recorded schema revision, read with the
standard library in read-only mode. A file that is not ours, damaged or newer is refused
and never written to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.errors import NewerSchemaError, NotAScoringFile, ScoringFileError
from scorer.storage.migrate import HEAD, REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Engine

SUFFIX = ".scoring"
APPLICATION_ID = 0x53435346  # "SCSF": marks a SQLite file as a scoring file
SQLITE_MAGIC = b"SQLite format 3\x00"
READ_TIME_LIMIT = 30.0  # seconds a read of a file from elsewhere may take at most
# What the migrations build, as SQL: how new files are made (see create_empty).
SCHEMA_SNAPSHOT = Path(__file__).with_name("migrations") / "head.sql"

DURABLE_PRAGMAS = (
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=EXTRA",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA trusted_schema=OFF",
)


@dataclass(frozen=True)
class FileHeader:
    """What can be learnt about a file without trusting it."""

    path: Path
    revision: str
    hot_journal: bool = False

    @property
    def current(self) -> bool:
        return self.revision == HEAD

    @property
    def directly_readable(self) -> bool:
        """Current, and no interrupted commit waiting to be rolled back."""
        return self.current and not self.hot_journal


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


@contextlib.contextmanager
def _recovered_copy(path: Path) -> Iterator[Path]:
    """A private copy of a file and its journal, with an interrupted commit rolled back.

    SQLite rolls back a commit that a crash interrupted the next time the file is opened
    for writing. Reading must never write to the input, so recovery happens on a copy.
    """
    with tempfile.TemporaryDirectory(prefix="scorer-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        journal = journal_of(path)
        if journal.exists():
            shutil.copyfile(journal, journal_of(copy))
        with contextlib.closing(sqlite3.connect(copy)) as connection:
            connection.execute("PRAGMA trusted_schema=OFF")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield copy


def recover_in_place(path: Path) -> None:
    """Let SQLite roll back an interrupted commit: the file then holds its last good state."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA trusted_schema=OFF")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


@contextlib.contextmanager
def foreign_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only stdlib connection with SQLite's defences for files from elsewhere."""
    connection = sqlite3.connect(_read_only_uri(path), uri=True)
    deadline = time.monotonic() + READ_TIME_LIMIT
    # Hostile SQL in a file can burn time; abort a statement that runs past the limit.
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        for pragma in (
            "PRAGMA trusted_schema=OFF",
            "PRAGMA cell_size_check=ON",
            "PRAGMA mmap_size=0",
            "PRAGMA query_only=ON",
        ):
            connection.execute(pragma)
        yield connection
    finally:
        connection.close()


def inspect(path: Path) -> FileHeader:
    """Recognise a scoring file, or raise a ScoringFileError that says why not."""
    if not path.exists():
        raise ScoringFileError("no such file", path=path)
    if path.is_dir():
        raise NotAScoringFile("this is a folder, not a scoring file", path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise ScoringFileError(f"cannot read the file: {exc.strerror}", path=path) from None
    if not head.startswith(SQLITE_MAGIC):
        raise NotAScoringFile("not a scoring file (it is not an SQLite database)", path=path)
    if len(head) < 100:
        raise ScoringFileError("the file is damaged (truncated header)", path=path)
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise NotAScoringFile(
            "not a scoring file (an SQLite database of another application)", path=path
        )
    hot_journal = journal_of(path).exists()
    try:
        if hot_journal:
            with _recovered_copy(path) as copy:
                row = _checked_revision(copy, path)
        else:
            row = _checked_revision(path, path)
    except sqlite3.DatabaseError as exc:
        raise ScoringFileError(
            f"the file is damaged or truncated ({exc}); open a backup copy", path=path
        ) from None
    revision = row[0] if row else ""
    if revision not in REVISIONS:
        raise NewerSchemaError(
            f"written by a newer version of Smart City Scorer (schema {revision!r}); "
            "update the app to open it",
            path=path,
        )
    return FileHeader(path, revision, hot_journal)


def region_of(path: Path) -> str | None:
    """The region a file evaluates, read straight from it so the window can name it while
    the session loads; None when the file cannot say (opening it then reports why)."""
    try:
        with foreign_connection(path) as connection:
            row = connection.execute("SELECT region FROM evaluation").fetchone()
    except (sqlite3.Error, OSError):
        return None
    return None if row is None else str(row[0])


def _checked_revision(readable: Path, shown: Path) -> tuple[str] | None:
    with foreign_connection(readable) as connection:
        status = connection.execute("PRAGMA quick_check").fetchone()
        if status is None or status[0] != "ok":
            raise ScoringFileError(
                "the file is damaged (SQLite integrity check failed); open a backup copy",
                path=shown,
            )
        # Our schema has tables only: a view or trigger (say, a view posing as the score
        # table) is somebody else's SQL and would run when the file is read.
        foreign = connection.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger')"
        ).fetchone()
        if foreign is not None:
            raise NotAScoringFile(
                f"not a scoring file (it contains a {foreign[0]} named {foreign[1]!r})",
                path=shown,
            )
        row: tuple[str] | None = connection.execute(
            "SELECT version_num FROM alembic_version"
        ).fetchone()
        return row


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection carrying the durability PRAGMAs, in autocommit mode: the store opens
    each transaction itself (BEGIN IMMEDIATE) so that one edit is one commit. Kept open for
    the store's lifetime: an edit costs its statements and the fsyncs, not a reconnect.
    Usable from the retry worker's thread too (the store serialises access)."""
    if read_only:
        connection = sqlite3.connect(_read_only_uri(path), uri=True, check_same_thread=False)
        pragmas: tuple[str, ...] = ("PRAGMA trusted_schema=OFF", "PRAGMA query_only=ON")
    else:
        connection = sqlite3.connect(path, check_same_thread=False)
        pragmas = DURABLE_PRAGMAS
    connection.isolation_level = None
    for pragma in pragmas:
        connection.execute(pragma)
    return connection


def make_engine(path: Path) -> Engine:
    """An SQLAlchemy engine for the migrations (Alembic runs on SQLAlchemy connections)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    engine = create_engine(f"sqlite+pysqlite:///{path}", poolclass=SingletonThreadPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        for pragma in DURABLE_PRAGMAS:
            dbapi_connection.execute(pragma)

    return engine


def backup_copy(source: Path, destination: Path) -> None:
    """A consistent copy through SQLite's online backup API, safe while the file is open."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    with (
        contextlib.closing(sqlite3.connect(_read_only_uri(source), uri=True)) as src,
        contextlib.closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
    os.replace(partial, destination)


def migrate_in_place(header: FileHeader, backup_folder: Path) -> Path:
    """Back the file up, then upgrade it to the current schema; returns the backup's path."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = backup_folder / f"{header.path.stem}.schema{header.revision}.{stamp}{SUFFIX}"
    backup_copy(header.path, backup)
    upgrade_file(header.path)
    return backup


def upgrade_file(path: Path) -> None:
    """Bring an older file to the current schema with the migrations."""
    from scorer.storage.migrate import upgrade

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            upgrade(connection)
    finally:
        engine.dispose()


def create_empty(path: Path) -> None:
    """A new, empty file at the current schema: a copy of a template in the data folder's
    cache, built once from the schema snapshot. Importing SQLAlchemy and running Alembic
    for it took ~0.5 s, on the first new file or merge after installing and in every test
    with a fresh data folder; the snapshot takes milliseconds, a copy less than one."""
    from scorer.paths import cache_dir

    template = cache_dir() / f"empty-schema{HEAD}{SUFFIX}"
    try:
        inspect(template)
    except ScoringFileError:
        template.parent.mkdir(parents=True, exist_ok=True)
        with atomic_new_file(template) as building:
            _build_from_snapshot(building)
    shutil.copyfile(template, path)


def _build_from_snapshot(path: Path) -> None:
    """The schema the migrations build, from their SQL (tests keep the two identical)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.executescript(f"BEGIN;\n{SCHEMA_SNAPSHOT.read_text(encoding='utf-8')}COMMIT;")


@contextlib.contextmanager
def atomic_new_file(destination: Path) -> Iterator[Path]:
    """Yield a temporary path beside `destination`; rename it into place only on success.

    Whatever is written to the path is flushed to the disk before the rename, so the name
    never points at a half-written file, even after a power cut; on failure (a full disk,
    say) the temporary file is removed and `destination` is untouched.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
    )
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, destination)
        _fsync_directory(destination.parent)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def write_snapshot(snapshot: bytes, path: Path) -> None:
    """A whole database (`sqlite3.Connection.serialize()`) as a new file at `path`, atomically."""
    with atomic_new_file(path) as temp:
        source = sqlite3.connect(":memory:")
        try:
            source.deserialize(snapshot)
            with contextlib.closing(sqlite3.connect(temp)) as target:
                source.backup(target)
        finally:
            source.close()


def fsync_file(path: Path) -> None:
    """Put a written file's content on the disk (a full or failing device says so here)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def readable_copy(header: FileHeader) -> Iterator[Path]:
    """The file itself when it can be read as it is; else a recovered, upgraded private copy.

    Either way the input is never written to.
    """
    if header.directly_readable:
        yield header.path
        return
    with _recovered_copy(header.path) as copy:
        if not header.current:
            upgrade_file(copy)
        yield copy
