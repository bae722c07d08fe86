"""The Q&A log: question, asker (from the panel), answer, responder (from the attendees)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from scorer.core.model import QAEntry, utc_now
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.entry_rows import EntryRowsModel, EntryRowsView
from scorer.ui.undo import AddQA, DeleteQA, EditQA

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("question", "asker", "answer", "responder", "dimensions")


class QAModel(EntryRowsModel):
    """Rows from the file, then an empty row to type a new question into.

    An edit goes through the undo stack and comes back by the hub.
    """

    def __init__(self, context: SessionContext) -> None:
        super().__init__([])
        self.context = context
        self.dimension_names = {
            d.id: d.name.text(context.lang) for d in context.store.rubric.dimensions
        }
        self.reload()

    def reload(self) -> None:
        record = self.context.store.record()
        self.set_read_only(self.context.read_only)
        self.set_rows(list(zip(self.context.store.qa_ids(), record.qa, strict=True)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def column_title(self, column: int) -> str:
        return (
            self.tr("Pertanyaan"),
            self.tr("Penanya"),
            self.tr("Jawaban"),
            self.tr("Penjawab"),
            self.tr("Dimensi"),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.is_new(index.row()):
            return self.new_row_data(index, role, self.tr("Ketik pertanyaan baru…"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        entry = self.rows[index.row()][1]
        value = getattr(entry, FIELDS[index.column()])
        if not isinstance(value, tuple):
            return value
        if role == Qt.ItemDataRole.DisplayRole:  # names to read, ids to edit
            value = tuple(self.dimension_names.get(d, d) for d in value)
        return ", ".join(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:  # as of the last reload: flags() runs for every cell painted
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def remove(self, row: int) -> bool:
        """Delete: a question logged twice or by mistake goes; Ctrl+Z brings it back."""
        if self.read_only or self.is_new(row) or not 0 <= row < len(self.rows):
            return False
        qa_id, entry = self.rows[row]
        self.context.undo_stack.push(DeleteQA(self.context, qa_id, entry))
        return True

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        if self.is_new(index.row()):
            return self._add(index.column(), str(value).strip())
        qa_id, entry = self.rows[index.row()]
        field = FIELDS[index.column()]
        old = getattr(entry, field)
        new: object = str(value)
        if field == "dimensions":
            new = tuple(part.strip() for part in str(value).split(",") if part.strip())
        if new == old:
            return False
        self.context.undo_stack.push(EditQA(self.context, qa_id, field, old, new))
        return True

    def _add(self, column: int, text: str) -> bool:
        """A new entry from what was typed on the new row: asked by this assessor, answered
        by the first attendee (the head of region, usually) until changed."""
        if not text:
            return False
        record = self.context.store.record()
        asker = next((a.name for a in record.assessors if a.key == record.owner), "")
        responder = record.attendees[0].name if record.attendees else ""
        entry = QAEntry("", asker, "", responder, utc_now())
        field = FIELDS[column]
        if field == "dimensions":
            entry.dimensions = tuple(part.strip() for part in text.split(",") if part.strip())
        else:
            setattr(entry, field, text)
        self.context.undo_stack.push(AddQA(self.context, entry))
        return True


def completed(text: str, choices: list[str]) -> str:
    """What a typed name stands for: the first choice that holds it anywhere, ignoring
    case ("ratna" -> "Dr. Ratna Wulandari, M.T."), else the text itself (a guest)."""
    typed = text.strip()
    folded = typed.casefold()
    if not folded:
        return typed
    exact = [choice for choice in choices if choice.casefold() == folded]
    holding = [choice for choice in choices if folded in choice.casefold()]
    return next(iter(exact + holding), typed)


class ChoiceEdit(QComboBox):
    """An editable combo of known names under which the names holding what is typed are
    listed (anywhere, ignoring case), while any other text may still be typed.

    The list is a tool window, not a popup: it takes neither the keyboard nor the window's
    activation, so every key still reaches the cell's editor (Enter, Tab and Esc close the
    cell as when no list is shown) and an editor opened next is not closed by a focus
    change. Up and Down walk the list while it is shown; it goes with the editor.
    """

    LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(choices)
        completer = QCompleter(choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Made here, not by QCompleter: the list QCompleter makes was found deleted when
        # reached from Python once other windows had come and gone (a stale wrapper,
        # it seems); a list made in Python is tracked.
        self.names = QListView()
        completer.setPopup(self.names)  # the completer deletes it
        self.names.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.names.isVisible() and event.key() in self.LIST_KEYS and not event.modifiers():
            QApplication.sendEvent(self.names, event)
            return
        super().keyPressEvent(event)


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo of known names (the panel for askers, attendees for responders):
    a name typed in part is completed from them on Enter or Tab, other text kept as typed."""

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return ChoiceEdit(self.choices, parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText()
        if text != index.data(Qt.ItemDataRole.EditRole):  # a name kept is not completed
            text = completed(text, self.choices)
        model.setData(index, text)


class QAPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = QAModel(context)
        self.table = EntryRowsView(self.model)
        self.table.setObjectName("qaTable")
        self.table.setAccessibleName(self.tr("Tabel tanya jawab"))
        self.table.wrap_text()
        record = context.store.record()
        self.askers = ChoiceDelegate([a.name for a in record.assessors], self)
        self.responders = ChoiceDelegate([a.name for a in record.attendees], self)
        self.table.setItemDelegateForColumn(FIELDS.index("asker"), self.askers)
        self.table.setItemDelegateForColumn(FIELDS.index("responder"), self.responders)
        header = self.table.horizontalHeader()
        for column in range(len(FIELDS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Tambah pertanyaan (Ctrl+Q)"))
        self.add_button.clicked.connect(self.add_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        context.hub.changed.connect(self._on_changed)
        self.add_button.setEnabled(not context.read_only)

    def focus_work(self) -> None:
        """The new question's cell, focused: typing starts the question."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.context.read_only:
            return
        self.table.setCurrentIndex(self.model.index(self.model.new_row(), 0))

    def add_entry(self) -> None:
        """Ctrl+Q: the new question's cell, open for typing."""
        self.focus_work()
        if not self.context.read_only:
            self.table.edit(self.table.currentIndex())

    def _on_changed(self, changes: Changes) -> None:
        if changes.qa or changes.signoff:
            self.model.reload()
