"""Evidence as thumbnails: the strip on the item's page, and the rows of the gallery.

A thumbnail is decoded only when the view paints its row (so only the visible ones), off
the GUI thread, at thumbnail size (QImageReader's scaled decode: ~1.6 ms for a 1600 px
JPEG instead of ~8.5 ms for a full decode), and cached by SHA-256 for the session: content
never changes under its hash. A PDF shows a file icon and its name.

Keys on a strip: arrows move, Enter or Space opens the piece full size, Delete deletes it,
F2 edits its caption, Ctrl+M moves it to another item (a chooser filtered by typing); each
edit is one undo command (evidence_commands.py), refused with a message after sign-off.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QListView, QMenu, QWidget

from scorer.core.evidence import PDF_MEDIA_TYPE
from scorer.core.model import Evidence
from scorer.storage import evidence
from scorer.ui.context import SessionContext
from scorer.ui.session.dialogs import open_modal, refused
from scorer.ui.session.evidence_commands import (
    DeleteEvidence,
    ReassignEvidence,
    SetEvidenceCaption,
)

Index = QModelIndex | QPersistentModelIndex
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class _Emitter(QObject):
    """Carries a decoded image back to the GUI thread (queued: it lives there)."""

    done = Signal(str, object)  # sha256, QImage


class _Decode(QRunnable):
    def __init__(self, emitter: _Emitter, sha256: str, data: bytes, side: int) -> None:
        super().__init__()
        # Holding the parentless emitter keeps it alive until the decode is delivered.
        self.emitter, self.sha256, self.data, self.side = emitter, sha256, data, side

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(self.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(
                size.scaled(self.side, self.side, Qt.AspectRatioMode.KeepAspectRatio)
            )
        self.emitter.done.emit(self.sha256, reader.read())


class Thumbnails(QObject):
    """Thumbnails by SHA-256, decoded on first request in the thread pool."""

    ready = Signal(str)

    def __init__(self, context: SessionContext, side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context, self.side = context, side
        self.zone = evidence.session_zone(context.store)  # for the labels of every view
        self._pixmaps: dict[str, QPixmap] = {}
        # Shown until the decode arrives: an icon-sized blank, so the view lays the row
        # out at its final size (a late, larger decoration would be clipped).
        self.placeholder = QPixmap(side, side * 9 // 16)
        self.placeholder.fill(Qt.GlobalColor.transparent)
        self._pending: set[str] = set()
        self._emitter = _Emitter()
        self._emitter.done.connect(self._done)

    def pixmap(self, sha256: str) -> QPixmap:
        """The thumbnail if decoded; else the placeholder, and `ready` follows."""
        found = self._pixmaps.get(sha256)
        if found is None and sha256 not in self._pending:
            blob = evidence.content(self.context.store, sha256)
            if blob is not None and blob.media_type != PDF_MEDIA_TYPE:
                self._pending.add(sha256)
                QThreadPool.globalInstance().start(
                    _Decode(self._emitter, sha256, blob.data, self.side)
                )
        return found or self.placeholder

    def _done(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        self.ready.emit(sha256)


def piece_time(piece: Evidence, zone: dt.tzinfo) -> str:
    """Capture time as the session's clock showed it: "14.32 WIB"."""
    local = piece.captured_at.astimezone(zone)
    return f"{local:%H.%M} {local.tzname()}"


class PiecesModel(QAbstractListModel):
    """Pieces of evidence as thumbnails with their number and caption."""

    def __init__(self, context: SessionContext, thumbnails: Thumbnails) -> None:
        super().__init__()
        self.context, self.thumbnails = context, thumbnails
        self.pieces: list[Evidence] = []
        self.zone = thumbnails.zone
        thumbnails.ready.connect(self._on_ready)

    def set_pieces(self, pieces: list[Evidence]) -> None:
        if pieces != self.pieces:
            self.beginResetModel()
            self.pieces = list(pieces)
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pieces)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        piece = self.pieces[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{piece.id} · {piece.caption or piece.original_name}"
        if role == Qt.ItemDataRole.DecorationRole:
            if piece.width is None:  # a PDF: kept as received, shown by its icon and name
                # Imported here: QStyle's ~700 enum members cost ~10 ms to create, and a
                # session without a PDF need never pay that while it opens.
                from PySide6.QtWidgets import QStyle

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            return self.thumbnails.pixmap(piece.sha256)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            where = piece.item_id or piece.phase.value
            parts = [f"No. {piece.id}", piece_time(piece, self.zone), where, piece.caption]
            return " · ".join(p for p in parts if p)
        return None

    def _on_ready(self, sha256: str) -> None:
        for row, piece in enumerate(self.pieces):
            if piece.sha256 == sha256:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class EvidenceStrip(QListView):
    """One row of thumbnails driven by the keys in the module's docstring."""

    def __init__(
        self, context: SessionContext, thumbnails: Thumbnails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.pieces = PiecesModel(context, thumbnails)
        self.setModel(self.pieces)
        self.setObjectName("evidenceStrip")
        self.setAccessibleName(self.tr("Bukti dukung terlampir"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        side = thumbnails.side
        self.setIconSize(QSize(side, side * 9 // 16))
        line = self.fontMetrics().lineSpacing()
        self.setGridSize(QSize(side + line, side * 9 // 16 + 2 * line))
        frame = 2 * self.frameWidth() + self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(side * 9 // 16 + 2 * line + frame + line // 2)
        # Its room is kept for the scroll bar: one appearing as pieces are added would ask
        # the whole window to re-lay itself out (and repaint the rubric tree) on a capture.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTabKeyNavigation(False)
        self.setToolTip(
            self.tr(
                "←/→ pilih · Enter/Spasi buka · Delete hapus · F2 keterangan · "
                "Ctrl+M pindah ke butir lain · Ctrl+Z urungkan"
            )
        )

    def current_piece(self) -> Evidence | None:
        row = self.currentIndex().row()
        return self.pieces.pieces[row] if 0 <= row < len(self.pieces.pieces) else None

    def set_pieces(self, pieces: list[Evidence]) -> None:
        """New pieces; the current one stays current, or the one now at its place."""
        current = self.current_piece()
        row = self.currentIndex().row()
        self.pieces.set_pieces(pieces)
        ids = [p.id for p in pieces]
        if current is not None and current.id in ids:
            row = ids.index(current.id)
        if pieces:
            index = self.pieces.index(max(0, min(row, len(pieces) - 1)), 0)
            flags = QItemSelectionModel.SelectionFlag
            self.selectionModel().setCurrentIndex(
                index, flags.ClearAndSelect if self.hasFocus() else flags.NoUpdate
            )

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The current piece is highlighted while the strip has focus (the gallery shows
        many strips; one highlight says where the keys go)."""
        if not self.currentIndex().isValid() and self.pieces.pieces:
            self.setCurrentIndex(self.pieces.index(0, 0))
        elif self.currentIndex().isValid():
            self.selectionModel().select(
                self.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.clearSelection()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        piece = self.current_piece()
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if piece is None:
            super().keyPressEvent(event)
        elif plain and key in OPEN_KEYS:
            self.open_viewer()
        elif plain and key == Qt.Key.Key_Delete:
            self.context.undo_stack.push(DeleteEvidence(self.context, piece.id))
        elif plain and key == Qt.Key.Key_F2:
            self.edit_caption(piece)
        elif key == Qt.Key.Key_M and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.choose_item(piece)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            self.show_menu()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def show_menu(self) -> None:
        """The menu key (or Shift+F10): the same actions, named, under the current piece."""
        piece = self.current_piece()
        if piece is None:
            return
        menu = QMenu(self)
        for text, run in (
            (self.tr("&Buka"), self.open_viewer),
            (self.tr("&Keterangan…"), lambda: self.edit_caption(piece)),
            (self.tr("&Pindahkan ke butir…"), lambda: self.choose_item(piece)),
            (
                self.tr("&Hapus"),
                lambda: self.context.undo_stack.push(DeleteEvidence(self.context, piece.id)),
            ),
        ):
            menu.addAction(text).triggered.connect(run)
        menu.popup(self.viewport().mapToGlobal(self.visualRect(self.currentIndex()).center()))

    def refused(self) -> bool:
        """After sign-off (or in a window that only reads) say why before asking anything."""
        return refused(self.context)

    def open_viewer(self) -> None:
        from scorer.ui.session.evidence_viewer import EvidenceViewer

        viewer = EvidenceViewer(self.context, self.pieces.pieces, self.currentIndex().row(), self)
        open_modal(viewer, self)

    def edit_caption(self, piece: Evidence) -> None:
        from scorer.ui.prompts import DialogPrompts

        if self.refused():
            return
        prompts = self.context.prompts or DialogPrompts(self.window())
        caption = prompts.text(
            self.tr("Keterangan bukti"),
            self.tr("Keterangan bukti no. %1:").replace("%1", str(piece.id)),
            piece.caption,
        )
        if caption is not None and caption != piece.caption:
            self.context.undo_stack.push(
                SetEvidenceCaption(self.context, piece.id, piece.caption, caption)
            )

    def choose_item(self, piece: Evidence) -> None:
        """Ctrl+M: another item (typing "OP4" or a name filters), or the phase only."""
        from scorer.ui.chooser import ChooserDialog

        if self.refused():
            return
        rubric, lang = self.context.store.rubric, self.context.lang
        keys: list[str | None] = [None, *(item.id for item in rubric.items)]
        labels = [self.tr("— tanpa butir (hanya fase)")] + [
            f"{item.id} · {item.name.text(lang)}" for item in rubric.items
        ]
        dialog = ChooserDialog(
            self.tr("Pindahkan bukti no. %1 ke butir").replace("%1", str(piece.id)),
            labels,
            keys.index(piece.item_id) if piece.item_id in keys else 0,
            self,
        )

        def move(row: int) -> None:
            if keys[row] != piece.item_id:
                command = ReassignEvidence(self.context, piece.id, piece.item_id, keys[row])
                self.context.undo_stack.push(command)

        dialog.chosen.connect(move)
        open_modal(dialog, self)
