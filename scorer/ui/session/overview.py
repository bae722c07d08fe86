"""Persiapan: who and what is evaluated, the panel and the attendees, at a glance."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from scorer.ui.context import SessionContext


class OverviewPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        record = context.store.record()
        ev = record.evaluation
        date = self.locale().toString(QDate(record.session.date), "dddd, d MMMM yyyy")
        rows = [
            (self.tr("Program"), ev.programme),
            (self.tr("Daerah"), f"{ev.region}, {ev.province}"),
            (self.tr("Tahap"), f"{ev.stage_roman} {ev.year}"),
            (self.tr("Hari/tanggal"), date),
            (self.tr("Zona waktu"), ev.timezone.value),
            (self.tr("Media"), record.session.medium),
            (self.tr("Tempat"), record.session.venue),
            (
                self.tr("Rubrik"),
                f"{context.store.rubric.name.text(context.lang)} ({context.store.rubric.version})",
            ),
        ]
        html = (
            "<table cellspacing='4'>"
            + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        chair = " (" + self.tr("ketua") + ")"
        panel = "".join(
            f"<li>{escape(a.name)} — {escape(a.institution)}"
            f"{chair if a.role.value == 'chair' else ''}</li>"
            for a in record.assessors
        )
        panel_title = self.tr("Tim asesor")
        attendees_title = self.tr("Peserta")
        attendees = "".join(
            f"<li>{escape(a.name)} — {escape(a.position)}</li>" for a in record.attendees
        )
        html += f"<h3>{panel_title}</h3><ul>{panel}</ul>"
        html += f"<h3>{attendees_title}</h3><ul>{attendees}</ul>"
        label = QLabel(html)
        label.setObjectName("overview")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
