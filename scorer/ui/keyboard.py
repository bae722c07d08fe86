"""Keyboard conventions shared by every dialog and table (docs/live-session.md).

A dialog opens on its first field to fill and Ctrl+Enter accepts it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QWidget

ACCEPT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def accept_on_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter (main keyboard or keypad) accepts `dialog` from any of its fields."""
    for keys in ACCEPT_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(dialog.accept)


def prepare_dialog(dialog: QDialog, first: QWidget) -> None:
    """Open on `first` (focus recorded now, given when the dialog shows) and accept by keys."""
    accept_on_ctrl_enter(dialog)
    first.setFocus(Qt.FocusReason.OtherFocusReason)


class DateField(QDateEdit):
    """A date edit that Tab leaves: QDateEdit walks its day, month and year on Tab (the
    arrows and typing still move between them)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeField(QDateTimeEdit):
    """A date and time that Tab leaves, as `DateField` (a request's due time)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
