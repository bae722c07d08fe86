"""Persiapan: what is evaluated, and the session's facts, editable until sign-off.

The attendees introduce themselves when the call starts, the venue or the agenda changes:
each edit here is one store operation (audited, undoable) and the minutes read them from
the file. A line field is saved when it is left or Enter is pressed; the agenda when it is
left. After sign-off every field is read-only, like the rest of the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scorer.core.model import Assessor, Attendee, Phase, ScoringRecord
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.keyboard import DateField
from scorer.ui.people_table import PeopleModel, PeopleTable, assessor_kind, attendee_kind
from scorer.ui.prompts import DialogPrompts
from scorer.ui.session.followup import follow_up_rows, previous_facts
from scorer.ui.session.stepper import phase_names
from scorer.ui.undo import StoreCommand


class OverviewPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        store = context.store
        record = store.record()
        self.facts = QLabel()
        self.facts.setObjectName("overview")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setText(self._facts_html(record))
        self.date = DateField()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.medium = QLineEdit()
        self.venue = QLineEdit()
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setPlaceholderText(self.tr("Susunan acara, satu per baris"))
        self.agenda.setMaximumHeight(self.fontMetrics().height() * 5)
        self.agenda.installEventFilter(self)
        self.minutes: dict[Phase, QSpinBox] = {}
        minutes_grid = QGridLayout()
        minutes_grid.setContentsMargins(0, 0, 0, 0)
        for phase, name in phase_names().items():
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setSuffix(self.tr(" menit"))
            spin.setAccessibleName(self.tr("Waktu rencana %1").replace("%1", name))
            spin.editingFinished.connect(partial(self._save_minutes, phase))
            title = QLabel(name.replace("&", "&&"))
            title.setBuddy(spin)
            minutes_grid.addWidget(title, phase.position // 3 * 2, phase.position % 3)
            minutes_grid.addWidget(spin, phase.position // 3 * 2 + 1, phase.position % 3)
            self.minutes[phase] = spin
        self.panel = PeopleTable(PeopleModel(assessor_kind(), record.assessors, self._save_panel))
        self.attendees = PeopleTable(
            PeopleModel(attendee_kind(), record.attendees, self._save_attendees)
        )
        self.problem = QLabel()
        self.problem.setObjectName("overviewProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.setVisible(False)
        for edit in (self.date, self.medium, self.venue):
            edit.editingFinished.connect(self._save_info)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        minutes_box = QWidget()
        minutes_box.setLayout(minutes_grid)
        for label, widget in (
            (self.tr("Pese&rta"), self.attendees),
            (self.tr("T&im asesor"), self.panel),
            (self.tr("Tangga&l"), self.date),
            (self.tr("&Media"), self.medium),
            (self.tr("Tem&pat"), self.venue),
            (self.tr("&Agenda"), self.agenda),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        minutes_label = QLabel(self.tr("&Waktu rencana"))
        minutes_label.setBuddy(self.minutes[Phase.PREPARATION])
        form.addRow(minutes_label, minutes_box)
        self.follow_up = follow_up_rows(
            context,
            record,
            form,
            (self.tr("Tindak lan&jut"), self.tr("Taut&kan evaluasi sebelumnya…")),
            context.prompts or DialogPrompts(self),
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.facts)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show(record)
        context.hub.changed.connect(self._on_changed)

    def _facts_html(self, record: ScoringRecord) -> str:
        ev = record.evaluation
        rubric = self.context.store.rubric
        rows = [
            (self.tr("Program"), ev.programme),
            (self.tr("Daerah"), f"{ev.region}, {ev.province}"),
            (self.tr("Tahap"), f"{ev.stage_roman} {ev.year}"),
            (self.tr("Zona waktu"), ev.timezone.value),
            (self.tr("Rubrik"), f"{rubric.name.text(self.context.lang)} ({rubric.version})"),
            *previous_facts(record, self.context.lang, self.tr("Evaluasi sebelumnya")),
        ]
        cells = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return f"<table cellspacing='4'>{cells}</table>"

    def focus_work(self) -> None:
        """The attendees: who is in the call is the first thing to take down."""
        self.attendees.setFocus(Qt.FocusReason.OtherFocusReason)

    # Showing the file

    def _show(self, record: ScoringRecord) -> None:
        info = record.session
        _set_quietly(self.date, lambda: self.date.setDate(QDate(info.date)))
        # A field being typed in keeps its text until it is saved (on leaving it).
        for edit, text in ((self.medium, info.medium), (self.venue, info.venue)):
            if edit.text() != text and not edit.isModified():
                edit.setText(text)
        agenda = self.agenda.document()
        if self.agenda.toPlainText() != info.agenda and not agenda.isModified():
            self.agenda.setPlainText(info.agenda)
        for timing in info.phases:
            spin = self.minutes[timing.phase]
            _set_quietly(spin, partial(spin.setValue, timing.planned_minutes))
        self.attendees.people.set_rows(record.attendees)
        self.panel.people.set_rows(record.assessors)
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        read_only = self.context.read_only
        self.date.setReadOnly(read_only)
        self.agenda.setReadOnly(read_only)
        for edit in (self.medium, self.venue):
            edit.setReadOnly(read_only)
        for spin in self.minutes.values():
            spin.setReadOnly(read_only)
        for table in (self.attendees, self.panel):
            if table.people.read_only != read_only:
                table.people.set_read_only(read_only)

    def _on_changed(self, changes: Changes) -> None:
        if changes.follow_up:
            self.facts.setText(self._facts_html(self.context.store.record()))
        if changes.session or changes.signoff:
            self._say("")
            self._show(self.context.store.record())

    # Saving: each edit one undoable store operation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.agenda and event.type() == QEvent.Type.FocusOut:
            self._save_info()
        return False

    def _push(self, label: str, redo: Callable[[], Changes], undo: Callable[[], Changes]) -> None:
        if not self.context.read_only:
            self.context.undo_stack.push(StoreCommand(self.context, label, redo, undo))

    def _save_info(self) -> None:
        store = self.context.store
        old = store.record().session
        qdate = self.date.date()
        new = SessionFacts(
            dt.date(qdate.year(), qdate.month(), qdate.day()),
            self.medium.text().strip(),
            self.venue.text().strip(),
            self.agenda.toPlainText().strip(),
        )
        before = SessionFacts(old.date, old.medium, old.venue, old.agenda)
        for edit in (self.medium, self.venue):
            edit.setModified(False)
        self.agenda.document().setModified(False)
        if new == before:
            return
        self._push(
            self.tr("Data sesi"),
            lambda: store.set_session_info(**new._asdict()),
            lambda: store.set_session_info(**before._asdict()),
        )

    def _save_minutes(self, phase: Phase) -> None:
        store = self.context.store
        new = self.minutes[phase].value()
        old = next(p.planned_minutes for p in store.record().session.phases if p.phase is phase)
        if new != old:
            self._push(
                self.tr("Waktu rencana"),
                lambda: store.set_planned_minutes(phase, new),
                lambda: store.set_planned_minutes(phase, old),
            )

    def _save_attendees(self, attendees: list[Attendee]) -> None:
        store = self.context.store
        old = store.record().attendees
        self._push(
            self.tr("Peserta"),
            lambda: store.set_attendees(attendees),
            lambda: store.set_attendees(old),
        )

    def _save_panel(self, assessors: list[Assessor]) -> None:
        store = self.context.store
        if not any(a.key == store.owner for a in assessors):
            self._say(self.tr("Pemilik berkas ini tidak dapat dihapus dari tim asesor."))
            return
        old = store.record().assessors
        self._push(
            self.tr("Tim asesor"),
            lambda: store.set_panel(assessors),
            lambda: store.set_panel(old),
        )

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


class SessionFacts(NamedTuple):
    date: dt.date
    medium: str
    venue: str
    agenda: str


def _set_quietly(widget: QWidget, setter: Callable[[], None]) -> None:
    """Show a value from the file without it counting as an edit."""
    widget.blockSignals(True)
    setter()
    widget.blockSignals(False)
