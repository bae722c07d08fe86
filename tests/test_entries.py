"""Conclusions, recommendations and notes you can correct: stable ids, positions, audit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scorer.core.errors import LockedError
from scorer.core.model import Note, Phase
from scorer.storage import entries
from scorer.storage.reading import read_any
from scorer.storage.signoff import sign_off
from scorer.storage.store import ScoringStore


def _texts(store: ScoringStore, table: str) -> list[str]:
    return [values["text"] for _id, values in entries.entries(store, table)]


def test_recommendations_add_edit_move_delete_and_come_back(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        before = _texts(store, "recommendation")
        a, _ = entries.add(store, "recommendation", {"text": "A", "person_in_charge": "Kominfo"})
        b, _ = entries.add(store, "recommendation", {"text": "B", "deadline": "2026-01-31"})
        entries.add(store, "recommendation", {"text": "C"}, position=0)
        assert _texts(store, "recommendation") == ["C", *before, "A", "B"]
        entries.update(store, "recommendation", b, {"person_in_charge": "Kepala Bappeda"})
        entries.move(store, "recommendation", b, 0)
        assert _texts(store, "recommendation")[:2] == ["B", "C"]
        old_position = entries.position_of(store, "recommendation", a)
        entries.delete(store, "recommendation", a)
        d, _ = entries.add(store, "recommendation", {"text": "D"})
        assert d > a  # a deleted id is never handed out again
        entries.add(store, "recommendation", {"text": "A"}, position=old_position, entry_id=a)
        assert entries.position_of(store, "recommendation", a) == old_position
    record = read_any(demo_file)
    texts = [r.text for r in record.recommendations]
    assert texts[:2] == ["B", "C"] and "A" in texts
    b_rec = next(r for r in record.recommendations if r.text == "B")
    assert b_rec.person_in_charge == "Kepala Bappeda" and b_rec.deadline == dt.date(2026, 1, 31)
    edit = next(e for e in record.audit if e.action == "set" and e.entity == "recommendation")
    assert json.loads(edit.old or "") == {"person_in_charge": ""}
    assert json.loads(edit.new or "") == {"person_in_charge": "Kepala Bappeda"}
    assert any(e.action == "move" and e.key == str(b) for e in record.audit)


def test_conclusions_are_numbered_points(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        for conclusion_id, _values in entries.entries(store, "conclusion"):
            entries.delete(store, "conclusion", conclusion_id)
        one, _ = entries.add(store, "conclusion", {"text": "Satu"})
        entries.add(store, "conclusion", {"text": "Dua"})
        entries.update(store, "conclusion", one, {"text": "Satu, diperbaiki"})
        entries.move(store, "conclusion", one, 1)
    assert read_any(demo_file).conclusions == ["Dua", "Satu, diperbaiki"]


def test_notes_are_corrected_in_place(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        note = Note(dt.datetime.now(dt.UTC), Phase.SCORING, 3, "OP4 tanpa SOC", store.owner, "OP4")
        note_id, _ = store.add_note(note)
        store.update_note(note_id, "OP4: SOC belum ada", None, "governance")
        assert store.note_ids()[-1] == note_id
        store.delete_note(note_id)
        store.add_note(note, note_id=note_id)  # undo of the delete: same id
        assert store.note_ids()[-1] == note_id
    record = read_any(demo_file)
    assert record.notes[-1].text == "OP4 tanpa SOC"
    corrected = next(e for e in record.audit if e.entity == "note" and e.action == "set")
    assert json.loads(corrected.old or "")["text"] == "OP4 tanpa SOC"
    assert json.loads(corrected.new or "")["dimension_id"] == "governance"


def test_signed_off_lists_refuse_edits(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        rec_id = entries.entries(store, "recommendation")[0][0]
        sign_off(store, "Ratna")
        with pytest.raises(LockedError):
            entries.update(store, "recommendation", rec_id, {"text": "x"})
        with pytest.raises(LockedError):
            entries.move(store, "recommendation", rec_id, 3)
