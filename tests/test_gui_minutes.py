"""The sign-off panel with a real store, real widgets (offscreen) and real PDFs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scorer.core.errors import LockedError
from scorer.storage.signoff import sign_off
from scorer.storage.store import ScoringStore
from tests.conftest import SLOW_WORK_MS
from tests.fake_prompts import FakePrompts

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, demo_file: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from scorer.ui.context import Hub, SessionContext
    from scorer.ui.minutes_actions import MinutesPanel

    store = ScoringStore.open(demo_file)
    context = SessionContext(store, QUndoStack(), Hub())
    prompts = FakePrompts()
    widget = MinutesPanel(context, prompts=prompts)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget, prompts
    widget.pool.waitForDone()
    store.close()


def test_sign_off_locks_the_session_and_reopen_needs_a_reason(panel) -> None:  # type: ignore[no-untyped-def]
    widget, prompts = panel
    context = widget.context
    assert "33 dari 33" in widget.summary_label.text()
    assert widget.sign_button.isEnabled() and not widget.reopen_button.isEnabled()
    prompts.answers = ["Dr. Ratna Wulandari, M.T."]
    prompts.confirmation = False
    widget.sign_button.click()
    assert not context.store.active_signoff()  # declined: nothing happened
    prompts.answers = ["Dr. Ratna Wulandari, M.T."]
    prompts.confirmation = True
    widget.sign_button.click()
    assert context.read_only
    assert "Dikunci" in widget.state_label.text()
    assert not widget.sign_button.isEnabled() and widget.reopen_button.isEnabled()
    with pytest.raises(LockedError):
        context.store.set_level("BL1", 1)
    prompts.answers = ["  "]
    widget.reopen_button.click()
    assert prompts.errors and context.read_only
    prompts.answers = ["nilai BL3 salah ketik"]
    widget.reopen_button.click()
    assert not context.read_only
    audit = context.store.record().audit
    assert any(a.action == "reopen" and "salah ketik" in (a.new or "") for a in audit)


def test_export_runs_in_a_worker_and_writes_the_pdf(panel, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget, prompts = panel
    prompts.path = tmp_path / "notula.pdf"
    with qtbot.waitSignal(widget.context.hub.said, timeout=SLOW_WORK_MS) as blocker:
        widget.export_button.click()
        assert widget.busy and not widget.progress.isHidden()  # the click returned at once
        assert not widget.export_button.isEnabled()
    assert str(prompts.path) in blocker.args[0]  # "Notula tersimpan: …" on the status line
    assert not widget.busy and widget.export_button.isEnabled()
    text = subprocess.run(
        ["pdftotext", str(prompts.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "NOTULA EVALUASI IMPLEMENTASI SMART CITY" in text


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on any dialog
def test_print_paints_the_same_pages_as_the_pdf(panel, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from scorer.reports.minutes import build_minutes

    widget, _prompts = panel
    minutes = build_minutes(widget.context.store.record())
    widget.pdf_data = minutes.data
    printer = widget.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(60)
    widget.paint_pages(printer)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    assert re.search(rf"^Pages: +{minutes.pages}$", info, re.MULTILINE), info
    dialog = widget.preview_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()


def test_tampered_file_shows_a_warning(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from scorer.ui.context import Hub, SessionContext
    from scorer.ui.minutes_actions import MinutesPanel

    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Ratna")
    subprocess.run(
        ["sqlite3", str(demo_file), "UPDATE score SET level = 1 WHERE item_id = 'OP2'"],
        check=True,
    )
    store = ScoringStore.open(demo_file, read_only=True)
    try:
        widget = MinutesPanel(SessionContext(store, QUndoStack(), Hub()), prompts=FakePrompts())
        qtbot.addWidget(widget)
        assert "PERINGATAN" in widget.warning_label.text()
        assert "TAMPERED" in widget.warning_label.toolTip()
        assert not widget.export_button.isEnabled()
        assert not widget.sign_button.isEnabled() and not widget.reopen_button.isEnabled()
    finally:
        store.close()


def test_a_hidden_panel_refreshes_when_shown(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, _prompts = panel
    widget.hide()
    widget.context.run(lambda: sign_off(widget.context.store, "Ratna"))
    assert "Belum ditandatangani" in widget.state_label.text()  # no work while hidden
    widget.show()
    qtbot.waitExposed(widget)
    assert "Dikunci" in widget.state_label.text()


def test_closing_the_session_while_the_minutes_build_is_no_error(
    panel, qtbot, tmp_path: Path, hold
) -> None:  # type: ignore[no-untyped-def]
    """Export (Space on its button), then close the session before the worker is done: the
    PDF is still written, and its finishing signal no longer reads the closed file (it did,
    and the crash handler showed "internal error")."""
    from PySide6.QtCore import Qt

    from scorer.reports import minutes
    from tests.keys import drain, focus, key

    # The build is held until the session has closed: a fast worker would otherwise finish
    # first, and the test would prove nothing (or find the panel no longer busy).
    release = hold(minutes, "build_minutes")
    widget, prompts = panel
    prompts.path = tmp_path / "notula.pdf"
    widget.export_button.setFocus()
    qtbot.waitUntil(lambda: focus() is widget.export_button)
    key(qtbot, Qt.Key.Key_Space)
    assert widget.busy
    widget.context.store.close()  # what closing the session does, before the build ends
    release.set()
    widget.pool.waitForDone()
    drain()  # the worker's queued signals arrive
    assert prompts.path.read_bytes().startswith(b"%PDF")
    assert prompts.errors == []
