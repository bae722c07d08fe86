"""The file system's refusals (disk full, no permission, read-only, gone, I/O error) as one
line a person can act on, instead of an "internal error".

A command names the files it reads or writes with `using(path, writing=...)`; an OSError or
an SQLite error of the environment raised inside becomes a `FileAccessError` naming that
path. `cli.main.run` applies the same translation to anything that escapes unnamed. The
translation is in one place (`file_problem`); the words are `core.errors.file_access_error`'s.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.errors import FileAccessError, ScorerError, file_access_error

if TYPE_CHECKING:
    import sqlite3

# SQLite's primary result codes that mean the environment refused, and the errno each stands
# for; SQLite does not pass the system's errno on, so some are refined from the file system.
_SQLITE_CODES = {
    "SQLITE_FULL": errno.ENOSPC,
    "SQLITE_IOERR": errno.EIO,
    "SQLITE_READONLY": errno.EROFS,
    "SQLITE_CANTOPEN": errno.ENOENT,
    "SQLITE_BUSY": errno.EBUSY,
    "SQLITE_LOCKED": errno.EBUSY,
}
# The same by message, for errors raised without a result code (say, by a wrapper).
_SQLITE_MESSAGES = {
    "database or disk is full": "SQLITE_FULL",
    "disk I/O error": "SQLITE_IOERR",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "unable to open database file": "SQLITE_CANTOPEN",
    "database is locked": "SQLITE_BUSY",
}


@contextlib.contextmanager
def using(*paths: Path, writing: bool) -> Iterator[None]:
    """Name `paths` (read, or written) in any refusal of the file system inside the block."""
    try:
        yield
    except ScorerError:
        raise
    except Exception as exc:
        problem = file_problem(exc, paths, writing=writing)
        if problem is None:
            raise
        raise problem from exc


def file_problem(
    error: BaseException, paths: Sequence[Path] = (), *, writing: bool = True
) -> FileAccessError | None:
    """The person's message for an error of the environment, or None for anything else (a bug).

    Follows explicit chaining (`raise ... from`, SQLAlchemy's `.orig`) to the OSError or
    SQLite error underneath, never implicit context: an error raised while handling another
    is its own problem.
    """
    cause = _environment_cause(error)
    if isinstance(cause, OSError):
        path = _named_path(cause, paths, writing=writing)
        return file_access_error(cause, path, writing=writing)
    if cause is not None:
        code = _sqlite_code(cause)
        if code is None:
            return None
        path = _suspect(paths, writing=writing)
        number = _refine(_SQLITE_CODES[code], path, writing=writing)
        return file_access_error(OSError(number, os.strerror(number)), path, writing=writing)
    return None


def _environment_cause(error: BaseException) -> OSError | sqlite3.Error | None:
    # Not imported here (it would slow every command's start): if no command loaded SQLite,
    # no error can be SQLite's.
    sqlite = sys.modules.get("sqlite3")
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current
        if sqlite is not None and isinstance(current, sqlite.Error):
            found: sqlite3.Error = current
            return found
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _sqlite_code(error: sqlite3.Error) -> str | None:
    name: str = getattr(error, "sqlite_errorname", "") or _SQLITE_MESSAGES.get(str(error), "")
    for code in _SQLITE_CODES:
        if name == code or name.startswith(code + "_"):
            return code
    return None


def _named_path(error: OSError, paths: Sequence[Path], *, writing: bool) -> Path | None:
    """The path to show: the command's file the error is about (or its temporary sibling
    beside it), else the file the error itself names (say, a cache in the data folder)."""
    mentioned = [
        Path(os.fsdecode(name))
        for name in (error.filename, error.filename2)
        if isinstance(name, (str, bytes, os.PathLike))
    ]
    if not mentioned:
        return _suspect(paths, writing=writing)
    for path in paths:
        for name in mentioned:
            temporary = name.parent == path.parent and name.name.startswith(".")
            temporary = temporary and f".{path.name}." in name.name
            if name == path or temporary:
                return path
    return mentioned[0]


def _suspect(paths: Sequence[Path], *, writing: bool) -> Path | None:
    """The one path a nameless error can be about: the only one, or the first that is gone
    or unreadable (of several inputs)."""
    if len(paths) <= 1 or writing:
        return paths[0] if paths else None
    for path in paths:
        if not os.access(path, os.R_OK):
            return path
    return None


def _refine(number: int, path: Path | None, *, writing: bool) -> int:
    """SQLite says "cannot open", "read-only" or "I/O error"; the file system tells which."""
    if path is None or number not in (errno.ENOENT, errno.EROFS, errno.EIO):
        return number
    folder = path.parent
    if number == errno.EIO:  # SQLite reports some writes to a full disk as I/O errors
        full = writing and _free_bytes(folder) == 0
        return errno.ENOSPC if full else number
    if not folder.is_dir() or not (writing or path.exists()):
        return errno.ENOENT
    if writing and _read_only_device(folder):
        return errno.EROFS
    return errno.EACCES


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _read_only_device(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):  # Windows has no read-only mounts to tell apart
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
