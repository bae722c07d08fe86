"""The New evaluation dialog: only what is needed to start (what, when, who, which rubric).

Venue, medium, agenda and the planned minutes are filled in on the Persiapan page, where
the attendees and the panel can also change during the call; the two tables here are the
same widgets as there, editing plain lists. Keyboard: the dialog opens on the region, Tab
leaves every field (tables included), Enter or Ctrl+Enter accepts; a missing field is named
in the dialog and focused, and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.core.model import Assessor, Evaluation, RegionKind, Role, ScoringRecord, TimeZoneName
from scorer.core.rubric import load_rubric
from scorer.core.session import new_assessor_key, new_record
from scorer.paths import default_rubric_path
from scorer.ui import settings as S
from scorer.ui.focus import focus_to_come_back_to, give_focus_back
from scorer.ui.keyboard import DateField, prepare_dialog
from scorer.ui.people_table import PeopleModel, PeopleTable, assessor_kind, attendee_kind
from scorer.ui.prompts import Prompts

DEFAULT_PROGRAMME = "Gerakan Menuju 100 Smart City"


class NewEvaluationDialog(QDialog):
    def __init__(
        self,
        settings: S.Settings,
        prompts: Prompts,
        parent: QWidget | None = None,
        write_file: Callable[[ScoringRecord], Path | None] | None = None,
    ) -> None:
        """`write_file` writes the file (asking where) while the dialog is still open: when it
        gives no file (the file dialog cancelled, a folder not writable), the filled form
        stays."""
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts
        self.write_file = write_file
        self.record: ScoringRecord | None = None
        self.created: Path | None = None
        self.setWindowTitle(self.tr("Evaluasi baru"))
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("mis. Kota Bogor"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Kota"), RegionKind.KOTA)
        self.kind.addItem(self.tr("Kabupaten"), RegionKind.KABUPATEN)
        self.province = QLineEdit()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Tahap I"), 1)
        self.stage.addItem(self.tr("Tahap II"), 2)
        self.year = QSpinBox()
        self.year.setRange(2017, 2100)
        self.year.setValue(dt.date.today().year)
        self.date = DateField(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.timezone = QComboBox()
        for zone in TimeZoneName:
            self.timezone.addItem(zone.value, zone)
        self.programme = QLineEdit(DEFAULT_PROGRAMME)
        self.name = QLineEdit(settings.get(S.ASSESSOR_NAME))
        self.nip = QLineEdit(settings.get(S.ASSESSOR_NIP))
        self.institution = QLineEdit(settings.get(S.ASSESSOR_INSTITUTION))
        self.role = QComboBox()
        self.role.addItem(self.tr("Anggota"), Role.MEMBER)
        self.role.addItem(self.tr("Ketua tim"), Role.CHAIR)
        self.role.addItem(self.tr("Notulis"), Role.SECRETARY)
        self.panel = PeopleTable(PeopleModel(assessor_kind(), []))
        self.attendees = PeopleTable(PeopleModel(attendee_kind(), []))
        self.rubric_path = QLineEdit(str(default_rubric_path()))
        browse = QPushButton(self.tr("Pilih &berkas rubrik…"))
        browse.clicked.connect(self._choose_rubric)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setVisible(False)
        for field in (self.region, self.province, self.name):
            # What the message named is being typed: it would only mislead now.
            field.textEdited.connect(lambda _text: self.error.setVisible(False))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[QWidget, str] = {}
        for label, widget in (
            (self.tr("&Daerah"), self.region),
            (self.tr("&Kota/kabupaten"), self.kind),
            (self.tr("&Provinsi"), self.province),
            (self.tr("&Tahap"), self.stage),
            (self.tr("Tahu&n"), self.year),
            (self.tr("Tan&ggal"), self.date),
            (self.tr("&Zona waktu"), self.timezone),
            (self.tr("Pr&ogram"), self.programme),
            (self.tr("Nama &asesor"), self.name),
            (self.tr("N&IP"), self.nip),
            (self.tr("In&stansi"), self.institution),
            (self.tr("P&eran"), self.role),
            (self.tr("Asesor &lain"), self.panel),
            (self.tr("Pese&rta"), self.attendees),
            (self.tr("R&ubrik"), self.rubric_path),
        ):
            form.addRow(label, widget)
            plain = label.replace("&", "")
            widget.setAccessibleName(plain)
            self.labels[widget] = plain
        form.addRow("", browse)
        self.body = QWidget()
        self.body.setLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        prepare_dialog(self, self.region)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.fit_to(screen)

    def fit_to(self, available: QRect) -> None:
        """The whole form without scrolling where the screen allows, scrolling where not."""
        hint = self.body.sizeHint()
        em = self.fontMetrics().horizontalAdvance("M")
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        chrome = QSize(
            margins.left() + margins.right() + 2 * self.scroll_area.frameWidth(),
            margins.top()
            + margins.bottom()
            + 2 * self.scroll_area.frameWidth()
            + layout.spacing()
            + self.buttons.sizeHint().height(),
        )
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        width = max(hint.width(), 44 * em) + chrome.width() + scrollbar
        height = hint.height() + chrome.height()
        self.resize(
            min(width, int(available.width() * 0.95)), min(height, int(available.height() * 0.9))
        )

    def _choose_rubric(self) -> None:
        path = self.prompts.open_path(self.tr("Pilih rubrik"), self.tr("Rubrik (*.toml)"))
        if path is not None:
            self.rubric_path.setText(str(path))

    def accept(self) -> None:
        """Close only with a complete record; otherwise say what is missing and go there."""
        focused = QApplication.focusWidget()
        back = focus_to_come_back_to()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a table cell still being typed in commits its text first
        missing = [w for w in (self.region, self.province, self.name) if not w.text().strip()]
        if missing:
            names = ", ".join(self.labels[w] for w in missing)
            self._refuse(self.tr("Lengkapi: %1").replace("%1", names), missing[0])
            return
        try:
            self.record = self.build_record()
        except ScorerError as exc:
            self._refuse(str(exc), self.rubric_path)
            return
        if self.write_file is not None:
            self.created = self.write_file(self.record)
            if self.created is None:
                give_focus_back(back)  # the form again, where the assessor was
                return
        super().accept()

    def _refuse(self, message: str, field: QWidget) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(field)

    def build_record(self) -> ScoringRecord:
        """The new session's record (raises ScorerError if the rubric cannot be loaded)."""
        rubric = load_rubric(Path(self.rubric_path.text()))
        me = Assessor(
            new_assessor_key(),
            self.name.text().strip(),
            self.institution.text().strip(),
            Role(self.role.currentData()),
            self.nip.text().strip(),
        )
        qdate = self.date.date()
        for setting, value in (
            (S.ASSESSOR_NAME, me.name),
            (S.ASSESSOR_NIP, me.nip),
            (S.ASSESSOR_INSTITUTION, me.institution),
        ):
            self.settings.set(setting, value)
        return new_record(
            rubric=rubric,
            evaluation=Evaluation(
                programme=self.programme.text().strip(),
                region=self.region.text().strip(),
                region_kind=RegionKind(self.kind.currentData()),
                province=self.province.text().strip(),
                stage=int(self.stage.currentData()),
                year=self.year.value(),
                timezone=TimeZoneName(self.timezone.currentData()),
            ),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            medium=self.tr("Daring melalui Zoom Meeting"),
            venue="",
            me=me,
            panel=[a for a in self.panel.people.rows if a.name.strip()],
            attendees=[a for a in self.attendees.people.rows if a.name.strip()],
        )
