"""The file system's refusals (disk full, no permission, read-only, gone, I/O error) as one
line a person can act on, instead of an "internal error".

A command names the files it reads or writes with `using(path, writing=...)`; an OSError or
an SQLite error of the environment raised inside becomes a `FileAccessError` naming that
path. `cli.main.run` applies the same translation to anything that escapes unnamed, and
`editing` to a fault the store met (the store keeps such an edit in memory for the GUI; a
command must fail instead). What counts as the environment's fault is decided by
`storage.faults.classify` for SQLite, by the errno for the rest; the words are
`core.errors.file_access_error`'s.
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

    from scorer.storage.faults import StorageFault
    from scorer.storage.store import ScoringStore

# The errno each kind of storage fault stands for (SQLite does not pass the system's errno
# on; `_refine` asks the file system which it was). Keyed by the kinds' string values so that
# the storage layer is imported only once something failed.
_KIND_ERRNO = {
    "disk_full": errno.ENOSPC,
    "gone": errno.ENOENT,
    "no_permission": errno.EACCES,
    "io_error": errno.EIO,
    "busy": errno.EBUSY,
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


@contextlib.contextmanager
def editing(path: Path) -> Iterator[ScoringStore]:
    """A scoring file open for a command's edit. An edit the file refused is an error here,
    not a recovery journal: the command says it failed, and the file keeps its old state."""
    from scorer.storage.store import ScoringStore

    with using(path, writing=True), ScoringStore.open(path, absorb_faults=False) as store:
        yield store


def file_problem(
    error: BaseException, paths: Sequence[Path] = (), *, writing: bool = True
) -> FileAccessError | None:
    """The person's message for an error of the environment, or None for anything else (a bug).

    Follows explicit chaining (`raise ... from`, a wrapper's `.orig`) to the OSError or
    SQLite error underneath, never implicit context: an error raised while handling another
    is its own problem.
    """
    cause = _environment_cause(error)
    if isinstance(cause, OSError):
        path = _named_path(cause, paths, writing=writing)
        return _words(cause.errno, path, writing=writing, reason=cause.strerror or "")
    if cause is not None:
        from scorer.storage.faults import classify

        fault = classify(cause)
        return None if fault is None else _fault_problem(fault, _suspect(paths, writing), writing)
    return None


def _fault_problem(fault: StorageFault, path: Path | None, writing: bool) -> FileAccessError:
    if fault.kind == "damaged":
        return FileAccessError("the file is damaged; open a backup copy", path=path)
    number = _refine(_KIND_ERRNO[fault.kind], path, writing=writing)
    return _words(number, path, writing=writing, reason=fault.detail)


def _words(number: int | None, path: Path | None, *, writing: bool, reason: str) -> FileAccessError:
    if number == errno.ENOENT and path is not None and path.parent.is_dir():
        writing = False  # the folder is there: the file itself was deleted or moved
    return file_access_error(number, path, writing=writing, reason=reason)


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


def _named_path(error: OSError, paths: Sequence[Path], *, writing: bool) -> Path | None:
    """The path to show: the command's file the error is about (or its temporary sibling
    beside it), else the file the error itself names (say, a cache in the data folder)."""
    mentioned = [
        Path(os.fsdecode(name))
        for name in (error.filename, error.filename2)
        if isinstance(name, (str, bytes, os.PathLike))
    ]
    if not mentioned:
        return _suspect(paths, writing)
    for path in paths:
        for name in mentioned:
            temporary = name.parent == path.parent and name.name.startswith(".")
            temporary = temporary and f".{path.name}." in name.name
            if name == path or temporary:
                return path
    return mentioned[0]


def _suspect(paths: Sequence[Path], writing: bool) -> Path | None:
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
    if path is None or number not in (errno.ENOENT, errno.EACCES, errno.EIO):
        return number
    folder = path.parent
    if number == errno.EIO:  # SQLite reports some writes to a full disk as I/O errors
        return errno.ENOSPC if writing and _free_bytes(folder) == 0 else number
    if not folder.is_dir():
        return errno.ENOENT
    if writing and _read_only_device(folder):
        return errno.EROFS
    if writing and path.exists() and not os.access(folder, os.W_OK):
        return errno.EACCES  # SQLite cannot create its journal beside the file
    return number


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
