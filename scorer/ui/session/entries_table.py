"""Conclusions and recommendations as numbered tables, typed in place.

Every change is one undo command over one store operation (scorer/storage/entries.py): the
entry keeps its id for life, the audit log keeps old -> new, and after sign-off the store
refuses and the table offers nothing to edit. A deadline is empty ("–") until chosen; the
date editor opens on today and shows dates in the UI's language, and Tab through it leaves
an empty deadline empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from scorer.storage import entries
from scorer.ui.context import SessionContext
from scorer.ui.entry_rows import EntryRowsModel, EntryRowsView, one_line
from scorer.ui.keyboard import DateField
from scorer.ui.undo import AddEntry, DeleteEntry, EditEntry, MoveEntry

Index = QModelIndex | QPersistentModelIndex
DATE_FORMAT = "d MMMM yyyy"  # "22 Februari 2027" / "22 February 2027", as the minutes write it
NO_DATE = "–"


def shown_date(iso: str | None) -> str:
    """A stored ISO date as the UI's language writes it; "–" when none was chosen."""
    if not iso:
        return NO_DATE
    return QLocale().toString(QDate.fromString(iso, Qt.DateFormat.ISODate), DATE_FORMAT)


class EntriesModel(EntryRowsModel):
    """One ordered list of the store (`table`), then a row to type a new entry into."""

    def __init__(
        self, context: SessionContext, table: str, titles: tuple[str, ...], prompt: str
    ) -> None:
        super().__init__([])
        self.context = context
        self.table = table
        self.fields = entries.FIELDS[table]
        self.titles = titles
        self.prompt = prompt
        self.reload()

    def reload(self) -> None:
        self.set_read_only(self.context.read_only)
        self.set_rows(entries.entries(self.context.store, self.table))

    def column_of(self, field: str) -> int:
        return self.fields.index(field)

    # Edits: each one undo command, which writes to the file

    def remove(self, row: int) -> bool:
        if self.read_only or self.is_new(row) or row < 0:
            return False
        self.context.undo_stack.push(DeleteEntry(self.context, self.table, self.rows[row][0]))
        return True

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if self.read_only or not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        entry_id = self.rows[row][0]
        self.context.undo_stack.push(MoveEntry(self.context, self.table, entry_id, target))
        return True

    def _stored(self, field: str, value: Any) -> str | None:
        """What the store keeps: one line of text, or an ISO date (None: no deadline)."""
        if field == "deadline":
            if isinstance(value, QDate) and value.isValid():
                return dt.date(value.year(), value.month(), value.day()).isoformat()
            return None
        return one_line(value)

    # QAbstractTableModel

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def column_title(self, column: int) -> str:
        return self.titles[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.is_new(index.row()):
            return self.new_row_data(index, role, self.prompt)
        field = self.fields[index.column()]
        value = self.rows[index.row()][1][field]
        if field == "deadline":
            if role == Qt.ItemDataRole.DisplayRole:
                return shown_date(value)
            if role == Qt.ItemDataRole.EditRole:
                return QDate.fromString(value, Qt.DateFormat.ISODate) if value else None
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only or not index.isValid():
            return base
        if self.is_new(index.row()) and index.column() != 0:
            return base  # a new entry starts with its text
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.fields[index.column()]
        new = self._stored(field, value)
        if self.is_new(index.row()):
            if field != "text" or not new:
                return False
            self.context.undo_stack.push(AddEntry(self.context, self.table, {"text": new}, None))
            return True
        entry_id, old = self.rows[index.row()]
        if (field == "text" and not new) or old[field] == new:
            return False  # an empty point is removed with Delete, not left blank
        self.context.undo_stack.push(
            EditEntry(self.context, self.table, entry_id, {field: old[field]}, {field: new})
        )
        return True


class DeadlineField(DateField):
    """The date editor of a deadline, which knows whether a date was chosen: the one the
    cell held, one changed by keys, or today's by Enter. Passing through with Tab chooses
    nothing, so an empty deadline stays empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = False
        self.dateChanged.connect(self._choose)

    def open_on(self, deadline: QDate | None) -> None:
        """Show `deadline`, or today when there is none (not chosen until changed)."""
        self.setDate(deadline if deadline is not None else QDate.currentDate())
        self.chosen = deadline is not None

    def _choose(self) -> None:
        self.chosen = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen = True
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    """A date in the UI's language; an empty deadline opens on today, chosen on Enter."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DeadlineField(parent)
        editor.setDisplayFormat(DATE_FORMAT)
        editor.setLocale(QLocale())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DeadlineField)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.open_on(value if isinstance(value, QDate) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DeadlineField)
        if editor.chosen:
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class EntriesTable(EntryRowsView):
    """A numbered list by keyboard; in a date cell Delete or Backspace clears the date."""

    def __init__(self, model: EntriesModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.list = model
        self.wrap_text()
        header = self.horizontalHeader()
        for column, field in enumerate(model.fields):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if field == "text"
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        if "deadline" in model.fields:
            self.dates = DateDelegate(self)
            self.setItemDelegateForColumn(model.column_of("deadline"), self.dates)
        self.setToolTip(
            self.tr(
                "Ketik di baris terakhir untuk menambah · F2 atau Enter mengubah · Delete "
                "menghapus · Alt+↑/↓ memindah · Ctrl+Z membatalkan"
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            index.isValid()
            and not event.modifiers()
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.list.fields[index.column()] == "deadline"
        ):
            self.list.setData(index, None)
            event.accept()
            return
        super().keyPressEvent(event)
