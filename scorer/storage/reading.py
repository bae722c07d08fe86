"""Reading any scoring file without changing it, whatever its schema revision."""

from __future__ import annotations

from pathlib import Path

from scorer.core.errors import ScoringFileError
from scorer.core.model import ScoringRecord
from scorer.core.snapshot import SnapshotError
from scorer.storage import scoringfile
from scorer.storage.reader import read_record


def read_any(path: Path) -> ScoringRecord:
    """The whole record; an older or interrupted file is read through a private copy."""
    header = scoringfile.inspect(path)
    with (
        scoringfile.readable_copy(header) as readable,
        scoringfile.foreign_connection(readable) as connection,
    ):
        try:
            return read_record(connection)
        except SnapshotError as exc:  # the reader knows no path; name the file here
            raise ScoringFileError(exc.bare_message, path=path) from None
