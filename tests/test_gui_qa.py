"""The Q&A table is a table of records: Delete removes a question logged twice or by
mistake, Ctrl+Z puts it back in its place under its own id, Insert goes to the new row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scorer.core.model import Phase
from tests.fake_prompts import FakePrompts
from tests.keys import focus, key

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_file: Path):  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    main = MainWindow(prompts=FakePrompts())
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    main.open_file(demo_file)
    yield main
    main.close()


def _questions(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id, question FROM qa_entry ORDER BY ordinal, id").fetchall()


def test_delete_removes_a_question_and_undo_puts_it_back_in_place(
    qtbot, window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    while window.session.phase is not Phase.QA:
        before = window.session.phase.position < Phase.QA.position
        key(qtbot, Qt.Key.Key_PageDown if before else Qt.Key.Key_PageUp, CTRL)
    qa = window.session.qa_page
    assert focus() is qa.table and qa.model.is_new(qa.table.currentIndex().row())
    before = _questions(demo_file)
    assert len(before) >= 3
    key(qtbot, Qt.Key.Key_Home, CTRL)  # the first question
    key(qtbot, Qt.Key.Key_Down)  # the second
    key(qtbot, Qt.Key.Key_Delete)
    assert _questions(demo_file) == [before[0], *before[2:]]
    assert focus() is qa.table and qa.table.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _questions(demo_file) == before  # same id, same place
    assert [entry.question for entry in window.store.record().qa] == [q for _, q in before]
    # Insert: the row to type a new question into.
    key(qtbot, Qt.Key.Key_Insert)
    assert qa.model.is_new(qa.table.currentIndex().row())
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is qa.table


def test_esc_after_a_quick_note_from_a_cell_being_typed_returns_to_the_table(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from tests.keys import settle, type_text

    while window.session.phase is not Phase.QA:
        before = window.session.phase.position < Phase.QA.position
        key(qtbot, Qt.Key.Key_PageDown if before else Qt.Key.Key_PageUp, CTRL)
    qa = window.session.qa_page
    type_text(qtbot, "Berapa anggaran CCTV?")
    assert isinstance(focus(), QLineEdit) and focus().parent().parent() is qa.table
    key(qtbot, Qt.Key.Key_Return, CTRL)  # the note line; the cell keeps what was typed
    settle(qtbot)
    assert focus() is window.session.note_line.edit
    type_text(qtbot, "Wali Kota menjawab sendiri")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is qa.table
    assert window.store.record().qa[-1].question == "Berapa anggaran CCTV?"
