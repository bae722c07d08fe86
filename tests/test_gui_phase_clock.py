"""A glance at the next phase by keys does not end the one being worked in: its clock runs
on, the stepper keeps its marks, and the next phase starts when the assessor really moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scorer.core.model import Phase
from tests.conftest import SLOW_WORK_MS, shown_window
from tests.keys import CTRL, key

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, live_file: Path):  # type: ignore[no-untyped-def]
    main = shown_window(qtbot, live_file)
    yield main
    main.close()


def test_a_glance_ahead_by_keys_keeps_the_presentation_running(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # Presentasi starts
    assert window.session.phase is Phase.PRESENTATION
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # a glance at Tanya Jawab…
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # …and back
    assert window.session.phase is Phase.PRESENTATION
    phases = {p.phase: p for p in window.store.record().session.phases}
    assert phases[Phase.PRESENTATION].ended_at is None
    assert phases[Phase.QA].started_at is None
    stepper = window.session.stepper
    assert "✓" not in stepper.buttons[Phase.QA].text()
    assert "✓" in stepper.buttons[Phase.PREPARATION].text()
    shown = stepper.clock.text()
    qtbot.waitUntil(lambda: stepper.clock.text() != shown, timeout=SLOW_WORK_MS)  # it ticks
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # now Tanya Jawab really starts
    phases = {p.phase: p for p in window.store.record().session.phases}
    assert phases[Phase.PRESENTATION].ended_at == phases[Phase.QA].started_at is not None


def test_tab_never_lands_on_a_phase_button(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A Space typed after a Tab onto a phase button changed the phase mid-sentence."""
    buttons = set(window.session.stepper.buttons.values())
    for _phase in range(len(buttons)):
        for _ in range(15):
            key(qtbot, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() not in buttons
        key(qtbot, Qt.Key.Key_PageDown, CTRL)
