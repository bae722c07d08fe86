"""The modal questions the app asks (names, confirmations, file paths, errors).

Every part of the UI reaches file dialogs, input dialogs and message boxes through a
`Prompts` object, so a test replaces it and answers without a modal loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from scorer import APP_NAME
from scorer.ui.keyboard import accept_on_ctrl_enter


class Prompts(Protocol):
    def text(self, title: str, label: str, default: str = "") -> str | None: ...
    def confirm(self, title: str, question: str) -> bool: ...
    def open_path(self, title: str, file_filter: str) -> Path | None: ...
    def open_paths(self, title: str, file_filter: str) -> list[Path]: ...
    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None: ...
    def error(self, message: str) -> None: ...


class DialogPrompts:
    """The real dialogs, parented to `parent`."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(default)
        accept_on_ctrl_enter(dialog)
        return dialog.textValue() if dialog.exec() else None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return Path(name) if name else None

    def open_paths(self, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return [Path(name) for name in names]

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def error(self, message: str) -> None:
        QMessageBox.critical(self.parent, APP_NAME, message)
