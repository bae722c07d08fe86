"""The parsed-rubric cache changes how fast a session opens, never what it opens."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from scorer.core import rubric
from scorer.core.errors import RubricError
from scorer.storage import rubric_cache
from scorer.storage.store import ScoringStore


def _stored_text(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as connection:
        (text,) = connection.execute("SELECT rubric_source FROM file_info").fetchone()
    return str(text)


def _another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next opening as in a new process: nothing parsed in this one (creating the
    test's file parsed its rubric here)."""
    monkeypatch.setattr(rubric, "_PARSED", {})


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, source_name: str) -> dict[str, object]:
        raise AssertionError("parsed the TOML although the cache holds it")

    monkeypatch.setattr(rubric_cache, "parse_rubric_toml", refuse)


def test_second_opening_reads_the_parsed_tables(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _another_process(monkeypatch)
    with ScoringStore.open(demo_file, read_only=True) as store:
        first = store.rubric
    text = _stored_text(demo_file)
    entry = rubric_cache.entry_path(text)
    assert json.loads(entry.read_text("utf-8"))["tables"] == tomllib.loads(text)
    _another_process(monkeypatch)
    _no_parsing(monkeypatch)
    with ScoringStore.open(demo_file, read_only=True) as store:
        assert store.rubric == first


@pytest.mark.parametrize(
    "damage",
    [
        "{not json",
        "",
        json.dumps({"text": "another rubric", "tables": {}}),  # a name both texts share
        json.dumps({"text": "TEXT", "tables": {"format": 1}}),  # tables no rubric has
    ],
)
def test_damaged_entry_is_parsed_again_and_rewritten(
    demo_file: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _another_process(monkeypatch)
    with ScoringStore.open(demo_file, read_only=True) as store:
        good = store.rubric
    text = _stored_text(demo_file)
    entry = rubric_cache.entry_path(text)
    entry.write_text(damage.replace('"TEXT"', json.dumps(text)), "utf-8")
    _another_process(monkeypatch)
    if '"TEXT"' in damage:
        # Validation runs on cached tables too: a wrong entry is an error, not a rubric.
        with pytest.raises(RubricError):
            ScoringStore.open(demo_file, read_only=True)
        return
    with ScoringStore.open(demo_file, read_only=True) as store:
        assert store.rubric == good
    assert json.loads(entry.read_text("utf-8"))["text"] == text


def test_unwritable_cache_is_no_error(
    demo_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _another_process(monkeypatch)
    (data_dir / "cache" / "rubric").write_text("a file where the cache's folder should be")
    with ScoringStore.open(demo_file, read_only=True) as store:
        assert store.rubric.items


def test_one_process_parses_a_rubric_once(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store, the minutes and the merge share one parsed rubric per text: after the
    session opened, the reports' stored_rubric neither reads the cache nor parses."""
    from scorer.core.rubric import stored_rubric

    with ScoringStore.open(demo_file, read_only=True) as store:
        opened = store.rubric
    _no_parsing(monkeypatch)
    monkeypatch.setattr(rubric, "load_rubric_text", lambda *_: pytest.fail("parsed again"))
    assert stored_rubric(_stored_text(demo_file)) is opened
