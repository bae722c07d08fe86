"""The live session: header, phase stepper with clock, the phase's page, the note line."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from scorer.core.integrity import signoff_state
from scorer.core.model import Phase, ScoringRecord
from scorer.storage.store import Changes
from scorer.ui.backups import rolling_backup
from scorer.ui.context import SessionContext
from scorer.ui.focus import focus_to_come_back_to
from scorer.ui.session.notes import NoteLine
from scorer.ui.session.scoring import ScoringPage
from scorer.ui.session.stepper import PhaseStepper
from scorer.ui.session.storage_banner import StorageBanner

if TYPE_CHECKING:
    from scorer.ui.session.evidence_caption import CaptionBar
    from scorer.ui.session.evidence_intake import EvidenceIntake, Target
    from scorer.ui.session.notes_list import NotesList
    from scorer.ui.session.qa import QAPage

# Each phase's page and the module that holds it: imported when the page is first shown,
# so opening a session loads the modules of the pages it shows, not all six.
PAGE_CLASSES = {
    Phase.PREPARATION: ("scorer.ui.session.overview", "OverviewPage"),
    Phase.PRESENTATION: ("scorer.ui.session.notes_list", "NotesList"),
    Phase.QA: ("scorer.ui.session.qa", "QAPage"),
    Phase.CONCLUSIONS: ("scorer.ui.session.conclusions", "ConclusionsPage"),
    Phase.SIGNOFF: ("scorer.ui.minutes_actions", "MinutesPanel"),
}


class PhasePage(Protocol):
    def focus_work(self) -> None:
        """Focus where the phase's work is, so the next key does that work."""


class _Pages(dict[Phase, QWidget]):
    """The phases' pages, each built and added to the stack on first use."""

    def __init__(self, stack: QStackedWidget, build: Callable[[Phase], QWidget]) -> None:
        super().__init__()
        self.stack = stack
        self.build = build

    def __missing__(self, phase: Phase) -> QWidget:
        page = self.build(phase)
        self[phase] = page
        self.stack.addWidget(page)
        return page


class SessionView(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.header = QLabel()
        self.header.setObjectName("sessionHeader")
        self.header.setWordWrap(True)
        self.storage_banner = StorageBanner(context, context.prompts)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text); padding: 4px;"
        )
        self.stepper = PhaseStepper()
        self.stepper.phase_chosen.connect(self.go_to_phase)
        self.stack = QStackedWidget()
        # A phase's page is built when the phase is first shown: opening a session then
        # costs the pages it shows, not all six (bench/bench_gui.py). The scoring page is
        # always built: the stepper counts unscored items from it.
        self.pages = _Pages(self.stack, self._build_page)
        self.scoring_page = ScoringPage(context)
        self.pages[Phase.SCORING] = self.scoring_page
        self.stack.addWidget(self.scoring_page)
        self.note_line = NoteLine(context)
        self._intake: EvidenceIntake | None = None
        self.caption_bar: CaptionBar | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.storage_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.stepper)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note_line)
        context.hub.changed.connect(self._on_changed)
        if not context.read_only:
            context.run(context.store.start_phase_clock)
        self.stack.setCurrentWidget(self.pages[context.store.record().session.current_phase])
        self.refresh()
        if self.scoring_page.current_item():
            context.hub.item_selected.emit(self.scoring_page.current_item() or "")

    def _build_page(self, phase: Phase) -> QWidget:
        module, name = PAGE_CLASSES[phase]
        build: Callable[[SessionContext], QWidget] = getattr(importlib.import_module(module), name)
        return build(self.context)

    @property
    def qa_page(self) -> QAPage:
        return cast("QAPage", self.pages[Phase.QA])

    @property
    def notes_list(self) -> NotesList:
        return cast("NotesList", self.pages[Phase.PRESENTATION])

    def refresh(self) -> None:
        record = self.context.store.record()
        ev = record.evaluation
        me = next((a for a in record.assessors if a.key == record.owner), None)
        self.header.setText(
            f"<b>{ev.region}</b> · "
            + self.tr("Tahap %1 %2").replace("%1", ev.stage_roman).replace("%2", str(ev.year))
            + (" · " + self.tr("Asesor: %1").replace("%1", me.name) if me else "")
        )
        self._show_stepper(record)
        if not self.context.read_only:  # a locked session is browsed, its phase kept
            self.stack.setCurrentWidget(self.pages[record.session.current_phase])
        self.note_line.set_phase(self.phase)
        reason = self._read_only_reason()
        if signoff_state(record).tampered:
            reason = self.tr(
                "PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani. "
                "Jangan gunakan berkas ini sebagai dasar notula."
            )
        self.banner.setVisible(bool(reason))
        self.banner.setText(reason)

    def _show_stepper(self, record: ScoringRecord) -> None:
        """The scoring page's model already holds the live summary: count from it."""
        unscored = len(self.scoring_page.model.summary.unscored)
        self.stepper.show_record(record, {Phase.SCORING: unscored} if unscored else {})

    def _read_only_reason(self) -> str:
        if self.context.store.read_only:
            return self.tr(
                "Hanya baca: berkas ini sedang dibuka di jendela lain. Tutup jendela itu untuk "
                "mengedit di sini."
            )
        if self.context.store.active_signoff():
            return self.tr(
                "Terkunci: sesi sudah ditandatangani. Buka kembali di fase Tanda Tangan untuk "
                "mengubah (tercatat)."
            )
        return ""

    @property
    def phase(self) -> Phase:
        page = self.stack.currentWidget()
        return next(p for p, w in self.pages.items() if w is page)

    def go_to_phase(self, phase: Phase) -> None:
        if not self.context.read_only and phase is not self.phase:
            store = self.context.store
            rolling_backup(store, self.phase.value)
            self.context.run(lambda: store.set_phase(phase))
        self.stack.setCurrentWidget(self.pages[phase])
        self.refresh()
        self.focus_work()

    def focus_work(self) -> None:
        """Focus where the current phase's work is, so the next key does that work: the
        note line in Presentasi, else what the phase's page says."""
        if self.phase is Phase.PRESENTATION:
            self.note_line.focus_note()
        else:
            cast(PhasePage, self.pages[self.phase]).focus_work()

    def next_phase(self) -> None:
        phases = list(Phase)
        self.go_to_phase(phases[min(len(phases) - 1, self.phase.position + 1)])

    def previous_phase(self) -> None:
        self.go_to_phase(list(Phase)[max(0, self.phase.position - 1)])

    def focus_note(self) -> None:
        self.note_line.focus_note()

    def add_qa(self) -> None:
        if self.phase is not Phase.QA:
            self.go_to_phase(Phase.QA)
        self.qa_page.add_entry()

    # Evidence intake (docs/evidence.md, "In the app")

    @property
    def intake(self) -> EvidenceIntake:
        """Built with the caption line on the first capture, paste or drop: opening a
        session does not pay for them (~15 ms of imports and widgets)."""
        if self._intake is None:
            from scorer.ui.session.evidence_caption import CaptionBar
            from scorer.ui.session.evidence_intake import EvidenceIntake

            self._intake = EvidenceIntake(self.context, self)
            # Laid over the note line, in no layout: showing and hiding it then moves
            # nothing, where a line added to the layout re-laid and repainted the whole
            # window (up to ~250 ms on X11) on every capture.
            self.caption_bar = CaptionBar(self.context, self)
            self.caption_bar.setAutoFillBackground(True)
            # Queued: the caption line comes in its own turn of the event loop after the
            # durable write, so the two do not make one longer stall.
            self._intake.attached.connect(self._ask_caption, Qt.ConnectionType.QueuedConnection)
        return self._intake

    def _ask_caption(self, ids: list[int], target: Target) -> None:
        assert self.caption_bar is not None
        if not self.caption_bar.isVisible() and focus_to_come_back_to() is not target.focus:
            # The assessor moved on while the piece was prepared (a note begun, a dialog
            # opened): the caption line would take the keys from under them, and cover the
            # note line. The piece is stored; its caption can be given later.
            self.context.hub.said.emit(
                self.tr("Bukti tersimpan (No. %1); keterangan: F2 pada gambarnya").replace(
                    "%1", ", ".join(str(evidence_id) for evidence_id in ids)
                )
            )
            return
        self.caption_bar.setGeometry(self.note_line.geometry())
        self.caption_bar.raise_()
        self.caption_bar.ask(ids, target)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.caption_bar is not None:
            self.caption_bar.setGeometry(self.note_line.geometry())

    def stop_intake(self) -> None:
        """The session is closing: nothing still being prepared lands in a closed file."""
        if self._intake is not None:
            self._intake.stop()

    def evidence_target(self) -> Target:
        """Where evidence taken now goes: the current item in Penilaian, otherwise the phase
        on screen; decided at the keystroke, with the time and the focus to return to."""
        from scorer.ui.session.evidence_intake import target_now

        return target_now(self._current_item(), self.phase)

    def paste_evidence(self, target: Target | None = None) -> None:
        """Ctrl+Shift+V: the clipboard's image (or first file) as evidence."""
        from scorer.ui.session.evidence_intake import paste_evidence

        paste_evidence(self.intake, target or self.evidence_target())

    def drop_evidence(self, mime: QMimeData) -> bool:
        """Files or an image dropped on the window; True when anything was taken."""
        from scorer.ui.session.evidence_intake import drop_evidence

        return drop_evidence(self.intake, mime, self.evidence_target())

    def _current_item(self) -> str | None:
        return self.scoring_page.current_item() if self.phase is Phase.SCORING else None

    def evidence_gallery(self) -> None:
        """Ctrl+Shift+B: the evidence of the phase on screen, grouped by item."""
        from scorer.ui.session.dialogs import open_modal
        from scorer.ui.session.evidence_gallery import EvidenceGallery

        gallery = EvidenceGallery(self.context, self.scoring_page.thumbnails, self.phase, self)
        open_modal(gallery, focus_to_come_back_to() or self)

    def evidence_requests(self) -> None:
        """Ctrl+Shift+R: the evidence requests, open first; new ones for the current item."""
        from scorer.ui.session.dialogs import open_modal
        from scorer.ui.session.evidence_requests import RequestsDialog

        item = self.scoring_page.current_item()
        dialog = RequestsDialog(self.context, item, self)
        open_modal(dialog, focus_to_come_back_to() or self)

    def set_compact(self, compact: bool) -> None:
        self.scoring_page.set_compact(compact)
        self.stepper.set_compact(compact)

    def _on_changed(self, changes: Changes) -> None:
        if changes.session or changes.signoff:
            self.refresh()
        elif changes.scores and self.stepper.record is not None:
            self._show_stepper(self.stepper.record)
