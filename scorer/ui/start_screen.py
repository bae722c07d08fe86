"""The start screen: recent files, a new evaluation, open, merge."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scorer import APP_NAME


class StartScreen(QWidget):
    new_requested = Signal()
    follow_up_requested = Signal()
    open_requested = Signal()
    merge_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        subtitle = QLabel(self.tr("Penilaian evaluasi smart city: skor, catatan, notula."))
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Evaluasi bar&u…"))
        self.follow_up_button = QPushButton(self.tr("Evaluasi &lanjutan…"))
        self.open_button = QPushButton(self.tr("Buk&a berkas…"))
        self.merge_button = QPushButton(self.tr("&Gabungkan berkas tim…"))
        if importlib.util.find_spec("scorer.ui.merge_dialog") is None:
            # hide(), never setVisible(True): on a button without a parent yet, that shows
            # it as a window of its own, which takes activation from the main window.
            self.merge_button.hide()
        self.new_button.clicked.connect(self.new_requested)
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        buttons = QHBoxLayout()
        buttons_in_order = (
            self.new_button,
            self.follow_up_button,
            self.open_button,
            self.merge_button,
        )
        for button in buttons_in_order:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Berkas terakhir"))
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.text()))
        self.recent_label = QLabel(self.tr("Berkas te&rakhir"))
        self.recent_label.setBuddy(self.recent)
        # A first run: where to begin, instead of an empty box.
        self.hint = QLabel(
            self.tr(
                "Belum ada berkas. Mulai dengan Evaluasi baru (Ctrl+N), atau buka berkas "
                "penilaian yang diterima (Ctrl+O)."
            )
        )
        self.hint.setObjectName("startHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.hint, 1)
        self.set_recent(recent)

    def set_recent(self, recent: list[str]) -> None:
        """The files opened last, newest first (the list changes with every file opened)."""
        self.recent.clear()
        for path in recent:
            self.recent.addItem(QListWidgetItem(path))
        for widget in (self.recent_label, self.recent):
            widget.setVisible(bool(recent))
        self.hint.setVisible(not recent)
