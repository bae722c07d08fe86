"""Driving the app by keyboard alone: every key goes to QApplication.focusWidget()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def key(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focus(), k, modifiers)
    qtbot.wait(5)  # a cell editor commits on Enter from a queued call: let it run


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Each character to wherever focus is now (the first key of a cell opens its editor)."""
    for char in text:
        qtbot.keyClick(focus(), char)


def active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A window opened or returned to becomes active when the event loop runs."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A cell editor commits on Enter from a queued call: let it run."""
    qtbot.wait(10)
