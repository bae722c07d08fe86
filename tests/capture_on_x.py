"""Run by tests/test_gui_capture.py under xvfb-run: Ctrl+Shift+S on a real X server, the
same keys as the offscreen test, then prints what was stored as one JSON line."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from scorer.core.model import Phase
from tests.fake_prompts import FakePrompts
from tests.test_gui_capture import BLUE, RED, Slide, _is

KEYS = Qt.KeyboardModifier


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Generous: the parent's timeout bounds the whole run; a passing run never waits it out."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {condition}")
        QTest.qWait(10)


def _on_screen(point: tuple[int, int], colour: QColor) -> bool:
    """The X server shows `colour` at `point`: the slide is mapped and painted, as the
    grab will see it (how long that takes depends on the machine's load)."""
    pixel = QGuiApplication.primaryScreen().grabWindow(0, *point, 1, 1).toImage().pixelColor(0, 0)
    return _is(pixel.getRgb()[:3], colour)


def press(key: Qt.Key, modifiers: KEYS = KEYS.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has focus"
    QTest.keyClick(widget, key, modifiers)
    QTest.qWait(5)


def main() -> None:
    from scorer.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    window = MainWindow(prompts=FakePrompts())
    window.show()
    window.open_file(Path(sys.argv[1]))
    session = window.session
    assert session is not None
    session.go_to_phase(Phase.SCORING)
    window.activateWindow()
    wait_until(window.isActiveWindow)
    slide = Slide()
    slide.show()
    wait_until(lambda: _on_screen((220, 220), RED) and _on_screen((220, 580), BLUE))
    press(Qt.Key.Key_S, KEYS.ControlModifier | KEYS.ShiftModifier)
    wait_until(lambda: getattr(QApplication.focusWidget(), "objectName", str)() == "captureOverlay")
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Left)
    for _ in range(5):
        press(Qt.Key.Key_Left, KEYS.ShiftModifier)
    for _ in range(3):
        press(Qt.Key.Key_Up, KEYS.ControlModifier | KEYS.ShiftModifier)
    assert window.capture is not None and window.capture.selection is not None
    assert window.capture.selection.rect == QRect(200, 200, 350, 397)
    press(Qt.Key.Key_Return)
    store = window.store
    assert store is not None
    wait_until(lambda: len(store.record().evidence) == 1)
    wait_until(lambda: QApplication.focusWidget() is session.caption_bar.edit)
    QTest.keyClicks(session.caption_bar.edit, "Slide X")
    press(Qt.Key.Key_Return)
    (piece,) = store.record().evidence
    facts = {
        "platform": app.platformName(),
        "width": piece.width,
        "height": piece.height,
        "caption": piece.caption,
    }
    window.close()
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
