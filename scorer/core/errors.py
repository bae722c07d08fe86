"""Errors a person can act on, as opposed to bugs.

Everything the user's environment or input can cause (a file that is not a scoring file,
a newer schema, a malformed rubric, a locked session) is a `ScorerError`: the CLI prints
its message and exits 1, the GUI shows it in a dialog. Anything else is our bug.
"""

from __future__ import annotations

import errno


class ScorerError(Exception):
    """A problem with input or environment, with a message written for a person."""

    def __init__(self, message: str, *, path: object | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.bare_message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class RubricError(ScorerError):
    """The rubric file is malformed; the message names file, item and field."""


class ScoringFileError(ScorerError):
    """The scoring file cannot be used: not one, corrupt, newer, tampered, ..."""


class NotAScoringFile(ScoringFileError):
    """The file is not SQLite, or SQLite but not ours."""


class NewerSchemaError(ScoringFileError):
    """The file was written by a newer version of the app; it is left untouched."""


class LockedError(ScoringFileError):
    """The session was signed off; edits are refused until it is explicitly reopened."""


class InterchangeError(ScorerError):
    """A JSON interchange document is malformed or of an unknown format version."""


class FileAccessError(ScorerError):
    """The operating system refused a file: no space, no permission, read-only, gone, I/O.

    The message says what happened in plain words and what to do; it never carries the
    English `strerror` of the platform alone.
    """


# errno name → (what happened, what to do), for writing and for reading where they differ.
# Names rather than numbers: errno values differ between platforms, and some are absent.
_WRITE_PROBLEMS: dict[str, tuple[str, str]] = {
    "ENOSPC": ("no space left on the device", "free some space or choose another folder"),
    "EDQUOT": ("the disk quota is used up", "free some space or choose another folder"),
    "EFBIG": ("the file is too large for this device", "choose another folder"),
    "EACCES": ("permission denied", "choose a folder you may write to"),
    "EPERM": ("permission denied", "choose a folder you may write to"),
    "EROFS": ("the device is read-only", "choose another folder"),
    "ENOENT": ("the folder does not exist (any more)", "create it or choose another folder"),
    "ENOTDIR": ("a part of the path is not a folder", "check the path"),
    "EISDIR": ("this is a folder, not a file", "give a file name"),
    "ENAMETOOLONG": ("the name is too long", "choose a shorter name or folder"),
    "EIO": (
        "input/output error (a failing disk, or a medium or network drive that went away)",
        "check the device and try again, or choose another folder",
    ),
    "ENXIO": ("the device is no longer available", "reconnect it and try again"),
    "ENODEV": ("the device is no longer available", "reconnect it and try again"),
    "ESTALE": ("the network drive is no longer available", "reconnect it and try again"),
    "ENOTCONN": ("the network drive is no longer available", "reconnect it and try again"),
    "EBUSY": ("the file is in use", "close the program that uses it and try again"),
    "ETXTBSY": ("the file is in use", "close the program that uses it and try again"),
}
_READ_PROBLEMS: dict[str, tuple[str, str]] = {
    **_WRITE_PROBLEMS,
    "EACCES": ("permission denied", "ask for read access, or copy the file where you may read it"),
    "EPERM": ("permission denied", "ask for read access, or copy the file where you may read it"),
    "ENOENT": ("the file does not exist (any more)", "check the name; was it moved or deleted?"),
}


def file_access_error(
    number: int | None, path: object, *, writing: bool, reason: str = ""
) -> FileAccessError:
    """The person's words for the system's error `number` on `path`: the problem and what to
    do, in one line (`reason`, the system's own words, only where there are no better)."""
    name = errno.errorcode.get(number or 0, "")
    problems = _WRITE_PROBLEMS if writing else _READ_PROBLEMS
    if name in problems:
        problem, advice = problems[name]
        return FileAccessError(f"{problem}; {advice}", path=path)
    verb = "write" if writing else "read"
    return FileAccessError(f"cannot {verb} the file ({(reason or name).lower()})", path=path)
