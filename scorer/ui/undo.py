"""Undo commands: each keeps the old and the new value and calls the same store operation.

The stack holds no data of its own; redo and undo write to the file like any edit, so an
undone score is as durable as a typed one. Each command announces what it changed on the
hub, and the views redraw only that.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from scorer.core.model import Note, QAEntry
from scorer.storage.store import ScoreState
from scorer.ui.context import SessionContext


class SetLevel(QUndoCommand):
    """Set an item's level or N/A; undo restores what it was (possibly unscored)."""

    def __init__(
        self, context: SessionContext, item_id: str, level: int | None, not_applicable: bool
    ) -> None:
        super().__init__()
        self.context = context
        self.item_id = item_id
        self.new = (level, not_applicable)
        old = context.store.score(item_id)
        self.old = (old.level, old.not_applicable) if old else (None, False)
        shown = "N/A" if not_applicable else str(level)
        self.setText(f"{item_id} = {shown}")

    def _apply(self, value: tuple[int | None, bool]) -> None:
        level, not_applicable = value
        changes = self.context.store.set_level(self.item_id, level, not_applicable=not_applicable)
        self.context.hub.announce(changes)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class SetScoreText(QUndoCommand):
    """An item's note or evidence; consecutive typing in one field merges into one step."""

    ID = 1001

    def __init__(self, context: SessionContext, item_id: str, field: str, text: str) -> None:
        super().__init__()
        self.context = context
        self.item_id = item_id
        self.field = field
        old: ScoreState | None = context.store.score(item_id)
        self.old = getattr(old, field) if old else ""
        self.new = text
        self.setText(f"{item_id} {field}")

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetScoreText):
            return False
        if (other.item_id, other.field) != (self.item_id, self.field):
            return False
        self.new = other.new
        return True

    def _apply(self, text: str) -> None:
        self.context.hub.announce(self.context.store.set_score_text(self.item_id, self.field, text))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class AddNote(QUndoCommand):
    def __init__(self, context: SessionContext, note: Note) -> None:
        super().__init__()
        self.context = context
        self.note = note
        self.note_id: int | None = None
        self.setText(note.text[:40])

    def redo(self) -> None:
        self.note_id, changes = self.context.store.add_note(self.note)
        self.context.hub.announce(changes)

    def undo(self) -> None:
        if self.note_id is not None:
            self.context.hub.announce(self.context.store.delete_note(self.note_id))


class AddQA(QUndoCommand):
    def __init__(self, context: SessionContext, entry: QAEntry) -> None:
        super().__init__()
        self.context = context
        self.entry = entry
        self.qa_id: int | None = None
        self.setText(entry.question[:40])

    def redo(self) -> None:
        self.qa_id, changes = self.context.store.add_qa(self.entry)
        self.context.hub.announce(changes)

    def undo(self) -> None:
        if self.qa_id is not None:
            self.context.hub.announce(self.context.store.delete_qa(self.qa_id))


class EditQA(QUndoCommand):
    def __init__(
        self, context: SessionContext, qa_id: int, field: str, old: object, new: object
    ) -> None:
        super().__init__()
        self.context = context
        self.qa_id = qa_id
        self.field = field
        self.old = old
        self.new = new
        self.setText(field)

    def _apply(self, value: object) -> None:
        stored = tuple(value) if isinstance(value, (list, tuple)) else str(value)
        self.context.hub.announce(self.context.store.update_qa(self.qa_id, self.field, stored))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
