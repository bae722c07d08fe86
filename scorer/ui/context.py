"""What every page of an open session shares: the store, the undo stack and the signal hub.

Passed in explicitly (never reached through QApplication.instance()), so a page can be
built and tested on its own with a real store and a real undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from scorer.storage.store import Changes, ScoringStore


class Hub(QObject):
    """One signal carrying what an operation changed; each view redraws only what it shows."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # datetime of the last durable save (UTC)
    item_selected = Signal(str)  # rubric item id that became current

    def announce(self, changes: Changes) -> None:
        from scorer.core.model import utc_now

        self.changed.emit(changes)
        self.saved.emit(utc_now())


@dataclass
class SessionContext:
    store: ScoringStore
    undo_stack: QUndoStack
    hub: Hub
    lang: str = "id"

    @property
    def read_only(self) -> bool:
        return self.store.read_only or self.store.active_signoff()
