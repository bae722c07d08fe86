"""Undo commands: each keeps the old and the new value and calls the same store operation.

The stack holds no data of its own; redo and undo write to the file like any edit, so an
undone score is as durable as a typed one. Every command runs its operation through
`SessionContext.run`: Qt calls redo and undo from C++, where an exception would take the
window down. An edit the session refuses (signed off) makes the command obsolete, so the
stack drops it instead of offering to undo what never happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from scorer.core.model import Note, QAEntry
from scorer.storage import entries
from scorer.storage.store import Changes, ScoreState
from scorer.ui.context import SessionContext


class StoreCommand(QUndoCommand):
    """An edit as two store operations: one to do it, one to take it back."""

    def __init__(
        self,
        context: SessionContext,
        label: str,
        redo: Callable[[], Changes] | None = None,
        undo: Callable[[], Changes] | None = None,
    ) -> None:
        super().__init__(label)
        self.context = context
        self._redo = redo
        self._undo = undo

    def do(self) -> Changes:
        assert self._redo is not None
        return self._redo()

    def undo_change(self) -> Changes:
        assert self._undo is not None
        return self._undo()

    def redo(self) -> None:
        if not self.context.run(self.do):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.context.run(self.undo_change):
            self.setObsolete(True)


class SetLevel(StoreCommand):
    """Set an item's level or N/A; undo restores what it was (possibly unscored)."""

    def __init__(
        self, context: SessionContext, item_id: str, level: int | None, not_applicable: bool
    ) -> None:
        shown = "N/A" if not_applicable else str(level)
        super().__init__(context, f"{item_id} = {shown}")
        self.item_id = item_id
        self.new = (level, not_applicable)
        old = context.store.score(item_id)
        self.old = (old.level, old.not_applicable) if old else (None, False)

    def _apply(self, value: tuple[int | None, bool]) -> Changes:
        level, not_applicable = value
        return self.context.store.set_level(self.item_id, level, not_applicable=not_applicable)

    def do(self) -> Changes:
        return self._apply(self.new)

    def undo_change(self) -> Changes:
        return self._apply(self.old)


class SetScoreText(StoreCommand):
    """An item's note or evidence; consecutive typing in one field merges into one step."""

    ID = 1001

    def __init__(self, context: SessionContext, item_id: str, field: str, text: str) -> None:
        super().__init__(context, f"{item_id} {field}")
        self.item_id = item_id
        self.field = field
        old: ScoreState | None = context.store.score(item_id)
        self.old = getattr(old, field) if old else ""
        self.new = text

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetScoreText):
            return False
        if (other.item_id, other.field) != (self.item_id, self.field):
            return False
        self.new = other.new
        return True

    def do(self) -> Changes:
        return self.context.store.set_score_text(self.item_id, self.field, self.new)

    def undo_change(self) -> Changes:
        return self.context.store.set_score_text(self.item_id, self.field, self.old)


class AddNote(StoreCommand):
    def __init__(self, context: SessionContext, note: Note) -> None:
        super().__init__(context, note.text[:40])
        self.note = note
        self.note_id: int | None = None

    def do(self) -> Changes:
        # Redo brings the note back under its first id: later commands refer to it.
        self.note_id, changes = self.context.store.add_note(self.note, note_id=self.note_id)
        return changes

    def undo_change(self) -> Changes:
        assert self.note_id is not None
        return self.context.store.delete_note(self.note_id)


class AddQA(StoreCommand):
    def __init__(self, context: SessionContext, entry: QAEntry) -> None:
        super().__init__(context, entry.question[:40])
        self.entry = entry
        self.qa_id: int | None = None

    def do(self) -> Changes:
        self.qa_id, changes = self.context.store.add_qa(self.entry, qa_id=self.qa_id)
        return changes

    def undo_change(self) -> Changes:
        assert self.qa_id is not None
        return self.context.store.delete_qa(self.qa_id)


class DeleteQA(StoreCommand):
    """Undo puts the entry back in its place, under its own id."""

    def __init__(self, context: SessionContext, qa_id: int, entry: QAEntry) -> None:
        super().__init__(context, entry.question[:40])
        self.qa_id, self.entry = qa_id, entry
        self.ordinal = context.store.qa_ordinal(qa_id)

    def do(self) -> Changes:
        return self.context.store.delete_qa(self.qa_id)

    def undo_change(self) -> Changes:
        _id, changes = self.context.store.add_qa(self.entry, self.qa_id, self.ordinal)
        return changes


class EditQA(StoreCommand):
    def __init__(
        self, context: SessionContext, qa_id: int, field: str, old: object, new: object
    ) -> None:
        super().__init__(context, field)
        self.qa_id = qa_id
        self.field = field
        self.old = old
        self.new = new

    def _apply(self, value: object) -> Changes:
        stored = tuple(value) if isinstance(value, (list, tuple)) else str(value)
        return self.context.store.update_qa(self.qa_id, self.field, stored)

    def do(self) -> Changes:
        return self._apply(self.new)

    def undo_change(self) -> Changes:
        return self._apply(self.old)


class AddEntry(StoreCommand):
    """A new conclusion or recommendation; undo deletes it, redo brings it back by its id."""

    def __init__(
        self, context: SessionContext, table: str, values: dict[str, object], position: int | None
    ) -> None:
        super().__init__(context, str(values.get("text", ""))[:40])
        self.table = table
        self.values = values
        self.position = position
        self.entry_id: int | None = None

    def do(self) -> Changes:
        self.entry_id, changes = entries.add(
            self.context.store,
            self.table,
            self.values,
            position=self.position,
            entry_id=self.entry_id,
        )
        return changes

    def undo_change(self) -> Changes:
        assert self.entry_id is not None
        return entries.delete(self.context.store, self.table, self.entry_id)


class EditEntry(StoreCommand):
    def __init__(
        self,
        context: SessionContext,
        table: str,
        entry_id: int,
        old: dict[str, object],
        new: dict[str, object],
    ) -> None:
        # Named in the Edit menu by the entry's text, as the other commands are.
        text = dict(entries.entries(context.store, table))[entry_id].get("text", "")
        super().__init__(context, str(new.get("text", text))[:40])
        self.table, self.entry_id, self.old, self.new = table, entry_id, old, new

    def do(self) -> Changes:
        return entries.update(self.context.store, self.table, self.entry_id, self.new)

    def undo_change(self) -> Changes:
        return entries.update(self.context.store, self.table, self.entry_id, self.old)


class DeleteEntry(StoreCommand):
    """Undo puts the entry back where it was, under its own id."""

    def __init__(self, context: SessionContext, table: str, entry_id: int) -> None:
        listed = dict(entries.entries(context.store, table))
        super().__init__(context, str(listed[entry_id].get("text", ""))[:40])
        self.table, self.entry_id = table, entry_id
        self.values = listed[entry_id]
        self.position = list(listed).index(entry_id)

    def do(self) -> Changes:
        return entries.delete(self.context.store, self.table, self.entry_id)

    def undo_change(self) -> Changes:
        _id, changes = entries.add(
            self.context.store,
            self.table,
            self.values,
            position=self.position,
            entry_id=self.entry_id,
        )
        return changes


class MoveEntry(StoreCommand):
    def __init__(self, context: SessionContext, table: str, entry_id: int, to: int) -> None:
        super().__init__(context, f"{table} {entry_id}")
        self.table, self.entry_id, self.to = table, entry_id, to
        self.origin = entries.position_of(context.store, table, entry_id)

    def do(self) -> Changes:
        return entries.move(self.context.store, self.table, self.entry_id, self.to)

    def undo_change(self) -> Changes:
        return entries.move(self.context.store, self.table, self.entry_id, self.origin)


class EditNote(StoreCommand):
    """A note's text or tag corrected; the audit log keeps what was there."""

    def __init__(self, context: SessionContext, note_id: int, old: Note, new: Note) -> None:
        super().__init__(context, new.text[:40])
        self.note_id, self.old, self.new = note_id, old, new

    def _apply(self, note: Note) -> Changes:
        return self.context.store.update_note(
            self.note_id, note.text, note.item_id, note.dimension_id
        )

    def do(self) -> Changes:
        return self._apply(self.new)

    def undo_change(self) -> Changes:
        return self._apply(self.old)


class DeleteNote(StoreCommand):
    def __init__(self, context: SessionContext, note_id: int, note: Note) -> None:
        super().__init__(context, note.text[:40])
        self.note_id, self.note = note_id, note

    def do(self) -> Changes:
        return self.context.store.delete_note(self.note_id)

    def undo_change(self) -> Changes:
        _id, changes = self.context.store.add_note(self.note, note_id=self.note_id)
        return changes
