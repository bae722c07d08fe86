"""The modal questions the app asks (file names, confirmations, choices), behind one
interface: the window passes it down, and tests answer it without dialogs (STYLE.md 9)."""

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
    def save_path(
        self, title: str, suggested: str, file_filter: str = "PDF (*.pdf)"
    ) -> Path | None: ...
    def choose(self, title: str, question: str, options: list[str]) -> int | None: ...
    def error(self, message: str) -> None: ...


class DialogPrompts:
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
