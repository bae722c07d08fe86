"""A table of records followed by one empty row to type a new record into.

Used by the Q&A log and the people tables. New records arrive as a whole list (from the
file after an edit, or from the list the dialog keeps). Rows added at the end first
appear empty and then every row is redrawn, so the row a new record was typed into holds
that record afterwards and the current cell stays on it (Tab goes on to its next cell);
fewer rows reset the model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

Index = QModelIndex | QPersistentModelIndex
_ARRIVING = object()  # a row inserted at the end, shown empty until its record is set


class EntryRowsModel(QAbstractTableModel):
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
        return 0 if self.read_only else 1

    def new_row(self) -> int:
        """The row a new record is typed into."""
        return len(self.rows)

    def is_new(self, row: int) -> bool:
        return row >= len(self.rows) or self.rows[row] is _ARRIVING

    def new_row_data(self, index: Index, role: int, prompt: str) -> Any:
        """What the empty row shows: a prompt in its first cell, in the placeholder colour."""
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return prompt
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return "" if role == Qt.ItemDataRole.EditRole else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + self._new_rows()
