"""Session facts edited during the session: attendees with attendance, the panel, the meeting's
facts and the planned minutes, each audited old -> new and refused after sign-off."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from scorer.core.errors import LockedError, ScorerError
from scorer.core.model import Assessor, Attendee, Phase, Role
from scorer.storage.reading import read_any
from scorer.storage.signoff import sign_off
from scorer.storage.store import Changes, ScoringStore


def test_attendees_with_attendance_are_stored_and_audited(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        old = store.record().attendees
        new = [*old[:2], Attendee("Rina", "Kepala Bappeda", "Bappeda", present=False)]
        assert store.set_attendees(new) == Changes(session=True)
        assert store.set_attendees(new) == Changes()  # no change, no audit row
    record = read_any(demo_file)
    assert record.attendees == new
    entry = record.audit[-1]
    assert (entry.action, entry.entity) == ("set", "attendees")
    assert [a["name"] for a in json.loads(entry.old or "")] == [a.name for a in old]
    assert json.loads(entry.new or "")[-1]["present"] is False


def test_panel_keeps_whoever_holds_scores(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        panel = store.record().assessors
        owner = next(a for a in panel if a.key == store.owner)
        with pytest.raises(ScorerError, match="cannot be removed"):
            store.set_panel([a for a in panel if a.key != store.owner])
        renamed = [dataclasses.replace(owner, name="Dr. Ratna W., M.T.", nip="19800101")]
        others = [a for a in panel if a.key != store.owner]
        added = Assessor("new-key", "Ir. Baru", "Bappenas", Role.MEMBER)
        store.set_panel([*renamed, *others, added])
        assert store.actor == "Dr. Ratna W., M.T."  # later audit rows carry the new name
    record = read_any(demo_file)
    assert record.assessors[0].name == "Dr. Ratna W., M.T."
    assert record.assessors[-1] == added
    assert record.audit[-1].entity == "panel"


def test_session_info_and_planned_minutes(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        store.set_session_info(
            date=dt.date(2025, 10, 22), medium="Luring", venue="Balai Kota", agenda="Tahap II"
        )
        store.set_planned_minutes(Phase.QA, 45)
        with pytest.raises(ValueError):
            store.set_planned_minutes(Phase.QA, -1)
    record = read_any(demo_file)
    assert (record.session.date, record.session.venue) == (dt.date(2025, 10, 22), "Balai Kota")
    assert next(p for p in record.session.phases if p.phase is Phase.QA).planned_minutes == 45
    session_entry = next(a for a in record.audit if a.entity == "session")
    assert json.loads(session_entry.new or "")["venue"] == "Balai Kota"
    assert record.audit[-1].entity == "planned_minutes" and record.audit[-1].new == "45"


def test_signed_off_session_refuses_fact_edits(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Ratna")
        with pytest.raises(LockedError):
            store.set_attendees([])
        with pytest.raises(LockedError):
            store.set_planned_minutes(Phase.QA, 10)
