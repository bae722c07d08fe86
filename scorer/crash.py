"""Writing a bug's traceback to a log file, so the user sees one line and we get details."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from scorer.paths import data_dir


def write_crash_log() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.log"
    log.write_text(traceback.format_exc(), encoding="utf-8")
    return log
