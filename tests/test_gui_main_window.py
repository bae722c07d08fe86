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
    assert page.rollups.strip.text().startswith("Indeks 2,98")
    window.close()
