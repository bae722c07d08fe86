"""The inverses undo needs: a deleted piece comes back under its own id with its bytes and
the requests it fulfilled, a deleted request comes back as it was, a fulfilled request opens
again; each audited, refused after sign-off, and a piece deleted again still leaves none of
its bytes in the file (secure_delete)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from scorer.core.errors import LockedError, ScorerError
from scorer.core.evidence import MAX_PER_ITEM, Prepared, prepare
from scorer.storage import evidence as ev
from scorer.storage.signoff import sign_off
from scorer.storage.store import ScoringStore
from tests.evidence_files import pdf, png

DUE = dt.datetime(2025, 10, 22, 5, 0, tzinfo=dt.UTC)


def _blob_rows(path: Path) -> list[tuple[str, bytes]]:
    with sqlite3.connect(path) as db:
        return [(r[0], bytes(r[1])) for r in db.execute("SELECT sha256, data FROM blob")]


def test_restore_brings_a_deleted_piece_back_under_its_id_with_its_bytes_and_requests(
    demo_file: Path, tmp_path: Path
) -> None:
    marker = "BUKTI-RESTORE-MARKER-81QX"
    document = prepare(pdf(tmp_path / "sk.pdf", marker).read_bytes(), "sk.pdf")
    with ScoringStore.open(demo_file) as store:
        request_id, _ = ev.request(store, "OP5", "SK Dewan Smart City", DUE)
        (piece_id,), _ = ev.attach(store, [document], caption="SK", fulfils=request_id)
        (before,) = store.record().requests
        removed = ev.removal(store, piece_id)
        ev.delete(store, piece_id)
        assert store.record().requests[0].open
        ev.restore(store, removed)
        record = store.record()
    (piece,) = record.evidence
    assert (piece.id, piece.item_id, piece.caption) == (piece_id, "OP5", "SK")
    assert piece.captured_at == removed.piece.captured_at
    assert record.requests == [before]  # fulfilled again, by the same name at the same time
    assert _blob_rows(demo_file) == [(document.blob.sha256, document.blob.data)]
    actions = [(a.action, a.entity, a.key) for a in record.audit if "evidence" in a.entity]
    assert actions[-3:] == [
        ("delete", "evidence", str(piece_id)),
        ("restore", "evidence", str(piece_id)),
        ("fulfil", "evidence_request", str(request_id)),
    ]
    # Deleted again: still gone from the file's bytes.
    with ScoringStore.open(demo_file) as store:
        ev.delete(store, piece_id)
        assert store._file is not None
        assert store._file.execute("PRAGMA secure_delete").fetchone() == (1,)
    assert marker.encode() not in demo_file.read_bytes()


def test_a_new_piece_never_takes_a_restored_or_deleted_id(demo_file: Path, tmp_path: Path) -> None:
    slide = prepare(png(tmp_path / "a.png").read_bytes(), "a.png")
    with ScoringStore.open(demo_file) as store:
        (first,), _ = ev.attach(store, [slide], item_id="OP1")
        removed = ev.removal(store, first)
        ev.delete(store, first)
        (second,), _ = ev.attach(store, [slide], item_id="OP1")
        assert second == first + 1
        ev.restore(store, removed)
        with pytest.raises(ScorerError, match="already there"):
            ev.restore(store, removed)
        assert [e.id for e in ev.pieces(store)] == [first, second]


def test_requests_deleted_and_restored_and_unfulfilled(demo_file: Path, tmp_path: Path) -> None:
    slide = prepare(png(tmp_path / "a.png").read_bytes(), "a.png")
    with ScoringStore.open(demo_file) as store:
        request_id, _ = ev.request(store, "OP2", "Realisasi masterplan", DUE)
        (piece_id,), _ = ev.attach(store, [slide], item_id="OP2")
        ev.fulfil(store, request_id, piece_id)
        (fulfilled,) = ev.requests(store)
        ev.delete_request(store, request_id)
        assert ev.requests(store) == []
        ev.restore_request(store, fulfilled)
        assert ev.requests(store) == [fulfilled]
        ev.unfulfil(store, request_id)
        (opened,) = ev.requests(store)
        assert opened.open and opened.evidence_id is None and opened.what == fulfilled.what
        # A request restored after its piece went is open, as the delete would have left it.
        ev.fulfil(store, request_id, piece_id)
        (fulfilled,) = ev.requests(store)
        ev.delete_request(store, request_id)
        ev.delete(store, piece_id)
        ev.restore_request(store, fulfilled)
        assert ev.requests(store)[0].open
        actions = [a.action for a in store.record().audit if a.entity == "evidence_request"]
    assert actions == [
        "add",
        "fulfil",
        "delete",
        "restore",
        "reopen",
        "fulfil",
        "delete",
        "restore",
    ]


def test_restore_is_refused_after_sign_off(demo_file: Path, tmp_path: Path) -> None:
    slide = prepare(png(tmp_path / "a.png").read_bytes(), "a.png")
    with ScoringStore.open(demo_file) as store:
        (piece_id,), _ = ev.attach(store, [slide], item_id="OP1")
        removed = ev.removal(store, piece_id)
        ev.delete(store, piece_id)
        sign_off(store, "Dr. Ratna")
        with pytest.raises(LockedError):
            ev.restore(store, removed)
        assert ev.pieces(store) == []


def _steps_to_read_removal(path: Path, slide: Prepared, count: int) -> tuple[int, ev.Removed]:
    """SQLite's virtual-machine steps that reading a removal takes, on a file holding
    `count` pieces (30 per item) with one request, fulfilled by the piece removed."""
    with ScoringStore.open(path) as store:
        request_id, _ = ev.request(store, "OP1", "Notulen rapat", DUE)
        (first, *_), _ = ev.attach(store, [slide], item_id="OP1", fulfils=request_id)
        items = iter(item.id for item in store.rubric.items if item.id != "OP1")
        for start in range(1, count, MAX_PER_ITEM):
            batch = min(MAX_PER_ITEM, count - start)
            ev.attach(store, [slide] * batch, item_id=next(items))
        assert len(ev.pieces(store)) == count
        steps = 0

        def step() -> int:
            nonlocal steps
            steps += 1
            return 0  # carry on

        with store._reading() as connection:
            connection.set_progress_handler(step, 1)
        removed = ev.removal(store, first)
    return steps, removed


def test_removal_reads_only_the_piece_it_removes(tmp_path: Path, default_rubric) -> None:  # type: ignore[no-untyped-def]
    """Undo reads what a delete takes before deleting it: on a file of 200 pieces that
    costs what it costs on a file of one (it read every piece and every request)."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    slide = prepare(png(tmp_path / "a.png").read_bytes(), "a.png")
    steps = {}
    for count in (1, 200):
        path = tmp_path / f"{count}.scoring"
        create_file(path, demo_record(default_rubric))
        steps[count], removed = _steps_to_read_removal(path, slide, count)
        assert removed.blob == slide.blob
        assert [q.what for q in removed.fulfilled] == ["Notulen rapat"]
    assert steps[200] == steps[1] > 0
