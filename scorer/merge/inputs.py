"""Reading the assessors' files for a merge: every problem named, no input ever written.

Each input is read through `storage.reading.read_any`: read-only, `trusted_schema` off, an
integrity check first, no views or triggers, a time limit. A panel file given as input
contributes each assessor it already holds, with the provenance it recorded, so merging
into an existing panel file counts every assessor once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from scorer.core.errors import NewerSchemaError, NotAScoringFile, ScoringFileError
from scorer.core.integrity import signoff_state
from scorer.core.model import Assessor, ScoringRecord
from scorer.storage.reading import read_any


@dataclass(frozen=True)
class Contribution:
    """One assessor's scores for one evaluation, and where they came from."""

    record: ScoringRecord
    assessor: Assessor
    source_file_id: str
    source_name: str
    content_sha256: str
    revision_at: dt.datetime
    path: Path

    @property
    def identity(self) -> tuple[tuple[str, str, int, int], str]:
        return self.record.evaluation.identity, self.record.rubric_sha256


@dataclass(frozen=True)
class Problem:
    path: Path
    kind: str  # stable key: not-scoring-file, corrupt, newer-version, tampered, unsigned, ...
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _revision(record: ScoringRecord, assessor: str) -> dt.datetime:
    times = [s.updated_at for s in record.scores if s.assessor == assessor]
    times += [a.at for a in record.audit]
    return max(times, default=record.created_at)


def read_input(path: Path, *, require_signoff: bool) -> list[Contribution] | Problem:
    try:
        record = read_any(path)
    except NotAScoringFile as exc:
        return Problem(path, "not-scoring-file", exc.bare_message)
    except NewerSchemaError as exc:
        return Problem(path, "newer-version", exc.bare_message)
    except ScoringFileError as exc:
        return Problem(path, "corrupt", exc.bare_message)
    state = signoff_state(record)
    if state.tampered:
        return Problem(
            path,
            "tampered",
            "changed outside the app after sign-off (tampered); ask for a new copy",
        )
    if require_signoff and not state.locked:
        return Problem(path, "unsigned", "not signed off, and signing off is required")
    by_key = {a.key: a for a in record.assessors}
    if record.sources:
        return [
            Contribution(
                record,
                by_key[source.assessor],
                source.file_id,
                source.file_name,
                source.content_sha256,
                source.revision_at,
                path,
            )
            for source in record.sources
            if source.assessor in by_key
        ]
    owner = by_key.get(record.owner)
    if owner is None:
        return Problem(path, "corrupt", "names no owner among its assessors")
    return [
        Contribution(
            record,
            owner,
            record.file_id,
            path.name,
            state.current_sha256,
            _revision(record, owner.key),
            path,
        )
    ]
