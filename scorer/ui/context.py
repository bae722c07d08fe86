"""What every page of an open session shares: the store, the undo stack and the signal hub.

Passed in explicitly (never reached through QApplication.instance()), so a page can be
built and tested on its own with a real store and a real undo stack.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from scorer.core.errors import ScorerError

if TYPE_CHECKING:
    from scorer.storage.store import Changes, ScoringStore
    from scorer.ui.prompts import Prompts


class Hub(QObject):
    """Signals carrying what an operation changed; each view redraws only what it shows."""

    changed = Signal(object)  # Changes
    saved = Signal(object)  # datetime of the last durable save (UTC)
    storage = Signal(object)  # StorageFault while the file refuses writes, None once it takes them
    refused = Signal(str)  # an edit the session refused (signed off, bad value): for a person
    item_selected = Signal(str)  # rubric item id that became current
    said = Signal(str)  # a passing word for the status line (a key that had nothing to do)


@dataclass
class SessionContext:
    store: ScoringStore
    undo_stack: QUndoStack
    hub: Hub
    lang: str = "id"
    prompts: Prompts | None = None  # None: real dialogs; tests pass their own answers

    @property
    def read_only(self) -> bool:
        return self.store.read_only or self.store.active_signoff()

    def run(self, operation: Callable[[], Changes]) -> bool:
        """Every edit from the UI goes through here, called from Qt's C++ side (slots, undo
        commands, timers), so nothing may escape: a refused edit is said to the user, a bug
        goes to the crash handler, and a storage fault was already absorbed by the store
        (the edit is in memory and the recovery journal; the banner says so)."""
        try:
            changes = operation()
        except ScorerError as exc:
            self.hub.refused.emit(str(exc))
            return False
        except Exception:  # our bug: logged and shown, the session carries on
            sys.excepthook(*sys.exc_info())
            return False
        self.hub.changed.emit(changes)
        self.report_storage()
        return True

    def report_storage(self) -> None:
        """Say whether the file holds everything: "saved at", or the fault."""
        from scorer.core.model import utc_now

        fault = self.store.fault
        self.hub.storage.emit(fault)
        if fault is None:
            self.hub.saved.emit(utc_now())
