"""Every setting declared once: key, type, default. Views never use QSettings keys directly.

Settings live in an INI file in the config folder (paths.config_dir), so SCORER_DATA_DIR
points them at a test's folder too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from scorer.paths import config_dir

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


LANGUAGE = Setting("ui/language", "id")
ALWAYS_ON_TOP = Setting("ui/always_on_top", False)
COMPACT = Setting("ui/compact", "auto")  # "auto", "on" or "off"
RECENT_FILES = Setting[list[str]]("files/recent", [])
# Widths of Penilaian's three panes in the wide layout, as the assessor last left them:
# one layout for every file, since it suits the screen, not the region.
SCORING_PANES = Setting[list[str]]("ui/scoring_panes", [])
ASSESSOR_NAME = Setting("assessor/name", "")
ASSESSOR_NIP = Setting("assessor/nip", "")
ASSESSOR_INSTITUTION = Setting("assessor/institution", "")


class Settings:
    def __init__(self) -> None:
        self.qsettings = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.qsettings.value(setting.key, setting.default)
        default = setting.default
        result: Any
        if isinstance(default, bool):
            result = value in (True, "true", "1", 1)
        elif isinstance(default, list):
            values = value if isinstance(value, list) else [] if value is None else [value]
            result = [str(v) for v in values]
        else:
            result = value if isinstance(value, type(default)) else default
        return cast(T, result)

    def set(self, setting: Setting[T], value: T) -> None:
        # No sync here: QSettings writes from the event loop and on exit, and a synced
        # write (an fsync) on opening a file cost more than building the session's pages.
        self.qsettings.setValue(setting.key, value)

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, [path, *recent][:MAX_RECENT])

    # Per-file state: the window layout and the selected item, keyed by the file's id.

    def window_state(self, file_id: str) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.qsettings.value(f"files/{file_id}/geometry")
        state = self.qsettings.value(f"files/{file_id}/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, file_id: str, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue(f"files/{file_id}/geometry", geometry)
        self.qsettings.setValue(f"files/{file_id}/state", state)
        self.qsettings.sync()

    def selected_item(self, file_id: str) -> str | None:
        value = self.qsettings.value(f"files/{file_id}/item")
        return str(value) if value else None

    def save_selected_item(self, file_id: str, item_id: str) -> None:
        self.qsettings.setValue(f"files/{file_id}/item", item_id)
