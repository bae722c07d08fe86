"""Ctrl+Shift+V from wherever focus is: the clipboard's image becomes evidence of the
current item in Penilaian (checked in the file: size and a sampled pixel), and a clipboard
without an image is said, not stored."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from scorer.core.model import Phase
from tests.keys import CTRL, CTRL_SHIFT, drain, focus, key, type_text

pytestmark = pytest.mark.gui


def _slide() -> QImage:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    painter = QPainter(image)
    painter.fillRect(0, 400, 800, 200, QColor(20, 40, 220))
    painter.end()
    return image


def test_ctrl_shift_v_attaches_the_clipboard_image_to_the_current_item(
    qtbot, window, demo_file: Path, hold
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from scorer.core import evidence

    # The re-encode is held until the test has shown that keys still reach the tree
    # while it runs; without the hold, a fast worker would race the assertion.
    release = hold(evidence, "prepare_pixels")

    item = window.session.scoring_page.current_item()
    assert item is not None
    where = focus()
    QGuiApplication.clipboard().setImage(_slide())
    key(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    assert focus() is where  # the re-encode runs in a worker: the keys still go here
    key(qtbot, Qt.Key.Key_Down)
    assert focus() is where
    assert window.session.scoring_page.current_item() != item
    key(qtbot, Qt.Key.Key_Up)
    release.set()
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    # Stored before the caption is asked; Esc skips it and goes back to where we were.
    qtbot.waitUntil(lambda: focus() is window.session.caption_bar.edit)
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is where
    (piece,) = window.store.record().evidence
    assert (piece.item_id, piece.phase, piece.width, piece.height) == (
        item,
        Phase.SCORING,
        800,
        600,
    )
    with sqlite3.connect(demo_file) as db:
        (data,) = db.execute("SELECT data FROM blob").fetchone()
    stored = Image.open(io.BytesIO(data))
    assert stored.size == (800, 600)
    red, green, blue = stored.convert("RGB").getpixel((100, 100))
    assert red > 180 and green < 60 and blue < 60
    assert stored.convert("RGB").getpixel((100, 500))[2] > 180  # the blue band


def test_a_clipboard_without_an_image_is_said_and_nothing_is_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("bukan gambar")
    key(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    assert window.store.record().evidence == []
    assert any("Papan klip" in message for message in window.prompts.errors)


def test_a_note_begun_while_a_paste_is_prepared_keeps_its_keys(qtbot, window, hold) -> None:  # type: ignore[no-untyped-def]
    """The caption line waits for the keys to be where the paste was asked: a note begun
    meanwhile is not cut in two between the note line and the caption line."""
    from scorer.core import evidence

    release = hold(evidence, "prepare_pixels")
    window.session.focus_work()
    QGuiApplication.clipboard().setImage(_slide())
    key(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    key(qtbot, Qt.Key.Key_Return, CTRL)  # the note line, while the image is re-encoded
    note_line = window.session.note_line.edit
    assert focus() is note_line
    type_text(qtbot, "Wali Kota")
    release.set()
    qtbot.waitUntil(lambda: len(window.store.record().evidence) == 1)
    drain()
    type_text(qtbot, " menjelaskan")
    assert focus() is note_line and note_line.text() == "Wali Kota menjelaskan"
    assert not window.session.caption_bar.isVisible()
    assert "F2" in window.statusBar().currentMessage()
