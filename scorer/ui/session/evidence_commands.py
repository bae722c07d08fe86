"""Undo commands for evidence and evidence requests (docs/evidence.md, "In the app").

Each calls the storage operations of scorer/storage/evidence.py and keeps what it needs to
take itself back: a deleted piece is restored under its own id with its bytes and the
requests it fulfilled, so a redo or an undo never hands out a new number. What is undoable:
attach, delete, reassign (item to item, or to the phase only), caption, adding and deleting
a request, and marking a request fulfilled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from scorer.core.evidence import Prepared
from scorer.core.model import EvidenceRequest, Phase
from scorer.storage import evidence
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.undo import StoreCommand


def _merged(changes: Sequence[Changes]) -> Changes:
    return Changes(evidence=any(c.evidence for c in changes))


class AttachEvidence(StoreCommand):
    """Attach prepared content; undo deletes it, redo restores it under its first ids (a
    request the attach fulfilled is fulfilled again)."""

    def __init__(
        self,
        context: SessionContext,
        pieces: Sequence[Prepared],
        *,
        item_id: str | None,
        phase: Phase | None = None,
        caption: str = "",
        fulfils: int | None = None,
        at: dt.datetime | None = None,
    ) -> None:
        super().__init__(context, ", ".join(p.original_name for p in pieces)[:40])
        self.pieces, self.item_id, self.phase = list(pieces), item_id, phase
        self.caption, self.fulfils, self.at = caption, fulfils, at
        self.ids: list[int] = []
        self.removed: list[evidence.Removed] = []

    def do(self) -> Changes:
        store = self.context.store
        if self.removed:
            return _merged([evidence.restore(store, r) for r in self.removed])
        self.ids, changes = evidence.attach(
            store,
            self.pieces,
            item_id=self.item_id,
            caption=self.caption,
            phase=self.phase,
            fulfils=self.fulfils,
            at=self.at,
        )
        return changes

    def undo_change(self) -> Changes:
        store = self.context.store
        self.removed = [evidence.removal(store, i) for i in self.ids]
        return _merged([evidence.delete(store, i) for i in reversed(self.ids)])


class DeleteEvidence(StoreCommand):
    def __init__(self, context: SessionContext, evidence_id: int) -> None:
        self.removed = evidence.removal(context.store, evidence_id)
        piece = self.removed.piece
        super().__init__(context, f"#{piece.id} {piece.caption or piece.original_name}"[:40])

    def do(self) -> Changes:
        return evidence.delete(self.context.store, self.removed.piece.id)

    def undo_change(self) -> Changes:
        return evidence.restore(self.context.store, self.removed)


class ReassignEvidence(StoreCommand):
    """To another item, or (None) to the phase it was captured in only."""

    def __init__(
        self, context: SessionContext, evidence_id: int, old: str | None, new: str | None
    ) -> None:
        super().__init__(context, f"#{evidence_id} → {new or '–'}")
        self.evidence_id, self.old, self.new = evidence_id, old, new

    def do(self) -> Changes:
        return evidence.reassign(self.context.store, self.evidence_id, self.new)

    def undo_change(self) -> Changes:
        return evidence.reassign(self.context.store, self.evidence_id, self.old)


class SetEvidenceCaption(StoreCommand):
    def __init__(self, context: SessionContext, evidence_id: int, old: str, new: str) -> None:
        super().__init__(context, f"#{evidence_id} {new}"[:40])
        self.evidence_id, self.old, self.new = evidence_id, old, new

    def do(self) -> Changes:
        return evidence.set_caption(self.context.store, self.evidence_id, self.new)

    def undo_change(self) -> Changes:
        return evidence.set_caption(self.context.store, self.evidence_id, self.old)


class AddRequest(StoreCommand):
    """Record a request; undo deletes it, redo restores it under its first id."""

    def __init__(self, context: SessionContext, item_id: str, what: str, due: dt.datetime) -> None:
        super().__init__(context, f"{item_id} {what}"[:40])
        self.item_id, self.what, self.due = item_id, what, due
        self.request: EvidenceRequest | None = None

    def do(self) -> Changes:
        store = self.context.store
        if self.request is not None:
            return evidence.restore_request(store, self.request)
        request_id, changes = evidence.request(store, self.item_id, self.what, self.due)
        self.request = next(q for q in evidence.requests(store) if q.id == request_id)
        return changes

    def undo_change(self) -> Changes:
        assert self.request is not None
        return evidence.delete_request(self.context.store, self.request.id)


class DeleteRequest(StoreCommand):
    def __init__(self, context: SessionContext, request: EvidenceRequest) -> None:
        super().__init__(context, f"{request.item_id} {request.what}"[:40])
        self.request = request

    def do(self) -> Changes:
        return evidence.delete_request(self.context.store, self.request.id)

    def undo_change(self) -> Changes:
        return evidence.restore_request(self.context.store, self.request)


class FulfilRequest(StoreCommand):
    """Mark a request fulfilled by a piece already attached; undo opens it again."""

    def __init__(self, context: SessionContext, request: EvidenceRequest, evidence_id: int) -> None:
        super().__init__(context, f"{request.item_id} {request.what}"[:40])
        self.request_id, self.evidence_id = request.id, evidence_id

    def do(self) -> Changes:
        return evidence.fulfil(self.context.store, self.request_id, self.evidence_id)

    def undo_change(self) -> Changes:
        return evidence.unfulfil(self.context.store, self.request_id)
