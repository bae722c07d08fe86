"""The merge dialog: preview with problems, merge in a worker, the panel file written."""

from __future__ import annotations

from pathlib import Path

import pytest

from scorer.core.demo import demo_record
from scorer.storage.reading import read_any
from scorer.storage.store import create_file
from tests.conftest import SLOW_WORK_MS

pytestmark = pytest.mark.gui


def test_preview_lists_assessors_and_problems_then_merges(
    qtbot, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.merge_dialog import MergeDialog
    from scorer.ui.prompts import DialogPrompts

    paths = []
    for n in (1, 2, 3):
        path = tmp_path / f"a{n}.scoring"
        create_file(path, demo_record(default_rubric, n))
        paths.append(path)
    bad = tmp_path / "bad.scoring"
    bad.write_text("not a database")
    dialog = MergeDialog(DialogPrompts(None))
    qtbot.addWidget(dialog)
    dialog.add_paths([*paths, bad])
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=SLOW_WORK_MS)
    text = dialog.preview.text()
    assert "3 asesor" in text and "Sri Lestari" in text
    assert "bad.scoring" in text and "not a scoring file" in text
    assert dialog.progress.value() == 4
    target = tmp_path / "panel.scoring"
    dialog.merge_into(target)
    qtbot.waitUntil(
        lambda: target.exists() and "Tersimpan" in dialog.preview.text(), timeout=SLOW_WORK_MS
    )
    assert len(read_any(target).sources) == 3
