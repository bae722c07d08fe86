"""A write refused at the lowest layer the app owns: every write statement the store runs on
the scoring file raises OSError(code), as a full, unplugged or read-only disk makes it."""

from __future__ import annotations

import os

import pytest

from scorer.storage.store import ScoringStore, Tx


def fail_file_writes(monkeypatch: pytest.MonkeyPatch, store: ScoringStore, code: int) -> None:
    original = Tx.write

    def failing(tx: Tx, sql: str, params: tuple[object, ...] = ()) -> int:
        if tx.connection is store._file:
            raise OSError(code, os.strerror(code))
        return original(tx, sql, params)

    monkeypatch.setattr(Tx, "write", failing)
