"""Scoring files of a panel of any size for tests: the demo has five panel members, so a
larger panel is the demo's session as seen by new assessors, each with levels of their own."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from scorer.core.demo import PANEL, demo_record
from scorer.core.model import Assessor, Role, ScoringRecord
from scorer.core.rubric import Rubric
from scorer.storage.reading import read_any
from scorer.storage.store import create_file


def panel_members(size: int) -> list[Assessor]:
    """`size` members: the demo's five, then invented ones with names unlike any other's
    (Dr. Asesor Ketujuh… is not a prefix of another name, so each is found in a report)."""
    extra = [
        Assessor(
            f"a55e5500-0000-4000-8000-{k:012d}",
            f"Asesor Tambahan {k:02d}",
            f"Universitas Contoh {k:02d}",
            Role.MEMBER,
        )
        for k in range(len(PANEL) + 1, size + 1)
    ]
    return [*PANEL, *extra][:size]


def member_record(rubric: Rubric, members: list[Assessor], k: int) -> ScoringRecord:
    """Panel member `k` (1-based) of `members`: a demo member's own file, or the demo's
    session re-owned by a new member with levels jittered by a seed of their own."""
    if k <= len(PANEL):
        record = demo_record(rubric, k)
        record.assessors = [record.assessors[0], *(a for a in members if a.key != record.owner)]
        return record
    record = demo_record(rubric, (k - 1) % (len(PANEL) - 1) + 2)  # a member's, not the chair's
    me = members[k - 1]
    jitter = random.Random(k)
    levels = rubric.levels
    record.scores = [
        dataclasses.replace(
            s,
            assessor=me.key,
            level=min(max(s.level + jitter.choice((-1, 0, 1)), levels[0]), levels[-1])
            if s.level is not None
            else None,
            percent=None,
        )
        for s in record.scores
    ]
    record.notes = [dataclasses.replace(n, assessor=me.key) for n in record.notes]
    record.owner = me.key
    record.file_id = f"f11e5500-0000-4000-8000-{k:012d}"
    record.assessors = [me, *(a for a in members if a is not me)]
    return record


def panel_files(folder: Path, rubric: Rubric, size: int) -> list[Path]:
    """One file per member of a panel of `size`, written into `folder`."""
    members = panel_members(size)
    paths = []
    for k in range(1, size + 1):
        path = folder / f"member{k:02d}.scoring"
        create_file(path, member_record(rubric, members, k))
        paths.append(path)
    return paths


def follow_up_panel_files(folder: Path, rubric: Rubric, size: int) -> list[Path]:
    """A panel of `size` that follows up its previous evaluation (the same panel's merged
    files, a year earlier): each member's file links it and gives every recommendation a
    status, the even-numbered members a different one and a note."""
    from scorer.core.followup import intact_snapshot
    from scorer.core.model import FollowUpState, FollowUpStatus
    from scorer.merge.merge import build_panel, plan_merge

    earlier = folder / "previous"
    earlier.mkdir()
    previous_path = earlier / "panel.scoring"
    create_file(previous_path, build_panel(plan_merge(panel_files(earlier, rubric, size))))
    previous = read_any(previous_path)
    snapshot = intact_snapshot(previous, previous_path)
    members = panel_members(size)
    paths = []
    for k in range(1, size + 1):
        record = member_record(rubric, members, k)
        record.file_id = f"f0110000-0000-4000-8000-{k:012d}"
        record.evaluation.year += 1
        record.session.date = record.session.date.replace(year=record.session.date.year + 1)
        record.previous = snapshot
        state = FollowUpState.PARTLY if k % 2 else FollowUpState.DONE
        note = "" if k % 2 else f"catatan{k}"
        record.follow_up = [
            FollowUpStatus(position, state, note)
            for position in range(len(snapshot.recommendations))
        ]
        path = folder / f"follow{k:02d}.scoring"
        create_file(path, record)
        paths.append(path)
    return paths
