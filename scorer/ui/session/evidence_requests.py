"""Evidence requests (Ctrl+Shift+R): what the region still owes, open ones first by due time.

The list has focus on open. Insert (or "Tambah…") records a new request for the current
item, due by default the next working day at 12.00 in the session's zone
(`core.evidence.default_due`); Enter on an open request marks it fulfilled by a piece of its
item, or by a file attached now; Delete removes a request. Each is one undo command.
Times are shown and typed in the session's zone, in the UI's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.core.evidence import default_due
from scorer.core.model import EvidenceRequest, utc_now
from scorer.storage import evidence
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.keyboard import DateTimeField, prepare_dialog
from scorer.ui.session.dialogs import open_modal, refused, undo_keys
from scorer.ui.session.evidence_commands import (
    AddRequest,
    AttachEvidence,
    DeleteRequest,
    FulfilRequest,
)
from scorer.ui.session.evidence_strip import piece_time

Index = QModelIndex | QPersistentModelIndex


def ordered(requests: list[EvidenceRequest]) -> list[EvidenceRequest]:
    """Open first by due time, then fulfilled ones, latest fulfilment first."""
    open_ = sorted((q for q in requests if q.open), key=lambda q: (q.due_at, q.id))
    done = [q for q in requests if not q.open]
    done.sort(key=lambda q: (q.fulfilled_at or q.due_at, q.id), reverse=True)
    return open_ + done


class RequestsModel(QAbstractTableModel):
    def __init__(self, context: SessionContext) -> None:
        super().__init__()
        self.context = context
        self.zone_name = context.store.record().evaluation.timezone
        self.requests: list[EvidenceRequest] = []
        self.cells: list[tuple[str, ...]] = []
        self.titles = (
            self.tr("No."),
            self.tr("Butir"),
            self.tr("Yang diminta"),
            self.tr("Tenggat"),
            self.tr("Status"),
        )
        self.reload()

    def _when(self, moment: dt.datetime) -> str:
        """As the minutes print it (one format for a moment everywhere)."""
        from scorer.reports.locale_id import date_time

        return date_time(moment, self.zone_name, self.context.lang)

    def reload(self) -> None:
        self.beginResetModel()
        self.requests = ordered(evidence.requests(self.context.store))
        # The cells' texts once per change, not per paint (two dates formatted a row).
        self.cells = [
            (str(r.id), r.item_id, r.what, self._when(r.due_at), self.status(r))
            for r in self.requests
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def status(self, request: EvidenceRequest) -> str:
        if request.open:
            late = request.due_at < utc_now()
            return self.tr("Terbuka, lewat tenggat") if late else self.tr("Terbuka")
        assert request.fulfilled_at is not None
        return (
            self.tr("Dipenuhi oleh %1, %2 (bukti no. %3)")
            .replace("%1", request.fulfilled_by or "")
            .replace("%2", self._when(request.fulfilled_at))
            .replace("%3", str(request.evidence_id or "–"))
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.cells[index.row()][index.column()]


class RequestsDialog(QDialog):
    def __init__(
        self, context: SessionContext, item_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceRequests")
        self.setWindowTitle(self.tr("Permintaan bukti dukung"))
        self.context, self.item_id = context, item_id
        self.model = RequestsModel(context)
        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # The texts wrap instead of scrolling sideways (640 px beside Zoom).
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            stretch = column in (2, 4)  # what is asked, and the status
            mode = (
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        label = QLabel(
            self.tr(
                "Insert: permintaan baru · Enter: tandai dipenuhi · Delete: hapus · "
                "Ctrl+Z: urungkan"
            )
        )
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        add = QPushButton(self.tr("&Tambah…"))
        fulfil = QPushButton(self.tr("Tandai &dipenuhi…"))
        remove = QPushButton(self.tr("&Hapus"))
        for button, slot in ((add, self.add), (fulfil, self.fulfil), (remove, self.remove)):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(slot)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(label)
        layout.addWidget(buttons)
        parent_size = parent.window().size() if parent is not None else self.size()
        self.resize(parent_size.width() * 9 // 10, parent_size.height() * 3 // 4)
        context.hub.changed.connect(self._on_changed)
        self._select(0)
        undo_keys(self, context)
        prepare_dialog(self, self.table)

    def current(self) -> EvidenceRequest | None:
        row = self.table.currentIndex().row()
        return self.model.requests[row] if 0 <= row < len(self.model.requests) else None

    def _select(self, row: int) -> None:
        if self.model.requests:
            row = max(0, min(row, len(self.model.requests) - 1))
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_changed(self, changes: Changes) -> None:
        if changes.evidence:
            current = self.current()
            row = self.table.currentIndex().row()
            self.model.reload()
            ids = [q.id for q in self.model.requests]
            self._select(ids.index(current.id) if current and current.id in ids else row)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if not (watched is self.table and isinstance(event, QKeyEvent)):
            return False
        if event.type() != event.Type.KeyPress or event.modifiers():
            return False
        action = {
            Qt.Key.Key_Insert: self.add,
            Qt.Key.Key_Return: self.fulfil,
            Qt.Key.Key_Enter: self.fulfil,
            Qt.Key.Key_Delete: self.remove,
        }.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        return True

    def add(self) -> None:
        if refused(self.context):
            return
        form = NewRequestDialog(self.context, self.item_id, self)
        form.accepted.connect(lambda: self._added(form))
        open_modal(form, self.table)

    def _added(self, form: NewRequestDialog) -> None:
        command = AddRequest(self.context, form.chosen_item(), form.what.text(), form.due())
        self.context.undo_stack.push(command)
        if command.request is not None:
            ids = [q.id for q in self.model.requests]
            self._select(ids.index(command.request.id))

    def remove(self) -> None:
        request = self.current()
        if request is not None:
            self.context.undo_stack.push(DeleteRequest(self.context, request))

    def fulfil(self) -> None:
        """Choose a piece already on the request's item, or attach a file now."""
        from scorer.ui.chooser import ChooserDialog

        request = self.current()
        if request is None or not request.open or refused(self.context):
            return
        zone = evidence.session_zone(self.context.store)
        pieces = evidence.pieces(self.context.store, request.item_id)
        labels = [
            " · ".join(x for x in (f"No. {p.id}", piece_time(p, zone), p.caption) if x)
            for p in pieces
        ] + [self.tr("Lampirkan berkas…")]
        dialog = ChooserDialog(
            self.tr("Bukti yang memenuhi permintaan no. %1").replace("%1", str(request.id)),
            labels,
            0,
            self,
        )

        def chosen(row: int) -> None:
            if row < len(pieces):
                command = FulfilRequest(self.context, request, pieces[row].id)
                self.context.undo_stack.push(command)
            else:
                self._attach_file(request)

        dialog.chosen.connect(chosen)
        open_modal(dialog, self.table)

    def _attach_file(self, request: EvidenceRequest) -> None:
        from scorer.ui.prompts import DialogPrompts

        prompts = self.context.prompts or DialogPrompts(self)
        path = prompts.open_path(
            self.tr("Lampirkan bukti dukung"),
            self.tr("Gambar atau PDF (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.pdf)"),
        )
        if path is None:
            return
        from scorer.ui.session.evidence_intake import FileSource

        try:
            piece = FileSource(Path(path)).prepare()
        except ScorerError as exc:
            self.context.hub.refused.emit(str(exc))
            return
        command = AttachEvidence(self.context, [piece], item_id=request.item_id, fulfils=request.id)
        self.context.undo_stack.push(command)


class NewRequestDialog(QDialog):
    """What is missing (focused on open), for which item, due when; Ctrl+Enter records it."""

    def __init__(
        self, context: SessionContext, item_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newRequest")
        self.setWindowTitle(self.tr("Permintaan bukti baru"))
        self.zone = evidence.session_zone(context.store)
        rubric = context.store.rubric
        self.item = QComboBox()
        for item in rubric.items:
            self.item.addItem(f"{item.id} · {item.name.text(context.lang)}", item.id)
        if item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(item_id)))
        self.what = QLineEdit()
        self.what.setObjectName("requestWhat")
        self.what.setPlaceholderText(self.tr("mis. SK Dewan Smart City, laporan realisasi"))
        due = default_due(utc_now(), self.zone).astimezone(self.zone)
        self.due_at = DateTimeField(
            QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute))
        )
        self.due_at.setObjectName("requestDue")
        self.due_at.setLocale(QLocale())
        self.due_at.setDisplayFormat("d MMMM yyyy HH.mm")
        self.due_at.setCalendarPopup(True)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Yang kurang"), self.what),
            (self.tr("&Butir"), self.item),
            (self.tr("&Tenggat (%1)").replace("%1", str(due.tzname())), self.due_at),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        prepare_dialog(self, self.what)

    def chosen_item(self) -> str:
        return str(self.item.currentData())

    def due(self) -> dt.datetime:
        """The due time typed in the session's zone, as an aware datetime."""
        value = self.due_at.dateTime()
        day, time = value.date(), value.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self.zone
        )

    def accept(self) -> None:
        if not self.what.text().strip():
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)  # say what is missing first
            return
        super().accept()
