"""GUI speed: (1) from launch to an interactive window on a scoring file, whole process,
next to a bare PySide6 window shown and closed the same way in the same run; (2) the
longest event-loop stall while a full rubric is scored by simulated key presses, once on
a healthy disk and once on a file that refuses every write (each retry blocking for
half a second, as a failing medium does), where the edits go to memory and the journal.

    QT_QPA_PLATFORM=offscreen python bench/bench_gui.py
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 11
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def wait(milliseconds: int) -> None:
    """Run the event loop for a while with the GIL released, so worker threads (charts,
    exports) progress as they do under app.exec(); QTest.qWait keeps the GIL."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + milliseconds / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


class LoopGaps:
    """A 5 ms timer on the event loop while the block runs: the gaps between its ticks are
    the stalls a user would feel (5 ms: none). `cpu` holds the GUI thread's own CPU time
    in each gap: on a machine shared with other work it shows what the gap would be on an
    idle one (the wall-clock gap adds the time other processes held the cores)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self.cpu: list[float] = []
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.last_cpu = time.thread_time()
        self.ticker = QTimer()
        self.ticker.setInterval(5)
        self.ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, now_cpu = self.clock.elapsed(), time.thread_time()
        self.gaps.append(now - self.last)
        self.cpu.append((now_cpu - self.last_cpu) * 1e3)
        self.last, self.last_cpu = now, now_cpu

    def __enter__(self) -> LoopGaps:
        self.last, self.last_cpu = self.clock.elapsed(), time.thread_time()
        self.ticker.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.ticker.stop()


def whole_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def paired(
    a: list[str], a_env: dict[str, str], b: list[str], b_env: dict[str, str]
) -> tuple[float, float, float]:
    """A and B in turn, RUNS pairs: each one's median, and the median of the ratios A/B pair
    by pair, which holds when a shared machine's speed drifts during the run."""
    a_times, b_times = [], []
    for _ in range(RUNS):
        b_times.append(whole_process(b, b_env))
        a_times.append(whole_process(a, a_env))
    ratios = [x / y for x, y in zip(a_times, b_times, strict=True)]
    return statistics.median(a_times), statistics.median(b_times), statistics.median(ratios)


def instructions(command: list[str], env: dict[str, str]) -> int | None:
    """Instructions the whole process executes (valgrind's callgrind, if installed): a
    count that a busy machine does not disturb, ~50x slower than running it."""
    if shutil.which("valgrind") is None:
        return None
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found else None


def startup(folder: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["SCORER_DATA_DIR"] = str(folder / "data")
    demo = folder / "demo.scoring"
    subprocess.run([sys.executable, "main.py", "demo", "-o", str(demo)], check=True, cwd=ROOT)
    # Opened where the assessor scores: the Penilaian page with the rubric and roll-ups.
    from scorer.core.model import Phase
    from scorer.storage.store import ScoringStore

    with ScoringStore.open(demo) as store:
        store.set_phase(Phase.SCORING)
    # Compiled once, as an installed app is: a first run's bytecode compilation is not
    # start-up (PYTHONDONTWRITEBYTECODE would otherwise make every run compile).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "scorer"], check=True, cwd=ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare = [sys.executable, "-c", BARE]
    command = [sys.executable, "main.py", str(demo)]
    painted_env = {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "1"}
    session_env = {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "session"}
    # The first opening parses the stored rubric and caches it; every later one reads that.
    whole_process(command, session_env)
    painted, bare_time, painted_ratio = paired(command, painted_env, bare, env)
    session, bare_time2, session_ratio = paired(command, session_env, bare, env)
    print(f"launch to an interactive window on the demo at Penilaian (whole process, {RUNS}")
    print("pairs run in turn, medians; the ratio is the median of the pairs' ratios)")
    bare_median = statistics.median([bare_time, bare_time2])
    print(f"  bare PySide6 window           {bare_median * 1e3:5.0f} ms")
    print(f"  app, first paint (file named) {painted * 1e3:5.0f} ms   {painted_ratio:.2f}x")
    print(f"  app, session ready to score   {session * 1e3:5.0f} ms   {session_ratio:.2f}x")
    counted = instructions(command, session_env), instructions(bare, env)
    if counted[0] is not None and counted[1] is not None:
        print(
            f"  instructions, session ready / bare window: {counted[0] / 1e6:.0f}M / "
            f"{counted[1] / 1e6:.0f}M = {counted[0] / counted[1]:.2f}x"
        )


def refuse_writes(store: object) -> None:
    """Every write to the scoring file fails with EIO; in the retry worker only after
    blocking for 0.5 s. The GUI thread's writes then go to memory and the journal."""
    import errno
    import threading

    from scorer.storage.store import Tx

    original = Tx.write

    def failing(tx: Tx, sql: str, params: tuple[object, ...] = ()) -> int:
        if tx.connection is getattr(store, "_file", None):
            if threading.current_thread() is not threading.main_thread():
                time.sleep(0.5)
            raise OSError(errno.EIO, "Input/output error")
        return original(tx, sql, params)

    Tx.write = failing  # type: ignore[method-assign,assignment]


def stall(folder: Path, faulted: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SCORER_DATA_DIR"] = str(folder / ("data3" if faulted else "data2"))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from scorer.core.demo import demo_record
    from scorer.core.model import Phase
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage.store import create_file
    from scorer.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # held for the whole run
    record = demo_record(load_rubric(default_rubric_path()))
    record.scores = []
    path = folder / ("faulted.scoring" if faulted else "blank.scoring")
    create_file(path, record)
    window = MainWindow()
    window.show()
    window.open_file(path)
    assert window.session is not None
    if faulted:
        refuse_writes(window.store)
    window.session.go_to_phase(Phase.SCORING)
    charts = window.session.scoring_page.rollups.charts
    while charts.shown is None:  # matplotlib imported and the charts drawn once
        wait(50)
    page = window.session.scoring_page
    page.tree.setFocus()
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    with LoopGaps() as loop:
        for n in range(len(page.rubric.items)):
            QTest.keyClick(page.tree, keys[n % 4])
            wait(30)  # an assessor's fastest pace is far slower
            QTest.keyClick(page.tree, Qt.Key.Key_Return)
            wait(30)
        wait(600)  # the last chart redraw
    gaps = loop.gaps
    longest = max(gaps)
    disk = "a file refusing every write" if faulted else "a healthy disk"
    print(f"scoring a full rubric by keys on {disk}, 5 ms ticker on the event loop")
    if faulted:
        store = window.store
        assert store is not None and store.fault is not None
        print(f"  {store.pending_count} edits in memory and the journal, banner shown")
        store.fault = None  # closing must not ask
    median = statistics.median(gaps)
    print(f"  charts redrawn {charts.drawn} times while scoring (in a worker)")
    print(f"  longest gap {longest:.0f} ms (5 ms is no stall); median {median:.0f} ms")
    window.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        startup(Path(folder))
        stall(Path(folder), faulted=False)
        stall(Path(folder), faulted=True)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's teardown at interpreter exit


if __name__ == "__main__":
    main()
