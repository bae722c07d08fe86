"""Signing off a session (lock + content hash) and reopening it (explicit, logged).

A sign-off records who, when and the SHA-256 of the canonical scored content
(core/canonical.py) in the same transaction as its audit row. While a sign-off is active
the store refuses edits (LockedError). Reopening voids it, with the reason, and is itself
audited. The tamper check compares the recorded hash with the content now in the file:
a change made behind the app's back (the sqlite3 tool) shows up as "tampered".
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import insert, select, update

from scorer.core.errors import ScorerError, ScoringFileError
from scorer.core.integrity import SignOffState, signoff_state
from scorer.core.model import utc_now
from scorer.storage.reader import read_record
from scorer.storage.schema import SignOffRow
from scorer.storage.store import Changes, ScoringStore


def sign_off(store: ScoringStore, name: str) -> Changes:
    """Lock the session in the name of `name`, vouching for the content as it is now."""
    signer = name.strip()
    if not signer:
        raise ScorerError("give the name of the person signing off")
    with store.engine.begin() as connection:
        store._begin_edit(connection)  # refuses read-only files and a second sign-off
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        digest = signoff_state(read_record(driver)).current_sha256
        connection.execute(
            insert(SignOffRow),
            {"signed_by": signer, "signed_at": utc_now(), "content_sha256": digest},
        )
        store._audit(connection, "sign-off", "signoff", "", None, f"{signer}; sha256 {digest}")
    return Changes(signoff=True)


def reopen(store: ScoringStore, by: str, reason: str) -> Changes:
    """Void the active sign-off so the session can be edited again; the reason is required."""
    actor, why = by.strip(), reason.strip()
    if not actor or not why:
        raise ScorerError("reopening needs the name of who reopens and a reason")
    if store.read_only:
        raise ScoringFileError("the file is open read-only", path=store.path)
    with store.engine.begin() as connection:
        active = connection.execute(
            select(SignOffRow.id, SignOffRow.signed_by)
            .where(SignOffRow.voided_at.is_(None))
            .order_by(SignOffRow.id.desc())
        ).first()
        if active is None:
            raise ScorerError("the session is not signed off; there is nothing to reopen")
        connection.execute(
            update(SignOffRow)
            .where(SignOffRow.voided_at.is_(None))
            .values(voided_at=utc_now(), voided_by=actor, void_reason=why)
        )
        store._audit(
            connection, "reopen", "signoff", str(active.id), active.signed_by, f"{actor}: {why}"
        )
    return Changes(signoff=True)


def integrity(store: ScoringStore) -> SignOffState:
    """The sign-off state of the file as it is on disk now (the tamper check on open)."""
    return signoff_state(store.record())


def tamper_warning(state: SignOffState) -> str | None:
    """A message for a person when the signed-off content was changed, else None."""
    if not state.tampered or state.active is None:
        return None
    when = state.active.signed_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"TAMPERED: this session was signed off by {state.active.signed_by} at {when}, but "
        "its scored content was changed afterwards outside the app. Do not rely on it; ask "
        "the signer for the original file."
    )
