"""Window-modal dialogs of a session (the evidence viewer, gallery, requests and their
forms): opened without a nested event loop, with their own undo keys, focus given back
where it was, and a refusal said at once when the session takes no edits."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.focus import give_focus_back


def refused(context: SessionContext) -> bool:
    """True when the session takes no edits; the store's own refusal is then said, as for
    any edit (an empty write: it is refused before it starts)."""
    if not context.read_only:
        return False
    context.run(lambda: context.store.write(lambda _tx: Changes()))
    return True


def undo_keys(dialog: QDialog, context: SessionContext) -> None:
    """Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) inside a window-modal dialog: the main window's keys
    are blocked while it is open."""
    for keys, slot in (
        ((QKeySequence.StandardKey.Undo,), context.undo_stack.undo),
        (("Ctrl+Shift+Z", "Ctrl+Y"), context.undo_stack.redo),
    ):
        for sequence in keys:
            shortcut = QShortcut(QKeySequence(sequence), dialog)
            shortcut.activated.connect(slot)


def open_modal(dialog: QDialog, returns_to: QWidget) -> None:
    """Window-modal without a nested event loop; focus comes back to `returns_to` (without
    a window manager nothing else reactivates the window)."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.finished.connect(lambda _result: give_focus_back(returns_to))
    dialog.open()
