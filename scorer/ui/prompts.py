"""The modal questions the app asks (file names, confirmations, choices), behind one
interface: the window passes it down, and tests answer it without dialogs (STYLE.md 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from scorer import APP_NAME


class Prompts(Protocol):
    def text(self, title: str, label: str, default: str = "") -> str | None: ...
    def confirm(self, title: str, question: str) -> bool: ...
    def save_path(
        self, title: str, suggested: str, file_filter: str = "PDF (*.pdf)"
    ) -> Path | None: ...
    def choose(self, title: str, question: str, options: list[str]) -> int | None: ...
    def error(self, message: str) -> None: ...


class DialogPrompts:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return value if ok else None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def save_path(
        self, title: str, suggested: str, file_filter: str = "PDF (*.pdf)"
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def choose(self, title: str, question: str, options: list[str]) -> int | None:
        """One button per option (the first is the default); None when dismissed."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, b in enumerate(buttons) if b is clicked), None)

    def error(self, message: str) -> None:
        QMessageBox.critical(self.parent, APP_NAME, message)
