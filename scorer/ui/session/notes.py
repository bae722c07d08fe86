"""Quick notes: one line, one key away, stamped with clock time and time into the phase."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from scorer.core.model import Note, Phase, ScoringRecord, utc_now
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.entry_rows import EntryRowsModel, EntryRowsView
from scorer.ui.undo import AddNote, DeleteNote, EditNote

Index = QModelIndex | QPersistentModelIndex


def stamp(record: ScoringRecord, at: dt.datetime) -> tuple[str, int]:
    """Clock time "14.31" in the session's zone, and seconds since the current phase began."""
    zone = record.evaluation.timezone
    clock = at.astimezone(zone.tzinfo).strftime("%H.%M")
    phase = next(
        (p for p in record.session.phases if p.phase is record.session.current_phase), None
    )
    started = phase.started_at if phase and phase.started_at else at
    return f"{clock} {zone.value}", max(0, int((at - started).total_seconds()))


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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Waktu"), self.tr("Tanda"), self.tr("Catatan"))[section]

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
            text = " ".join(str(value or "").split())
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


NO_TAG = ""  # tags are "item:BL1", "dimension:governance" or none


def note_tags(context: SessionContext) -> list[tuple[str, str]]:
    """(label, tag) of every tag a note can have: none, each dimension, each item."""
    rubric = context.store.rubric
    none = QCoreApplication.translate("NoteLine", "Tanpa tanda")
    return [
        (none, NO_TAG),
        *((d.name.text(context.lang), f"dimension:{d.id}") for d in rubric.dimensions),
        *((f"{i.id} · {i.name.text(context.lang)}", f"item:{i.id}") for i in rubric.items),
    ]


def tag_of(note: Note) -> str:
    if note.item_id:
        return f"item:{note.item_id}"
    return f"dimension:{note.dimension_id}" if note.dimension_id else NO_TAG


def tag_ids(tag: str) -> tuple[str | None, str | None]:
    """(item_id, dimension_id) of a tag."""
    kind, _, key = tag.partition(":")
    return (key if kind == "item" else None, key if kind == "dimension" else None)


class NoteLine(QWidget):
    """The note line: Enter saves a note; Esc returns to where Ctrl+Enter came from.

    The tag follows the phase: the current item while scoring, none elsewhere (a note on
    the opening speech belongs to no item); any dimension or item can be chosen.
    """

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.phase: Phase | None = None
        self.current_item: str | None = None
        self.return_to: QWidget | None = None
        self.label = QLabel(self.tr("Catatan ▸"))
        self.tag = QComboBox()
        self.tag.setObjectName("noteTag")
        self.tag.setAccessibleName(self.tr("Tanda catatan"))
        for label, tag in note_tags(context):
            self.tag.addItem(label, tag)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(14)
        self.edit = QLineEdit()
        self.edit.setObjectName("noteLine")
        self.edit.setAccessibleName(self.tr("Catatan cepat"))
        self.edit.setPlaceholderText(
            self.tr("Ketik catatan lalu Enter (Ctrl+Enter dari mana saja, Esc kembali)")
        )
        self.edit.returnPressed.connect(self.save)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.tag)
        context.hub.item_selected.connect(self._on_item)
        self.edit.setEnabled(not context.read_only)

    def set_phase(self, phase: Phase) -> None:
        """A new phase resets the tag to its default (a choice holds within the phase)."""
        if phase is not self.phase:
            self.phase = phase
            self._tag_default()

    def _on_item(self, item_id: str) -> None:
        self.current_item = item_id
        self._tag_default()

    def _tag_default(self) -> None:
        scoring = self.phase is Phase.SCORING and self.current_item
        index = self.tag.findData(f"item:{self.current_item}") if scoring else 0
        self.tag.setCurrentIndex(max(0, index))

    def focus_note(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self.edit:
            self.return_to = focused
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.go_back()
            return True
        return False

    def go_back(self) -> None:
        """Back to the field the note was started from, if it is still there to go back to."""
        target, self.return_to = self.return_to, None
        if target is not None and isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        text = self.edit.text().strip()
        if not text or self.context.read_only:
            return
        record = self.context.store.record()
        now = utc_now()
        _clock, elapsed = stamp(record, now)
        item_id, dimension_id = tag_ids(str(self.tag.currentData() or NO_TAG))
        note = Note(
            created_at=now,
            phase=record.session.current_phase,
            elapsed_seconds=elapsed,
            text=text,
            assessor=self.context.store.owner,
            item_id=item_id,
            dimension_id=dimension_id,
        )
        self.context.undo_stack.push(AddNote(self.context, note))
        self.edit.clear()


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
