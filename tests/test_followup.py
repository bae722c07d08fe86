"""Follow-up between evaluations: the snapshot, the change from then to now, its storage,
its audit and lock, the JSON interchange and the minutes (docs/follow-up.md)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from scorer.core.canonical import content_sha256, dumps
from scorer.core.demo import demo_record
from scorer.core.errors import LockedError
from scorer.core.followup import (
    ItemPresence,
    build_snapshot,
    compare,
    compare_record,
    follow_up_record,
    format_change,
    next_stage,
)
from scorer.core.model import (
    FollowUpState,
    FollowUpStatus,
    PreviousKind,
    Recommendation,
    Score,
    ScoringRecord,
    utc_now,
)
from scorer.core.rubric import Rubric, load_rubric_text
from scorer.core.scoring import format_score, summarise
from scorer.merge.merge import build_panel, plan_merge
from scorer.reports.minutes import write_minutes
from scorer.storage.followups import link_previous, set_follow_up
from scorer.storage.interchange import loads
from scorer.storage.reading import read_any
from scorer.storage.signoff import reopen, sign_off
from scorer.storage.store import ScoringStore, create_file

# Item scores ("all 3, the first N items of each component at 4") that give the published
# indices with the default rubric's weights 10/20/30/20/20 (as tests/test_scoring.py does).
GIVES_3_06 = {"baseline": 0, "output": 1, "outcome": 0, "impact": 1, "quickwin": 0}
GIVES_3_31 = {"baseline": 0, "output": 1, "outcome": 0, "impact": 4, "quickwin": 3}  # Kediri


def threes_and_fours(rubric: Rubric, fours: dict[str, int]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for component in rubric.components:
        for position, item in enumerate(rubric.items_of(component.id)):
            levels[item.id] = 4 if position < fours[component.id] else 3
    return levels


def with_levels(record: ScoringRecord, levels: dict[str, int]) -> ScoringRecord:
    record.scores = [
        Score(record.owner, item_id, level, False, utc_now()) for item_id, level in levels.items()
    ]
    return record


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


@pytest.fixture
def demo_panel(tmp_path: Path, default_rubric: Rubric) -> ScoringRecord:
    """The demo's panel: assessors 1, 2 and 3 merged."""
    paths = []
    for n in (1, 2, 3):
        path = tmp_path / f"assessor{n}.scoring"
        create_file(path, demo_record(default_rubric, n))
        paths.append(path)
    return build_panel(plan_merge(paths))


def test_next_stage_is_tahap_ii_then_tahap_i_of_the_next_year() -> None:
    assert next_stage(1, 2025) == (2, 2025)
    assert next_stage(2, 2025) == (1, 2026)


def test_snapshot_of_the_demo_panel_holds_the_panel_values(
    demo_panel: ScoringRecord, default_rubric: Rubric
) -> None:
    from scorer.merge.aggregate import aggregate

    snapshot = build_snapshot(demo_panel, "panel.scoring")
    result = aggregate(demo_panel)
    assert snapshot.kind is PreviousKind.PANEL
    assert snapshot.file_id == demo_panel.file_id
    assert snapshot.content_sha256 == content_sha256(demo_panel)
    assert snapshot.index == Decimal(format_score(result.panel.index, 2, "en"))
    by_id = {i.item_id: i for i in snapshot.items}
    assert len(by_id) == len(default_rubric.items)
    # A panel value is the mean of the assessors' levels, rounded as published.
    for row in result.items:
        levels = [v for v in row.levels.values() if v is not None]
        if levels:
            mean = Fraction(sum(levels), len(levels))
            assert by_id[row.item_id].value == Decimal(format_score(mean, 2, "en"))
    assert [r.text for r in snapshot.recommendations] == [
        r.text for r in demo_panel.recommendations
    ]
    dimension = next(d for d in snapshot.dimensions if d.id == "governance")
    assert dimension.value == Decimal(
        format_score(result.panel.dimensions["governance"].value, 2, "en")
    )
    assert {c.id: c.weight for c in snapshot.components}["outcome"] == "3/10"


def test_snapshot_of_an_assessor_file_holds_their_own_scores(default_rubric: Rubric) -> None:
    record = demo_record(default_rubric, 2)
    snapshot = build_snapshot(record, "assessor2.scoring")
    assert snapshot.kind is PreviousKind.ASSESSOR
    own = {s.item_id: s for s in record.scores if s.assessor == record.owner}
    for item in snapshot.items:
        score = own.get(item.item_id)
        if score is not None and score.level is not None:
            assert item.value == Decimal(score.level).quantize(Decimal("0.01"))
    owner = next(a for a in record.assessors if a.key == record.owner)
    assert snapshot.assessor == owner.name
    assert all(i.consensus is None for i in snapshot.items)


def test_worked_case_3_06_then_3_31_is_plus_0_25(default_rubric: Rubric) -> None:
    before = with_levels(demo_record(default_rubric), threes_and_fours(default_rubric, GIVES_3_06))
    snapshot = build_snapshot(before, "2024.scoring")
    assert snapshot.index == Decimal("3.06")
    now = threes_and_fours(default_rubric, GIVES_3_31)
    comparison = compare(snapshot, default_rubric, {k: Fraction(v) for k, v in now.items()})
    assert comparison.index.current == Decimal("3.31")
    assert format_change(comparison.index.change) == "+0,25"
    assert not comparison.across_rubrics
    # And back down: a real minus sign, decimal comma.
    reverse = compare(
        build_snapshot(with_levels(demo_record(default_rubric), now), "x.scoring"),
        default_rubric,
        {k: Fraction(v) for k, v in threes_and_fours(default_rubric, GIVES_3_06).items()},
    )
    assert format_change(reverse.index.change) == "\u22120,25"
    assert format_change(None) == "\u2014"
    assert format_change(Decimal("0")) == "0,00"


def _changed_rubric(rubric: Rubric, *, weights: bool = False) -> Rubric:
    """The default rubric with item OP9 removed and an item OP10 added (and, optionally,
    the baseline and quick-win weights swapped for 15 and 15)."""
    source = rubric.source
    start = source.index('id = "OP9"')
    block_start = source.rindex("[[items]]", 0, start)
    block_end = source.index("[[items]]", start)
    block = source[block_start:block_end]
    source = source[:block_start] + source[block_end:] + block.replace('"OP9"', '"OP10"')
    if weights:
        source = source.replace('weight = "0.10"', 'weight = "0.15"', 1)
        source = source.replace('weight = "0.20"', 'weight = "0.15"', 1)
    return load_rubric_text(source, "changed rubric")


def test_rubric_change_items_new_and_dropped_never_compared(default_rubric: Rubric) -> None:
    changed = _changed_rubric(default_rubric)
    assert changed.has_item("OP10") and not changed.has_item("OP9")
    snapshot = build_snapshot(demo_record(default_rubric), "before.scoring")
    values = {i.id: Fraction(3) for i in changed.items}
    comparison = compare(snapshot, changed, values)
    assert comparison.new_items == ("OP10",)
    assert comparison.dropped_items == ("OP9",)
    rows = {i.item.id: i for i in comparison.items}
    assert rows["OP10"].presence is ItemPresence.NEW and rows["OP10"].item.change is None
    assert rows["OP9"].presence is ItemPresence.DROPPED and rows["OP9"].item.change is None
    assert rows["OP9"].item.previous is not None  # shown, not compared
    assert rows["OP1"].item.change is not None
    assert not comparison.across_rubrics  # the weights did not change


def test_changed_weights_are_flagged_and_the_published_index_kept(default_rubric: Rubric) -> None:
    changed = _changed_rubric(default_rubric, weights=True)
    assert [str(c.weight) for c in changed.components] != [
        str(c.weight) for c in default_rubric.components
    ]
    before = with_levels(demo_record(default_rubric), threes_and_fours(default_rubric, GIVES_3_06))
    snapshot = build_snapshot(before, "before.scoring")
    comparison = compare(snapshot, changed, {i.id: Fraction(3) for i in changed.items})
    assert comparison.across_rubrics
    assert comparison.index.previous == Decimal("3.06")  # as published, not recomputed


def _follow_up_file(tmp_path: Path, rubric: Rubric) -> tuple[Path, ScoringRecord]:
    before = with_levels(demo_record(rubric), threes_and_fours(rubric, GIVES_3_06))
    snapshot = build_snapshot(before, "kota-contoh-2025.scoring")
    record = follow_up_record(
        before, snapshot, rubric, stage=1, year=2026, date=dt.date(2026, 3, 17)
    )
    path = tmp_path / "next.scoring"
    create_file(path, record)
    return path, before


def test_follow_up_record_copies_the_panel_and_stores_the_snapshot(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, before = _follow_up_file(tmp_path, default_rubric)
    record = read_any(path)
    assert record.file_id != before.file_id
    assert record.evaluation.region == before.evaluation.region
    assert (record.evaluation.stage, record.evaluation.year) == (1, 2026)
    assert [a.key for a in record.assessors] == [a.key for a in before.assessors]
    assert [a.name for a in record.attendees] == [a.name for a in before.attendees]
    assert record.session.venue == before.session.venue
    assert record.scores == [] and record.recommendations == []
    assert record.previous is not None and record.previous.index == Decimal("3.06")
    assert record.previous.recommendations == tuple(before.recommendations)
    link = record.audit[-1]
    assert (link.action, link.entity, link.key) == ("link", "previous", before.file_id)
    assert json.loads(link.new or "")["file_id"] == before.file_id
    with sqlite3.connect(path) as db:
        stored, sha = db.execute(
            "SELECT snapshot, snapshot_sha256 FROM previous_evaluation"
        ).fetchone()
    import hashlib

    assert hashlib.sha256(stored.encode()).hexdigest() == sha
    assert json.loads(stored)["index"] == "3.06"


def test_a_snapshot_edited_outside_the_app_is_refused(tmp_path: Path, default_rubric) -> None:  # type: ignore[no-untyped-def]
    from scorer.core.errors import ScorerError

    path, _ = _follow_up_file(tmp_path, default_rubric)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE previous_evaluation SET snapshot = replace(snapshot, '3.06', '3.60')")
    with pytest.raises(ScorerError, match="does not match its SHA-256") as caught:
        read_any(path)
    assert caught.value.path == str(path)


def test_statuses_are_audited_and_refused_after_sign_off(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, _ = _follow_up_file(tmp_path, default_rubric)
    with ScoringStore.open(path) as store:
        changes = set_follow_up(store, 0, FollowUpState.DONE, "Perwali terbit Mei")
        assert changes.follow_up
        set_follow_up(store, 1, FollowUpState.PARTLY, "")
        set_follow_up(store, 0, FollowUpState.NOT_RELEVANT, "Perwali terbit Mei")
        assert not set_follow_up(store, 1, FollowUpState.PARTLY, "").follow_up  # unchanged
        with pytest.raises(ValueError, match="no recommendation 9"):
            set_follow_up(store, 8, FollowUpState.DONE, "")
        sign_off(store, "Dr. Ratna Wulandari, M.T.")
        with pytest.raises(LockedError):
            set_follow_up(store, 2, FollowUpState.NOT_YET, "")
        with pytest.raises(LockedError):
            link_previous(store, build_snapshot(demo_record(default_rubric, 2), "b.scoring"))
        reopen(store, "Dr. Ratna Wulandari, M.T.", "status corrected")
        set_follow_up(store, 2, FollowUpState.NOT_YET, "")
    record = read_any(path)
    assert record.follow_up == [
        FollowUpStatus(0, FollowUpState.NOT_RELEVANT, "Perwali terbit Mei"),
        FollowUpStatus(1, FollowUpState.PARTLY, ""),
        FollowUpStatus(2, FollowUpState.NOT_YET, ""),
    ]
    audited = [(a.key, a.old, a.new) for a in record.audit if a.entity == "follow_up"]
    assert audited[0] == (
        "0",
        json.dumps({"status": None, "note": ""}),
        json.dumps({"status": "selesai", "note": "Perwali terbit Mei"}),
    )
    assert audited[2][1:] == (
        json.dumps({"status": "selesai", "note": "Perwali terbit Mei"}),
        json.dumps({"status": "tidak_relevan", "note": "Perwali terbit Mei"}),
    )
    assert len(audited) == 4


def test_linking_again_replaces_the_link_and_its_statuses_audited(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, before = _follow_up_file(tmp_path, default_rubric)
    other = build_snapshot(demo_record(default_rubric, 2), "assessor2.scoring")
    with ScoringStore.open(path) as store:
        set_follow_up(store, 0, FollowUpState.DONE, "ok")
        link_previous(store, other)
    record = read_any(path)
    assert record.previous is not None and record.previous.file_name == "assessor2.scoring"
    assert record.follow_up == []
    last = record.audit[-1]
    assert (last.action, last.entity, last.key) == ("link", "previous", other.file_id)
    old = json.loads(last.old or "")
    assert old["file_id"] == before.file_id
    assert old["follow_up"] == [{"position": 0, "status": "selesai", "note": "ok"}]


def test_json_round_trip_v2_is_byte_identical_and_v1_still_imports(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, _ = _follow_up_file(tmp_path, default_rubric)
    with ScoringStore.open(path) as store:
        set_follow_up(store, 1, FollowUpState.PARTLY, "dua dari tiga OPD")
    record = read_any(path)
    text = dumps(record)
    doc = json.loads(text)
    assert doc["format_version"] == 3
    assert doc["previous"]["snapshot"]["index"] == "3.06"
    assert doc["follow_up"] == [{"position": 1, "status": "sebagian", "note": "dua dari tiga OPD"}]
    imported = loads(text, "export.json")
    assert imported.previous == record.previous
    assert imported.follow_up == record.follow_up
    again = tmp_path / "again.scoring"
    create_file(again, imported)
    assert dumps(read_any(again)) == text
    assert content_sha256(read_any(again)) == content_sha256(record)

    # A version 1 document (written before follow-ups existed) still imports.
    plain = demo_record(default_rubric)
    v1 = json.loads(dumps(plain))
    assert "previous" not in v1 and "follow_up" not in v1
    v1["format_version"] = 1
    old = loads(json.dumps(v1), "v1.json")
    assert old.previous is None and old.follow_up == []
    assert content_sha256(old) == content_sha256(plain)


def test_json_snapshot_altered_is_refused_naming_the_field(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    from scorer.core.errors import InterchangeError

    path, _ = _follow_up_file(tmp_path, default_rubric)
    doc = json.loads(dumps(read_any(path)))
    doc["previous"]["snapshot"]["index"] = "3.60"
    with pytest.raises(InterchangeError, match=r"previous\.snapshot_sha256"):
        loads(json.dumps(doc), "altered.json")
    doc = json.loads(dumps(read_any(path)))
    doc["follow_up"] = [{"position": 7, "status": "selesai", "note": ""}]
    with pytest.raises(InterchangeError, match=r"follow_up\[0\].position"):
        loads(json.dumps(doc), "bad.json")


def test_hash_of_files_without_a_follow_up_is_unchanged(default_rubric: Rubric) -> None:
    """The content hash keeps version 1's layout: files signed off before stay intact."""
    record = demo_record(default_rubric)
    from scorer.core.canonical import record_to_dict

    hashed = record_to_dict(record, for_hash=True)
    assert hashed["format_version"] == 1
    assert "previous" not in hashed and "follow_up" not in hashed
    record.follow_up = []
    linked = demo_record(default_rubric)
    linked.previous = build_snapshot(demo_record(default_rubric, 2), "b.scoring")
    assert content_sha256(linked) != content_sha256(record)


def test_minutes_show_the_follow_up_table_and_signed_changes(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, before = _follow_up_file(tmp_path, default_rubric)
    with ScoringStore.open(path) as store:
        for item_id, level in threes_and_fours(default_rubric, GIVES_3_31).items():
            store.set_level(item_id, level)
        set_follow_up(store, 0, FollowUpState.DONE, "Perwali terbit")
        set_follow_up(store, 1, FollowUpState.NOT_YET, "")
    record = read_any(path)
    comparison = compare_record(record)
    assert (
        comparison is not None
        and format_score(
            summarise(
                default_rubric,
                {k: Fraction(v) for k, v in threes_and_fours(default_rubric, GIVES_3_31).items()},
            ).index
        )
        == "3,31"
    )
    out = tmp_path / "notula.pdf"
    write_minutes(record, out)
    text = pdf_text(out)
    assert "Tindak Lanjut Rekomendasi Evaluasi Sebelumnya" in text
    assert "Penanggung jawab Tenggat Status Catatan" in text
    first: Recommendation = before.recommendations[0]
    assert first.text.split()[0] in text
    assert "Selesai Perwali terbit" in text
    assert "Belum" in text
    assert "Indeks 3,06 3,31 +0,25" in text
    assert "Perbandingan dengan Evaluasi Sebelumnya" in text
    # Per dimension, every change has its sign or is not comparable.
    import re

    changes = re.findall(r"\d,\d\d \d,\d\d ([+\u2212]?\d,\d\d)", text)
    assert len(changes) >= len(default_rubric.dimensions)
    assert all(c[0] in "+\u2212" or c == "0,00" for c in changes)


def test_minutes_without_a_follow_up_have_no_such_section(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    out = tmp_path / "notula.pdf"
    write_minutes(demo_record(default_rubric), out)
    assert "Tindak Lanjut Rekomendasi Evaluasi Sebelumnya" not in pdf_text(out)


def test_english_minutes_use_decimal_points_and_the_same_signs(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    path, _ = _follow_up_file(tmp_path, default_rubric)
    with ScoringStore.open(path) as store:
        for item_id, level in threes_and_fours(default_rubric, GIVES_3_31).items():
            store.set_level(item_id, level)
        set_follow_up(store, 2, FollowUpState.NOT_RELEVANT, "")
    out = tmp_path / "minutes.pdf"
    write_minutes(read_any(path), out, "en")
    text = pdf_text(out)
    assert "Follow-up of the Previous Evaluation's Recommendations" in text
    assert "Index 3.06 3.31 +0.25" in text
    assert "Not relevant" in text


def test_a_panel_of_follow_up_sessions_keeps_the_chairs_link_and_statuses(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    previous = with_levels(
        demo_record(default_rubric), threes_and_fours(default_rubric, GIVES_3_06)
    )
    snapshot = build_snapshot(previous, "2025.scoring")
    paths = []
    for n in (1, 2):
        member = demo_record(default_rubric, n)
        record = follow_up_record(
            member, snapshot, default_rubric, stage=1, year=2026, date=dt.date(2026, 3, 17)
        )
        now = threes_and_fours(default_rubric, GIVES_3_31)
        with_levels(record, now)
        record.follow_up = [FollowUpStatus(0, FollowUpState.DONE if n == 1 else None, "")]
        path = tmp_path / f"member{n}.scoring"
        create_file(path, record)
        paths.append(path)
    panel = build_panel(plan_merge(paths))
    assert panel.previous is not None and panel.previous.index == Decimal("3.06")
    assert panel.follow_up == [FollowUpStatus(0, FollowUpState.DONE, "")]  # the chair's
    comparison = compare_record(panel)
    assert comparison is not None and format_change(comparison.index.change) == "+0,25"
