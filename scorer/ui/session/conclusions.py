"""Kesimpulan & Rekomendasi: numbered conclusions and a table of recommendations (text,
person in charge, deadline), corrected in place until sign-off (see entries_table.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scorer.core.model import Attendee
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.session.entries_table import EntriesModel, EntriesTable
from scorer.ui.session.qa import ChoiceDelegate


def offices(attendees: list[Attendee]) -> list[str]:
    """What a person in charge is called in minutes: the attendees' positions and
    organisations ("Kepala Dinas Kominfo"), each once, in the attendees' order."""
    names = (name.strip() for a in attendees for name in (a.position, a.organisation))
    return list(dict.fromkeys(name for name in names if name))


class ConclusionsPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conclusions = EntriesTable(
            EntriesModel(
                context, "conclusion", (self.tr("Kesimpulan"),), self.tr("Ketik kesimpulan…")
            )
        )
        self.conclusions.setObjectName("conclusions")
        self.conclusions.setAccessibleName(self.tr("Kesimpulan"))
        self.recommendations = EntriesTable(
            EntriesModel(
                context,
                "recommendation",
                (self.tr("Rekomendasi"), self.tr("Penanggung jawab"), self.tr("Tenggat")),
                self.tr("Ketik rekomendasi…"),
            )
        )
        self.recommendations.setObjectName("recommendations")
        self.recommendations.setAccessibleName(self.tr("Rekomendasi"))
        self.people = ChoiceDelegate(offices(context.store.record().attendees), self)
        self.recommendations.setItemDelegateForColumn(
            self.recommendations.list.column_of("person_in_charge"), self.people
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, table in (
            (self.tr("V. &Kesimpulan"), self.conclusions),
            (self.tr("VI. &Rekomendasi dan tindak lanjut"), self.recommendations),
        ):
            label = QLabel(title)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        context.hub.changed.connect(self._on_changed)

    def focus_work(self) -> None:
        """The first empty field: a new conclusion while there is none, else a new
        recommendation (after sign-off: the conclusions, to read)."""
        first = self.conclusions
        if self.context.read_only:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        table = first if not first.list.rows else self.recommendations
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.go(table.list.new_row(), 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.conclusions or changes.signoff:
            self.conclusions.list.reload()
            self.recommendations.list.reload()
        if changes.session:
            self.people.choices = offices(self.context.store.record().attendees)
