"""Storage faults: when the user's environment refuses a durable write.

A disk that filled up, a file deleted or moved while open, a removable medium unplugged,
permission taken away, an I/O error: none of these is a bug, and none may cost an edit.
`classify` tells these apart from our own bugs (which must still crash loudly); the store
keeps working in memory while a fault lasts (store.py), and the recovery journal
(recovery.py) keeps what was typed in the data folder until the file can be written again.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


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
