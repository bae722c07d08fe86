"""Giving focus back to where the assessor was: after a note line's Esc, a caption, a
capture's overlay or a dialog, the keys go on where they went before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from shiboken6 import isValid


def focus_to_come_back_to() -> QWidget | None:
    """Where focus is, as a place to come back to: a cell's editor closes (and is deleted)
    as focus leaves it, so the table it edits stands for it."""
    widget = QApplication.focusWidget()
    ancestor = widget.parentWidget() if widget is not None else None
    while ancestor is not None:
        if isinstance(ancestor, QAbstractItemView):
            return ancestor
        ancestor = ancestor.parentWidget()
    return widget


def give_focus_back(widget: QWidget | None) -> None:
    """Nothing when the widget is gone (a view rebuilt meanwhile, a session closed) or
    hidden (another phase on screen). Its window is activated even when it looks active:
    as a popup or dialog closes, some platforms (offscreen, no window manager) take the
    activation away after this call, and nothing else gives it back."""
    if widget is None or not isValid(widget) or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
