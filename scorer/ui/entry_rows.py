"""A table of records followed by one empty row to type a new record into.

Used by the Q&A log, the people tables, the conclusions and recommendations, and the notes
(which are added from the note line, so they have no row to type into). New records arrive
as a whole list (from the file after an edit, or from the list the dialog keeps). Rows
added at the end first appear empty and then every row is redrawn, so the row a new record
was typed into holds that record afterwards and the current cell stays on it (Tab goes on
to its next cell); fewer rows reset the model.

`EntryRowsView` gives such a table its keys: typing or F2 or Enter edits a cell, Delete
removes the row, Alt+Up/Down moves it, Insert goes to the new row, Tab leaves the table.
Typing replaces what the cell held, in every editor (Qt selects a line edit's text, not an
editable combo's); on the new row, typing in a cell that cannot start a record starts one
in the first cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_ARRIVING = object()  # a row inserted at the end, shown empty until its record is set


def one_line(value: object) -> str:
    """What a cell keeps of what was typed or pasted: one line, single spaces."""
    return " ".join(str(value or "").split())


def select_all(editor: QWidget) -> None:
    """Select an editable combo's text, as Qt selects a line edit's when it opens one, so
    that typing replaces the name it held."""
    if isinstance(editor, QComboBox) and (line := editor.lineEdit()) is not None:
        line.selectAll()


class EntryRowsModel(QAbstractTableModel):
    ADDS_BY_TYPING = True  # False: records come from elsewhere, there is no row to type into

    def __init__(self, rows: list[Any]) -> None:
        super().__init__()
        self.rows: list[Any] = list(rows)
        self.read_only = False

    def set_rows(self, rows: list[Any]) -> None:
        before, after = self.rowCount(), len(rows) + self._new_rows()
        if after < before:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.rows = [*self.rows, *[_ARRIVING] * (after - before)]
            self.endInsertRows()
        self.rows = list(rows)
        if after:
            self.dataChanged.emit(self.index(0, 0), self.index(after - 1, self.columnCount() - 1))

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: no row to type into, nothing editable."""
        if read_only != self.read_only:
            self.beginResetModel()
            self.read_only = read_only
            self.endResetModel()

    def _new_rows(self) -> int:
        return 0 if self.read_only or not self.ADDS_BY_TYPING else 1

    def new_row(self) -> int:
        """The row a new record is typed into."""
        return len(self.rows)

    def is_new(self, row: int) -> bool:
        return row >= len(self.rows) or self.rows[row] is _ARRIVING

    def column_title(self, column: int) -> str:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Columns by their titles; rows by number, the row to type into by "+"."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_title(section)
        return "+" if self.is_new(section) else str(section + 1)

    def new_row_data(self, index: Index, role: int, prompt: str) -> Any:
        """What the empty row shows: a prompt in its first cell, in the placeholder colour."""
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return prompt
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return "" if role == Qt.ItemDataRole.EditRole else None

    def remove(self, row: int) -> bool:
        """Remove the record at `row`; False where the table does not remove (the default)."""
        return False

    def move(self, row: int, delta: int) -> bool:
        """Move the record at `row` by `delta`; False where order is not the user's."""
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + self._new_rows()


class EntryRowsView(QTableView):
    """A table of an `EntryRowsModel` driven by the keyboard (see the module's docstring).

    Enter on the new row saves what was typed and goes on to the new row again, so points
    are typed one after another; Tab while typing goes on to the next cell of the record.
    """

    def __init__(self, model: EntryRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = model
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._adding = False
        self._wraps = False

    def wrap_text(self) -> None:
        """Long text wraps and each row is as tall as its text at the columns' widths now
        (Qt sizes rows once, before the columns have their final widths)."""
        self.setWordWrap(True)
        self._wraps = True
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().sectionResized.connect(self._fit_rows)

    def _fit_rows(self, _column: int, _old: int, _new: int) -> None:
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._wraps:  # a page built hidden sized its rows to columns it no longer has
            self.resizeRowsToContents()

    def first_cell(self) -> QModelIndex:
        """Where Tab lands when no cell is current."""
        return self.entries.index(0, 0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab lands on a cell, never on nothing: `first_cell` (Qt's own
        choice would be the top left)."""
        if not self.currentIndex().isValid() and self.entries.rowCount():
            self.setCurrentIndex(self.first_cell())
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        row, column = current.row(), max(0, current.column())
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        plain = not event.modifiers() or event.modifiers() == Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            if self.entries.remove(row):
                self.go(min(row, max(0, self.entries.rowCount() - 1)), column)
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if event.key() == Qt.Key.Key_Up else 1
            if self.entries.move(row, delta):
                self.go(row + delta, column)
        elif event.key() == Qt.Key.Key_Insert and self.entries.rowCount() > len(self.entries.rows):
            self.go(self.entries.new_row(), 0)
            self.edit(self.currentIndex())
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain
            and self.state() != QAbstractItemView.State.EditingState
            and current.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.edit(current)
        elif (target := self._typed_into(current, event)) is not None:
            self.type_into(target, event)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _typed_into(self, current: QModelIndex, event: QKeyEvent) -> QModelIndex | None:
        """The cell a printable key starts editing, if any: the current one, or on the new
        row the first cell when the current one cannot start a record."""
        text = event.text()
        command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (command | Qt.KeyboardModifier.MetaModifier)
            or self.state() == QAbstractItemView.State.EditingState
            or not current.isValid()
        ):
            return None
        if current.flags() & Qt.ItemFlag.ItemIsEditable:
            return current
        first = self.entries.index(current.row(), 0)
        if self.entries.is_new(current.row()) and first.flags() & Qt.ItemFlag.ItemIsEditable:
            return first
        return None

    def type_into(self, index: QModelIndex, event: QKeyEvent) -> None:
        """Open `index`'s editor with all its text selected, then give it the key."""
        self.setCurrentIndex(index)
        self.edit(index)
        editor = self.indexWidget(index)
        if editor is not None:
            select_all(editor)
            QApplication.sendEvent(editor, event)

    def go(self, row: int, column: int) -> None:
        self.setCurrentIndex(self.entries.index(row, column))

    def commitData(self, editor: QWidget) -> None:
        """Note whether this commit added a record from the new row (see closeEditor)."""
        row = self.currentIndex().row()
        adding = row >= 0 and self.entries.is_new(row)
        super().commitData(editor)
        self._adding = adding and not self.entries.is_new(row)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        added, self._adding = self._adding, False
        super().closeEditor(editor, hint)
        if hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        ) and (opened := self.indexWidget(self.currentIndex())):
            select_all(opened)  # Tab into a cell: typing replaces it, as in a line edit
        if added and hint in (
            QAbstractItemDelegate.EndEditHint.NoHint,
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
        ):
            self.go(self.entries.new_row(), 0)
