"""The recovery journal: edits a scoring file refused, kept in the data folder until written.

Append-only and fsynced, one file per session. The first line carries a snapshot of the
whole session as it was when writing failed, so the journal alone rebuilds it even if the
scoring file is gone for good; each later line is one transaction's writes (SQL and
values, exactly as the store ran them), replayable in order. The store discards the
journal once the file holds everything; one left behind (the app was killed, the
laptop's battery ran out) is offered on the next launch and `restore` applies it.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scorer.core.model import text_to_time, time_to_text, utc_now

JOURNAL_FORMAT = "smart-city-scorer/recovery"
JOURNAL_VERSION = 1
BYTES_KEY = "$bytes"  # a bytes parameter in a journal line: {"$bytes": base64}
JOURNAL_SUFFIX = ".recovery"

Params = Sequence[object]
Write = tuple[str, Params]


@dataclass
class Recovery:
    """A journal left behind: the session as it was when writing failed, and what followed."""

    journal: Path
    path: Path  # the scoring file it belongs to
    file_id: str
    started_at: dt.datetime
    snapshot: bytes
    transactions: list[list[Write]]

    def rebuild(self) -> sqlite3.Connection:
        """An in-memory database holding the whole session, every journalled edit applied."""
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        memory.deserialize(self.snapshot)
        memory.isolation_level = None
        for writes in self.transactions:
            memory.execute("BEGIN")
            for sql, params in writes:
                memory.execute(sql, params)
            memory.execute("COMMIT")
        return memory


class RecoveryJournal:
    """The journal of one open session (see the module's docstring)."""

    def __init__(self, folder: Path, path: Path, file_id: str) -> None:
        self.file = folder / f"{file_id}{JOURNAL_SUFFIX}"
        self.path = path
        self.file_id = file_id

    def start(self, snapshot: bytes) -> None:
        header = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "path": str(self.path),
            "file_id": self.file_id,
            "started_at": time_to_text(utc_now()),
            "snapshot": base64.b64encode(snapshot).decode("ascii"),
        }
        self.file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_name(self.file.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(header) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, self.file)

    def append(self, writes: list[Write]) -> None:
        line = json.dumps(
            {"at": time_to_text(utc_now()), "writes": [[s, list(p)] for s, p in writes]},
            default=_bytes_to_json,
        )
        with self.file.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)


def _bytes_to_json(value: object) -> dict[str, str]:
    """A write's bytes parameter (evidence content) as JSON: {"$bytes": base64}."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {BYTES_KEY: base64.b64encode(value).decode("ascii")}
    raise TypeError(f"{type(value).__name__} has no place in a recovery journal")


def _bytes_from_json(value: dict[str, Any]) -> object:
    return base64.b64decode(value[BYTES_KEY]) if value.keys() == {BYTES_KEY} else value


def read_journal(journal: Path) -> Recovery:
    """Parse a journal; a line cut short by a crash mid-append ends it (what came before holds)."""
    with journal.open(encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = json.loads(lines[0])
    if header.get("format") != JOURNAL_FORMAT or header.get("version") != JOURNAL_VERSION:
        raise ValueError(f"{journal}: not a recovery journal of this version")
    transactions: list[list[Write]] = []
    for line in lines[1:]:
        try:
            entry = json.loads(line, object_hook=_bytes_from_json)
        except json.JSONDecodeError:
            break
        transactions.append([(str(sql), list(params)) for sql, params in entry["writes"]])
    return Recovery(
        journal=journal,
        path=Path(header["path"]),
        file_id=str(header["file_id"]),
        started_at=text_to_time(header["started_at"]),
        snapshot=base64.b64decode(header["snapshot"]),
        transactions=transactions,
    )


def journals(folder: Path) -> Iterator[Recovery]:
    """Every readable journal in the folder, oldest first."""
    if not folder.is_dir():
        return
    for journal in sorted(folder.glob(f"*{JOURNAL_SUFFIX}"), key=lambda p: p.stat().st_mtime):
        with contextlib.suppress(OSError, ValueError, KeyError, IndexError):
            yield read_journal(journal)


def restore(recovery: Recovery, to: Path | None = None) -> Path:
    """Write the recovered session to its file (or to `to`) and remove the journal.

    Whatever the file holds now is first copied to the backups folder: applying a journal
    never destroys anything, even if the file was edited again in the meantime."""
    from scorer.paths import backup_dir
    from scorer.storage import scoringfile

    target = to or recovery.path
    if target.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.copyfile(
            target, backup_dir() / f"{target.stem}.before-recovery.{stamp}{target.suffix}"
        )
    memory = recovery.rebuild()
    try:
        scoringfile.write_snapshot(memory.serialize(), target)
    finally:
        memory.close()
    recovery.journal.unlink(missing_ok=True)
    return target
