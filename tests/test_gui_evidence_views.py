"""Evidence where it is used, by keyboard alone: the thumbnail strip on the item's page, the
viewer, delete / caption / move with undo, the gallery per phase, the requests list, and
nothing editable after sign-off.

Every key goes to QApplication.focusWidget() and the test asserts where focus lands; the
file is checked with sqlite3 (a restored piece has its id and its bytes back)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu

from scorer.core.evidence import default_due, prepare
from scorer.core.model import Phase, utc_now
from scorer.storage import evidence as ev
from scorer.storage.store import ScoringStore
from tests.evidence_files import pdf, png
from tests.keys import ALT, CTRL, SHIFT, focus, key, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def session_file(tmp_path: Path, default_rubric) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """The demo session at Penilaian, two slides and a PDF on the item it opens on."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    record = demo_record(default_rubric)
    record.session.current_phase = Phase.SCORING
    path = tmp_path / "kota.scoring"
    create_file(path, record)
    with ScoringStore.open(path) as store:
        values = store.values()
        unscored = (i.id for i in default_rubric.items if i.id not in values)
        item = next(unscored, default_rubric.items[0].id)
        files = [
            png(tmp_path / "a.png", colour=(200, 30, 30)),
            png(tmp_path / "b.png", colour=(30, 200, 30)),
            pdf(tmp_path / "sk.pdf"),
        ]
        for n, file in enumerate(files):
            piece = prepare(file.read_bytes(), file.name)
            ev.attach(store, [piece], item_id=item, caption=f"Slide {n + 1}")
    return path, item


@pytest.fixture
def scoring_file(session_file: tuple[Path, str]) -> Path:
    """What conftest's `window` opens."""
    return session_file[0]


def _to_strip(qtbot, window):  # type: ignore[no-untyped-def]
    strip = window.session.scoring_page.strip
    for _ in range(8):
        if focus() is strip:
            return strip
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the strip (at {focus().objectName()})")


def _blob(path: Path, evidence_id: int) -> bytes | None:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT data FROM blob JOIN evidence ON evidence.blob_sha256 = blob.sha256 "
            "WHERE evidence.id = ?",
            (evidence_id,),
        ).fetchone()
    return None if row is None else bytes(row[0])


def test_strip_shows_the_items_evidence_and_edits_it_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: tuple[Path, str]
) -> None:
    path, item = session_file
    page = window.session.scoring_page
    assert page.current_item() == item and focus() is page.tree
    strip = _to_strip(qtbot, window)
    assert strip.model().rowCount() == 3
    first, second, third = (p.id for p in strip.pieces.pieces)
    assert strip.current_piece().id == first
    # Thumbnails arrive from the worker; the PDF shows an icon (never decoded).
    decoration = Qt.ItemDataRole.DecorationRole
    blank = page.thumbnails.placeholder.cacheKey()

    def thumbnail(row: int):  # type: ignore[no-untyped-def]
        return strip.model().index(row, 0).data(decoration)

    qtbot.waitUntil(lambda: all(thumbnail(r).cacheKey() != blank for r in range(2)))
    red = thumbnail(0).toImage()
    assert red.width() == page.thumbnails.side and red.height() < red.width()
    assert red.pixelColor(5, 5).red() > 150 and red.pixelColor(5, 5).green() < 80
    assert thumbnail(1).toImage().pixelColor(5, 5).green() > 150
    assert not isinstance(thumbnail(2), QPixmap)  # the PDF: an icon, never decoded
    assert "Slide 1" in strip.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    # Enter opens the viewer; → goes to the next piece, Esc comes back to the strip.
    key(qtbot, Qt.Key.Key_Return)
    viewer = focus().window()
    assert viewer.objectName() == "evidenceViewer"
    assert viewer.picture.pixmap().width() > 0
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    assert viewer.current().id == third and not viewer.picture.pixmap().isNull()  # PDF page 1
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is strip)

    # Delete, then Ctrl+Z: the same id with the same bytes.
    kept = _blob(path, first)
    assert kept is not None
    key(qtbot, Qt.Key.Key_Delete)
    assert [p.id for p in strip.pieces.pieces] == [second, third] and focus() is strip
    assert _blob(path, first) is None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert [p.id for p in strip.pieces.pieces] == [first, second, third]
    assert _blob(path, first) == kept

    # F2: the caption (the prompt's answer), undoable.
    assert strip.current_piece().id == second  # current stayed on the piece it was on
    window.prompts.answers.append("Indeks e-government 3,11")
    key(qtbot, Qt.Key.Key_F2)
    assert ev.pieces(window.store)[1].caption == "Indeks e-government 3,11"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert ev.pieces(window.store)[1].caption == "Slide 2"

    # Ctrl+M: to another item by typing its id; it leaves this item's strip.
    target = next(i.id for i in window.store.rubric.items if i.id != item)
    key(qtbot, Qt.Key.Key_M, CTRL)
    chooser = focus()
    assert isinstance(chooser, QLineEdit) and chooser.objectName() == "chooserFilter"
    type_text(qtbot, target.lower())
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is strip)
    assert {p.id: p.item_id for p in ev.pieces(window.store)}[second] == target
    assert [p.id for p in strip.pieces.pieces] == [first, third]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert [p.id for p in strip.pieces.pieces] == [first, second, third]
    actions = [a.action for a in window.store.record().audit if a.entity.startswith("evidence")]
    assert actions.count("restore") == 1 and actions.count("reassign") == 2


# A popup menu, offscreen: the plugin neither grabs the keyboard nor raises windows.
@pytest.mark.qt_log_ignore("grabbing the keyboard", r"raise\(\)")
def test_the_menu_key_names_the_same_actions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    strip = _to_strip(qtbot, window)
    key(qtbot, Qt.Key.Key_Menu)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == [
        "&Buka",
        "&Keterangan…",
        "&Pindahkan ke butir…",
        "&Hapus",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_H)  # a popup takes the keys while it is open
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert focus() is strip and strip.model().rowCount() == 2


def test_strip_is_hidden_without_evidence_and_focus_leaves_an_emptied_strip(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: tuple[Path, str]
) -> None:
    page = window.session.scoring_page
    strip = _to_strip(qtbot, window)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Delete)
    assert not strip.isVisible() and focus() is page.tree  # where Ctrl+Z is the session's
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is not strip


def test_gallery_per_phase_by_keyboard(qtbot, window, session_file: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    path, item = session_file
    store = window.store
    slide = prepare(png(path.parent / "c.png").read_bytes(), "c.png")
    window.context.run(lambda: ev.attach(store, [slide], phase=Phase.QA, caption="Tanya")[1])
    where = focus()
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    gallery = focus().window()
    assert gallery.objectName() == "evidenceGallery"
    assert list(gallery.strips) == [item] and focus() is gallery.strips[item]
    assert gallery.strips[item].model().rowCount() == 3
    key(qtbot, Qt.Key.Key_Delete)  # the same keys as the strip
    assert len(ev.pieces(store)) == 3
    assert focus() is gallery.strips[item] and gallery.strips[item].model().rowCount() == 2
    key(qtbot, Qt.Key.Key_Z, CTRL)  # undo works inside the gallery too
    assert len(ev.pieces(store)) == 4 and gallery.strips[item].model().rowCount() == 3
    assert focus() is gallery.strips[item]
    key(qtbot, Qt.Key.Key_Delete)
    # Alt+F: the phase; ↑ goes to Tanya Jawab, whose piece is on the phase only.
    key(qtbot, Qt.Key.Key_F, ALT)
    assert isinstance(focus(), QComboBox)
    key(qtbot, Qt.Key.Key_Up)
    assert gallery.phase is Phase.QA and list(gallery.strips) == [None]
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is gallery.strips[None]
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is where)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(ev.pieces(store)) == 4


def test_requests_added_fulfilled_and_deleted_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: tuple[Path, str]
) -> None:
    path, item = session_file
    store = window.store
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    dialog = focus().window()
    assert dialog.objectName() == "evidenceRequests" and focus() is dialog.table
    key(qtbot, Qt.Key.Key_Insert)
    assert focus().objectName() == "requestWhat"
    form = focus().window()
    assert form.chosen_item() == item
    type_text(qtbot, "SK Dewan Smart City")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.item
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.due_at
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the date and time (not its next section)
    assert focus() is not form.due_at and focus().window() is form
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert focus() is form.what
    before = utc_now()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: focus() is dialog.table)
    (request,) = ev.requests(store)
    zone = ev.session_zone(store)
    assert (request.item_id, request.what) == (item, "SK Dewan Smart City")
    assert request.due_at == default_due(before, zone)
    assert request.due_at.astimezone(zone).time() == dt.time(12, 0)
    assert dialog.model.index(0, 4).data() == "Terbuka"

    # Enter: fulfilled by a piece of the item (the first offered), undone, then by a file.
    key(qtbot, Qt.Key.Key_Return)
    assert focus().objectName() == "chooserFilter"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is dialog.table)
    (request,) = ev.requests(store)
    first = ev.pieces(store)[0].id
    assert request.evidence_id == first and request.fulfilled_by
    assert f"no. {first}" in dialog.model.index(0, 4).data()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert ev.requests(store)[0].open
    received = png(path.parent / "received.png", colour=(10, 10, 200))
    window.prompts.open_path = lambda _title, _filter: received  # the file dialog
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "lampirkan")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is dialog.table)
    (request,) = ev.requests(store)
    newest = ev.pieces(store)[-1]
    assert request.evidence_id == newest.id and newest.original_name == "received.png"
    assert newest.item_id == item

    # Delete, Ctrl+Z: the request is back, as it was.
    key(qtbot, Qt.Key.Key_Delete)
    assert ev.requests(store) == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert ev.requests(store) == [request]
    key(qtbot, Qt.Key.Key_Escape)


def test_nothing_is_edited_after_sign_off_and_the_refusal_is_said(  # type: ignore[no-untyped-def]
    qtbot, window, session_file: tuple[Path, str]
) -> None:
    from scorer.storage.signoff import sign_off

    store = window.store
    assert window.context.run(lambda: sign_off(store, "Dr. Ratna Wulandari, M.T."))
    window.session.go_to_phase(Phase.SCORING)
    window.session.focus_work()
    strip = _to_strip(qtbot, window)
    before = ev.pieces(store)
    for keys in ((Qt.Key.Key_Delete,), (Qt.Key.Key_F2,), (Qt.Key.Key_M, CTRL)):
        key(qtbot, *keys)
        assert focus() is strip  # no prompt, no chooser: the refusal is said at once
    assert ev.pieces(store) == before
    assert len(window.prompts.errors) == 3 and "signed off" in window.prompts.errors[0]
    assert window.undo_stack.count() == 0
    key(qtbot, Qt.Key.Key_Return)  # looking is still allowed
    assert focus().window().objectName() == "evidenceViewer"
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focus() is strip)
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    dialog = focus().window()
    key(qtbot, Qt.Key.Key_Insert)
    assert focus() is dialog.table and ev.requests(store) == []
    assert len(window.prompts.errors) == 4


@pytest.mark.slow
def test_quitting_while_thumbnails_decode_ends_cleanly(tmp_path: Path, default_rubric) -> None:  # type: ignore[no-untyped-def]
    """`main.py FILE` quitting as soon as the session shows, while the item's ten thumbnails
    still decode in worker threads: the app waits for its workers before Python is torn
    down (without that, about one exit in three died with SIGSEGV)."""
    import os
    import subprocess
    import sys

    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file
    from tests.conftest import ROOT

    record = demo_record(default_rubric)
    record.session.current_phase = Phase.SCORING
    path = tmp_path / "many.scoring"
    create_file(path, record)
    with ScoringStore.open(path) as store:
        values = store.values()  # the page opens on the first unscored item
        item = next((i.id for i in default_rubric.items if i.id not in values), "BL1")
        for n in range(10):
            file = png(tmp_path / f"{n}.png", colour=(20 * n, 90, 200 - 15 * n))
            ev.attach(store, [prepare(file.read_bytes(), file.name)], item_id=item)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCORER_BENCH_EXIT_AFTER_SHOW": "session"}
    codes = [
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), str(path)],
            env=env,
            capture_output=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        ).returncode
        for _ in range(6)
    ]
    assert codes == [0] * 6
