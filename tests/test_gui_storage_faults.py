"""A failing disk during a live session: the window stays, the banner says why, the typed note
is kept, "Simpan sebagai" carries on elsewhere, and a journal left behind comes back on the
next launch. Reached by keys only."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import SLOW_WORK_MS
from tests.fake_prompts import FakePrompts
from tests.fault_injection import fail_file_writes

pytestmark = pytest.mark.gui


def _notes_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT text FROM note ORDER BY id")]


def _type_note(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is window.session.note_line.edit
    qtbot.keyClicks(focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EACCES])
def test_a_failed_write_keeps_the_window_and_the_note(
    qtbot, window, demo_file: Path, tmp_path: Path, data_dir: Path, monkeypatch, code: int
) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    banner = window.session.storage_banner
    assert not banner.isVisible()
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, code)
        _type_note(qtbot, window, "Catatan saat disk gagal")  # AddNote.redo meets the fault
        assert window.isVisible()
        assert banner.isVisible()
        assert store.path.name in banner.label.text()
        assert "Belum tersimpan" in window.saved_label.text()
        assert "Catatan saat disk gagal" not in _notes_in(demo_file)
        journal = (data_dir / "recovery" / f"{store.file_id}.recovery").read_text()
        assert "Catatan saat disk gagal" in journal
        # The notes list shows the note: the session in memory holds it.
        notes = window.session.notes_list.notes
        assert notes.rows[-1][1].text == "Catatan saat disk gagal"
        # Undo and redo while faulted stay in memory too and never raise into Qt.
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert notes.rows[-1][1].text != "Catatan saat disk gagal"
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert notes.rows[-1][1].text == "Catatan saat disk gagal"
        # Simpan sebagai…, by its mnemonic
        window.prompts.path = tmp_path / "elsewhere.scoring"
        qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not banner.isVisible())  # a mnemonic clicks after 100 ms
    assert store.path == tmp_path / "elsewhere.scoring"
    assert _notes_in(store.path)[-1] == "Catatan saat disk gagal"
    assert not (data_dir / "recovery" / f"{store.file_id}.recovery").exists()
    assert window.store is store and window.session is not None


def test_retries_clear_the_banner_once_the_disk_works(
    qtbot, window, demo_file: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    banner = window.session.storage_banner
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, errno.ENOSPC)
        _type_note(qtbot, window, "menunggu ruang disk")
        assert banner.isVisible()
    # The disk has room again: a background retry writes the note and the banner goes.
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=SLOW_WORK_MS)
    assert _notes_in(demo_file)[-1] == "menunggu ruang disk"
    assert "Tersimpan" in window.saved_label.text()


def test_a_journal_left_behind_is_offered_on_the_next_launch(
    qtbot, demo_file: Path, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    first = MainWindow(prompts=FakePrompts())
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.open_file(demo_file)
    with monkeypatch.context() as patch:
        fail_file_writes(patch, first.store, errno.EIO)
        _type_note(qtbot, first, "hanya di jurnal")
    # The laptop dies: no close, no flush. The next launch offers the journal.
    first.store = None  # as if the process had ended
    first.lock = None
    prompts = FakePrompts()
    prompts.choices = [0]  # "Pulihkan ke berkasnya"
    second = MainWindow(prompts=prompts)
    qtbot.addWidget(second)
    second.offer_recovery()
    assert "hanya di jurnal" not in prompts.questions[0]
    assert str(demo_file) in prompts.questions[0]
    assert _notes_in(demo_file)[-1] == "hanya di jurnal"
    assert not list((data_dir / "recovery").glob("*.recovery"))
