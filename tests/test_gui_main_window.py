"""The main window opens a scoring file and shows its evaluation and scores."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_main_window_shows_evaluation_and_scores(qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_file(demo_file)
    header = window.session.header.text()
    assert "Kota Contoh" in header and "Tahap II 2025" in header
    assert "Dr. Ratna Wulandari" in header
    page = window.session.scoring_page
    model = page.model
    assert model.rowCount() == 5  # components
    items = [
        model.index(r, 1, model.index(c, 0))
        for c in range(5)
        for r in range(model.rowCount(model.index(c, 0)))
    ]
    assert len(items) == 33
    assert all(index.data() in {"1", "2", "3", "4"} for index in items)
    assert page.rollups.strip.text().replace("\u00a0", " ").startswith("Indeks 2,98")
    window.close()


def test_a_window_opened_on_a_file_builds_the_start_screen_when_the_session_closes(
    qtbot, demo_file: Path
) -> None:  # type: ignore[no-untyped-def]
    """`main.py FILE` goes straight to the session; closing it (Ctrl+W) still leads to the
    start screen, with focus on its first button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from scorer.ui.main_window import MainWindow
    from tests.keys import active, focus, key

    window = MainWindow(start_screen=False)
    qtbot.addWidget(window)
    window.show()
    window.announce_opening(demo_file)
    assert window.start is None and "Kota Contoh" in window.windowTitle()
    window.open_file(demo_file)
    active(qtbot, window)
    assert window.start is None
    assert window.session is not None and window.session.isAncestorOf(focus())
    key(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and window.start is not None
    assert window.stack.currentWidget() is window.start
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start.new_button)
    window.close()


def test_every_key_reaches_one_action_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A key on two actions fires neither ("ambiguous shortcut"): Ctrl+Q adds a Q&A entry,
    so Keluar takes no Quit key (GNOME and KDE bind Quit to Ctrl+Q)."""
    from PySide6.QtGui import QAction

    from scorer.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert len(owners["Ctrl+Q"]) == 1 and "Ctrl+W" in owners
    quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Keluar")
    assert quit_action.shortcuts() == []
