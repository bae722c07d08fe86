"""A scoring file's stored rubric, parsed through a cache in the data folder.

Importing tomllib and parsing the rubric's TOML is about 10 ms of every session's opening
(bench/bench_gui.py); the same tables read back as JSON take a fraction of a millisecond.
An entry holds exactly what parsing one rubric text gave, under that text's SHA-256, and
is validated like freshly parsed TOML, so the cache can change nothing but speed: a
missing, damaged or foreign entry is parsed again and rewritten, and a cache that cannot
be written (a full disk, a read-only folder) is no error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scorer.core.rubric import Rubric, parse_rubric_toml, rubric_from_tables, sha256_text
from scorer.paths import cache_dir
from scorer.storage.scoringfile import atomic_new_file


def entry_path(sha256: str) -> Path:
    return cache_dir() / "rubric" / f"{sha256}.json"


def stored_rubric(text: str, source_name: str) -> Rubric:
    sha256 = sha256_text(text)
    tables = _cached_tables(sha256)
    if tables is None:
        tables = parse_rubric_toml(text, source_name)
        rubric = rubric_from_tables(tables, text, source_name)  # only a valid rubric is kept
        _keep(sha256, tables)
        return rubric
    return rubric_from_tables(tables, text, source_name)


def _cached_tables(sha256: str) -> dict[str, Any] | None:
    try:
        entry = json.loads(entry_path(sha256).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("sha256") != sha256:
        return None
    tables = entry.get("tables")
    return tables if isinstance(tables, dict) else None


def _keep(sha256: str, tables: dict[str, Any]) -> None:
    try:
        text = json.dumps({"sha256": sha256, "tables": tables}, ensure_ascii=False)
    except TypeError:  # TOML dates have no JSON form: such a rubric is parsed each time
        return
    if json.loads(text)["tables"] != tables:  # e.g. a float JSON would read back otherwise
        return
    try:
        with atomic_new_file(entry_path(sha256)) as temp:
            temp.write_text(text, encoding="utf-8")
    except OSError:
        pass
