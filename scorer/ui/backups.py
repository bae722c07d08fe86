"""Rolling backups of an open scoring file, taken at every phase change."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from scorer.paths import backup_dir
from scorer.storage.faults import classify
from scorer.storage.scoringfile import SUFFIX
from scorer.storage.store import ScoringStore

KEEP = 10


def rolling_backup(store: ScoringStore, label: str) -> Path | None:
    """Copy the session as the app holds it; keep the newest KEEP. A backup is a convenience:
    when the disk refuses it (the fault banner already says why) the phase still changes."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    try:
        folder = backup_dir() / store.file_id
        target = folder / f"{store.path.stem}.{stamp}.{label}{SUFFIX}"
        store.copy_to(target)
    except (OSError, sqlite3.Error) as exc:
        if classify(exc) is None:
            raise
        return None
    for old in sorted(folder.glob(f"*{SUFFIX}"))[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
