"""Errors a person can act on, as opposed to bugs.

Everything the user's environment or input can cause (a file that is not a scoring file,
a newer schema, a malformed rubric, a locked session) is a `ScorerError`: the CLI prints
its message and exits 1, the GUI shows it in a dialog. Anything else is our bug.
"""

from __future__ import annotations


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
