"""Driving the app by keyboard alone: every key goes to QApplication.focusWidget()."""

from __future__ import annotations

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | SHIFT
# A drain that never runs dry means something re-posts itself forever: a bug, not a wait.
MAX_PASSES = 1000


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    return widget


def drain() -> None:
    """Deliver every event already posted, and every event those post in turn, until none
    is left; no timer is waited for. A fixed wait did this only as far as a busy machine
    got in its few milliseconds: a cell editor commits on Enter from a queued call, the
    caption line follows an attach by another, and a layout settles over several."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None, "no event dispatcher: create the QApplication first"
    for _ in range(MAX_PASSES):
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            # Objects deleteLater()'d by the test itself, as a wait's event loop deletes them.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return
    raise AssertionError(f"events still coming after {MAX_PASSES} passes")


def key(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """One key to wherever focus is, and everything it queued delivered before the test
    looks."""
    qtbot.keyClick(focus(), k, modifiers)
    drain()


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Each character to wherever focus is now (the first key of a cell opens its editor)."""
    for char in text:
        qtbot.keyClick(focus(), char)


def to_phase(qtbot, session, phase) -> None:  # type: ignore[no-untyped-def]
    """The phase keys (Ctrl+PgDown, Ctrl+PgUp) from wherever focus is, until `session`
    shows `phase`."""
    while session.phase is not phase:
        later = session.phase.position < phase.position
        key(qtbot, Qt.Key.Key_PageDown if later else Qt.Key.Key_PageUp, CTRL)


def active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """A window opened or returned to becomes active when the event loop runs."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
