"""Rolling backups of an open scoring file, taken at every phase change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scorer.paths import backup_dir
from scorer.storage.scoringfile import SUFFIX, backup_copy

KEEP = 10


def rolling_backup(path: Path, file_id: str, label: str) -> Path:
    """Copy through SQLite's backup API (consistent while open); keep the newest KEEP."""
    folder = backup_dir() / file_id
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}.{stamp}.{label}{SUFFIX}"
    backup_copy(path, target)
    for old in sorted(folder.glob(f"*{SUFFIX}"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
