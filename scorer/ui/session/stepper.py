"""The phase stepper and the current phase's clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from scorer.core.model import Phase, ScoringRecord, utc_now

CIRCLED = "①②③④⑤⑥"


def clock_text(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def phase_names() -> dict[Phase, str]:
    """Translated phase names, looked up anew so a language switch picks them up."""

    return {
        Phase.PREPARATION: QCoreApplication.translate("PhaseStepper", "Persiapan"),
        Phase.PRESENTATION: QCoreApplication.translate("PhaseStepper", "Presentasi"),
        Phase.QA: QCoreApplication.translate("PhaseStepper", "Tanya Jawab"),
        Phase.SCORING: QCoreApplication.translate("PhaseStepper", "Penilaian"),
        Phase.CONCLUSIONS: QCoreApplication.translate("PhaseStepper", "Kesimpulan & Rekomendasi"),
        Phase.SIGNOFF: QCoreApplication.translate("PhaseStepper", "Tanda Tangan"),
    }


class PhaseStepper(QWidget):
    """Where the assessor is, what is still open, and how long the phase has run."""

    phase_chosen = Signal(object)  # Phase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: ScoringRecord | None = None
        self.compact = False
        self.open_counts: dict[Phase, int] = {}
        self.buttons: dict[Phase, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for phase in Phase:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            # Out of the Tab chain: phases change by Ctrl+PgDown / Ctrl+PgUp, and a Tab that
            # landed here took the next Space typed as a change of phase.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, p=phase: self.phase_chosen.emit(p))
            self.buttons[phase] = button
            row.addWidget(button)
        row.addStretch(1)
        self.clock = QLabel()
        self.clock.setObjectName("phaseClock")
        self.clock.setAccessibleName(self.tr("Jam fase"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.clock)
        # Spelled-out names need ~760 px; below the compact switch (900 px) they become
        # numbers, so the wide form must not hold the window wide.
        self.setMinimumWidth(200)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def phase_names(self) -> dict[Phase, str]:
        return phase_names()

    def show_record(self, record: ScoringRecord, open_counts: dict[Phase, int]) -> None:
        self.record = record
        self.open_counts = open_counts
        names = self.phase_names()
        current = record.session.current_phase
        # Passed is what the session has been through (a phase it ended), not what lies
        # before the page on screen: looking back leaves the later phases' marks alone.
        passed = {p.phase for p in record.session.phases if p.ended_at is not None}
        for phase, button in self.buttons.items():
            marker = ""
            if phase is current:
                marker = " ●"
            elif open_counts.get(phase):
                marker = f" ({open_counts[phase]})"
            elif phase in passed:
                marker = " ✓"
            short = self.compact and phase is not current
            button.setText(
                CIRCLED[phase.position]
                if short
                else f"{CIRCLED[phase.position]} {names[phase].replace('&', '&&')}{marker}"
            )
            button.setToolTip(names[phase])
            button.setChecked(phase is current)
            button.setAccessibleName(names[phase] + marker)
            font = button.font()
            font.setBold(phase is current)
            button.setFont(font)
        self.tick()

    def set_compact(self, compact: bool) -> None:
        """Only numbers in the compact layout, the current phase spelled out."""
        self.compact = compact
        if self.record is not None:
            self.show_record(self.record, self.open_counts)

    def tick(self) -> None:
        if self.record is None:
            return
        current = self.record.session.current_phase
        timing = next((p for p in self.record.session.phases if p.phase is current), None)
        if timing is None or timing.started_at is None:
            self.clock.setText(self.phase_names()[current])
            return
        zone = self.record.evaluation.timezone
        # A phase that has ended shows its recorded length; the running one, the time so far.
        until = timing.ended_at or utc_now()
        elapsed = int((until - timing.started_at).total_seconds())
        planned = timing.planned_minutes * 60
        started = timing.started_at.astimezone(zone.tzinfo).strftime("%H.%M")
        text = (
            f"{self.phase_names()[current]}  {clock_text(elapsed)} / {clock_text(planned)}  "
            + self.tr("(mulai %1)").replace("%1", f"{started} {zone.value}")
        )
        over = elapsed > planned
        if over:
            text += "  ⚠ " + self.tr("lewat waktu")
        self.clock.setText(text)
        self.clock.setProperty("overTime", over)
        self.clock.setStyleSheet("color: #b3261e; font-weight: bold;" if over else "")
