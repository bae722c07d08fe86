"""The coordinator's merge: choose or drop files, see what will be merged and every problem,
then merge in a worker with a progress bar (the window never freezes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.ui.keyboard import ACCEPT_KEYS
from scorer.ui.prompts import Prompts


class _Signals(QObject):
    progress = Signal(int, int)
    planned = Signal(object)  # MergePlan
    merged = Signal(str)
    failed = Signal(str)


class PlanJob(QRunnable):
    """Read and check every input off the GUI thread."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.signals = _Signals()

    def run(self) -> None:
        from scorer.merge.merge import plan_merge

        try:
            plan = plan_merge(self.paths, progress=self.signals.progress.emit)
        except ScorerError as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.planned.emit(plan)


class MergeJob(QRunnable):
    def __init__(self, plan: object, target: Path) -> None:
        super().__init__()
        self.plan = plan
        self.target = target
        self.signals = _Signals()

    def run(self) -> None:
        from scorer.merge.merge import MergePlan, build_panel
        from scorer.storage.store import create_file

        assert isinstance(self.plan, MergePlan)
        try:
            create_file(self.target, build_panel(self.plan), overwrite=True)
        except ScorerError as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.merged.emit(str(self.target))


class MergeDialog(QDialog):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.setWindowTitle(self.tr("Gabungkan berkas tim"))
        self.setAcceptDrops(True)
        self.paths: list[Path] = []
        self.plan: object = None
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Berkas yang digabungkan"))
        self.preview = QLabel(self.tr("Pilih atau seret berkas .scoring para asesor ke sini."))
        self.preview.setWordWrap(True)
        self.preview.setObjectName("mergePreview")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan penggabungan"))
        self.add_button = QPushButton(self.tr("&Tambah berkas…"))
        self.merge_button = QPushButton(self.tr("&Gabungkan…"))
        self.merge_button.setEnabled(False)
        self.add_button.clicked.connect(self.choose_files)
        self.merge_button.clicked.connect(self.choose_target)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        # Ctrl+Enter "accepts" this dialog: it merges, as the merge button would.
        for keys in ACCEPT_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.merge_button.animateClick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(560, 420)
        self.add_button.setFocus()  # the first thing to do: choose the files

    def choose_files(self) -> None:
        self.add_paths(
            self.prompts.open_paths(
                self.tr("Berkas asesor"), self.tr("Berkas penilaian (*.scoring)")
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([Path(url.toLocalFile()) for url in event.mimeData().urls()])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.files.addItem(str(path))
        if self.paths:
            self._plan()

    def _plan(self) -> None:
        self.merge_button.setEnabled(False)
        job = PlanJob(list(self.paths))
        job.signals.progress.connect(self._on_progress)
        job.signals.planned.connect(self._on_planned)
        job.signals.failed.connect(self.preview.setText)
        QThreadPool.globalInstance().start(job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_planned(self, plan: object) -> None:
        from scorer.merge.merge import MergePlan

        assert isinstance(plan, MergePlan)
        self.plan = plan
        lines = [self.tr("Akan digabung: %1 asesor").replace("%1", str(len(plan.contributions)))]
        lines += [f"• {c.assessor.name} ({c.path.name})" for c in plan.contributions]
        if plan.problems:
            lines.append(self.tr("Bermasalah (tidak ikut digabung):"))
            lines += [f"⚠ {problem}" for problem in plan.problems]
        lines += [f"ℹ {note}" for note in plan.duplicates + plan.replacements]
        self.preview.setText("\n".join(lines))
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button.setEnabled(bool(plan.contributions))

    def choose_target(self) -> None:
        target = self.prompts.save_path(
            self.tr("Simpan hasil tim"), "panel.scoring", self.tr("Berkas penilaian (*.scoring)")
        )
        if target is not None:
            self.merge_into(target)

    def merge_into(self, target: Path) -> None:
        job = MergeJob(self.plan, target)
        job.signals.merged.connect(self._on_merged)
        job.signals.failed.connect(self.preview.setText)
        self.merge_button.setEnabled(False)
        QThreadPool.globalInstance().start(job)

    def _on_merged(self, target: str) -> None:
        self.merged_path: str | None = target
        self.preview.setText(self.tr("Tersimpan: %1").replace("%1", target))
