"""The main window: opens a scoring file and shows its evaluation and scores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scorer import APP_NAME
from scorer.core.errors import ScorerError
from scorer.core.report import owner_values
from scorer.core.scoring import format_score, summarise
from scorer.storage.store import ScoringStore
from scorer.ui.models import ScoreTableModel


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.store: ScoringStore | None = None
        self.setWindowTitle(APP_NAME)
        self.header = QLabel(self.tr("Buka berkas penilaian (Ctrl+O)."))
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.index_label = QLabel()
        self.index_label.setObjectName("index")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tabel nilai"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.index_label)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        open_action = file_menu.addAction(self.tr("&Buka…"))
        open_action.setShortcut("Ctrl+O")
        open_action.triggered.connect(self.choose_file)
        self.resize(1000, 700)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka berkas penilaian"), "", self.tr("Berkas penilaian (*.scoring)")
        )
        if name:
            try:
                self.open_file(Path(name))
            except ScorerError as exc:
                QMessageBox.critical(self, APP_NAME, str(exc))

    def open_file(self, path: Path) -> None:
        store = ScoringStore.open(path)
        if self.store is not None:
            self.store.close()
        self.store = store
        record = store.record()
        ev = record.evaluation
        self.header.setText(
            f"<b>{ev.region}</b> · {ev.programme} · "
            + self.tr("Tahap %1 Tahun %2").replace("%1", ev.stage_roman).replace("%2", str(ev.year))
        )
        summary = summarise(store.rubric, owner_values(record, record.owner))
        self.index_label.setText(
            self.tr("Indeks: %1").replace(
                "%1", format_score(summary.index, store.rubric.decimals, "id")
            )
        )
        self.table.setModel(ScoreTableModel(store.rubric, record))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setWindowTitle(f"{ev.region} — {APP_NAME}")

    def closeEvent(self, event: object) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)  # type: ignore[arg-type]
