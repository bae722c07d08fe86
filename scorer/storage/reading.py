"""Reading any scoring file without changing it, whatever its schema revision."""

from __future__ import annotations

from pathlib import Path

from scorer.core.model import ScoringRecord
from scorer.storage import scoringfile
from scorer.storage.records import read_record


def read_any(path: Path) -> ScoringRecord:
    """The whole record; an older file is read through an upgraded temporary copy."""
    header = scoringfile.inspect(path)
    with scoringfile.readable_copy(header) as readable:
        engine = scoringfile.make_engine(readable, read_only=True)
        try:
            with engine.connect() as connection:
                return read_record(connection)
        finally:
            engine.dispose()
