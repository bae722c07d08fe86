"""The live session end to end through the real widgets and a real file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from scorer.core.model import Phase
from scorer.storage.store import ScoringStore
from tests.conftest import SLOW_WORK_MS
from tests.keys import drain

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def _new_evaluation(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from scorer.ui.new_evaluation import NewEvaluationDialog

    dialog = NewEvaluationDialog(window.settings, window.prompts, window)
    dialog.region.setText("Kota Uji")
    dialog.province.setText("Jawa Tengah")
    dialog.stage.setCurrentIndex(1)
    dialog.name.setText("Dr. Asesor Uji")
    dialog.institution.setText("Universitas Uji")
    dialog.role.setCurrentIndex(1)
    dialog.panel.people.insert_pasted(0, "Ir. Anggota Satu (Komdigi)\nDr. Anggota Dua (Bappenas)")
    dialog.attendees.people.insert_pasted(
        0, "H. Wali Uji (Wali Kota, Pemkot Uji)\nSekda Uji (Sekretaris Daerah)"
    )
    path = tmp_path / "uji.scoring"
    window.create_and_open(path, dialog.build_record())
    return path


def test_whole_session_by_keyboard(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _new_evaluation(window, tmp_path)
    session = window.session
    assert ("Kota Uji" in session.header.text() and "Tahap II 2025" in session.header.text()) or (
        "Tahap II" in session.header.text()
    )
    assert session.phase is Phase.PREPARATION
    # Through every phase with Ctrl+PgDown; times are recorded in the file.
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert session.phase is Phase.SCORING

    page = session.scoring_page
    page.tree.setFocus()
    rubric = window.store.rubric
    for position, item in enumerate(rubric.items):
        assert page.current_item() == item.id
        key = Qt.Key.Key_N if position == 3 else getattr(Qt.Key, f"Key_{1 + position % 4}")
        qtbot.keyClick(page.tree, key)
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # next unscored
    assert "belum dinilai" not in page.rollups.strip.text().replace("\u00a0", " ")
    assert "Indeks" in page.rollups.strip.text().replace(
        "\u00a0", " "
    ) and "," in page.rollups.strip.text().replace("\u00a0", " ")

    # Typing a letter on the tree starts the item's note; it is saved as typed.
    page.select_item("OP8")
    page.tree.setFocus()
    qtbot.keyClicks(page.tree, "C")
    assert QApplication.focusWidget() is page.note  # the rest of the word goes there
    qtbot.keyClicks(page.note, "CTV")
    assert page.note.toPlainText() == "CCTV"

    # A quick note from anywhere.
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is session.note_line.edit
    qtbot.keyClicks(session.note_line.edit, "Data BRT belum di dasbor")
    qtbot.keyClick(session.note_line.edit, Qt.Key.Key_Return)

    # Q&A with Ctrl+Q: the new question's cell opens for typing.
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert session.phase is Phase.QA
    qtbot.keyClicks(QApplication.focusWidget(), "Q1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits when events run
    qtbot.waitUntil(lambda: session.qa_page.model.rowCount() == 2)  # the entry, the new row

    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert session.phase is Phase.SIGNOFF

    with sqlite3.connect(path) as db:
        levels = dict(db.execute("SELECT item_id, coalesce(level, 'NA') FROM score"))
        notes = [r[0] for r in db.execute("SELECT text FROM note")]
        phases = dict(db.execute("SELECT phase, started_at FROM phase_time"))
        note = db.execute("SELECT note FROM score WHERE item_id='OP8'").fetchone()[0]
    db.close()
    assert len(levels) == len(rubric.items)
    assert levels[rubric.items[3].id] == "NA"
    assert levels[rubric.items[0].id] == 1 and levels[rubric.items[1].id] == 2
    assert "Data BRT belum di dasbor" in notes
    assert all(phases[p.value] for p in Phase)
    assert note == "CCTV"

    # Undo and redo of a score, reflected in the widget and the file.
    page_before = window.store.score(rubric.items[0].id)
    assert page_before is not None
    session.go_to_phase(Phase.SCORING)
    page.select_item(rubric.items[0].id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_4)
    assert window.store.score(rubric.items[0].id).level == 4
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.score(rubric.items[0].id).level == 1
    assert page.level_buttons[1].isChecked()
    window.undo_stack.redo()
    assert window.store.score(rubric.items[0].id).level == 4

    # Close and reopen: everything is there, the phase and the selected item restored.
    page.select_item("OP3")
    window.close_session()
    window.open_file(path)
    assert window.session.phase is Phase.SCORING
    assert window.session.scoring_page.current_item() == "OP3"
    record = window.store.record()
    assert any(n.text == "Data BRT belum di dasbor" for n in record.notes)
    assert len(record.qa) == 1


def test_phase_change_takes_a_backup(window, demo_file: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with ScoringStore.open(demo_file) as store:
        store.set_phase(Phase.PRESENTATION)
    window.open_file(demo_file)
    window.session.next_phase()
    backups = list((data_dir / "backups").rglob("*.scoring"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as db:
        assert db.execute("SELECT current_phase FROM session_info").fetchone()[0] == "presentasi"
    db.close()


def test_second_instance_is_read_only(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    window.open_file(demo_file)
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_file(demo_file)
    assert second.store.read_only and second.context.read_only
    assert second.session.banner.isVisibleTo(second) or second.session.banner.text()
    second.session.scoring_page.tree.setFocus()
    before = second.store.score(second.session.scoring_page.current_item())
    qtbot.keyClick(second.session.scoring_page.tree, Qt.Key.Key_1)
    assert second.store.score(second.session.scoring_page.current_item()) == before
    second.close()


def test_compact_layout_has_no_horizontal_scrolling(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    for _ in range(2):  # the second time the compact layout's smaller minimum applies
        window.resize(640, 720)
        drain()  # the resize and the layout it asks for
    assert window.compact
    assert window.width() == 640
    for phase in Phase:
        window.session.go_to_phase(phase)
        drain()
        assert window.centralWidget().minimumSizeHint().width() <= 640, phase
        for area in window.findChildren(QAbstractScrollArea):
            if area.isVisible():
                assert not area.horizontalScrollBar().isVisible(), (phase, area.objectName())


def test_language_switch_changes_visible_texts(window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Berkas" in menus
    window.set_language("en")
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&File" in menus
    assert "Stage II" in window.session.header.text()
    window.set_language("id")
    assert "&Berkas" in [a.text() for a in window.menuBar().actions()]


def test_charts_load_lazily_and_follow_the_scores(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    charts = window.session.scoring_page.rollups.charts
    assert charts.shown is None  # nothing drawn while the scoring phase is not shown
    window.session.go_to_phase(Phase.SCORING)
    qtbot.waitUntil(lambda: charts.shown is not None, timeout=SLOW_WORK_MS)
    assert not charts.picture.pixmap().isNull()
    before = charts.shown.dimension_values
    page = window.session.scoring_page
    page.select_item("BL1")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_4)  # governance: BL1 3 → 4
    qtbot.waitUntil(lambda: charts.shown.dimension_values != before, timeout=SLOW_WORK_MS)
    assert charts.shown.dimension_values[0] == pytest.approx(before[0] + 1 / 3)


def test_a_file_changed_after_sign_off_is_shown_as_tampered(window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.storage.signoff import sign_off

    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Dr. Ratna Wulandari, M.T.")
    db = sqlite3.connect(demo_file)
    db.execute("UPDATE score SET level = 1 WHERE item_id = 'OP2'")
    db.commit()
    db.close()
    window.open_file(demo_file)
    banner = window.session.banner
    assert not banner.isHidden() and "diubah di luar aplikasi" in banner.text()


def test_a_bug_is_logged_and_shown_not_lost(qtbot, monkeypatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtWidgets import QMessageBox

    from scorer.ui.launch import install_crash_handler

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(RuntimeError, exc, exc.__traceback__)
    logs = list((data_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "boom in a slot" in logs[0].read_text()
    assert shown and str(logs[0]) in shown[0]


def test_qa_asker_and_responder_come_from_panel_and_attendees(
    qtbot, window, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    window.open_file(demo_file)
    page = window.session.qa_page
    window.session.go_to_phase(Phase.QA)
    index = page.model.index(0, 3)  # responder
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.findChild(QComboBox)
    assert editor is not None
    names = [editor.itemText(n) for n in range(editor.count())]
    assert names[0] == "Drs. H. Joko Santoso, M.Si." and len(names) == 6
    editor.setCurrentText("Ir. Siti Rahmawati, M.T.")
    page.askers.setModelData(editor, page.model, index)  # what committing the editor does
    assert window.store.record().qa[0].responder == "Ir. Siti Rahmawati, M.T."
    window.undo_stack.undo()
    assert window.store.record().qa[0].responder == "Dra. Dewi Anggraini, M.Si."
    dimensions = page.model.index(0, 4)
    assert dimensions.data() == "Smart Governance"  # names to read
    assert dimensions.data(Qt.ItemDataRole.EditRole) == "governance"  # ids to edit
