"""Sign-off: the lock in the core, the CLI; reopening; tampering behind the app's back."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from scorer.core.errors import LockedError, ScorerError
from scorer.core.model import Note, Phase, QAEntry
from scorer.storage import entries
from scorer.storage.signoff import integrity, reopen, sign_off, tamper_warning
from scorer.storage.store import ScoringStore
from tests.conftest import run_cli

WHEN = dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC)


def test_sign_off_locks_every_edit(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        changes = sign_off(store, "Dr. Ratna Wulandari, M.T.")
        assert changes.signoff
        assert store.active_signoff()
        edits = [
            lambda: store.set_level("BL1", 1),
            lambda: store.set_score_text("BL1", "note", "x"),
            lambda: store.add_note(Note(WHEN, Phase.SCORING, 0, "x", store.owner)),
            lambda: store.add_qa(QAEntry("q", "a", "b", "c", WHEN)),
            lambda: entries.add(store, "conclusion", {"text": "x"}),
            lambda: entries.add(store, "recommendation", {"text": "x"}),
            lambda: store.set_phase(Phase.QA),
            lambda: sign_off(store, "Someone Else"),
        ]
        for edit in edits:
            with pytest.raises(LockedError):
                edit()
        record = store.record()
    active = record.signoffs[-1]
    assert active.signed_by == "Dr. Ratna Wulandari, M.T."
    assert active.voided_at is None
    assert [a.action for a in record.audit].count("sign-off") == 1
    state = integrity(ScoringStore.open(demo_file, read_only=True))
    assert state.locked and not state.tampered
    assert active.content_sha256 == state.current_sha256


def test_reopen_needs_a_reason_voids_and_is_logged(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        with pytest.raises(ScorerError):
            reopen(store, "Ratna", "nothing to reopen yet")
        sign_off(store, "Ratna")
        with pytest.raises(ScorerError):
            reopen(store, "Ratna", "   ")
        assert store.active_signoff()
        reopen(store, "Ratna", "wrong level on BL3")
        assert not store.active_signoff()
        store.set_level("BL1", 1)
        record = store.record()
    voided = record.signoffs[-1]
    assert voided.voided_by == "Ratna" and voided.void_reason == "wrong level on BL3"
    reopened = [a for a in record.audit if a.action == "reopen"]
    assert len(reopened) == 1 and "wrong level on BL3" in (reopened[0].new or "")


def test_sqlite3_edit_after_sign_off_is_tampered(demo_file: Path, tmp_path: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Ratna")
    subprocess.run(
        ["sqlite3", str(demo_file), "UPDATE score SET level = 1 WHERE item_id = 'OP2'"],
        check=True,
    )
    with ScoringStore.open(demo_file, read_only=True) as store:
        state = integrity(store)
    assert state.tampered
    warning = tamper_warning(state)
    assert warning is not None and "TAMPERED" in warning
    code, out, _ = run_cli("check", str(demo_file))
    assert code == 1 and "TAMPERED" in out
    code, _, err = run_cli("minutes", str(demo_file), "-o", str(tmp_path / "m.pdf"))
    assert code == 1 and "TAMPERED" in err
    assert not (tmp_path / "m.pdf").exists()


def test_cli_sign_off_lock_and_reopen(demo_file: Path) -> None:
    code, out, err = run_cli("sign-off", str(demo_file), "--name", "Dr. Ratna Wulandari")
    assert code == 0, err
    assert "locked" in out
    code, _, err = run_cli("sign-off", str(demo_file), "--name", "Again")
    assert code == 1 and "signed off and locked" in err and "Traceback" not in err
    code, _, err = run_cli("reopen", str(demo_file), "--name", "Ratna")
    assert code == 1 and "--reason" in err
    code, out, err = run_cli("reopen", str(demo_file), "--name", "Ratna", "--reason", "typo")
    assert code == 0, err
    code, out, _ = run_cli("check", str(demo_file))
    assert code == 0 and "not signed off" in out
