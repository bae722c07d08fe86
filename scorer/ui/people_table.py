"""People tables (attendees, the panel): one model and one view for the creation dialog
and the Persiapan page.

The model holds plain records and never writes them itself: every change becomes a whole
new list handed to `apply`. In the dialog `apply` keeps the list; in the session it pushes
an undoable store operation, and the store's answer comes back through `set_rows`.
By keyboard, as every table of records (scorer/ui/entry_rows.py): type on the last
(empty) row to add a person (Enter goes on to the row for the next one), Enter, F2 or
typing edits a cell, Space ticks a check column, Delete removes, Alt+↑/↓ moves, Insert goes
to the new row; Ctrl+V pastes a list (one person per line, see scorer/core/people.py);
Tab leaves the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from scorer.core.model import Assessor, Attendee, Role
from scorer.core.people import PastedPerson, parse_people
from scorer.core.session import new_assessor_key
from scorer.ui.entry_rows import EntryRowsModel, EntryRowsView, one_line

Index = QModelIndex | QPersistentModelIndex
Row = Any  # Attendee or Assessor: a plain dataclass record


@dataclass(frozen=True)
class Column:
    """A text column (`check` False) or a tick box, read and written on a plain record."""

    title: str
    get: Callable[[Row], Any]
    set: Callable[[Row, Any], Row]
    check: bool = False


@dataclass(frozen=True)
class PeopleKind:
    """What one table holds: its columns, an empty record and a record from a pasted line."""

    columns: tuple[Column, ...]
    blank: Callable[[], Row]
    from_pasted: Callable[[PastedPerson], Row]


def attendee_kind() -> PeopleKind:
    return PeopleKind(
        columns=(
            Column(
                QCoreApplication.translate("PeopleTable", "Nama"),
                lambda a: a.name,
                lambda a, v: replace(a, name=v),
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "Jabatan"),
                lambda a: a.position,
                lambda a, v: replace(a, position=v),
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "Instansi"),
                lambda a: a.organisation,
                lambda a, v: replace(a, organisation=v),
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "Hadir"),
                lambda a: a.present,
                lambda a, v: replace(a, present=v),
                True,
            ),
        ),
        blank=lambda: Attendee("", "", "", present=True),
        from_pasted=lambda p: Attendee(p.name, p.position, p.organisation, present=True),
    )


def assessor_kind() -> PeopleKind:
    return PeopleKind(
        columns=(
            Column(
                QCoreApplication.translate("PeopleTable", "Nama"),
                lambda a: a.name,
                lambda a, v: replace(a, name=v),
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "NIP"),
                lambda a: a.nip,
                lambda a, v: replace(a, nip=v),
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "Instansi"),
                lambda a: a.institution,
                lambda a, v: replace(a, institution=v),
            ),
            # Chair and minute-taker (notulis) are ticks of one role: ticking one unticks
            # the other; unticked, a member.
            Column(
                QCoreApplication.translate("PeopleTable", "Ketua"),
                lambda a: a.role is Role.CHAIR,
                lambda a, v: replace(a, role=Role.CHAIR if v else Role.MEMBER),
                True,
            ),
            Column(
                QCoreApplication.translate("PeopleTable", "Notulis"),
                lambda a: a.role is Role.SECRETARY,
                lambda a, v: replace(a, role=Role.SECRETARY if v else Role.MEMBER),
                True,
            ),
        ),
        blank=lambda: Assessor(new_assessor_key(), "", "", Role.MEMBER),
        # A pasted panel member's one detail is the institution: "Dr. Ani (Bappenas)".
        from_pasted=lambda p: Assessor(
            new_assessor_key(), p.name, p.organisation or p.position, Role.MEMBER
        ),
    )


class PeopleModel(EntryRowsModel):
    """The records, then one empty row to type a new person into (unless read-only)."""

    def __init__(
        self,
        kind: PeopleKind,
        rows: list[Row],
        apply: Callable[[list[Row]], None] | None = None,
    ) -> None:
        super().__init__(rows)
        self.kind = kind
        self.apply: Callable[[list[Row]], None] = apply or self.set_rows

    # Edits: each hands a whole new list to `apply`

    def remove(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self.rows):
            return False
        self.apply(self.rows[:row] + self.rows[row + 1 :])
        return True

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if self.read_only or not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        rows = list(self.rows)
        rows.insert(target, rows.pop(row))
        self.apply(rows)
        return True

    def insert_pasted(self, row: int, text: str) -> int:
        """People parsed from `text`, inserted at `row`; how many there were."""
        people = [self.kind.from_pasted(p) for p in parse_people(text)]
        if self.read_only or not people:
            return 0
        row = min(max(0, row), len(self.rows))
        self.apply(self.rows[:row] + people + self.rows[row:])
        return len(people)

    # QAbstractTableModel

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kind.columns)

    def column_title(self, column: int) -> str:
        return self.kind.columns[column].title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.kind.columns[index.column()]
        if self.is_new(index.row()):
            return self.new_row_data(index, role, self.tr("Ketik nama baru, atau Ctrl+V daftar…"))
        value = column.get(self.rows[index.row()])
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only or not index.isValid():
            return base
        column = self.kind.columns[index.column()]
        if column.check:
            return base if self.is_new(index.row()) else base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid():
            return False
        column = self.kind.columns[index.column()]
        if column.check and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        elif not column.check and role == Qt.ItemDataRole.EditRole:
            new = one_line(value)
        else:
            return False
        row = index.row()
        if self.is_new(row):
            if not new:
                return False
            self.apply([*self.rows, column.set(self.kind.blank(), new)])
            return True
        if column.get(self.rows[row]) == new:
            return False
        rows = list(self.rows)
        rows[row] = column.set(rows[row], new)
        self.apply(rows)
        return True


class PeopleTable(EntryRowsView):
    """A people table driven by the keyboard (see the module's docstring): the keys of
    every table of records, and Ctrl+V for a pasted list."""

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.people = model
        header = self.horizontalHeader()
        for column, spec in enumerate(model.kind.columns):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.ResizeToContents
                if spec.check
                else QHeaderView.ResizeMode.Stretch,
            )
        self.setWordWrap(False)  # one line per person: long names elide, rows stay even
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.setToolTip(
            self.tr(
                "Ketik di baris terakhir untuk menambah · Ctrl+V menempel daftar (satu orang "
                "per baris) · Delete menghapus · Alt+↑/↓ memindah · Spasi mencentang"
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.matches(QKeySequence.StandardKey.Paste):
            super().keyPressEvent(event)
            return
        row = self.currentIndex().row()
        at = row if 0 <= row < len(self.people.rows) else len(self.people.rows)
        if self.people.insert_pasted(at, QGuiApplication.clipboard().text()):
            self.go(at, 0)
        event.accept()
