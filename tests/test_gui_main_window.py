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
    assert "Kota Contoh" in window.header.text()
    assert "Tahap II Tahun 2025" in window.header.text()
    model = window.table.model()
    assert model.rowCount() == 33
    levels = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert all(level in {"1", "2", "3", "4"} for level in levels)
    assert window.index_label.text().startswith("Indeks: ") and "," in window.index_label.text()
    window.close()
