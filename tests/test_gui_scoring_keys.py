"""Penilaian's keys where they met something unexpected: Enter in the Bukti field, Enter
with nothing left to score, a letter typed on the tree into a note that has text, and the
last thumbnail deleted (focus where Ctrl+Z is the session's undo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scorer.core.evidence import prepare
from scorer.storage import evidence as ev
from scorer.storage.store import ScoringStore
from tests.conftest import open_at_scoring
from tests.evidence_files import png
from tests.keys import CTRL, focus, key, type_text

pytestmark = pytest.mark.gui


def _tab_to(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    for _ in range(8):
        if focus() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_enter_in_the_evidence_field_goes_back_to_the_tree_on_the_same_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.session.scoring_page
    item = page.current_item()
    _tab_to(qtbot, page.evidence)
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " hlm. 4")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is page.tree and page.current_item() == item
    assert window.store.score(item).evidence.endswith(" hlm. 4")
    type_text(qtbot, "3")  # the next key scores this item, as on the tree
    assert window.store.score(item).level == 3


def test_enter_with_every_item_scored_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.session.scoring_page
    while page._first_unscored() is not None:
        type_text(qtbot, "2")
        key(qtbot, Qt.Key.Key_Return)
    where = page.current_item()
    key(qtbot, Qt.Key.Key_Return)
    assert page.current_item() == where and focus() is page.tree
    assert "Semua butir sudah dinilai" in window.statusBar().currentMessage()


def test_a_letter_on_the_tree_starts_a_new_word_in_the_note(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.session.scoring_page
    item = page.current_item()
    before = window.store.score(item).note if window.store.score(item) else ""
    assert before and not before[-1].isspace()  # the demo's notes end in a full stop
    type_text(qtbot, "lihat")
    assert focus() is page.note
    assert window.store.score(item).note == f"{before} lihat"


def test_deleting_the_last_thumbnail_can_be_undone_with_the_next_key(
    qtbot, tmp_path: Path, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    with ScoringStore.open(demo_file) as store:
        values = store.values()
        unscored = (i.id for i in store.rubric.items if i.id not in values)
        item = next(unscored, store.rubric.items[0].id)  # where the page opens
        piece = prepare(png(tmp_path / "a.png", colour=(200, 30, 30)).read_bytes(), "a.png")
        ev.attach(store, [piece], item_id=item, caption="Slide 1")
    window = open_at_scoring(qtbot, demo_file)
    page = window.session.scoring_page
    assert page.current_item() == item
    _tab_to(qtbot, page.strip)
    key(qtbot, Qt.Key.Key_Delete)
    assert ev.pieces(window.store) == []
    assert focus() is page.tree
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert [p.caption for p in ev.pieces(window.store)] == ["Slide 1"]


def test_a_component_row_says_how_to_reach_its_items_and_takes_no_typing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.session.scoring_page
    rubric = window.store.rubric
    first = rubric.items_of(rubric.components[0].id)[0].id
    page.select_item(first)
    assert page.current_item() == first
    key(qtbot, Qt.Key.Key_Up)  # the component's own row
    assert page.current_item() is None and focus() is page.tree
    assert rubric.components[0].name.text("id") in page.title.text()
    assert "butir" in page.descriptors.text() and page.note.toPlainText() == ""
    assert not page.note.isEnabled() and not page.evidence.isEnabled()
    type_text(qtbot, "3x")
    assert "Pilih butir" in window.statusBar().currentMessage()
    assert focus() is page.tree and page.note.toPlainText() == ""
    key(qtbot, Qt.Key.Key_Down)  # back on an item: its fields again
    assert page.current_item() == first and page.note.isEnabled()


def test_the_index_line_breaks_only_between_figures(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    text = window.session.scoring_page.rollups.strip.text()
    figures = text.split("\u00a0· ")
    assert len(figures) >= 6 and figures[0].startswith("Indeks\u00a0")
    assert all(" " not in figure for figure in figures)  # the only spaces follow a "·"


def test_the_keyboard_overview_fits_beside_a_compact_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from scorer.ui.shortcuts import ShortcutsDialog

    window.resize(640, 720)
    qtbot.waitUntil(lambda: window.compact)
    key(qtbot, Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.width() <= window.width()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
