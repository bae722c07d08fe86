"""Follow-up operations on an open session: linking the previous evaluation, and the
status of each of its recommendations.

Like every edit, each is one durable transaction with its audit row (old -> new, as JSON)
and is refused once the session is signed off (`ScoringStore.write`).
"""

from __future__ import annotations

import json

from scorer.core.model import FollowUpState, PreviousEvaluation
from scorer.storage.reader import read_previous
from scorer.storage.records import INSERT_PREVIOUS, previous_params
from scorer.storage.store import Changes, ScoringStore, Tx


def _statuses(tx: Tx) -> list[dict[str, object]]:
    return [
        {"position": row[0], "status": row[1], "note": row[2]}
        for row in tx.rows("SELECT position, status, note FROM follow_up ORDER BY position")
    ]


def link_previous(store: ScoringStore, previous: PreviousEvaluation) -> Changes:
    """Store `previous` as the evaluation this session follows up. An earlier link is
    replaced, and with it the statuses of its recommendations (the audit row keeps both)."""
    params = previous_params(previous)

    def run(tx: Tx) -> Changes:
        old_link = tx.rows("SELECT file_id, snapshot_sha256 FROM previous_evaluation")
        old = (
            None
            if not old_link
            else json.dumps(
                {
                    "file_id": old_link[0][0],
                    "snapshot_sha256": old_link[0][1],
                    "follow_up": _statuses(tx),
                }
            )
        )
        tx.write("DELETE FROM follow_up")
        tx.write("DELETE FROM previous_evaluation")
        tx.write(INSERT_PREVIOUS, params)
        new = json.dumps({"file_id": previous.file_id, "snapshot_sha256": params[1]})
        store.audit(tx, "link", "previous", previous.file_id, old, new)
        return Changes(scores=True, follow_up=True)

    return store.write(run)


def set_follow_up(
    store: ScoringStore, position: int, status: FollowUpState | None, note: str
) -> Changes:
    """The status and note of the previous recommendation at `position` (0 is the first)."""

    def run(tx: Tx) -> Changes:
        previous = read_previous(tx.connection)
        if previous is None:
            raise ValueError("this session follows up no previous evaluation")
        if not 0 <= position < len(previous.recommendations):
            raise ValueError(f"the previous evaluation has no recommendation {position + 1}")
        row = tx.rows("SELECT status, note FROM follow_up WHERE position = ?", (position,))
        old = {"status": row[0][0], "note": row[0][1]} if row else {"status": None, "note": ""}
        new = {"status": None if status is None else status.value, "note": note}
        if old == new:
            return Changes()
        tx.write(
            "INSERT INTO follow_up (position, status, note) VALUES (?, ?, ?) "
            "ON CONFLICT (position) DO UPDATE SET status = excluded.status, note = excluded.note",
            (position, new["status"], note),
        )
        store.audit(tx, "set", "follow_up", str(position), json.dumps(old), json.dumps(new))
        return Changes(follow_up=True)

    return store.write(run)
