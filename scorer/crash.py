"""Writing a bug's traceback to a log file, so the user sees one line and we get details."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path
from types import TracebackType

from scorer.paths import data_dir


def write_crash_log(error: BaseException | None = None, trace: TracebackType | None = None) -> Path:
    """The current exception's (or `error`'s) traceback in logs/; returns the log's path."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
    if error is None:
        text = traceback.format_exc()
    else:
        text = "".join(traceback.format_exception(type(error), error, trace))
    log.write_text(text, encoding="utf-8")
    return log
