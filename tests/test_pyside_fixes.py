"""PySide asks of every module imported after it whether its source mentions PySide6; the
UI package answers that without `inspect` (13-15 ms of opening a session), and the same."""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from types import ModuleType

import pytest

import scorer.ui  # noqa: F401  (applies the fixes)
from scorer.ui.pyside_fixes import source_mentions_pyside


def _pyside_answer(module: ModuleType) -> bool:
    """What PySide 6.12's own check (shibokensupport/feature.py) answers."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def _probe(folder: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    (folder / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    return importlib.import_module(name)


@pytest.mark.parametrize(
    "name",
    ["scorer.ui.main_window", "scorer.core.model", "json.decoder", "sys", "_sqlite3", "math"],
)
def test_same_answer_as_pyside_for_installed_modules(name: str) -> None:
    module = importlib.import_module(name)
    assert source_mentions_pyside(module) == _pyside_answer(module)


def test_same_answer_for_a_mention_in_a_comment_and_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mention = _probe(tmp_path, "probe_mention", "# Qt comes from PySide6\nX = 1\n", monkeypatch)
    plain = _probe(tmp_path, "probe_plain", "X = 'Qt'\n", monkeypatch)
    assert source_mentions_pyside(mention) and _pyside_answer(mention)
    assert not source_mentions_pyside(plain) and not _pyside_answer(plain)
    (tmp_path / "probe_plain.py").unlink()  # a module whose file went away: no source
    assert source_mentions_pyside(plain) == _pyside_answer(plain) is False


def test_the_ui_package_puts_it_in_place() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is source_mentions_pyside


def test_the_gui_thread_gets_the_gil_back_quickly() -> None:
    """Worker threads (charts, evidence encoding, retries) yield the GIL every 0.5 ms, not
    Python's 5 ms: bench/bench_gui.py measures what that does to key presses."""
    assert sys.getswitchinterval() <= 0.001
