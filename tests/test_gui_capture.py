"""Ctrl+Shift+S, dropped files and the caption after each, by keys from where focus is.

The offscreen platform really grabs (it composes the windows' backing stores), so the
capture runs the real code path against a known window on screen; only the refusal is
simulated, by making QScreen itself return what a refusing platform returns. One test runs
the same path on a real X server (Xvfb) in a child process.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QPixmap, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from scorer.core.model import Phase
from tests import evidence_files
from tests.fault_injection import fail_file_writes
from tests.keys import CTRL, CTRL_SHIFT, SHIFT, drain, focus, key, type_text

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
RED, BLUE = QColor(210, 20, 20), QColor(20, 40, 220)


class Slide(QWidget):
    """A known window: red above, a blue band below, never taking focus."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.Tool
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setGeometry(200, 200, 400, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(0, 0, 400, 300, RED)
        painter.fillRect(0, 300, 400, 100, BLUE)
        painter.end()


@pytest.fixture
def slide(qtbot, window):  # type: ignore[no-untyped-def]
    """Shown beside the app, as Zoom is; the app stays the active window."""
    widget = Slide()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session.focus_work()
    return widget


def _stored(path: Path) -> list:  # type: ignore[type-arg]
    from PIL import Image

    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT data FROM blob ORDER BY rowid").fetchall()
    return [Image.open(io.BytesIO(data)).convert("RGB") for (data,) in rows]


def _is(pixel: tuple[int, int, int], colour: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel, colour.getRgb()[:3], strict=True))


def _captioning(window: QWidget) -> bool:
    bar = window.session.caption_bar  # type: ignore[attr-defined]
    return bar is not None and bar.isVisible()


def _overlay_has_focus() -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.objectName() == "captureOverlay"


def test_a_keyboard_selection_is_stored_on_the_current_item_and_captioned(
    qtbot, window, slide, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    item = window.session.scoring_page.current_item()
    where = focus()
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    # The first arrow selects the middle half of the 800×800 screen, (200, 200) 400×400,
    # and moves it 10 px right; back left, then the right and bottom edges in.
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Left)
    for _ in range(5):
        key(qtbot, Qt.Key.Key_Left, SHIFT)  # 10 px each
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Up, CTRL_SHIFT)  # 1 px each
    assert window.capture.selection.rect == QRect(200, 200, 350, 397)
    key(qtbot, Qt.Key.Key_Return)
    assert window.capture.overlay is None
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    (piece,) = window.store.record().evidence
    assert (piece.item_id, piece.phase) == (item, Phase.SCORING)
    assert (piece.width, piece.height) == (350, 397)
    (image,) = _stored(demo_file)
    assert image.size == (350, 397)
    assert _is(image.getpixel((20, 20)), RED)
    assert _is(image.getpixel((20, 380)), BLUE)  # the band starts 300 px down the slide
    # Stored before the caption is asked: Enter keeps the caption, focus goes back.
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    assert item in window.session.caption_bar.label.text()
    type_text(qtbot, "Slide 14 realisasi 75 %")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is where
    assert not _captioning(window)
    assert window.store.record().evidence[0].caption == "Slide 14 realisasi 75 %"
    # The session had no evidence: the item's thumbnail strip is built now, after the note.
    strip = window.session.scoring_page.strip
    assert strip is not None and strip.isVisible() and strip.model().rowCount() == 1
    window.session.scoring_page.evidence.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is strip


def test_enter_without_a_selection_takes_the_whole_screen(
    qtbot, window, slide, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    where = focus()
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    key(qtbot, Qt.Key.Key_Escape)  # the caption is skipped; the piece stays
    assert focus() is where
    (piece,) = window.store.record().evidence
    assert (piece.width, piece.height, piece.caption) == (800, 800, "")
    (image,) = _stored(demo_file)
    assert _is(image.getpixel((300, 300)), RED)
    assert _is(image.getpixel((300, 550)), BLUE)


def test_ctrl_z_takes_back_the_caption_then_the_capture_and_redo_restores_both(
    qtbot, window, slide, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    """A wrong capture in a live call is one Ctrl+Z away (its caption first); redo brings
    it back under its first number, with the same bytes."""
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    type_text(qtbot, "Slide salah")
    key(qtbot, Qt.Key.Key_Return)
    (piece,) = window.store.record().evidence
    stored = _stored(demo_file)[0].tobytes()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.record().evidence[0].caption == ""
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.record().evidence == [] and _stored(demo_file) == []
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.store.record().evidence == [piece]
    assert _stored(demo_file)[0].tobytes() == stored


def test_escape_cancels_the_capture_and_focus_returns(qtbot, window, slide) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Return, CTRL)  # start in the note line, typing
    type_text(qtbot, "OPD")
    where = focus()
    assert where is window.session.note_line.edit
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the app's shortcuts wait while the overlay is up
    key(qtbot, Qt.Key.Key_Escape)
    assert window.capture.overlay is None
    qtbot.waitUntil(lambda: focus() is where)
    assert where.text() == "OPD"
    window.session.intake.wait()
    drain()  # anything the worker had prepared, and the caption line after it
    assert window.store.record().evidence == []
    assert not _captioning(window)


def test_capture_outside_penilaian_goes_to_the_phase_on_screen(qtbot, window, slide) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.session.phase is Phase.QA
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    (piece,) = window.store.record().evidence
    assert (piece.item_id, piece.phase) == (None, Phase.QA)
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    assert "Tanya Jawab" in window.session.caption_bar.label.text()


@pytest.mark.parametrize("grab", ["null", "black"])
def test_a_refusing_platform_is_said_once_and_offers_the_clipboard(
    qtbot, window, monkeypatch, grab: str
) -> None:  # type: ignore[no-untyped-def]
    def refused(screen: QScreen, *args: object) -> QPixmap:
        if grab == "null":
            return QPixmap()  # what Qt's Wayland plugin returns
        black = QPixmap(screen.geometry().size())
        black.fill(QColor(0, 0, 0))
        return black

    monkeypatch.setattr(QScreen, "grabWindow", refused)
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(BLUE)
    QGuiApplication.clipboard().setImage(image)
    window.prompts.choices = [0]  # "Tempel dari papan klip sekarang"
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    (question,) = window.prompts.questions
    assert "Ctrl+Shift+V" in question and "Print Screen" in question
    assert window.capture.overlay is None
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    assert window.store.record().evidence[0].width == 640
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    key(qtbot, Qt.Key.Key_Escape)  # skip the caption
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)  # said once per run: the status line now
    assert len(window.prompts.questions) == 1
    assert "Ctrl+Shift+V" in window.statusBar().currentMessage()


def _drop(window: QWidget, mime: QMimeData) -> None:
    """Enter and drop, sent to the window's QWindow as the platform does: Qt finds the widget
    under the point and hands the drag up to the one that accepts drops."""
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    point = QPointF(window.rect().center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(window.windowHandle(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window.windowHandle(), QDropEvent(point, *args))


def test_dropped_files_are_attached_and_links_refused_in_one_message(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    item = window.session.scoring_page.current_item()
    where = focus()
    slide = evidence_files.png(tmp_path / "slide 14.png", (1000, 500))
    document = evidence_files.pdf(tmp_path / "perwali.pdf")
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(slide)),
            QUrl.fromLocalFile(str(document)),
            QUrl("https://example.org/slide.png"),
            QUrl("https://example.org/other.pdf"),
        ]
    )
    _drop(window, mime)
    (message,) = window.prompts.errors
    assert message.startswith("2 ")
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 2)
    pieces = window.store.record().evidence
    assert [(p.original_name, p.item_id) for p in pieces] == [
        ("slide 14.png", item),
        ("perwali.pdf", item),
    ]
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    type_text(qtbot, "Perwali dan slide")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is where
    assert [p.caption for p in window.store.record().evidence] == ["Perwali dan slide"] * 2


def test_an_image_dragged_from_another_program_is_attached(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    image = QImage(300, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(20, 40, 220, 128))  # half transparent: laid on white
    mime = QMimeData()
    mime.setImageData(image)
    _drop(window, mime)
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    (piece,) = window.store.record().evidence
    assert (piece.width, piece.height) == (300, 120)
    (stored,) = _stored(demo_file)
    assert _is(stored.getpixel((150, 60)), QColor(138, 148, 238))


def test_a_dropped_file_that_is_no_image_is_refused(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "catatan.txt"
    text.write_text("bukan gambar")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    _drop(window, mime)
    window.session.intake.wait()
    qtbot.waitUntil(lambda: bool(window.prompts.errors))
    assert "not an image or PDF" in window.prompts.errors[0]
    assert window.store.record().evidence == []


def test_a_disk_fault_during_the_attach_keeps_the_window_and_the_capture(
    qtbot, window, slide, monkeypatch, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    fail_file_writes(monkeypatch, window.store, errno.ENOSPC)
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)  # kept in memory
    assert window.isVisible()
    assert window.session.storage_banner.isVisible()
    assert "Belum tersimpan" in window.saved_label.text()
    assert _stored(demo_file) == []
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    type_text(qtbot, "Slide 3")
    key(qtbot, Qt.Key.Key_Return)
    assert window.store.record().evidence[0].caption == "Slide 3"


def test_a_signed_off_session_refuses_the_capture_and_stores_nothing(
    qtbot, window, slide, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    from scorer.storage.signoff import sign_off
    from scorer.storage.store import ScoringStore

    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Dr. Ratna Wulandari, M.T.")
    window.open_file(demo_file)
    where = focus()
    key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(_overlay_has_focus)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.prompts.errors))
    assert "signed off" in window.prompts.errors[0]
    assert window.store.record().evidence == []
    assert _stored(demo_file) == []
    drain()  # a caption line would be asked by a queued call
    assert not _captioning(window)
    assert focus() is where


def test_the_shortcut_is_listed_and_in_the_session_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert "Ctrl+Shift+S" in dialog.findChild(QWidget, "shortcutTable").text()
    actions = [a for m in window.menuBar().findChildren(QWidget) for a in m.actions()]
    assert any(a.shortcut().toString() == "Ctrl+Shift+S" for a in actions)


# Without a screen: the layout of several screens and the selection's arithmetic


def test_several_screens_are_laid_out_in_virtual_desktop_coordinates() -> None:
    from scorer.ui.session.screen_grab import compose

    left = QImage(200, 100, QImage.Format.Format_RGB32)
    left.fill(RED)
    right = QImage(300, 200, QImage.Format.Format_RGB32)
    right.fill(BLUE)
    desktop = compose([(QRect(0, 50, 200, 100), left), (QRect(200, 0, 300, 200), right)])
    assert desktop.image.size().toTuple() == (500, 200)
    assert desktop.image.pixelColor(10, 60) == RED
    assert desktop.image.pixelColor(10, 10) == QColor(0, 0, 0)  # no screen there
    assert desktop.image.pixelColor(490, 190) == BLUE
    assert desktop.crop(QRect(150, 60, 100, 20)) == QRect(150, 60, 100, 20)


def test_the_selection_stays_on_the_desktop() -> None:
    from scorer.ui.session.capture_overlay import Selection

    selection = Selection(QRect(0, 0, 800, 600))
    selection.start_in(QRect(0, 0, 800, 600))
    assert selection.rect == QRect(200, 150, 400, 300)
    for _ in range(50):
        selection.move_by(10, 10)
    assert selection.rect == QRect(400, 300, 400, 300)
    for _ in range(100):
        selection.resize_by(-10, 0)
    assert selection.rect is not None and selection.rect.width() == 1
    selection.resize_by(5000, 0)
    assert selection.rect == QRect(400, 300, 400, 300)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="bootstrap.py installs xvfb-run")
def test_capture_on_a_real_x_server(tmp_path: Path, demo_file: Path) -> None:
    """The same keys against Xvfb, where the grab comes from the X server, not from Qt's own
    backing stores: a child process, so the suite's QApplication stays offscreen."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 800x800x24",
            sys.executable,
            str(ROOT / "tests" / "capture_on_x.py"),
            str(demo_file),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts["platform"] == "xcb"
    assert (facts["width"], facts["height"]) == (350, 397)
    assert facts["caption"] == "Slide X"
    (image,) = _stored(demo_file)
    assert _is(image.getpixel((20, 20)), RED)
    assert _is(image.getpixel((20, 380)), BLUE)
