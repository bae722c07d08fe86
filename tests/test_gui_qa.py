"""The Q&A table is a table of records: Delete removes a question logged twice or by
mistake, Ctrl+Z puts it back in its place under its own id, Insert goes to the new row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scorer.core.model import Phase
from tests.keys import CTRL, focus, key, to_phase, type_text

pytestmark = pytest.mark.gui


def _stored(path: Path, columns: str) -> list[tuple[object, ...]]:
    """The Q&A rows in the file, in their order, as `columns` of each."""
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT {columns} FROM qa_entry ORDER BY ordinal, id").fetchall()


def test_delete_removes_a_question_and_undo_puts_it_back_in_place(
    qtbot, window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    to_phase(qtbot, window.session, Phase.QA)
    qa = window.session.qa_page
    assert focus() is qa.table and qa.model.is_new(qa.table.currentIndex().row())
    before = _stored(demo_file, "id, question")
    assert len(before) >= 3
    key(qtbot, Qt.Key.Key_Home, CTRL)  # the first question
    key(qtbot, Qt.Key.Key_Down)  # the second
    key(qtbot, Qt.Key.Key_Delete)
    assert _stored(demo_file, "id, question") == [before[0], *before[2:]]
    assert focus() is qa.table and qa.table.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _stored(demo_file, "id, question") == before  # same id, same place
    assert [entry.question for entry in window.store.record().qa] == [q for _, q in before]
    # Insert: the row to type a new question into.
    key(qtbot, Qt.Key.Key_Insert)
    assert qa.model.is_new(qa.table.currentIndex().row())
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is qa.table


def test_esc_after_a_quick_note_from_a_cell_being_typed_returns_to_the_table(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    to_phase(qtbot, window.session, Phase.QA)
    qa = window.session.qa_page
    type_text(qtbot, "Berapa anggaran CCTV?")
    assert isinstance(focus(), QLineEdit) and focus().parent().parent() is qa.table
    key(qtbot, Qt.Key.Key_Return, CTRL)  # the note line; the cell keeps what was typed
    assert focus() is window.session.note_line.edit
    type_text(qtbot, "Wali Kota menjawab sendiri")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is qa.table
    assert window.store.record().qa[-1].question == "Berapa anggaran CCTV?"


def test_typing_a_name_replaces_it_and_completes_it_from_the_list(
    qtbot, window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    to_phase(qtbot, window.session, Phase.QA)
    qa = window.session.qa_page
    key(qtbot, Qt.Key.Key_Home, CTRL)  # the first question
    key(qtbot, Qt.Key.Key_Right)  # its asker
    # Typed keys replace the name and complete it, matching anywhere and ignoring case.
    type_text(qtbot, "bambang")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is qa.table
    assert _stored(demo_file, "asker, responder")[0][0] == "Ir. Bambang Hartono, M.Sc."
    type_text(qtbot, "Dr")
    key(qtbot, Qt.Key.Key_Tab)  # commits the completed name, on to the answer
    assert window.store.record().qa[0].asker == "Dr. Ratna Wulandari, M.T."
    assert qa.table.currentIndex().column() == 2
    key(qtbot, Qt.Key.Key_Escape)
    # Esc leaves the name as it was; a name not in the list is kept as typed (a guest).
    key(qtbot, Qt.Key.Key_Left)
    type_text(qtbot, "sri")
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is qa.table
    assert _stored(demo_file, "asker, responder")[0][0] == "Dr. Ratna Wulandari, M.T."
    type_text(qtbot, "Tamu dari BSSN")
    key(qtbot, Qt.Key.Key_Return)
    assert _stored(demo_file, "asker, responder")[0][0] == "Tamu dari BSSN"
    # F2 keeps the name, the cursor at its end: what is typed is added to it.
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, " (Jakarta)")
    key(qtbot, Qt.Key.Key_Return)
    assert _stored(demo_file, "asker, responder")[0][0] == "Tamu dari BSSN (Jakarta)"
    # The names holding what is typed are listed under it; Down walks them.
    type_text(qtbot, "m.")
    names = focus().completer().popup()
    assert names.isVisible() and names.model().rowCount() >= 3
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # the second name holding "m."
    key(qtbot, Qt.Key.Key_Return)
    assert _stored(demo_file, "asker, responder")[0][0] == "Ir. Bambang Hartono, M.Sc."
    assert focus() is qa.table  # the list went with the editor
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Tamu dari BSSN (Jakarta)")
    key(qtbot, Qt.Key.Key_Return)
    # The responder from the attendees; Tab into it from the answer replaces it too.
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "SITI")
    key(qtbot, Qt.Key.Key_Return)
    assert _stored(demo_file, "asker, responder")[0] == (
        "Tamu dari BSSN (Jakarta)",
        "Ir. Siti Rahmawati, M.T.",
    )
    assert focus() is qa.table
