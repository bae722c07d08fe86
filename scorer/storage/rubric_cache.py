"""A scoring file's stored rubric, parsed through a cache in the data folder.

Importing tomllib and parsing the rubric's TOML is about 10 ms of every session's opening
(bench/bench_gui.py); the same tables read back as JSON take a fraction of a millisecond.
An entry holds the rubric text it was parsed from and is used only for exactly that text,
and its tables are validated like freshly parsed TOML, so the cache can change nothing but
speed: a missing, damaged or foreign entry is parsed again and rewritten, and a cache that
cannot be written (a full disk, a read-only folder) is no error. Entries are named by the
text's CRC-32 and length: a name only (the text itself decides), and no cryptographic
hash to load while a session opens.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from scorer.core.rubric import Rubric, parse_rubric_toml, rubric_from_tables, stored_rubric
from scorer.paths import cache_dir
from scorer.storage.scoringfile import atomic_new_file


def entry_path(text: str) -> Path:
    data = text.encode("utf-8")
    return cache_dir() / "rubric" / f"{zlib.crc32(data):08x}-{len(data)}.json"


def cached_rubric(text: str, source_name: str) -> Rubric:
    """Parsed once per process (core.rubric.stored_rubric, which the reports and the merge
    use too), and across processes through the cache on disk."""
    return stored_rubric(text, lambda: _through_disk(text, source_name))


def _through_disk(text: str, source_name: str) -> Rubric:
    entry = entry_path(text)
    tables = _cached_tables(entry, text)
    if tables is None:
        tables = parse_rubric_toml(text, source_name)
        rubric = rubric_from_tables(tables, text, source_name)  # only a valid rubric is kept
        _keep(entry, text, tables)
        return rubric
    return rubric_from_tables(tables, text, source_name)


def _cached_tables(entry: Path, text: str) -> dict[str, Any] | None:
    try:
        content = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(content, dict) or content.get("text") != text:
        return None
    tables = content.get("tables")
    return tables if isinstance(tables, dict) else None


def _keep(entry: Path, text: str, tables: dict[str, Any]) -> None:
    try:
        serialised = json.dumps({"text": text, "tables": tables}, ensure_ascii=False)
    except TypeError:  # TOML dates have no JSON form: such a rubric is parsed each time
        return
    if json.loads(serialised)["tables"] != tables:  # what JSON would not read back the same
        return
    try:
        with atomic_new_file(entry) as temp:
            temp.write_text(serialised, encoding="utf-8")
    except OSError:
        pass
