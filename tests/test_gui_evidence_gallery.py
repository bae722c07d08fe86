"""The gallery of a phase with evidence on every item (100 pieces, 34 groups) builds its
strips as they are needed: keys alone reach the last group before it was built, and act on
it; the scroll bar is right before every strip is built.

Keys go to QApplication.focusWidget() with no turn of the event loop between them (where
the gallery builds the other strips), and the test asserts where focus lands; edits are
checked in the file with sqlite3."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from scorer.core.evidence import prepare
from scorer.core.model import Phase
from scorer.storage import evidence as ev
from scorer.storage.store import ScoringStore
from tests.conftest import shown_window
from tests.evidence_files import png
from tests.keys import CTRL, SHIFT, drain, focus, key

pytestmark = pytest.mark.gui
PIECES = 100
PLAIN = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def hundred(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo at Penilaian with 99 small slides over every item, and one on the phase
    only: that group comes last."""
    from scorer.core.demo import demo_record
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage.store import create_file

    folder = tmp_path_factory.mktemp("hundred")
    rubric = load_rubric(default_rubric_path())
    record = demo_record(rubric)
    record.session.current_phase = Phase.SCORING
    path = folder / "seratus.scoring"
    create_file(path, record)
    items = [item.id for item in rubric.items]

    def piece(n: int) -> object:
        return prepare(png(folder / f"{n}.png", (64, 36), (n, 255 - n, 99)).read_bytes(), "s.png")

    with ScoringStore.open(path) as store:
        for row, item in enumerate(items):
            pieces = [piece(n) for n in range(row, PIECES - 1, len(items))]
            ev.attach(store, pieces, item_id=item)  # type: ignore[arg-type]
        ev.attach(store, [piece(PIECES - 1)], phase=Phase.SCORING)  # type: ignore[list-item]
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, hundred: Path):  # type: ignore[no-untyped-def]

    path = tmp_path / hundred.name
    shutil.copyfile(hundred, path)
    main = shown_window(qtbot, path)
    yield main
    main.close()


def _open_gallery(qtbot):  # type: ignore[no-untyped-def]
    # Not key(): draining the event queue would run the builder's zero timer to the end.
    _press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.waitUntil(lambda: focus().window().objectName() == "evidenceGallery")
    gallery = focus().window()
    assert gallery.objectName() == "evidenceGallery"
    keys = list(gallery.grouped)
    assert len(keys) == 34 and keys[-1] is None
    assert focus() is gallery.strips[keys[0]]
    assert len(gallery.strips) < 10, "every group was built at once"
    return gallery, keys


def _press(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = PLAIN) -> None:  # type: ignore[no-untyped-def]
    """A key to the focused widget with no turn of the event loop after it."""
    qtbot.keyClick(focus(), k, modifiers)


def _in_view(gallery, strip) -> bool:  # type: ignore[no-untyped-def]
    top = strip.mapTo(gallery.scroll_area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + strip.height() <= gallery.scroll_area.viewport().height()


def _caption(path: Path, evidence_id: int) -> str:
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT caption FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    (caption,) = row
    return str(caption)


def test_down_arrows_reach_the_last_group_before_it_is_built_and_f2_captions_it(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    gallery, keys = _open_gallery(qtbot)
    assert keys[-1] not in gallery.strips
    for expected in keys[1:]:
        _press(qtbot, Qt.Key.Key_Down)
        assert focus() is gallery.strips[expected]
    strip = focus()
    (piece,) = strip.pieces.pieces
    window.prompts.answers.append("Disposisi wali kota")
    _press(qtbot, Qt.Key.Key_F2)
    assert _caption(window.store.path, piece.id) == "Disposisi wali kota"
    assert focus() is strip and strip.current_piece().caption == "Disposisi wali kota"
    qtbot.waitUntil(lambda: _in_view(gallery, strip))  # scrolled along with the focus
    _press(qtbot, Qt.Key.Key_Up)  # and back up a group
    assert focus() is gallery.strips[keys[-2]]


def test_shift_tab_from_close_reaches_the_last_group_and_delete_moves_focus_up(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    gallery, keys = _open_gallery(qtbot)
    for _ in range(3):  # the first strip, the phase, then round to Close
        if focus() is gallery.close_button:
            break
        _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert focus() is gallery.close_button
    assert keys[-1] not in gallery.strips
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert focus() is gallery.strips[keys[-1]]
    _press(qtbot, Qt.Key.Key_Backtab, SHIFT)  # the group above it, built now too
    assert focus() is gallery.strips[keys[-2]]
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Delete)  # the phase-only group's one piece: the group goes
    assert len(ev.pieces(window.store)) == PIECES - 1
    assert list(gallery.grouped) == keys[:-1] and focus() is gallery.strips[keys[-2]]
    _press(qtbot, Qt.Key.Key_Z, CTRL)  # back, as a group not built yet
    assert len(ev.pieces(window.store)) == PIECES and list(gallery.grouped) == keys
    _press(qtbot, Qt.Key.Key_Down)
    assert focus() is gallery.strips[keys[-1]]


def test_tab_crosses_every_group_in_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    gallery, keys = _open_gallery(qtbot)
    for expected in keys[1:]:
        _press(qtbot, Qt.Key.Key_Tab)
        assert focus() is gallery.strips[expected]
    _press(qtbot, Qt.Key.Key_Tab)
    assert focus() is gallery.close_button


def test_scroll_range_is_right_before_the_strips_are_built(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    gallery, keys = _open_gallery(qtbot)
    bar = gallery.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    first = bar.maximum()
    qtbot.waitUntil(lambda: len(gallery.strips) == len(keys))  # built on later turns
    assert not gallery.gaps
    drain()  # the layouts the last strips asked for
    assert bar.maximum() == first


def test_an_edit_keeps_the_current_piece_of_the_group(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open_gallery(qtbot)
    strip = focus()
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    piece = strip.current_piece()
    window.prompts.answers.append("Realisasi 75 %")
    key(qtbot, Qt.Key.Key_F2)
    assert _caption(window.store.path, piece.id) == "Realisasi 75 %"
    assert focus() is strip and strip.current_piece().id == piece.id


def test_a_group_is_named_in_words_for_a_screen_reader(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    gallery = focus().window()
    assert gallery.objectName() == "evidenceGallery"
    name = focus().accessibleName()
    assert name and "<" not in name and " · " in name
    key(qtbot, Qt.Key.Key_Escape)
