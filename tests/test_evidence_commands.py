"""The evidence undo commands over a real file: an attach undone and redone keeps its first
number (and fulfils its request again), a request added, undone and redone keeps its number,
a fulfilment undone opens the request again; the undo stack holds no data of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from scorer.core.evidence import prepare
from scorer.storage import evidence as ev
from scorer.storage.store import ScoringStore
from scorer.ui.context import Hub, SessionContext
from scorer.ui.session.evidence_commands import (
    AddRequest,
    AttachEvidence,
    FulfilRequest,
    ReassignEvidence,
)
from tests.evidence_files import png

pytestmark = pytest.mark.gui
DUE = dt.datetime(2025, 10, 22, 5, 0, tzinfo=dt.UTC)


@pytest.fixture
def context(qapp, demo_file: Path):  # type: ignore[no-untyped-def]
    store = ScoringStore.open(demo_file)
    yield SessionContext(store, QUndoStack(), Hub())
    store.close()


def test_attach_undone_and_redone_keeps_its_number_and_its_request(  # type: ignore[no-untyped-def]
    context, tmp_path: Path
) -> None:
    store, stack = context.store, context.undo_stack
    stack.push(AddRequest(context, "OP5", "SK Dewan Smart City", DUE))
    (request,) = ev.requests(store)
    slide = prepare(png(tmp_path / "sk.png").read_bytes(), "sk.png")
    stack.push(AttachEvidence(context, [slide], item_id=None, fulfils=request.id))
    (piece,) = ev.pieces(store)
    (fulfilled,) = ev.requests(store)
    assert piece.item_id == "OP5" and fulfilled.evidence_id == piece.id
    stack.undo()
    assert ev.pieces(store) == [] and ev.requests(store)[0].open
    stack.redo()
    assert ev.pieces(store) == [piece] and ev.requests(store) == [fulfilled]
    stack.undo()
    stack.undo()  # the request too; redo brings it back under its number
    assert ev.requests(store) == []
    stack.redo()
    assert ev.requests(store) == [request]


def test_fulfil_and_reassign_undone(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, stack = context.store, context.undo_stack
    slide = prepare(png(tmp_path / "a.png").read_bytes(), "a.png")
    stack.push(AttachEvidence(context, [slide], item_id="OP2"))
    stack.push(AddRequest(context, "OP2", "Masterplan", DUE))
    (piece,), (request,) = ev.pieces(store), ev.requests(store)
    stack.push(FulfilRequest(context, request, piece.id))
    assert ev.requests(store)[0].evidence_id == piece.id
    stack.push(ReassignEvidence(context, piece.id, "OP2", None))
    assert ev.pieces(store)[0].item_id is None
    stack.undo()
    stack.undo()
    assert ev.pieces(store)[0].item_id == "OP2" and ev.requests(store)[0].open
