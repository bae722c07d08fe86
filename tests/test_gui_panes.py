"""Penilaian's pane widths are the assessor's: kept from one session to the next (the
window's size is per file, the panes' split suits the screen and holds for every file), and
back as they were after the compact layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scorer.core.model import Phase
from tests.fake_prompts import FakePrompts
from tests.keys import CTRL, focus, key, to_phase

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    main = MainWindow(prompts=FakePrompts())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


def _at_scoring(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(path)
    to_phase(qtbot, window.session, Phase.SCORING)
    qtbot.waitUntil(lambda: window.session.scoring_page.splitter.isVisible())


def test_pane_widths_are_kept_for_the_next_session_and_after_the_compact_layout(
    qtbot, window, demo_file: Path, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    _at_scoring(qtbot, window, demo_file)
    splitter = window.session.scoring_page.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 2, 1)  # what dragging the handles does
    splitter.moveSplitter(total * 5 // 6, 2)
    dragged = splitter.sizes()
    assert dragged[0] > total // 3  # wider than it was
    key(qtbot, Qt.Key.Key_W, CTRL)  # Tutup sesi
    qtbot.waitUntil(lambda: window.session is None)

    # Another file, never opened before: the panes are as the assessor left them.
    other = tmp_path / "other.scoring"
    create_file(other, demo_record(default_rubric, assessor=2))  # another file id
    _at_scoring(qtbot, window, other)
    splitter = window.session.scoring_page.splitter
    qtbot.waitUntil(lambda: splitter.sizes() == dragged)

    # Narrow: the compact layout stacks the panes; wide again: the widths come back.
    window.resize(700, 800)
    qtbot.waitUntil(lambda: splitter.orientation() is Qt.Orientation.Vertical)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: splitter.orientation() is Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: splitter.sizes() == dragged)
    assert focus() is not None

    # A session without a drag keeps what was kept, not whatever the panes are now.
    window.resize(1100, 800)
    key(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.session is None)
    from scorer.ui import settings as S

    assert [int(w) for w in window.settings.get(S.SCORING_PANES)] == dragged
