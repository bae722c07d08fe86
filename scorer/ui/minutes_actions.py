"""The sign-off phase's panel: completeness, sign off, reopen, export, print preview, print.

Hosted by the session shell for the "Tanda tangan" phase. The PDF is built in a
QThreadPool worker so the window never freezes; print preview and print paint the pages
of that same PDF (rendered by QtPdf onto white), so paper and PDF always match.
Dialogs go through `Prompts` (prompts.py), which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.core.integrity import signoff_state
from scorer.core.model import Role, ScoringRecord
from scorer.core.report import owner_values
from scorer.core.scoring import format_score, summarise
from scorer.storage.signoff import reopen, sign_off, tamper_warning
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.focus import focus_to_come_back_to, give_focus_back
from scorer.ui.prompts import DialogPrompts, Prompts

# Pages are rendered for printing at most at this resolution: sharp on paper, and a
# 1200 dpi printer does not make the app build gigapixel images.
PRINT_DPI_CAP = 300


class _Signals(QObject):
    progress = Signal(int)
    finished = Signal(bytes, object)  # the PDF, the path written (or None)
    failed = Signal(str)


class MinutesJob(QRunnable):
    """Build (and optionally write) the minutes off the GUI thread."""

    def __init__(self, record: ScoringRecord, lang: str, target: Path | None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the panel keeps it; Python owns its lifetime
        self.record, self.lang, self.target = record, lang, target
        self.signals = _Signals()

    def run(self) -> None:
        from scorer.reports.minutes import build_minutes, write_atomically

        try:
            result = build_minutes(
                self.record, self.lang, progress=lambda p, _w: self.signals.progress.emit(p)
            )
            if self.target is not None:
                write_atomically(self.target, result.data)
        except (ScorerError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(result.data, self.target)


class MinutesPanel(QWidget):
    """Sign off, reopen, export and print the minutes of the open session."""

    def __init__(
        self, context: SessionContext, parent: QWidget | None = None, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompts: Prompts = prompts or context.prompts or DialogPrompts(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pdf_data: bytes | None = None
        self.busy = False
        self._after_build: str | None = None
        self._job: MinutesJob | None = None
        self._back: QWidget | None = None  # where focus was when a build began
        self._preview_printer: QPrinter | None = None
        self._stale = True
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.sign_button = QPushButton(self.tr("Tanda tangani dan kunci…"))
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.export_button = QPushButton(self.tr("Ekspor notula PDF…"))
        self.preview_button = QPushButton(self.tr("Pratinjau cetak"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Kemajuan ekspor"))
        # Two rows, so the panel fits the compact layout beside Zoom (640 px wide).
        buttons = QGridLayout()
        for position, button in enumerate(
            (
                self.sign_button,
                self.reopen_button,
                self.export_button,
                self.preview_button,
                self.print_button,
            )
        ):
            buttons.addWidget(button, position // 3, position % 3)
        layout = QVBoxLayout(self)
        for widget in (self.summary_label, self.state_label, self.warning_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.sign_button.clicked.connect(self.sign_off)
        self.reopen_button.clicked.connect(self.reopen)
        self.export_button.clicked.connect(self.export)
        self.preview_button.clicked.connect(lambda: self._with_pdf("preview"))
        self.print_button.clicked.connect(lambda: self._with_pdf("print"))
        context.hub.changed.connect(self._on_changed)
        self.refresh()

    # State

    def refresh(self) -> None:
        self._stale = False
        store = self.context.store
        record = store.record()
        summary = summarise(store.rubric, owner_values(record, record.owner))
        total = len(store.rubric.items)
        index = format_score(summary.index, store.rubric.decimals, self.context.lang)
        if summary.provisional and summary.index is not None:
            index += self.tr(" (sementara)")
        self.summary_label.setText(
            self.tr("Dinilai %1 dari %2 butir; indeks %3.")
            .replace("%1", str(total - len(summary.unscored)))
            .replace("%2", str(total))
            .replace("%3", index)
        )
        state = signoff_state(record)
        if state.active is None:
            self.state_label.setText(self.tr("Belum ditandatangani; sesi masih dapat diubah."))
        else:
            from scorer.reports.locale_id import date_time

            when = date_time(state.active.signed_at, record.evaluation.timezone, self.context.lang)
            self.state_label.setText(
                self.tr("Dikunci: ditandatangani oleh %1 pada %2.")
                .replace("%1", state.active.signed_by)
                .replace("%2", when)
            )
        warning = tamper_warning(state)
        self.warning_label.setText(
            self.tr("PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani.")
            if warning
            else ""
        )
        self.warning_label.setToolTip(warning or "")
        self.warning_label.setVisible(bool(warning))
        writable = not store.read_only
        self.sign_button.setEnabled(writable and not state.locked)
        self.reopen_button.setEnabled(writable and state.locked)
        idle = not self.busy and not state.tampered
        for button in (self.export_button, self.preview_button, self.print_button):
            button.setEnabled(idle)

    def focus_work(self) -> None:
        """Signing off is the work here; once signed, exporting the minutes."""
        self.refresh()
        target = self.sign_button if self.sign_button.isEnabled() else self.export_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, changes: Changes) -> None:
        self.pdf_data = None
        if changes.signoff or changes.scores:
            self._stale = True
            if self.isVisible():  # hidden during the live session: refresh when shown
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # Sign-off

    def sign_off(self) -> None:
        name = self.prompts.text(
            self.tr("Tanda tangan"),
            self.tr("Nama lengkap penanda tangan:"),
            self.context.store.actor,
        )
        if not name or not name.strip():
            return
        question = self.tr(
            "Setelah ditandatangani, sesi dikunci dan tidak dapat diubah kecuali dibuka "
            "kembali. Lanjutkan?"
        )
        unfinished = self._unfinished()
        if unfinished:
            question = "\n".join(
                [
                    self.tr("Sesi belum lengkap:"),
                    *(f"• {line}" for line in unfinished),
                    "",
                    question,
                ]
            )
        if not self.prompts.confirm(self.tr("Tanda tangan"), question):
            return
        if self.context.run(lambda: sign_off(self.context.store, name)):
            self.focus_work()  # the sign button is disabled now: on to exporting

    def _unfinished(self) -> list[str]:
        """What signed minutes would lack, said before they are locked (signing anyway is
        the assessor's call: a region may never show some evidence)."""
        record = self.context.store.record()
        summary = summarise(self.context.store.rubric, owner_values(record, record.owner))
        lines = []
        if summary.unscored:
            lines.append(
                self.tr("%1 butir belum dinilai").replace("%1", str(len(summary.unscored)))
            )
        requests = sum(1 for request in record.requests if request.open)
        if requests:
            lines.append(
                self.tr("%1 permintaan bukti dukung masih terbuka").replace("%1", str(requests))
            )
        if not any(assessor.role is Role.CHAIR for assessor in record.assessors):
            lines.append(self.tr("Ketua tim asesor belum ditetapkan (Persiapan)"))
        return lines

    def reopen(self) -> None:
        reason = self.prompts.text(self.tr("Buka kembali"), self.tr("Alasan membuka kembali:"))
        if reason is None:
            return
        if not reason.strip():
            self.prompts.error(self.tr("Alasan wajib diisi; sesi tetap terkunci."))
            return
        self.context.run(lambda: reopen(self.context.store, self.context.store.actor, reason))

    # Export, preview, print

    def export(self) -> None:
        ev = self.context.store.record().evaluation
        suggested = f"Notula {ev.region} Tahap {ev.stage} {ev.year}.pdf"
        path = self.prompts.save_path(self.tr("Ekspor notula"), suggested)
        if path is not None:
            self._start(path, None)

    def _with_pdf(self, then: str) -> None:
        if self.pdf_data is not None:
            self._finish_action(then)
        else:
            self._start(None, then)

    def _start(self, target: Path | None, then: str | None) -> None:
        # The buttons are disabled while the PDF builds, which sends focus elsewhere.
        self._back = focus_to_come_back_to()
        job = MinutesJob(self.context.store.record(), self.context.lang, target)
        job.signals.progress.connect(self.progress.setValue)
        job.signals.finished.connect(self._built)
        job.signals.failed.connect(self._failed)
        self._after_build = then
        self._job = job  # kept until the next build: its signals must outlive the run
        self.busy = True
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.refresh()
        self.pool.start(job)

    def _built(self, data: bytes, target: Path | None) -> None:
        if self.context.store.closed:
            return  # the session closed while the worker built (the file is written)
        self.pdf_data = data
        self._done()
        if target is not None:
            self.context.hub.said.emit(self.tr("Notula tersimpan: %1").replace("%1", str(target)))
        if self._after_build:
            self._finish_action(self._after_build)

    def _failed(self, message: str) -> None:
        if not self.context.store.closed:
            self._done()
        self.prompts.error(message)

    def _done(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.refresh()
        back, self._back = self._back, None
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):  # sent off by the disabling
            give_focus_back(back)

    def _finish_action(self, action: str) -> None:
        if action == "preview":
            self.preview_dialog().exec()
        else:
            printer = self.new_printer()
            if QPrintDialog(printer, self).exec():
                self.paint_pages(printer)

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        return printer

    def preview_dialog(self) -> QPrintPreviewDialog:
        # The dialog does not own its printer: keep it alive as long as the panel.
        self._preview_printer = self.new_printer()
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.paintRequested.connect(self.paint_pages)
        return dialog

    def paint_pages(self, printer: QPrinter) -> None:
        """Paint each page of the PDF onto white (QtPdf renders on transparent)."""
        if self.pdf_data is None:
            return
        buffer = QBuffer()
        buffer.setData(QByteArray(self.pdf_data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter(printer)
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(QColor(Qt.GlobalColor.white))
                rendered = document.render(page, size)
                with_white = QPainter(image)
                with_white.drawImage(0, 0, rendered)
                with_white.end()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        finally:
            painter.end()
            document.close()
