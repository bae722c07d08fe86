"""Storage faults: when the user's environment refuses a durable write.

A disk that filled up, a file deleted or moved while open, a removable medium unplugged,
permission taken away, an I/O error: none of these is a bug, and none may cost an edit.
`classify` tells these apart from our own bugs (which must still crash loudly); the store
keeps working in memory while a fault lasts (store.py), and `RecoveryJournal` keeps what
was typed in the data folder until the file can be written again.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import errno
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scorer.core.model import text_to_time, time_to_text, utc_now

JOURNAL_FORMAT = "smart-city-scorer/recovery"
JOURNAL_VERSION = 1
JOURNAL_SUFFIX = ".recovery"

Params = Sequence[object]
Write = tuple[str, Params]


class FaultKind(enum.StrEnum):
    """What went wrong, in terms a person can act on (the UI words each kind)."""

    DISK_FULL = "disk_full"
    GONE = "gone"  # deleted, moved, replaced, or its folder or medium is not there
    NO_PERMISSION = "no_permission"  # permission lost, or a read-only file system
    IO_ERROR = "io_error"  # the medium failed or was unplugged
    BUSY = "busy"  # another program holds a lock on the file
    DAMAGED = "damaged"


@dataclass(frozen=True)
class StorageFault:
    kind: FaultKind
    detail: str  # the system's own words, for the log and the CLI

    def describe(self) -> str:
        return f"{_ENGLISH[self.kind]} ({self.detail})"


_ENGLISH = {
    FaultKind.DISK_FULL: "no space left on the device",
    FaultKind.GONE: "the file was deleted or moved, or its folder or medium is missing",
    FaultKind.NO_PERMISSION: "permission to write the file was lost",
    FaultKind.IO_ERROR: "the disk reported an input/output error",
    FaultKind.BUSY: "another program is holding the file",
    FaultKind.DAMAGED: "the file is damaged",
}

_ERRNO_KINDS = {
    errno.ENOSPC: FaultKind.DISK_FULL,
    errno.EDQUOT: FaultKind.DISK_FULL,
    errno.ENOENT: FaultKind.GONE,
    errno.ENOTDIR: FaultKind.GONE,
    errno.ESTALE: FaultKind.GONE,
    errno.ENODEV: FaultKind.GONE,
    errno.ENXIO: FaultKind.GONE,
    errno.EACCES: FaultKind.NO_PERMISSION,
    errno.EPERM: FaultKind.NO_PERMISSION,
    errno.EROFS: FaultKind.NO_PERMISSION,
    errno.EIO: FaultKind.IO_ERROR,
}

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {
    3: FaultKind.NO_PERMISSION,  # SQLITE_PERM
    5: FaultKind.BUSY,  # SQLITE_BUSY
    6: FaultKind.BUSY,  # SQLITE_LOCKED
    8: FaultKind.NO_PERMISSION,  # SQLITE_READONLY
    10: FaultKind.IO_ERROR,  # SQLITE_IOERR
    11: FaultKind.DAMAGED,  # SQLITE_CORRUPT
    13: FaultKind.DISK_FULL,  # SQLITE_FULL
    14: FaultKind.GONE,  # SQLITE_CANTOPEN: the journal cannot be created beside the file
    26: FaultKind.DAMAGED,  # SQLITE_NOTADB
}


def classify(exc: BaseException) -> StorageFault | None:
    """The fault an exception stands for, or None when it is a bug of ours."""
    if isinstance(exc, OSError):
        kind = _ERRNO_KINDS.get(exc.errno or 0)
        return StorageFault(kind, exc.strerror or str(exc)) if kind else None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = _SQLITE_KINDS.get(code & 0xFF) if isinstance(code, int) else None
        return StorageFault(kind, str(exc)) if kind else None
    return None


@dataclass(frozen=True)
class FileIdentity:
    """Which file on disk a path named when it was opened; a change means moved or replaced."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        status = os.stat(path)
        return cls(status.st_dev, status.st_ino)

    def check(self, path: Path) -> None:
        """Raise OSError(ENOENT) when the path no longer names this file."""
        if FileIdentity.of(path) != self:
            raise OSError(errno.ENOENT, "the file was replaced or moved", str(path))


@dataclass
class Recovery:
    """A journal left behind: the session as it was when writing failed, and what followed."""

    journal: Path
    path: Path  # the scoring file it belongs to
    file_id: str
    started_at: Any
    snapshot: bytes
    transactions: list[list[Write]]

    def rebuild(self) -> sqlite3.Connection:
        """An in-memory database holding the whole session, every journalled edit applied."""
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        memory.deserialize(self.snapshot)
        memory.isolation_level = None
        for writes in self.transactions:
            memory.execute("BEGIN")
            for sql, params in writes:
                memory.execute(sql, params)
            memory.execute("COMMIT")
        return memory


class RecoveryJournal:
    """Append-only, fsynced file in the data folder holding edits the scoring file refused.

    The first line carries a snapshot of the whole session when the fault began, so the
    journal alone rebuilds it even if the scoring file is gone for good; each later line is
    one transaction's writes, replayable in order.
    """

    def __init__(self, folder: Path, path: Path, file_id: str) -> None:
        self.file = folder / f"{file_id}{JOURNAL_SUFFIX}"
        self.path = path
        self.file_id = file_id

    @property
    def exists(self) -> bool:
        return self.file.exists()

    def start(self, snapshot: bytes) -> None:
        header = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "path": str(self.path),
            "file_id": self.file_id,
            "started_at": time_to_text(utc_now()),
            "snapshot": base64.b64encode(snapshot).decode("ascii"),
        }
        self.file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_name(self.file.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(header) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, self.file)

    def append(self, writes: list[Write]) -> None:
        line = json.dumps(
            {"at": time_to_text(utc_now()), "writes": [[s, list(p)] for s, p in writes]}
        )
        with self.file.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)


def read_journal(journal: Path) -> Recovery:
    """Parse a journal; a line cut short by a crash mid-append ends it (what came before holds)."""
    with journal.open(encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = json.loads(lines[0])
    if header.get("format") != JOURNAL_FORMAT or header.get("version") != JOURNAL_VERSION:
        raise ValueError(f"{journal}: not a recovery journal of this version")
    transactions: list[list[Write]] = []
    for line in lines[1:]:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            break
        transactions.append([(str(sql), list(params)) for sql, params in entry["writes"]])
    return Recovery(
        journal=journal,
        path=Path(header["path"]),
        file_id=str(header["file_id"]),
        started_at=text_to_time(header["started_at"]),
        snapshot=base64.b64decode(header["snapshot"]),
        transactions=transactions,
    )


def journals(folder: Path) -> Iterator[Recovery]:
    """Every readable journal in the folder, oldest first."""
    if not folder.is_dir():
        return
    for journal in sorted(folder.glob(f"*{JOURNAL_SUFFIX}"), key=lambda p: p.stat().st_mtime):
        with contextlib.suppress(OSError, ValueError, KeyError, IndexError):
            yield read_journal(journal)
