"""The New evaluation dialog: what is evaluated, when, where, by whom, with which rubric."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scorer.core.errors import ScorerError
from scorer.core.model import (
    Assessor,
    Attendee,
    Evaluation,
    RegionKind,
    Role,
    ScoringRecord,
    TimeZoneName,
)
from scorer.core.rubric import load_rubric
from scorer.core.session import new_assessor_key, new_record
from scorer.paths import default_rubric_path
from scorer.ui import settings as S

DEFAULT_PROGRAMME = "Gerakan Menuju 100 Smart City"


def _lines(edit: QPlainTextEdit) -> list[list[str]]:
    """Lines of "a; b; c" as three stripped parts (missing ones empty), empty lines left out."""
    rows = []
    for line in edit.toPlainText().splitlines():
        if line.strip():
            parts = [part.strip() for part in line.split(";")]
            rows.append([*parts, "", "", ""][:3])
    return rows


class NewEvaluationDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Evaluasi baru"))
        self.programme = QLineEdit(DEFAULT_PROGRAMME)
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
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.timezone = QComboBox()
        for zone in TimeZoneName:
            self.timezone.addItem(zone.value, zone)
        self.medium = QLineEdit(self.tr("Daring melalui Zoom Meeting"))
        self.venue = QLineEdit()
        self.name = QLineEdit(settings.get(S.ASSESSOR_NAME))
        self.nip = QLineEdit(settings.get(S.ASSESSOR_NIP))
        self.institution = QLineEdit(settings.get(S.ASSESSOR_INSTITUTION))
        self.role = QComboBox()
        self.role.addItem(self.tr("Anggota"), Role.MEMBER)
        self.role.addItem(self.tr("Ketua tim"), Role.CHAIR)
        self.panel = QPlainTextEdit()
        self.panel.setPlaceholderText(self.tr("Satu per baris: nama; instansi; ketua/anggota"))
        self.attendees = QPlainTextEdit()
        self.attendees.setPlaceholderText(self.tr("Satu per baris: nama; jabatan; instansi"))
        self.rubric_path = QLineEdit(str(default_rubric_path()))
        browse = QPushButton(self.tr("Pilih rubrik…"))
        browse.clicked.connect(self._choose_rubric)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget in (
            (self.tr("Program"), self.programme),
            (self.tr("Daerah"), self.region),
            (self.tr("Kota/kabupaten"), self.kind),
            (self.tr("Provinsi"), self.province),
            (self.tr("Tahap"), self.stage),
            (self.tr("Tahun"), self.year),
            (self.tr("Tanggal"), self.date),
            (self.tr("Zona waktu"), self.timezone),
            (self.tr("Media"), self.medium),
            (self.tr("Tempat"), self.venue),
            (self.tr("Nama asesor"), self.name),
            (self.tr("NIP"), self.nip),
            (self.tr("Instansi"), self.institution),
            (self.tr("Peran"), self.role),
            (self.tr("Asesor lain"), self.panel),
            (self.tr("Peserta"), self.attendees),
            (self.tr("Rubrik"), self.rubric_path),
            ("", browse),
        ):
            form.addRow(label, widget)
            if label:
                widget.setAccessibleName(label)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def _choose_rubric(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih rubrik"), "", self.tr("Rubrik (*.toml)")
        )
        if name:
            self.rubric_path.setText(name)

    def build_record(self) -> ScoringRecord:
        """The new session's record; raises ScorerError naming what is missing."""
        required = {
            self.tr("Daerah"): self.region.text(),
            self.tr("Provinsi"): self.province.text(),
            self.tr("Nama asesor"): self.name.text(),
        }
        missing = [label for label, value in required.items() if not value.strip()]
        if missing:
            raise ScorerError(self.tr("Lengkapi: %1").replace("%1", ", ".join(missing)))
        rubric = load_rubric(Path(self.rubric_path.text()))
        me = Assessor(
            new_assessor_key(),
            self.name.text().strip(),
            self.institution.text().strip(),
            Role(self.role.currentData()),
            self.nip.text().strip(),
        )
        panel = [
            Assessor(
                new_assessor_key(),
                parts[0],
                parts[1] if len(parts) > 1 else "",
                Role.CHAIR
                if len(parts) > 2 and parts[2].lower() in ("ketua", "chair")
                else Role.MEMBER,
            )
            for parts in _lines(self.panel)
        ]
        attendees = [
            Attendee(
                parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else ""
            )
            for parts in _lines(self.attendees)
        ]
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
            medium=self.medium.text().strip(),
            venue=self.venue.text().strip(),
            me=me,
            panel=panel,
            attendees=attendees,
        )
