"""Tindak lanjut: the previous evaluation's recommendations, each with a follow-up status
and a note, on the Persiapan page of a session that follows one up (docs/follow-up.md).

By keyboard: 1 selesai, 2 sebagian, 3 belum, 4 tidak relevan, 0 or Delete clears the
status; F2 or Enter edits the note. Each change is one audited store operation on the
undo stack, so Ctrl+Z takes it back like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.core.followup import format_figure
from scorer.core.model import (
    FollowUpState,
    FollowUpStatus,
    PreviousEvaluation,
    Recommendation,
    ScoringRecord,
)
from scorer.storage.followups import link_previous, set_follow_up
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.prompts import Prompts
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

    def __init__(self, previous: PreviousEvaluation | None, statuses: list[FollowUpStatus]) -> None:
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

    @property
    def recommendations(self) -> tuple[Recommendation, ...]:
        return () if self.previous is None else self.previous.recommendations

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.recommendations)

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
        rec = self.recommendations[index.row()]
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

    def show(self, previous: PreviousEvaluation | None, statuses: list[FollowUpStatus]) -> None:
        """Another previous evaluation was linked: every row is new."""
        self.beginResetModel()
        self.previous = previous
        self.statuses = {s.position: s for s in statuses}
        self.endResetModel()

    def show_statuses(self, statuses: list[FollowUpStatus]) -> None:
        self.statuses = {s.position: s for s in statuses}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 3), self.index(self.rowCount() - 1, NOTE_COLUMN))


class FollowUpList(QTableView):
    """The Tindak lanjut list; every change goes through the undo stack to the store."""

    shown = Signal(bool)  # whether a previous evaluation is linked (after a change)

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
        label = self.follow_up.recommendations[row].text[:40]
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
            if _same_link(record.previous, self.follow_up.previous):
                self.follow_up.show_statuses(record.follow_up)
            else:
                self.follow_up.show(record.previous, record.follow_up)
            self.shown.emit(record.previous is not None)

    def link_from_file(self, prompts: Prompts) -> None:
        """Link the previous evaluation from a file chosen now, replacing an earlier link
        (audited): what `scorer follow-up PREVIOUS --into` does, with a question instead of
        --force when the region differs or the session is older."""
        from scorer.core.followup import intact_snapshot, order_key, same_region
        from scorer.storage.reading import read_any

        if self.context.read_only:
            return
        path = prompts.open_path(
            self.tr("Evaluasi sebelumnya"), self.tr("Berkas penilaian (*.scoring)")
        )
        if path is None:
            return
        try:
            snapshot = intact_snapshot(read_any(path), path)
        except ScorerError as exc:
            prompts.error(str(exc))
            return
        current = self.context.store.record()
        ev = current.evaluation
        if snapshot.file_id == current.file_id:
            prompts.error(self.tr("Berkas itu adalah sesi ini sendiri."))
            return
        doubts = []
        if not same_region(ev, snapshot):
            doubts.append(
                self.tr("Berkas itu menilai %1, sesi ini %2.")
                .replace("%1", snapshot.region)
                .replace("%2", ev.region)
            )
        then = order_key(snapshot.stage, snapshot.year, snapshot.date)
        if order_key(ev.stage, ev.year, current.session.date) < then:
            doubts.append(self.tr("Sesi ini lebih lama daripada evaluasi dalam berkas itu."))
        if doubts and not prompts.confirm(
            self.tr("Evaluasi sebelumnya"), " ".join([*doubts, self.tr("Tetap tautkan?")])
        ):
            return
        store = self.context.store
        self.context.run(lambda: link_previous(store, snapshot))


def _same_link(a: PreviousEvaluation | None, b: PreviousEvaluation | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.file_id, a.content_sha256) == (b.file_id, b.content_sha256)


def follow_up_rows(
    context: SessionContext,
    record: ScoringRecord,
    form: QFormLayout,
    titles: tuple[str, str],
    prompts: Prompts,
) -> FollowUpList:
    """Add to a page's form the button that links a previous evaluation and, under the
    first of `titles`, the Tindak lanjut list (shown while one is linked)."""
    list_title, link_title = titles
    follow_up = FollowUpList(context, FollowUpModel(record.previous, record.follow_up))
    label = QLabel(list_title)
    label.setBuddy(follow_up)
    follow_up.setAccessibleName(label.text().replace("&", ""))
    link = QPushButton(link_title)
    link.clicked.connect(lambda: follow_up.link_from_file(prompts))
    form.addRow("", link)
    form.addRow(label, follow_up)

    def show(linked: bool) -> None:
        label.setVisible(linked)
        follow_up.setVisible(linked)
        link.setEnabled(not context.read_only)

    follow_up.shown.connect(show)
    link.setEnabled(not context.read_only)
    if record.previous is None:  # never show() here: the form has no parent widget yet
        label.hide()
        follow_up.hide()
    return follow_up


def previous_facts(record: ScoringRecord, lang: str, title: str) -> list[tuple[str, str]]:
    """The previous evaluation in the page's facts: stage, year and its published index."""
    previous = record.previous
    if previous is None:
        return []
    index = format_figure(previous.index, previous.decimals, lang)
    return [(title, f"{previous.stage_roman} {previous.year} · {index}")]
