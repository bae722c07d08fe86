"""Every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
# How long heavy work off the GUI thread (a chart's first drawing with matplotlib's import,
# the minutes PDF, a merge, a retry) may take on a loaded 2-core CI machine. waitUntil and
# waitSignal return as soon as their condition holds: this bounds a hang, it slows nothing.
SLOW_WORK_MS = 60_000


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("SCORER_DATA_DIR", str(folder))
    yield folder


@pytest.fixture(scope="session")
def default_rubric():  # type: ignore[no-untyped-def]
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path

    return load_rubric(default_rubric_path())


@pytest.fixture
def demo_file(tmp_path: Path, default_rubric) -> Path:  # type: ignore[no-untyped-def]
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    path = tmp_path / "demo.scoring"
    create_file(path, demo_record(default_rubric))
    return path


@pytest.fixture
def scoring_file(demo_file: Path) -> Path:
    """The file `window` opens: the demo evaluation, unless a test module has its own."""
    return demo_file


def shown_window(qtbot, path: Path | None = None):  # type: ignore[no-untyped-def]
    """A main window, shown and active, its questions answered by FakePrompts, closed by
    qtbot after the test; on `path` when given, else on the start screen."""
    from scorer.ui.main_window import MainWindow
    from tests.fake_prompts import FakePrompts

    main = MainWindow(prompts=FakePrompts())
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    if path is not None:
        main.open_file(path)
    return main


def open_at_scoring(qtbot, path: Path):  # type: ignore[no-untyped-def]
    """`shown_window` on `path` at Penilaian, reached by the phase keys, focus on the rubric
    tree's first unscored item."""
    from scorer.core.model import Phase
    from tests.keys import to_phase

    main = shown_window(qtbot, path)
    to_phase(qtbot, main.session, Phase.SCORING)
    main.session.focus_work()
    return main


@pytest.fixture
def window(qtbot, scoring_file: Path):  # type: ignore[no-untyped-def]
    """`open_at_scoring` on `scoring_file`. A module testing the start screen or a phase's
    clock has its own `window`."""
    from PySide6.QtGui import QGuiApplication

    main = open_at_scoring(qtbot, scoring_file)
    yield main
    main.close()
    QGuiApplication.clipboard().clear()  # the clipboard outlives the test


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[object, str], threading.Event]]:
    """`hold(module, name)` makes `module.name` wait for the Event it returns before doing
    its work: a worker thread calling it stays busy until the test sets the event, so
    what the test checks meanwhile cannot be raced by a fast worker. A test that fails
    first leaves no worker waiting: every event is set when the test ends."""
    events: list[threading.Event] = []

    def holding(module: object, name: str) -> threading.Event:
        release = threading.Event()
        work = getattr(module, name)

        def held(*args: object, **kwargs: object) -> object:
            release.wait(SLOW_WORK_MS / 1000)  # bounded: a missed release slows, never hangs
            return work(*args, **kwargs)

        monkeypatch.setattr(module, name, held)
        events.append(release)
        return release

    yield holding
    for release in events:
        release.set()


@pytest.fixture
def live_file(tmp_path: Path, default_rubric) -> Path:  # type: ignore[no-untyped-def]
    """The demo session before it starts: no phase timed yet, on Persiapan."""
    from scorer.core.demo import demo_record
    from scorer.core.model import Phase
    from scorer.core.session import default_phases
    from scorer.storage.store import create_file

    record = demo_record(default_rubric)
    record.session.phases = default_phases()
    record.session.current_phase = Phase.PREPARATION
    path = tmp_path / "live.scoring"
    create_file(path, record)
    return path


def run_cli(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    """Run `python main.py ARGS` as a real child process."""
    import subprocess

    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ},
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    return result.returncode, result.stdout, result.stderr
