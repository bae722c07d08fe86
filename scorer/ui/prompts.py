"""The modal questions the app asks (file names, confirmations, choices), behind one
interface: the window passes it down, and tests answer it without dialogs (STYLE.md 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from scorer import APP_NAME


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

    # The dialogs' classes are imported when first used: PySide creates each class's enums
    # on first access (QMessageBox alone has dozens), which no session needs to open.

    def text(self, title: str, label: str, default: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        from scorer.ui.keyboard import accept_on_ctrl_enter

        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(default)
        accept_on_ctrl_enter(dialog)
        return dialog.textValue() if dialog.exec() else None

    def confirm(self, title: str, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, title: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return Path(name) if name else None

    def open_paths(self, title: str, file_filter: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return [Path(name) for name in names]

    def save_path(
        self, title: str, suggested: str, file_filter: str = "PDF (*.pdf)"
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def choose(self, title: str, question: str, options: list[str]) -> int | None:
        """One button per option (the first is the default); None when dismissed."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return next((n for n, b in enumerate(buttons) if b is clicked), None)

    def error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.parent, APP_NAME, message)
