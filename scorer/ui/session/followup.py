"""Tindak lanjut: the previous evaluation's recommendations, each with a follow-up status
and a note, on the Persiapan page of a session that follows one up (docs/follow-up.md).

By keyboard: 1 selesai, 2 sebagian, 3 belum, 4 tidak relevan, 0 or Delete clears the
status; F2 or Enter edits the note. Each change is one audited store operation on the
undo stack, so Ctrl+Z takes it back like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from scorer.core.followup import format_figure
from scorer.core.model import FollowUpState, FollowUpStatus, PreviousEvaluation, ScoringRecord
from scorer.storage.followups import set_follow_up
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.undo import StoreCommand

Index = QModelIndex | QPersistentModelIndex

# Key → status; the order is the order of the keys.
STATUS_KEYS: dict[int, FollowUpState | None] = {
    Qt.Key.Key_1: FollowUpState.DONE,
    Qt.Key.Key_2: FollowUpState.PARTLY,
    Qt.Key.Key_3: FollowUpState.NOT_YET,
    Qt.Key.Key_4: FollowUpState.NOT_RELEVANT,
    Qt.Key.Key_0: None,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}
NOTE_COLUMN = 4


class FollowUpModel(QAbstractTableModel):
    """The previous recommendations (read-only) with the statuses the file holds now."""

    def __init__(self, previous: PreviousEvaluation, statuses: list[FollowUpStatus]) -> None:
        super().__init__()
        self.previous = previous
        self.statuses = {s.position: s for s in statuses}
        self.read_only = False
        self.headers = [
            self.tr("Rekomendasi"),
            self.tr("Penanggung jawab"),
            self.tr("Tenggat"),
            self.tr("Status"),
            self.tr("Catatan"),
        ]
        self.status_names = {
            FollowUpState.DONE: self.tr("Selesai"),
            FollowUpState.PARTLY: self.tr("Sebagian"),
            FollowUpState.NOT_YET: self.tr("Belum"),
            FollowUpState.NOT_RELEVANT: self.tr("Tidak relevan"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.previous.recommendations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def status(self, row: int) -> FollowUpStatus:
        return self.statuses.get(row, FollowUpStatus(row, None, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        rec = self.previous.recommendations[index.row()]
        status = self.status(index.row())
        column = index.column()
        if column == 0:
            return rec.text
        if column == 1:
            return rec.person_in_charge
        if column == 2:
            return rec.deadline.isoformat() if rec.deadline else "–"
        if column == 3:
            return self.status_names[status.status] if status.status else "–"
        return status.note

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == NOTE_COLUMN and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def show_statuses(self, statuses: list[FollowUpStatus]) -> None:
        self.statuses = {s.position: s for s in statuses}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 3), self.index(self.rowCount() - 1, NOTE_COLUMN))


class FollowUpList(QTableView):
    """The Tindak lanjut list; every change goes through the undo stack to the store."""

    def __init__(
        self, context: SessionContext, model: FollowUpModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.follow_up = model
        model.read_only = context.read_only
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.setToolTip(
            self.tr(
                "1 selesai · 2 sebagian · 3 belum · 4 tidak relevan · 0 menghapus status · "
                "F2 mengubah catatan"
            )
        )
        context.hub.changed.connect(self._on_changed)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab or a mnemonic lands on a row, never on nothing."""
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.follow_up.rowCount():
            self.setCurrentIndex(self.follow_up.index(0, 3))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        # While a note is typed, its Enter reaches the table too (the editor ignores it).
        plain = self.state() is QAbstractItemView.State.NoState and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if index.isValid() and plain and event.key() in STATUS_KEYS:
            self.set_status(index.row(), STATUS_KEYS[event.key()])
            event.accept()
            return
        if index.isValid() and plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            note = self.follow_up.index(index.row(), NOTE_COLUMN)
            self.setCurrentIndex(note)
            self.edit(note)
            event.accept()
            return
        super().keyPressEvent(event)

    def set_status(self, row: int, status: FollowUpState | None) -> None:
        old = self.follow_up.status(row)
        self._push(row, old, FollowUpStatus(row, status, old.note))

    def _push(self, row: int, old: FollowUpStatus, new: FollowUpStatus) -> None:
        if self.context.read_only or old == new:
            return
        store = self.context.store
        label = self.follow_up.previous.recommendations[row].text[:40]
        self.context.undo_stack.push(
            StoreCommand(
                self.context,
                label,
                lambda: set_follow_up(store, row, new.status, new.note),
                lambda: set_follow_up(store, row, old.status, old.note),
            )
        )

    def commitData(self, editor: QWidget) -> None:
        """A note typed in its cell: one undoable edit, not a write to the model."""
        row = self.currentIndex().row()
        text = editor.property("text")
        if isinstance(text, str) and row >= 0:
            old = self.follow_up.status(row)
            self._push(row, old, FollowUpStatus(row, old.status, text.strip()))

    def _on_changed(self, changes: Changes) -> None:
        if changes.follow_up or changes.signoff:
            record = self.context.store.record()
            self.follow_up.read_only = self.context.read_only
            self.follow_up.show_statuses(record.follow_up)


def follow_up_row(
    context: SessionContext, record: ScoringRecord, form: QFormLayout, title: str
) -> FollowUpList | None:
    """Add the Tindak lanjut list to a page's form under `title`, if the session follows
    one up."""
    if record.previous is None:
        return None
    follow_up = FollowUpList(context, FollowUpModel(record.previous, record.follow_up))
    label = QLabel(title)
    label.setBuddy(follow_up)
    follow_up.setAccessibleName(label.text().replace("&", ""))
    form.addRow(label, follow_up)
    return follow_up


def previous_facts(record: ScoringRecord, lang: str, title: str) -> list[tuple[str, str]]:
    """The previous evaluation in the page's facts: stage, year and its published index."""
    previous = record.previous
    if previous is None:
        return []
    index = format_figure(previous.index, previous.decimals, lang)
    return [(title, f"{previous.stage_roman} {previous.year} · {index}")]
