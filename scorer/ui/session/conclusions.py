"""Conclusions and recommendations (text, person in charge, deadline)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.keyboard import DateField


class ConclusionsPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conclusions = QPlainTextEdit()
        self.conclusions.setObjectName("conclusions")
        self.conclusions.setAccessibleName(self.tr("Kesimpulan"))
        self.conclusions.setPlaceholderText(self.tr("Satu kesimpulan per baris"))
        self.conclusions.setTabChangesFocus(True)
        self.recommendations = QListWidget()
        self.recommendations.setAccessibleName(self.tr("Daftar rekomendasi"))
        self.recommendations.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Rekomendasi"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Penanggung jawab"))
        self.deadline = DateField(QDate.currentDate().addMonths(3))
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Tenggat"))
        self.add = QPushButton(self.tr("Tambah rekomendasi"))
        self.add.clicked.connect(self.add_recommendation)
        for edit in (self.text, self.person):  # Enter adds, as the button does
            edit.returnPressed.connect(self.add_recommendation)
        form = QFormLayout()
        form.addRow(self.tr("Rekomendasi"), self.text)
        form.addRow(self.tr("Penanggung jawab"), self.person)
        row = QHBoxLayout()
        row.addWidget(self.deadline)
        row.addWidget(self.add)
        form.addRow(self.tr("Tenggat"), row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>V. Kesimpulan</b>")))
        layout.addWidget(self.conclusions, 1)
        layout.addWidget(QLabel(self.tr("<b>VI. Rekomendasi dan tindak lanjut</b>")))
        layout.addLayout(form)
        layout.addWidget(self.recommendations, 1)
        self._load()
        self.conclusions.textChanged.connect(self._save_conclusions)
        context.hub.changed.connect(self._on_changed)
        read_only = context.read_only
        for widget in (self.text, self.person, self.deadline, self.add):
            widget.setEnabled(not read_only)
        self.conclusions.setReadOnly(read_only)

    def focus_work(self) -> None:
        """The first empty field: the conclusions, then a new recommendation."""
        empty = not self.conclusions.toPlainText().strip()
        (self.conclusions if empty else self.text).setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self) -> None:
        record = self.context.store.record()
        self.conclusions.blockSignals(True)
        self.conclusions.setPlainText("\n".join(record.conclusions))
        self.conclusions.blockSignals(False)
        self._show_recommendations()

    def _show_recommendations(self) -> None:
        locale = self.locale()
        self.recommendations.clear()
        for rec in self.context.store.record().recommendations:
            deadline = locale.toString(QDate(rec.deadline), "d MMMM yyyy") if rec.deadline else "–"
            self.recommendations.addItem(f"{rec.text} — {rec.person_in_charge} — {deadline}")

    def _save_conclusions(self) -> None:
        if self.context.read_only:
            return
        lines = [line.strip() for line in self.conclusions.toPlainText().splitlines()]
        texts = [line for line in lines if line]
        self.context.run(lambda: self.context.store.set_conclusions(texts))

    def add_recommendation(self) -> None:
        text = self.text.text().strip()
        if not text or self.context.read_only:
            return
        qdate = self.deadline.date()
        deadline = dt.date(qdate.year(), qdate.month(), qdate.day())
        person = self.person.text()
        if self.context.run(
            lambda: self.context.store.add_recommendation(text, person, deadline)[1]
        ):
            self.text.clear()
            self.person.clear()

    def _on_changed(self, changes: Changes) -> None:
        if changes.conclusions:
            self._show_recommendations()
