"""Ctrl+Shift+S to the image stored durably, on a 1920×1080 screen showing a slide, with the
overlay accepted by Enter as soon as it has focus; and the longest event-loop gap meanwhile
(a 1 ms timer records its ticks). Baselines in the same run: the bare durable attach of a
piece prepared in advance, and the old paste path that encoded a PNG and re-encoded it on
the GUI thread.

    python bench/bench_capture.py [--n 20]            (offscreen: a 1920×1080 screen is set up)
    xvfb-run -a -s "-screen 0 1920x1080x24" python bench/bench_capture.py   (a real X server)
From a worktree: PYTHONPATH=. in front.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if "DISPLAY" not in os.environ and "QT_QPA_PLATFORM" not in os.environ:
    _SCREENS = Path(tempfile.mkdtemp()) / "screens.json"
    _SCREENS.write_text(
        json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"

from bench_evidence import slide  # beside this script (sys.path[0])
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from scorer.core.demo import demo_record
from scorer.core.model import Phase
from scorer.core.rubric import load_rubric
from scorer.paths import default_rubric_path
from scorer.storage.store import create_file

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def run_loop_until(start: Callable[[], None], done: Callable[[], bool]) -> list[float]:
    """Run the event loop from `start` until `done`; the 1 ms timer's tick times."""
    ticks: list[float] = []
    loop = QEventLoop()

    def tick() -> None:
        ticks.append(time.perf_counter())
        if done():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(20, start)
    QTimer.singleShot(10_000, loop.quit)  # a capture that never lands fails below, not hangs
    loop.exec()
    timer.stop()
    return ticks


def longest_gap(ticks: list[float], start: float, end: float) -> float:
    """The longest time between two ticks around [start, end]: how long the GUI froze."""
    inside = [t for t in ticks if t >= start]
    before = [t for t in ticks if t < start][-1:]
    after = [t for t in ticks if t > end][:1]
    around = before + [t for t in inside if t <= end] + after
    return max((b - a for a, b in itertools.pairwise(around)), default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    from scorer.ui.main_window import MainWindow
    from scorer.ui.session.evidence_intake import attach_prepared
    from tests.fake_prompts import FakePrompts

    rubric = load_rubric(default_rubric_path())
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.scoring"
    create_file(path, demo_record(rubric))
    shown = QPixmap()
    shown.loadFromData(slide(7))
    zoom = QLabel()  # the shared slide, full screen beside (under) the app
    zoom.setPixmap(shown)
    zoom.setGeometry(QGuiApplication.primaryScreen().geometry())
    zoom.show()
    # A refusal is recorded, not shown in a dialog that would wait for a click.
    window = MainWindow(prompts=FakePrompts())  # type: ignore[arg-type]  # no file dialogs here
    window.resize(900, 800)
    window.show()
    window.open_file(path)
    session, store, context = window.session, window.store, window.context
    assert session is not None and store is not None and context is not None
    session.go_to_phase(Phase.SCORING)
    window.activateWindow()
    QTest.qWait(300)

    grabs: list[float] = []
    totals: list[float] = []
    gaps: list[float] = []
    stored: list[float] = []
    pressed: list[float] = []
    session.intake.attached.connect(lambda *_: stored.append(time.perf_counter()))

    def enter() -> None:
        widget = QApplication.focusWidget()
        if widget is None or widget.objectName() != "captureOverlay":
            QTimer.singleShot(0, enter)  # the overlay is not active yet
            return
        QTest.keyClick(widget, Qt.Key.Key_Return)

    def press() -> None:
        pressed.append(time.perf_counter())
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S, CTRL_SHIFT)
        grabs.append(time.perf_counter() - pressed[0])  # grab + overlay shown
        QTimer.singleShot(0, enter)

    for _ in range(args.n):
        count = len(store.record().evidence)
        stored.clear()
        pressed.clear()
        ticks = run_loop_until(press, lambda: bool(stored))
        assert len(store.record().evidence) == count + 1
        totals.append(stored[0] - pressed[0])
        gaps.append(longest_gap(ticks, pressed[0], stored[0]))
        focus: QWidget | None = QApplication.focusWidget()
        if session.caption_bar is not None and focus is session.caption_bar.edit:
            QTest.keyClick(focus, Qt.Key.Key_Escape)
        QTest.qWait(50)

    from scorer.core.evidence import prepare

    image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    piece = prepare(slide(8), "grab.png")
    attach_s, old_s = [], []
    for n in range(args.n):
        item = rubric.items[1 + n % 20].id
        start = time.perf_counter()
        attach_prepared(context, [piece], item, Phase.SCORING)
        attach_s.append(time.perf_counter() - start)
    for n in range(min(args.n, 10)):
        item = rubric.items[21 + n % 10].id
        start = time.perf_counter()
        old_piece = prepare(png_bytes(image), "papan-klip.png")
        attach_prepared(context, [old_piece], item, Phase.SCORING)
        old_s.append(time.perf_counter() - start)
    window.close()
    zoom.close()

    ms = 1000
    print(f"platform {app.platformName()}, screen 1920x1080, n={args.n}")
    print(
        f"  Ctrl+Shift+S -> stored durably: median {statistics.median(totals) * ms:.0f} ms, "
        f"max {max(totals) * ms:.0f} ms"
    )
    print(
        f"  keystroke handler (grab + overlay shown): median {statistics.median(grabs) * ms:.1f} ms"
    )
    over = sum(gap > 0.050 for gap in gaps)
    print(
        f"  longest event-loop gap per capture: median {statistics.median(gaps) * ms:.1f} ms, "
        f"p90 {statistics.quantiles(gaps, n=10)[-1] * ms:.1f} ms, max {max(gaps) * ms:.1f} ms; "
        f"over 50 ms in {over} of {len(gaps)}"
    )
    print(
        "  baseline: durable attach of a prepared piece: median "
        f"{statistics.median(attach_s) * ms:.1f} ms"
    )
    print(
        f"  old paste path on the GUI thread (PNG + re-encode + attach), one stall: median "
        f"{statistics.median(old_s) * ms:.0f} ms"
    )


def png_bytes(image: QImage) -> bytes:
    """What Ctrl+Shift+V did before the worker: a PNG made on the GUI thread."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; str works
    buffer.close()
    return bytes(data.data())


if __name__ == "__main__":
    main()
