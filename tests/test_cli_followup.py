"""`scorer follow-up` as a real child process: new files, --into, and every refusal (one
line naming the files, exit code 1, nothing written)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from scorer.core.model import PreviousKind
from scorer.storage.reading import read_any
from tests.conftest import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("scorer: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, err)


@pytest.fixture
def demo_assessors(tmp_path: Path) -> list[Path]:
    paths = []
    for n in (1, 2, 3):
        path = tmp_path / f"assessor{n}.scoring"
        code, _, err = run_cli("demo", "--assessor", str(n), "-o", str(path))
        assert code == 0, err
        paths.append(path)
    return paths


@pytest.fixture
def panel(tmp_path: Path, demo_assessors: list[Path]) -> Path:
    path = tmp_path / "panel.scoring"
    code, _, err = run_cli("merge", *map(str, demo_assessors), "-o", str(path))
    assert code == 0, err
    return path


def test_follow_up_from_the_demo_panel(tmp_path: Path, panel: Path) -> None:
    new = tmp_path / "tahap1-2026.scoring"
    code, out, err = run_cli("follow-up", str(panel), "-o", str(new), "--date", "2026-03-17")
    assert code == 0, err
    assert f"in {new}" in out and "panel file" in out
    record = read_any(new)
    previous_record = read_any(panel)
    # The demo is Tahap II 2025: the next evaluation is Tahap I 2026.
    assert (record.evaluation.stage, record.evaluation.year) == (1, 2026)
    assert record.session.date.isoformat() == "2026-03-17"
    assert record.previous is not None and record.previous.kind is PreviousKind.PANEL
    assert record.previous.file_id == previous_record.file_id
    assert record.previous.file_name == panel.name
    assert len(record.previous.recommendations) == len(previous_record.recommendations)
    assert [a.key for a in record.assessors] == [a.key for a in previous_record.assessors]
    assert record.scores == []
    code, out, err = run_cli("check", str(new))
    assert code == 0, err
    assert f"Follows up: panel file {panel.name} (stage 2 2025), index " in out
    assert "0 of 3 recommendations with a follow-up status" in out


def test_follow_up_from_an_assessor_file_with_stage_and_year(
    tmp_path: Path, demo_assessors: list[Path]
) -> None:
    new = tmp_path / "next.scoring"
    code, _, err = run_cli(
        "follow-up", str(demo_assessors[1]), "-o", str(new), "--stage", "II", "--year", "2026"
    )
    assert code == 0, err
    record = read_any(new)
    assert (record.evaluation.stage, record.evaluation.year) == (2, 2026)
    assert record.previous is not None and record.previous.kind is PreviousKind.ASSESSOR
    assert record.owner == read_any(demo_assessors[1]).owner


def test_into_links_and_replaces_an_earlier_link(
    tmp_path: Path, panel: Path, demo_assessors: list[Path]
) -> None:
    new = tmp_path / "next.scoring"
    assert run_cli("follow-up", str(demo_assessors[0]), "-o", str(new))[0] == 0
    code, out, err = run_cli("follow-up", str(panel), "--into", str(new))
    assert code == 0, err
    assert "replacing the earlier link" in out
    record = read_any(new)
    assert record.previous is not None and record.previous.kind is PreviousKind.PANEL
    links = [a for a in record.audit if a.action == "link"]
    assert len(links) == 2 and links[-1].old is not None


def _refused(args: list[str], *needles: str, unchanged: Path | None = None) -> None:
    before = digest(unchanged) if unchanged else None
    code, out, err = run_cli(*args)
    assert code == 1 and out == ""
    one_error_line(err, *needles)
    if unchanged is not None:
        assert digest(unchanged) == before


def test_previous_not_a_scoring_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.scoring"
    bogus.write_text("not a database", encoding="utf-8")
    new = tmp_path / "new.scoring"
    _refused(["follow-up", str(bogus), "-o", str(new)], str(bogus))
    assert not new.exists()


def test_previous_of_a_newer_schema(tmp_path: Path, demo_assessors: list[Path]) -> None:
    newer = demo_assessors[0]
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    new = tmp_path / "new.scoring"
    _refused(["follow-up", str(newer), "-o", str(new)], str(newer), "newer")
    assert not new.exists()


def test_previous_tampered_after_sign_off(tmp_path: Path, demo_assessors: list[Path]) -> None:
    signed = demo_assessors[0]
    assert run_cli("sign-off", str(signed), "--name", "Dr. Ratna Wulandari, M.T.")[0] == 0
    with sqlite3.connect(signed) as db:
        db.execute("UPDATE score SET level = 1 WHERE item_id = 'OP4'")
    new = tmp_path / "new.scoring"
    _refused(["follow-up", str(signed), "-o", str(new)], str(signed), "TAMPERED")
    assert not new.exists()
    into = tmp_path / "into.scoring"
    assert run_cli("follow-up", str(demo_assessors[1]), "-o", str(into))[0] == 0
    _refused(["follow-up", str(signed), "--into", str(into)], "TAMPERED", unchanged=into)


def test_into_another_region_unless_forced(tmp_path: Path, demo_assessors: list[Path]) -> None:
    into = tmp_path / "into.scoring"
    assert run_cli("follow-up", str(demo_assessors[0]), "-o", str(into))[0] == 0
    other = demo_assessors[1]
    with sqlite3.connect(other) as db:
        db.execute("UPDATE evaluation SET region = 'Kota Lain'")
    _refused(
        ["follow-up", str(other), "--into", str(into)],
        str(into),
        str(other),
        "Kota Lain",
        "--force",
        unchanged=into,
    )
    code, _, err = run_cli("follow-up", str(other), "--into", str(into), "--force")
    assert code == 0, err


def test_into_an_older_evaluation_unless_forced(tmp_path: Path, demo_assessors: list[Path]) -> None:
    newer = tmp_path / "newer.scoring"
    assert run_cli("follow-up", str(demo_assessors[0]), "-o", str(newer))[0] == 0
    older = demo_assessors[1]  # Tahap II 2025, before `newer`
    _refused(
        ["follow-up", str(newer), "--into", str(older)],
        str(older),
        str(newer),
        "older",
        unchanged=older,
    )
    code, _, err = run_cli("follow-up", str(newer), "--into", str(older), "--force")
    assert code == 0, err


def test_into_a_signed_off_session_is_refused_even_forced(
    tmp_path: Path, demo_assessors: list[Path]
) -> None:
    into = tmp_path / "into.scoring"
    assert run_cli("follow-up", str(demo_assessors[0]), "-o", str(into))[0] == 0
    assert run_cli("sign-off", str(into), "--name", "Dr. Ratna Wulandari, M.T.")[0] == 0
    for extra in ([], ["--force"]):
        _refused(
            ["follow-up", str(demo_assessors[1]), "--into", str(into), *extra],
            str(into),
            "signed off",
            unchanged=into,
        )


def test_new_file_before_the_previous_is_refused(
    tmp_path: Path, demo_assessors: list[Path]
) -> None:
    new = tmp_path / "new.scoring"
    _refused(
        ["follow-up", str(demo_assessors[0]), "-o", str(new), "--stage", "I", "--year", "2025"],
        str(demo_assessors[0]),
        "comes before",
    )
    assert not new.exists()


def test_existing_output_needs_force(tmp_path: Path, demo_assessors: list[Path]) -> None:
    new = tmp_path / "new.scoring"
    new.write_bytes(b"keep")
    _refused(["follow-up", str(demo_assessors[0]), "-o", str(new)], "already exists")
    assert new.read_bytes() == b"keep"


def test_previous_rubric_changed_the_bundled_one_is_used_items_matched_by_id(
    tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    """PREVIOUS was scored with a rubric that had OP10 but not OP9 (and other weights): the new
    file takes today's bundled rubric; OP9 is new, OP10 dropped, neither compared, and the
    change is labelled across rubrics."""

    from scorer.core.demo import demo_record
    from scorer.core.followup import compare_record
    from scorer.storage.store import create_file
    from tests.test_followup import _changed_rubric

    older = _changed_rubric(default_rubric, weights=True)
    previous = tmp_path / "2024.scoring"
    create_file(previous, demo_record(older))
    new = tmp_path / "2025.scoring"
    code, out, err = run_cli("follow-up", str(previous), "-o", str(new))
    assert code == 0, err
    assert "the previous one differs" in out
    record = read_any(new)
    assert record.rubric_sha256 == default_rubric.sha256
    assert record.previous is not None and record.previous.rubric_sha256 == older.sha256
    comparison = compare_record(record)
    assert comparison is not None
    assert comparison.new_items == ("OP9",) and comparison.dropped_items == ("OP10",)
    assert comparison.across_rubrics
    assert all(i.item.change is None for i in comparison.items if i.item.id in ("OP9", "OP10"))
    assert comparison.index.previous is not None and comparison.index.current is None
    assert all(c.change is None for c in comparison.dimensions)
