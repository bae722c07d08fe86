"""The list of the session's notes (the Presentasi page): corrected in place by keyboard.

Kept apart from the note line (notes.py), which every session shows from its first paint:
this page's module loads when the page is first shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from scorer.core.model import Note
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.entry_rows import EntryRowsModel, EntryRowsView, one_line
from scorer.ui.session.notes import NO_TAG, note_tags, tag_ids, tag_of
from scorer.ui.undo import DeleteNote, EditNote

Index = QModelIndex | QPersistentModelIndex


def elapsed_text(seconds: int) -> str:
    minutes, second = divmod(seconds, 60)
    return f"+{minutes:02d}:{second:02d}"


class NotesModel(EntryRowsModel):
    """The session's notes, oldest first: time (clock and time into the phase), tag, text.

    Notes are added from the note line, so there is no row to type into; the tag and the
    text can be corrected (F2 or Enter), a note deleted (Delete), each one undo command.
    """

    ADDS_BY_TYPING = False
    TIME, TAG, TEXT = range(3)

    def __init__(self, context: SessionContext) -> None:
        super().__init__([])
        self.context = context
        self.tag_labels = dict((tag, label) for label, tag in note_tags(context))
        self.reload()

    def reload(self) -> None:
        store = self.context.store
        record = store.record()
        self.zone = record.evaluation.timezone  # data() never reads the file
        self.set_read_only(self.context.read_only)
        self.set_rows(list(zip(store.note_ids(), record.notes, strict=True)))

    def note(self, row: int) -> Note:
        note: Note = self.rows[row][1]
        return note

    def remove(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self.rows):
            return False
        note_id, note = self.rows[row]
        self.context.undo_stack.push(DeleteNote(self.context, note_id, note))
        return True

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def column_title(self, column: int) -> str:
        return (self.tr("Waktu"), self.tr("Tanda"), self.tr("Catatan"))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self.note(index.row())
        if index.column() == self.TAG:
            return self._tag_data(note, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if index.column() == self.TIME:
            clock = note.created_at.astimezone(self.zone.tzinfo).strftime("%H.%M")
            return f"{clock} ({elapsed_text(note.elapsed_seconds)})"
        return note.text

    def _tag_data(self, note: Note, role: int) -> Any:
        """Shown short (an item's id, a dimension's name, "–"), named in full in the tooltip;
        edited as the tag itself."""
        tag = tag_of(note)
        if role == Qt.ItemDataRole.EditRole:
            return tag
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tag_labels.get(tag, tag) if tag else None
        if role == Qt.ItemDataRole.DisplayRole:
            return note.item_id or self.tag_labels.get(tag, tag) if tag else "–"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only or not index.isValid() or index.column() == self.TIME:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        note_id, old = self.rows[index.row()]
        if index.column() == self.TEXT:
            text = one_line(value)
            if not text:
                return False  # an empty note is deleted with Delete, not left blank
            new = replace(old, text=text)
        elif index.column() == self.TAG:
            item_id, dimension_id = tag_ids(str(value or NO_TAG))
            new = replace(old, item_id=item_id, dimension_id=dimension_id)
        else:
            return False
        if new == old:
            return False
        self.context.undo_stack.push(EditNote(self.context, note_id, old, new))
        return True


class TagDelegate(QStyledItemDelegate):
    """A note's tag chosen from the list (none, a dimension, an item); letters search it."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags = note_tags(context)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, tag in self.tags:
            combo.addItem(label, tag)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NotesList(EntryRowsView):
    """All notes of the session, kept in step with the file; correctable by keyboard."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        self.notes = NotesModel(context)
        super().__init__(self.notes, parent)
        self.tags = TagDelegate(context, self)
        self.setItemDelegateForColumn(NotesModel.TAG, self.tags)
        self.wrap_text()
        self.setAccessibleName(self.tr("Daftar catatan"))
        self.setToolTip(
            self.tr(
                "F2 atau Enter mengubah teks atau tanda · Delete menghapus · Ctrl+Z membatalkan"
            )
        )
        header = self.horizontalHeader()
        for column, mode in (
            (NotesModel.TIME, QHeaderView.ResizeMode.ResizeToContents),
            (NotesModel.TAG, QHeaderView.ResizeMode.ResizeToContents),
            (NotesModel.TEXT, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        self.verticalHeader().hide()  # notes are listed by time, not numbered
        context.hub.changed.connect(self._on_changed)

    def first_cell(self) -> QModelIndex:
        """The newest note's text: the one most likely to need a correction."""
        return self.entries.index(self.entries.rowCount() - 1, NotesModel.TEXT)

    def _on_changed(self, changes: Changes) -> None:
        if changes.notes or changes.signoff:
            before = self.notes.rowCount()
            self.notes.reload()
            if self.notes.rowCount() > before and not self.hasFocus():
                self.setCurrentIndex(self.first_cell())  # a new note: the one to correct
            self.scrollToBottom()
