"""People tables behave as every other table of records: Enter on a person's cell edits it
(it used to fall through to the dialog's OK button and create the evaluation half-filled),
and Enter after typing a new person goes on to the row for the next one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.conftest import shown_window
from tests.keys import CTRL, active, focus, key, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    main = shown_window(qtbot)
    yield main
    main.close()


def test_enter_in_the_panel_table_edits_and_never_accepts_the_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.new_evaluation import NewEvaluationDialog

    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewEvaluationDialog)
    active(qtbot, dialog)
    for _ in range(20):
        if focus() is dialog.panel:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.panel
    # Two members typed one after the other: Enter goes on to the row for the next.
    type_text(qtbot, "Ir. Anggota Satu")
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Dr. Anggota Dua")
    key(qtbot, Qt.Key.Key_Return)
    assert [a.name for a in dialog.panel.people.rows] == ["Ir. Anggota Satu", "Dr. Anggota Dua"]
    assert dialog.panel.people.is_new(dialog.panel.currentIndex().row())
    # Enter on a person's name edits it; the dialog stays open.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is dialog and dialog.isVisible()
    assert dialog.panel.state() == QAbstractItemView.State.EditingState
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, ", M.Si.")
    key(qtbot, Qt.Key.Key_Return)
    assert [a.name for a in dialog.panel.people.rows] == [
        "Ir. Anggota Satu",
        "Dr. Anggota Dua, M.Si.",
    ]
    assert QApplication.activeModalWidget() is dialog
    assert focus() is dialog.panel
    key(qtbot, Qt.Key.Key_Escape)


def test_cancelling_where_to_save_keeps_the_filled_form(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.new_evaluation import NewEvaluationDialog

    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewEvaluationDialog)
    active(qtbot, dialog)
    assert focus() is dialog.region
    # Accepting with fields missing names them; typing one of them clears the message.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.error.isVisible() and focus() is dialog.region
    type_text(qtbot, "Kota Uji")
    assert not dialog.error.isVisible()
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.province
    type_text(qtbot, "Jawa Tengah")
    dialog.name.setText("")
    for _ in range(20):
        if focus() is dialog.name:
            break
        key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dr. Asesor Uji")
    # The file dialog cancelled (FakePrompts.path is None): the form is still there, filled.
    window.prompts.path = None
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.activeModalWidget() is dialog and dialog.isVisible()
    assert (dialog.region.text(), dialog.province.text()) == ("Kota Uji", "Jawa Tengah")
    assert window.session is None
    # Asked again with a place to save: the session opens from the file.
    window.prompts.path = tmp_path / "kota-uji"
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.store.path == tmp_path / "kota-uji.scoring"
    assert window.store.record().evaluation.region == "Kota Uji"


def test_the_start_screen_says_where_to_begin_then_lists_what_was_opened(
    qtbot, window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    start = window.start
    assert start.hint.isVisible() and not start.recent.isVisible()  # a first run
    window.open_file(demo_file)
    key(qtbot, Qt.Key.Key_W, CTRL)  # Tutup sesi: back to the start screen
    qtbot.waitUntil(lambda: window.session is None)
    assert window.start is start and not start.hint.isVisible()
    assert [start.recent.item(n).text() for n in range(start.recent.count())] == [
        str(demo_file.resolve())
    ]


def test_typing_on_the_new_row_beyond_the_name_starts_a_person(  # type: ignore[no-untyped-def]
    qtbot, window, demo_file: Path
) -> None:
    from scorer.core.model import Phase

    window.open_file(demo_file)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    attendees = window.session.pages[Phase.PREPARATION].attendees
    assert focus() is attendees
    before = [a.name for a in window.store.record().attendees]
    key(qtbot, Qt.Key.Key_Insert)  # the new row's name, open for typing
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_End)  # its "present" box, which no one can be typed into
    assert attendees.currentIndex().column() == attendees.people.columnCount() - 1
    type_text(qtbot, "Budi Hartono")
    assert focus().parent().parent() is attendees and attendees.currentIndex().column() == 0
    key(qtbot, Qt.Key.Key_Return)
    assert [a.name for a in window.store.record().attendees] == [*before, "Budi Hartono"]
    assert focus() is attendees
