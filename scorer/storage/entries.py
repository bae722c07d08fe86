"""Ordered records a session keeps as numbered lists: conclusions and recommendations.

Each entry keeps its row id for life: editing changes it in place, reordering changes only
its position, and an id is never given to another entry (not even after a delete), so the
audit log, the undo stack and a later follow-up can all refer to "recommendation 7". Every
operation is one durable transaction with its audit row (old -> new, as JSON).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from scorer.storage.store import Changes, ScoringStore, Tx, next_id

# table -> its editable columns, in order
FIELDS: dict[str, tuple[str, ...]] = {
    "conclusion": ("text",),
    "recommendation": ("text", "person_in_charge", "deadline"),
}

Values = Mapping[str, Any]


def _fields(table: str) -> tuple[str, ...]:
    try:
        return FIELDS[table]
    except KeyError:
        raise ValueError(f"not an ordered list: {table}") from None


def entries(store: ScoringStore, table: str) -> list[tuple[int, dict[str, Any]]]:
    """(id, values) in list order."""
    fields = _fields(table)
    with store._reading() as connection:
        rows = connection.execute(
            f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY ordinal, id"
        ).fetchall()
    return [(int(row[0]), dict(zip(fields, row[1:], strict=True))) for row in rows]


def _position(tx: Tx, table: str, entry_id: int) -> int:
    ids = [row[0] for row in tx.rows(f"SELECT id FROM {table} ORDER BY ordinal, id")]
    if entry_id not in ids:
        raise ValueError(f"no {table} with id {entry_id}")
    return ids.index(entry_id)


def _renumber(tx: Tx, table: str, order: list[int]) -> None:
    for ordinal, entry_id in enumerate(order):
        tx.write(f"UPDATE {table} SET ordinal = ? WHERE id = ?", (ordinal, entry_id))


def _order(tx: Tx, table: str) -> list[int]:
    return [int(row[0]) for row in tx.rows(f"SELECT id FROM {table} ORDER BY ordinal, id")]


def add(
    store: ScoringStore,
    table: str,
    values: Values,
    *,
    position: int | None = None,
    entry_id: int | None = None,
) -> tuple[int, Changes]:
    """Add an entry at `position` (default: last). `entry_id` brings a deleted entry back
    under its own id (undo)."""
    fields = _fields(table)

    def run(tx: Tx) -> tuple[int, Changes]:
        new_id = next_id(tx, table) if entry_id is None else entry_id
        order = _order(tx, table)
        at = len(order) if position is None else max(0, min(position, len(order)))
        tx.write(
            f"INSERT INTO {table} (id, ordinal, {', '.join(fields)}) "
            f"VALUES (?, ?, {', '.join('?' * len(fields))})",
            (new_id, at, *(values.get(f, None if f == "deadline" else "") for f in fields)),
        )
        order.insert(at, new_id)
        _renumber(tx, table, order)
        store.audit(tx, "add", table, str(new_id), None, json.dumps(dict(values)))
        return new_id, Changes(conclusions=True)

    return store.write(run)


def update(store: ScoringStore, table: str, entry_id: int, values: Values) -> Changes:
    """Change some fields of an entry in place."""
    fields = _fields(table)
    changed = {f: values[f] for f in fields if f in values}

    def run(tx: Tx) -> Changes:
        row = tx.rows(f"SELECT {', '.join(fields)} FROM {table} WHERE id = ?", (entry_id,))
        if not row:
            raise ValueError(f"no {table} with id {entry_id}")
        old = dict(zip(fields, row[0], strict=True))
        if all(old[f] == v for f, v in changed.items()):
            return Changes()
        assignments = ", ".join(f"{f} = ?" for f in changed)
        tx.write(f"UPDATE {table} SET {assignments} WHERE id = ?", (*changed.values(), entry_id))
        before = {f: old[f] for f in changed}
        store.audit(tx, "set", table, str(entry_id), json.dumps(before), json.dumps(changed))
        return Changes(conclusions=True)

    return store.write(run)


def delete(store: ScoringStore, table: str, entry_id: int) -> Changes:
    fields = _fields(table)

    def run(tx: Tx) -> Changes:
        row = tx.rows(f"SELECT {', '.join(fields)} FROM {table} WHERE id = ?", (entry_id,))
        if not row:
            raise ValueError(f"no {table} with id {entry_id}")
        old = dict(zip(fields, row[0], strict=True))
        tx.write(f"DELETE FROM {table} WHERE id = ?", (entry_id,))
        _renumber(tx, table, _order(tx, table))
        store.audit(tx, "delete", table, str(entry_id), json.dumps(old), None)
        return Changes(conclusions=True)

    return store.write(run)


def move(store: ScoringStore, table: str, entry_id: int, position: int) -> Changes:
    """Put an entry at `position` in the list (0 is first)."""

    def run(tx: Tx) -> Changes:
        old = _position(tx, table, entry_id)
        order = _order(tx, table)
        new = max(0, min(position, len(order) - 1))
        if new == old:
            return Changes()
        order.remove(entry_id)
        order.insert(new, entry_id)
        _renumber(tx, table, order)
        store.audit(tx, "move", table, str(entry_id), str(old + 1), str(new + 1))
        return Changes(conclusions=True)

    return store.write(run)


def position_of(store: ScoringStore, table: str, entry_id: int) -> int:
    return [i for i, _values in entries(store, table)].index(entry_id)
