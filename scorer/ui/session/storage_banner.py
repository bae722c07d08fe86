"""The red banner shown while the scoring file refuses writes, and the retries behind it.

The edits are safe meanwhile (in memory and in the recovery journal, store.py); the banner
says what is wrong in plain words, offers "Simpan sebagai…" to carry on somewhere that
works, and disappears by itself once a retry (off the GUI thread) has written everything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from scorer.core.errors import ScorerError
from scorer.storage.faults import FaultKind, StorageFault
from scorer.ui.context import SessionContext
from scorer.ui.prompts import DialogPrompts, Prompts

RETRY_MS = 2000


class _Done(QObject):
    finished = Signal()


class FlushJob(QRunnable):
    """One retry, off the GUI thread: a failing medium may block in the kernel for seconds."""

    def __init__(self, context: SessionContext) -> None:
        super().__init__()
        self.context = context
        self.signals = _Done()

    def run(self) -> None:
        try:
            self.context.store.flush()
        except Exception:  # a bug: the banner stays and the next retry tries again
            import sys

            sys.excepthook(*sys.exc_info())
        self.signals.finished.emit()


class StorageBanner(QWidget):
    relocated = Signal(object)  # Path the session now lives at, after "Simpan sebagai…"

    def __init__(
        self, context: SessionContext, prompts: Prompts | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompts: Prompts = prompts or DialogPrompts(self)
        self.setObjectName("storageBanner")
        # A plain QWidget paints a style sheet's background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#storageBanner { background: #b3261e; } #storageBanner QLabel { color: white; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.save_as_button = QPushButton(self.tr("Simpan seba&gai…"))
        self.save_as_button.clicked.connect(self.save_as)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as_button)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.retrying = False
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        context.hub.storage.connect(self.show_fault)
        self.setVisible(False)

    def show_fault(self, fault: StorageFault | None) -> None:
        if fault is None:
            self.timer.stop()
            self.setVisible(False)
            return
        pending = self.context.store.pending_count
        text = "⚠ " + (
            self.tr("%1 %2 perubahan belum masuk ke berkas, tetapi aman di memori")
            .replace("%1", self._describe(fault))
            .replace("%2", str(pending))
        )
        if self.context.store.journal_failed:
            text += self.tr(" (jurnal pemulihan juga gagal ditulis: jangan tutup aplikasi)")
        else:
            text += self.tr(" dan di jurnal pemulihan")
        text += self.tr(". Mencoba lagi otomatis; atau simpan di tempat lain.")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(True)
        if not self.timer.isActive():
            self.timer.start()

    def _describe(self, fault: StorageFault) -> str:
        name = self.context.store.path.name
        words = {
            FaultKind.DISK_FULL: self.tr("Disk penuh: %1 tidak dapat disimpan."),
            FaultKind.GONE: self.tr(
                "Berkas %1 hilang atau dipindahkan (atau foldernya/diska lepasnya tidak ada)."
            ),
            FaultKind.NO_PERMISSION: self.tr("Tidak ada izin menulis %1."),
            FaultKind.IO_ERROR: self.tr("Galat baca/tulis pada diska %1 (diska lepas dicabut?)."),
            FaultKind.BUSY: self.tr("%1 sedang dikunci program lain."),
            FaultKind.DAMAGED: self.tr("Berkas %1 rusak."),
        }
        return words[fault.kind].replace("%1", name)

    def retry(self) -> None:
        if self.retrying:
            return
        self.retrying = True
        job = FlushJob(self.context)
        job.signals.finished.connect(self._retried)
        self._job = job  # kept alive until it reports
        self.pool.start(job)

    def _retried(self) -> None:
        self.retrying = False
        self.context.report_storage()

    def save_as(self) -> None:
        store = self.context.store
        path = self.prompts.save_path(
            self.tr("Simpan sesi sebagai"),
            str(store.path.with_name(store.path.stem + " (salinan).scoring")),
            self.tr("Berkas penilaian (*.scoring)"),
        )
        if path is None:
            return
        if path.suffix != ".scoring":
            path = path.with_suffix(".scoring")
        self.pool.waitForDone()  # no retry may write the old file while we switch
        try:
            store.save_as(path)
        except ScorerError as exc:
            self.prompts.error(str(exc))
            return
        self.context.report_storage()
        self.relocated.emit(Path(path))
