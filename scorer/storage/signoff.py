"""Signing off a session (lock + content hash) and reopening it (explicit, logged).

A sign-off records who, when and the SHA-256 of the canonical scored content
(core/canonical.py) in the same transaction as its audit row. While a sign-off is active
the store refuses edits (LockedError). Reopening voids it, with the reason, and is itself
audited. The tamper check compares the recorded hash with the content now in the file:
a change made behind the app's back (the sqlite3 tool) shows up as "tampered".
"""

from __future__ import annotations

from scorer.core.errors import ScorerError
from scorer.core.integrity import SignOffState, signoff_state
from scorer.core.model import time_to_text, utc_now
from scorer.storage.reader import read_record
from scorer.storage.store import Changes, ScoringStore, Tx


def sign_off(store: ScoringStore, name: str) -> Changes:
    """Lock the session in the name of `name`, vouching for the content as it is now."""
    signer = name.strip()
    if not signer:
        raise ScorerError("give the name of the person signing off")

    def run(tx: Tx) -> Changes:  # the store refuses read-only files and a second sign-off
        digest = signoff_state(read_record(tx.connection)).current_sha256
        tx.write(
            "INSERT INTO signoff (signed_by, signed_at, content_sha256) VALUES (?, ?, ?)",
            (signer, time_to_text(utc_now()), digest),
        )
        store.audit(tx, "sign-off", "signoff", "", None, f"{signer}; sha256 {digest}")
        return Changes(signoff=True)

    return store.write(run)


def reopen(store: ScoringStore, by: str, reason: str) -> Changes:
    """Void the active sign-off so the session can be edited again; the reason is required."""
    actor, why = by.strip(), reason.strip()
    if not actor or not why:
        raise ScorerError("reopening needs the name of who reopens and a reason")

    def run(tx: Tx) -> Changes:
        active = tx.rows(
            "SELECT id, signed_by FROM signoff WHERE voided_at IS NULL ORDER BY id DESC"
        )
        if not active:
            raise ScorerError("the session is not signed off; there is nothing to reopen")
        signoff_id, signed_by = active[0]
        tx.write(
            "UPDATE signoff SET voided_at = ?, voided_by = ?, void_reason = ? "
            "WHERE voided_at IS NULL",
            (time_to_text(utc_now()), actor, why),
        )
        store.audit(tx, "reopen", "signoff", str(signoff_id), signed_by, f"{actor}: {why}")
        return Changes(signoff=True)

    return store.write(run, check_lock=False)


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
