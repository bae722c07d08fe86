"""Where files live: user data, settings, backups and bundled resources.

`SCORER_DATA_DIR` points every writable location at one folder (tests use it, and so can
a user who wants everything on a USB stick). Bundled resources are found the same way
whether the app runs from the source tree or from a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "SmartCityScorer"
DATA_DIR_ENV = "SCORER_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override) / "config"
    else:
        from platformdirs import user_config_path

        path = user_config_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    """Recovery journals: edits a scoring file refused (disk full, file gone), kept until
    they are written. Not created here: a full disk must not fail the caller."""
    return data_dir() / "recovery"


def cache_dir() -> Path:
    """What the app can rebuild from other files (parsed rubrics, matplotlib's font list):
    losing it costs time, never data. Not created here: its writers create what they need."""
    return data_dir() / "cache"


def demo_file() -> Path:
    return data_dir() / "Kota Contoh (demo).scoring"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_rubric_path() -> Path:
    return resources_dir() / "rubrics" / "default.toml"
