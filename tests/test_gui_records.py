"""Conclusions, recommendations and notes corrected by keyboard alone: added, edited, moved,
deleted, undone and redone, refused after sign-off, and read back from the signed minutes.

Every key goes to QApplication.focusWidget() and the test asserts where focus lands; no
mouse, no slot called directly (sign-off runs through the session's context, as its page
does)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox

from scorer.core.model import Phase
from scorer.storage import entries
from tests.conftest import run_cli, shown_window
from tests.keys import ALT, CTRL, SHIFT, focus, key, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def session_file(tmp_path: Path, default_rubric) -> Path:  # type: ignore[no-untyped-def]
    """The demo session at Kesimpulan with nothing concluded or recommended yet."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    record = demo_record(default_rubric)
    record.conclusions, record.recommendations = [], []
    record.session.current_phase = Phase.CONCLUSIONS
    path = tmp_path / "kota.scoring"
    create_file(path, record)
    return path


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    main = shown_window(qtbot)
    yield main
    main.close()


def texts(store, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [values["text"] for _id, values in entries.entries(store, table)]


def test_records_corrected_by_keyboard_then_locked_and_in_the_minutes(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: Path, tmp_path: Path
) -> None:
    window.open_file(session_file)
    session = window.session
    store = window.store
    page = session.pages[Phase.CONCLUSIONS]
    assert session.phase is Phase.CONCLUSIONS
    assert focus() is page.conclusions  # the first empty field
    assert page.conclusions.currentIndex().row() == page.conclusions.list.new_row()

    # Conclusions: typed one after another (Enter goes on to the new row again).
    for text in ("Integrasi data berjalan", "SOC belum ada", "Dasbor publik lengkap"):
        type_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Return)
        assert focus() is page.conclusions
    assert texts(store, "conclusion") == [
        "Integrasi data berjalan",
        "SOC belum ada",
        "Dasbor publik lengkap",
    ]
    assert page.conclusions.currentIndex().row() == 3  # the new row, ready for the next
    assert page.conclusions.list.headerData(1, Qt.Orientation.Vertical) == "2"
    # Edit the second in place, move the third up, delete the first, undo, redo.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Pusat operasi keamanan (SOC) belum ada")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is page.conclusions and page.conclusions.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert page.conclusions.currentIndex().row() == 1
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Delete)
    corrected = ["Dasbor publik lengkap", "Pusat operasi keamanan (SOC) belum ada"]
    assert texts(store, "conclusion") == corrected
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(store, "conclusion") == ["Integrasi data berjalan", *corrected]
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert texts(store, "conclusion") == corrected
    assert [c for c in page.conclusions.list.rows] == entries.entries(store, "conclusion")

    # Recommendations: Tab leaves the conclusions for the new recommendation's row.
    key(qtbot, Qt.Key.Key_Tab)
    table = page.recommendations
    assert focus() is table and table.currentIndex().row() == 0
    people = [("Bangun SOC", "Kepala Dinas Kominfo"), ("Perbarui masterplan", "Kepala Bidang TI")]
    for text, person in [*people, ("Integrasikan data kesehatan", "")]:
        key(qtbot, Qt.Key.Key_Insert)  # the new row, open for typing
        type_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Tab)  # saves the text, on to the person in charge
        combo = focus()
        assert isinstance(combo, QComboBox) and combo.parent().parent() is table
        assert combo.findText("Kepala Dinas Kominfo") >= 0  # the attendees' offices
        assert combo.findText("Diskominfo Kota Contoh") >= 0
        if person:
            type_text(qtbot, person)
        key(qtbot, Qt.Key.Key_Return)
        assert focus() is table
    listed = entries.entries(store, "recommendation")
    assert [(v["text"], v["person_in_charge"], v["deadline"]) for _i, v in listed] == [
        ("Bangun SOC", "Kepala Dinas Kominfo", None),
        ("Perbarui masterplan", "Kepala Bidang TI", None),
        ("Integrasikan data kesehatan", "", None),
    ]
    deadline = table.list.index(0, 2)
    assert deadline.data() == "–"  # empty until chosen
    # The second's person in charge, from the attendees' offices (completed as typed).
    key(qtbot, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == 1
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Sekretaris Dae")
    key(qtbot, Qt.Key.Key_Return)
    assert entries.entries(store, "recommendation")[1][1]["person_in_charge"] == (
        "Sekretaris Daerah"
    )
    # A deadline: Enter opens the date on today, Enter chooses it; Delete clears it.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    today = dt.date.today()
    assert entries.entries(store, "recommendation")[0][1]["deadline"] == today.isoformat()
    shown = QLocale(QLocale.Language.Indonesian).toString(QDate.currentDate(), "d MMMM yyyy")
    assert deadline.data() == shown
    key(qtbot, Qt.Key.Key_Delete)
    assert entries.entries(store, "recommendation")[0][1]["deadline"] is None
    assert len(entries.entries(store, "recommendation")) == 3  # the date went, not the row
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert deadline.data() == shown
    # Move the third up, delete the first, undo the delete, redo it.
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert table.currentIndex().row() == 1
    first_id = entries.entries(store, "recommendation")[0][0]
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Delete)
    order = ["Integrasikan data kesehatan", "Perbarui masterplan"]
    assert texts(store, "recommendation") == order
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(store, "recommendation") == ["Bangun SOC", *order]
    assert entries.entries(store, "recommendation")[0][0] == first_id  # its own id back
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert texts(store, "recommendation") == order
    assert focus() is table

    # A note, corrected on Presentasi: text and tag, then deleted and brought back.
    while session.phase is not Phase.PRESENTATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert focus() is session.note_line.edit
    type_text(qtbot, "Wali Kota membka acara")
    key(qtbot, Qt.Key.Key_Return)
    notes = session.notes_list
    key(qtbot, Qt.Key.Key_Tab)  # from the note line to its tag, then to the notes
    assert focus() is session.note_line.tag
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is notes
    newest = notes.notes.rowCount() - 1
    assert (notes.currentIndex().row(), notes.currentIndex().column()) == (newest, 2)
    key(qtbot, Qt.Key.Key_Return)  # Enter edits, as F2 does
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Wali Kota membuka acara")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is notes
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_F2)
    assert isinstance(focus(), QComboBox)
    key(qtbot, Qt.Key.Key_Down)  # from no tag to the first dimension
    key(qtbot, Qt.Key.Key_Return)
    note = store.record().notes[-1]
    dimension = store.rubric.dimensions[0]
    assert (note.text, note.item_id, note.dimension_id) == (
        "Wali Kota membuka acara",
        None,
        dimension.id,
    )
    assert notes.notes.index(newest, 1).data() == dimension.name.text("id")
    count = len(store.record().notes)
    key(qtbot, Qt.Key.Key_Delete)
    assert len(store.record().notes) == count - 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert store.record().notes[-1] == note
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(store.record().notes) == count - 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # and the tag's correction
    assert store.record().notes[-1].dimension_id is None
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert store.record().notes[-1] == note
    assert focus() is notes

    # Sign-off locks it all: no row to type into, nothing editable, keys change nothing.
    from scorer.storage.signoff import sign_off

    assert session.context.run(lambda: sign_off(store, "Dr. Ratna Wulandari, M.T."))
    before = (store.record(), len(store.record().audit))
    for model in (page.conclusions.list, page.recommendations.list, notes.notes):
        assert model.read_only and model.rowCount() == len(model.rows)
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_F2)
    assert focus() is notes
    while session.phase is not Phase.CONCLUSIONS:  # browsing phases still works when locked
        key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert focus() is page.conclusions  # to read: there is no new row to type into
    for keys in ((Qt.Key.Key_Delete,), (Qt.Key.Key_Down, ALT), (Qt.Key.Key_Insert,)):
        key(qtbot, *keys)
        assert focus() is page.conclusions
    type_text(qtbot, "x")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is page.recommendations
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Backspace)
    assert (store.record(), len(store.record().audit)) == before
    window.close_session()

    # The audit log kept what was there; the minutes show the corrections in order.
    with sqlite3.connect(session_file) as db:
        audit = db.execute(
            "SELECT action, entity, old FROM audit_log WHERE entity IN "
            "('conclusion', 'recommendation', 'note')"
        ).fetchall()
    db.close()
    actions = {(action, entity) for action, entity, _old in audit}
    for entity in ("conclusion", "recommendation"):
        assert {("add", entity), ("set", entity), ("move", entity), ("delete", entity)} <= (actions)
    assert any(e == "note" and old and "membka" in old for _a, e, old in audit)
    pdf = tmp_path / "notula.pdf"
    code, _out, err = run_cli("minutes", str(session_file), "-o", str(pdf))
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    positions = [
        flat.index(t)
        for t in (
            "Dasbor publik lengkap",
            "Pusat operasi keamanan (SOC) belum ada",
            "Integrasikan data kesehatan",
            "Perbarui masterplan",
        )
    ]
    assert positions == sorted(positions)
    assert "Sekretaris Daerah" in flat and "Wali Kota membuka acara" in flat
    for gone in ("Integrasi data berjalan", "Bangun SOC", "SOC belum ada ", "membka"):
        assert gone not in flat


def test_models_are_sound_qt_models(qtmodeltester, session_file: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from scorer.storage.store import ScoringStore
    from scorer.ui.context import Hub, SessionContext
    from scorer.ui.session.entries_table import EntriesModel
    from scorer.ui.session.notes_list import NotesModel

    with ScoringStore.open(session_file) as store:
        entries.add(store, "conclusion", {"text": "Satu"})
        entries.add(
            store,
            "recommendation",
            {"text": "Dua", "person_in_charge": "Sekda", "deadline": "2026-03-01"},
        )
        context = SessionContext(store, QUndoStack(), Hub())
        recommendations = EntriesModel(context, "recommendation", ("a", "b", "c"), "…")
        models = [
            EntriesModel(context, "conclusion", ("a",), "…"),
            recommendations,
            NotesModel(context),
        ]
        for model in models:
            qtmodeltester.check(model)
        assert recommendations.rowCount() == 2  # the entry and the row to type a new one
        assert models[2].rowCount() == len(store.record().notes)  # notes: no such row
        assert recommendations.index(0, 2).data() == "1 Maret 2026"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        try:
            assert recommendations.index(0, 2).data() == "1 March 2026"
        finally:
            QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        assert recommendations.setData(recommendations.index(1, 0), "Tiga")
        assert recommendations.setData(recommendations.index(0, 2), None)
        assert texts(store, "recommendation") == ["Dua", "Tiga"]
        assert entries.entries(store, "recommendation")[0][1]["deadline"] is None
        assert not recommendations.setData(recommendations.index(0, 0), "  ")
        qtmodeltester.check(recommendations)


def test_kesimpulan_focuses_a_new_recommendation_once_concluded(  # type: ignore[no-untyped-def]
    qtbot, window, demo_file: Path
) -> None:
    window.open_file(demo_file)
    while window.session.phase is not Phase.CONCLUSIONS:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    page = window.session.pages[Phase.CONCLUSIONS]
    table = page.recommendations
    assert focus() is table and table.currentIndex().row() == table.list.new_row()
    # Rows are as tall as their wrapped text at the widths shown (the page was built hidden).
    for view in (page.conclusions, table):
        lines = view.fontMetrics().lineSpacing()
        heights = [view.rowHeight(r) for r in range(view.list.rowCount())]
        assert max(heights) < 4 * lines, heights
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)  # Shift+Tab leaves it for the conclusions
    assert focus() is page.conclusions
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is table


def _recommendations(path: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT text, person_in_charge, deadline FROM recommendation ORDER BY ordinal"
        ).fetchall()


def test_tab_through_a_deadline_chooses_no_date(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: Path
) -> None:
    window.open_file(session_file)
    page = window.session.pages[Phase.CONCLUSIONS]
    table = page.recommendations
    key(qtbot, Qt.Key.Key_Tab)  # from the conclusions to the new recommendation
    assert focus() is table and table.list.is_new(table.currentIndex().row())
    type_text(qtbot, "Bangun SOC")
    key(qtbot, Qt.Key.Key_Tab)  # the person in charge
    type_text(qtbot, "kominfo")
    key(qtbot, Qt.Key.Key_Tab)  # the deadline's editor, on today
    assert table.currentIndex().column() == 2 and focus().parent().parent() is table
    key(qtbot, Qt.Key.Key_Tab)  # passed through: no date chosen
    assert _recommendations(session_file) == [("Bangun SOC", "Kepala Dinas Kominfo", None)]
    assert table.list.index(0, 2).data() == "–"
    key(qtbot, Qt.Key.Key_Escape)
    # Keys that change the date choose it; a deadline set is kept by Tab.
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_End)  # the first recommendation's deadline
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Down)  # the day before today
    key(qtbot, Qt.Key.Key_Tab)
    chosen = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert _recommendations(session_file)[0][2] == chosen
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Tab)
    assert _recommendations(session_file)[0][2] == chosen
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is table


def test_typing_on_the_new_row_in_any_column_starts_the_entry(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: Path
) -> None:
    window.open_file(session_file)
    page = window.session.pages[Phase.CONCLUSIONS]
    table = page.recommendations
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Bangun SOC")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # the deadline's editor
    key(qtbot, Qt.Key.Key_Escape)  # its cell, then the new row's deadline
    key(qtbot, Qt.Key.Key_Down)
    assert table.list.is_new(table.currentIndex().row()) and table.currentIndex().column() == 2
    type_text(qtbot, "Perbarui masterplan")
    assert focus().parent().parent() is table and table.currentIndex().column() == 0
    key(qtbot, Qt.Key.Key_Return)
    assert [r[0] for r in _recommendations(session_file)] == ["Bangun SOC", "Perbarui masterplan"]
    assert focus() is table and table.list.is_new(table.currentIndex().row())
