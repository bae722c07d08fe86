"""Supporting evidence in an open session: attach, delete, reassign, caption, request and
fulfil, and the inverses undo needs: restore a deleted piece or request under its own id,
unfulfil (docs/evidence.md).

Like every edit, each is one durable transaction with its audit row (old -> new, as JSON)
and is refused once the session is signed off (`ScoringStore.write`). Content lives in the
`blob` table once per distinct SHA-256; a blob goes when the last evidence naming it goes,
and the file's `secure_delete` overwrites its bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from scorer.core.errors import ScorerError
from scorer.core.evidence import MAX_CAPTION_CHARS, MAX_PER_ITEM, MAX_TOTAL_BYTES, Prepared
from scorer.core.model import (
    Blob,
    Evidence,
    EvidenceRequest,
    Phase,
    TimeZoneName,
    time_to_text,
    utc_now,
)
from scorer.storage.reader import read_blob, read_evidence, read_requests
from scorer.storage.records import (
    EVIDENCE_COLUMNS,
    REQUEST_COLUMNS,
    evidence_params,
    request_params,
)
from scorer.storage.store import Changes, ScoringStore, Tx, next_id

_INSERT_EVIDENCE = (
    f"INSERT INTO evidence ({', '.join(EVIDENCE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(EVIDENCE_COLUMNS))})"
)


def session_zone(store: ScoringStore) -> dt.tzinfo:
    """The session's time zone: request times are typed and shown in it."""
    with store._reading() as connection:
        (name,) = connection.execute("SELECT timezone FROM evaluation").fetchone()
    return TimeZoneName(name).tzinfo


def pieces(store: ScoringStore, item_id: str | None = None) -> list[Evidence]:
    """Every piece's metadata, or an item's, by id (the content stays in the file until
    asked for)."""
    with store._reading() as connection:
        return read_evidence(connection, item_id=item_id)


def requests(store: ScoringStore) -> list[EvidenceRequest]:
    with store._reading() as connection:
        return read_requests(connection)


def content(store: ScoringStore, sha256: str) -> Blob | None:
    """One piece's stored bytes (None once deleted): read when a thumbnail or the viewer
    needs them, never for a whole record."""
    with store._reading() as connection:
        return read_blob(connection, sha256)


@dataclass(frozen=True)
class Removed:
    """A piece as it was before a delete, with what undo needs to put it back exactly: its
    content and the requests it fulfilled (their own time and name)."""

    piece: Evidence
    blob: Blob
    fulfilled: tuple[EvidenceRequest, ...]


def removal(store: ScoringStore, evidence_id: int) -> Removed:
    """What deleting `evidence_id` would take away (read before the delete, for undo): that
    piece's row, its content and its requests only, whatever else the file holds."""
    with store._reading() as connection:
        found = read_evidence(connection, evidence_id)
        blob = read_blob(connection, found[0].sha256) if found else None
        if blob is None:
            raise ScorerError(f"no evidence number {evidence_id}", path=store.path)
        return Removed(found[0], blob, tuple(read_requests(connection, evidence_id)))


def _check_item(store: ScoringStore, item_id: str | None) -> None:
    if item_id is not None and not store.rubric.has_item(item_id):
        raise ScorerError(f"the rubric has no item {item_id!r}", path=store.path)


def _check_caption(store: ScoringStore, caption: str) -> str:
    caption = " ".join(caption.split())
    if len(caption) > MAX_CAPTION_CHARS:
        raise ScorerError(
            f"a caption is one line of at most {MAX_CAPTION_CHARS} characters "
            f"(this one has {len(caption)})",
            path=store.path,
        )
    return caption


def _metadata(tx: Tx, evidence_id: int) -> dict[str, object]:
    rows = tx.rows(
        "SELECT blob_sha256, item_id, phase, captured_at, caption, assessor, original_name "
        "FROM evidence WHERE id = ?",
        (evidence_id,),
    )
    if not rows:
        raise ScorerError(f"no evidence number {evidence_id}")
    keys = ("sha256", "item_id", "phase", "captured_at", "caption", "assessor", "original_name")
    return dict(zip(keys, rows[0], strict=True))


def _store_blob(tx: Tx, prepared: Prepared) -> None:
    """Insert the content unless the file already holds it."""
    blob = prepared.blob
    tx.write(
        "INSERT INTO blob (sha256, data, media_type, size) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        (blob.sha256, blob.data, blob.media_type, blob.size),
    )


def _check_limits(
    tx: Tx, store: ScoringStore, item_id: str | None, phase: Phase, pieces: Sequence[Prepared]
) -> None:
    where = "item_id = ?" if item_id is not None else "item_id IS NULL AND phase = ?"
    count = int(
        tx.value(
            f"SELECT count(*) FROM evidence WHERE {where}",
            (item_id if item_id is not None else phase.value,),
        )
    )
    if count + len(pieces) > MAX_PER_ITEM:
        place = f"item {item_id}" if item_id is not None else f"the phase {phase.value}"
        raise ScorerError(
            f"{place} holds {count} pieces of evidence; at most {MAX_PER_ITEM} are kept per "
            "item or phase (delete some first)",
            path=store.path,
        )
    stored = int(tx.value("SELECT coalesce(sum(size), 0) FROM blob"))
    known = {r[0] for r in tx.rows("SELECT sha256 FROM blob")}
    new = {p.blob.sha256: p.blob.size for p in pieces if p.blob.sha256 not in known}
    if stored + sum(new.values()) > MAX_TOTAL_BYTES:
        raise ScorerError(
            f"the file would hold {(stored + sum(new.values())) / 1_048_576:.1f} MB of "
            f"evidence; the limit is {MAX_TOTAL_BYTES // 1_048_576} MB per file "
            "(delete some or attach smaller files)",
            path=store.path,
        )


def attach(
    store: ScoringStore,
    pieces: Sequence[Prepared],
    *,
    item_id: str | None = None,
    caption: str = "",
    phase: Phase | None = None,
    fulfils: int | None = None,
    at: dt.datetime | None = None,
) -> tuple[list[int], Changes]:
    """Attach prepared content as the owner's evidence, all of it or none; `fulfils` marks a
    request fulfilled by the first piece (and puts the pieces on its item by default)."""
    _check_item(store, item_id)
    caption = _check_caption(store, caption)
    captured = time_to_text(at or utc_now())

    def run(tx: Tx) -> tuple[list[int], Changes]:
        target = item_id
        if fulfils is not None:
            request_item = str(_request(tx, store, fulfils, open_only=True)["item_id"])
            target = request_item if target is None else target
        where = phase or Phase(tx.value("SELECT current_phase FROM session_info"))
        _check_limits(tx, store, target, where, pieces)
        ids = []
        for piece in pieces:
            _store_blob(tx, piece)
            new_id = next_id(tx, "evidence")
            tx.write(
                _INSERT_EVIDENCE,
                (
                    new_id,
                    piece.blob.sha256,
                    target,
                    where.value,
                    captured,
                    caption,
                    store.owner,
                    piece.original_name,
                    piece.width,
                    piece.height,
                ),
            )
            store.audit(tx, "add", "evidence", str(new_id), None, json.dumps(_metadata(tx, new_id)))
            ids.append(new_id)
        if fulfils is not None and ids:
            _fulfil(tx, store, fulfils, ids[0], at=utc_now(), by=store.actor)
        return ids, Changes(evidence=True)

    return store.write(run)


def delete(store: ScoringStore, evidence_id: int) -> Changes:
    """Remove evidence; its content goes too when nothing else refers to it, and a request
    it fulfilled is open again."""

    def run(tx: Tx) -> Changes:
        old = _metadata(tx, evidence_id)
        for (request_id,) in tx.rows(
            "SELECT id FROM evidence_request WHERE evidence_id = ?", (evidence_id,)
        ):
            _reopen(tx, store, request_id)
        tx.write("DELETE FROM evidence WHERE id = ?", (evidence_id,))
        tx.write(
            "DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS "
            "(SELECT 1 FROM evidence WHERE blob_sha256 = blob.sha256)",
            (old["sha256"],),
        )
        store.audit(tx, "delete", "evidence", str(evidence_id), json.dumps(old), None)
        return Changes(evidence=True)

    return store.write(run)


def restore(store: ScoringStore, removed: Removed) -> Changes:
    """Put a deleted piece back under its own id, with its content, and fulfil again the
    requests it fulfilled (undo of a delete, redo of an attach). Ids are never given to
    another piece, so the id is free unless the piece is still there."""
    piece = removed.piece

    def run(tx: Tx) -> Changes:
        if tx.value("SELECT count(*) FROM evidence WHERE id = ?", (piece.id,)):
            raise ScorerError(f"evidence number {piece.id} is already there", path=store.path)
        prepared = Prepared(removed.blob, piece.original_name, piece.width, piece.height)
        _check_limits(tx, store, piece.item_id, piece.phase, (prepared,))
        _store_blob(tx, prepared)
        tx.write(_INSERT_EVIDENCE, evidence_params(piece))
        store.audit(
            tx, "restore", "evidence", str(piece.id), None, json.dumps(_metadata(tx, piece.id))
        )
        for request in removed.fulfilled:
            now = _stored_request(tx, request.id)
            if now is None or now["fulfilled_at"] is not None:
                continue  # deleted or fulfilled by another piece meanwhile: left as it is
            at = request.fulfilled_at or utc_now()
            _fulfil(tx, store, request.id, piece.id, at=at, by=request.fulfilled_by)
        return Changes(evidence=True)

    return store.write(run)


def reassign(store: ScoringStore, evidence_id: int, item_id: str | None) -> Changes:
    """Move evidence to another item (None: to its phase only)."""
    _check_item(store, item_id)

    def run(tx: Tx) -> Changes:
        old = _metadata(tx, evidence_id)
        if old["item_id"] == item_id:
            return Changes()
        phase = Phase(str(old["phase"]))
        _check_limits(tx, store, item_id, phase, ())
        tx.write("UPDATE evidence SET item_id = ? WHERE id = ?", (item_id, evidence_id))
        store.audit(
            tx,
            "reassign",
            "evidence",
            str(evidence_id),
            json.dumps(old["item_id"]),
            json.dumps(item_id),
        )
        return Changes(evidence=True)

    return store.write(run)


def set_caption(store: ScoringStore, evidence_id: int, caption: str) -> Changes:
    caption = _check_caption(store, caption)

    def run(tx: Tx) -> Changes:
        old = _metadata(tx, evidence_id)
        if old["caption"] == caption:
            return Changes()
        tx.write("UPDATE evidence SET caption = ? WHERE id = ?", (caption, evidence_id))
        store.audit(tx, "set", "evidence.caption", str(evidence_id), str(old["caption"]), caption)
        return Changes(evidence=True)

    return store.write(run)


def request(
    store: ScoringStore,
    item_id: str,
    what: str,
    due_at: dt.datetime,
    *,
    at: dt.datetime | None = None,
) -> tuple[int, Changes]:
    """Record evidence the region still owes for an item, due at `due_at` (aware)."""
    _check_item(store, item_id)
    what = " ".join(what.split())
    if not what:
        raise ScorerError("say what is missing (--what)", path=store.path)
    requested = time_to_text(at or utc_now())
    due = time_to_text(due_at)

    def run(tx: Tx) -> tuple[int, Changes]:
        new_id = next_id(tx, "evidence_request")
        tx.write(
            "INSERT INTO evidence_request (id, item_id, what, due_at, requested_at, assessor) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new_id, item_id, what, due, requested, store.owner),
        )
        new = {"item_id": item_id, "what": what, "due_at": due}
        store.audit(tx, "add", "evidence_request", str(new_id), None, json.dumps(new))
        return new_id, Changes(evidence=True)

    return store.write(run)


def delete_request(store: ScoringStore, request_id: int) -> Changes:
    """Remove a request, open or fulfilled (the piece that fulfilled it stays)."""

    def run(tx: Tx) -> Changes:
        old = _request(tx, store, request_id)
        tx.write("DELETE FROM evidence_request WHERE id = ?", (request_id,))
        store.audit(tx, "delete", "evidence_request", str(request_id), json.dumps(old), None)
        return Changes(evidence=True)

    return store.write(run)


def restore_request(store: ScoringStore, request: EvidenceRequest) -> Changes:
    """Put a deleted request back under its own id, as it was (undo of a delete, redo of an
    add). Its piece, if it names one that is gone meanwhile, is not named again."""
    _check_item(store, request.item_id)

    def run(tx: Tx) -> Changes:
        if tx.value("SELECT count(*) FROM evidence_request WHERE id = ?", (request.id,)):
            raise ScorerError(f"evidence request {request.id} is already there", path=store.path)
        params = list(request_params(request))
        gone = request.evidence_id is not None and not tx.value(
            "SELECT count(*) FROM evidence WHERE id = ?", (request.evidence_id,)
        )
        if gone:  # open again, as a delete of its piece would have left it
            for column in ("fulfilled_at", "fulfilled_by", "evidence_id"):
                params[REQUEST_COLUMNS.index(column)] = None
        tx.write(
            f"INSERT INTO evidence_request ({', '.join(REQUEST_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(REQUEST_COLUMNS))})",
            tuple(params),
        )
        new = _request(tx, store, request.id)
        store.audit(tx, "restore", "evidence_request", str(request.id), None, json.dumps(new))
        return Changes(evidence=True)

    return store.write(run)


def unfulfil(store: ScoringStore, request_id: int) -> Changes:
    """Open a fulfilled request again (undo of a fulfil); its piece stays attached."""

    def run(tx: Tx) -> Changes:
        return Changes(evidence=_reopen(tx, store, request_id))

    return store.write(run)


def _stored_request(tx: Tx, request_id: int) -> dict[str, object] | None:
    """A request's columns as stored (the audit log's old and new values), None if there
    is no such request: the one place that reads a request row inside an edit."""
    rows = tx.rows(
        f"SELECT {', '.join(REQUEST_COLUMNS)} FROM evidence_request WHERE id = ?", (request_id,)
    )
    return dict(zip(REQUEST_COLUMNS, rows[0], strict=True)) if rows else None


def _request(
    tx: Tx, store: ScoringStore, request_id: int, *, open_only: bool = False
) -> dict[str, object]:
    """A request that must be there (and, `open_only`, not fulfilled yet)."""
    row = _stored_request(tx, request_id)
    if row is None:
        raise ScorerError(f"no evidence request number {request_id}", path=store.path)
    if open_only and row["fulfilled_at"] is not None:
        raise ScorerError(
            f"evidence request {request_id} was already fulfilled on {row['fulfilled_at']}",
            path=store.path,
        )
    return row


def fulfil(store: ScoringStore, request_id: int, evidence_id: int) -> Changes:
    """Mark an open request fulfilled by evidence already attached."""

    def run(tx: Tx) -> Changes:
        _request(tx, store, request_id, open_only=True)
        _metadata(tx, evidence_id)
        _fulfil(tx, store, request_id, evidence_id, at=utc_now(), by=store.actor)
        return Changes(evidence=True)

    return store.write(run)


def _fulfil(
    tx: Tx,
    store: ScoringStore,
    request_id: int,
    evidence_id: int,
    *,
    at: dt.datetime,
    by: str | None,
) -> None:
    """Mark a request fulfilled by a piece, `at` a time `by` someone: now by the owner, or
    (restoring a deleted piece) the time and name the request had before."""
    tx.write(
        "UPDATE evidence_request SET fulfilled_at = ?, fulfilled_by = ?, evidence_id = ? "
        "WHERE id = ?",
        (time_to_text(at), by, evidence_id, request_id),
    )
    store.audit(tx, "fulfil", "evidence_request", str(request_id), None, str(evidence_id))


def _reopen(tx: Tx, store: ScoringStore, request_id: int) -> bool:
    """Open a fulfilled request again (False if it was open); the audit keeps the piece
    that had fulfilled it."""
    old = _request(tx, store, request_id)
    if old["evidence_id"] is None:
        return False
    tx.write(
        "UPDATE evidence_request SET fulfilled_at = NULL, fulfilled_by = NULL, "
        "evidence_id = NULL WHERE id = ?",
        (request_id,),
    )
    store.audit(tx, "reopen", "evidence_request", str(request_id), str(old["evidence_id"]), None)
    return True
