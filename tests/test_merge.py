"""Merging hand-made assessor files: hand-computed aggregates, order, idempotence,
revisions, and every kind of bad input left untouched with no output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest

from scorer.core.canonical import content_sha256, dumps
from scorer.core.demo import demo_record
from scorer.core.model import ScoringRecord, SignOff
from scorer.merge.aggregate import aggregate
from scorer.merge.merge import build_panel, plan_merge
from scorer.storage.reading import read_any
from scorer.storage.store import create_file
from tests.conftest import run_cli

# Hand-chosen levels of OP1..OP4 for assessors 1, 2, 3 (other items: everyone 3).
HAND = {
    1: {"OP1": 1, "OP2": 2, "OP3": 4, "OP4": 3},
    2: {"OP1": 3, "OP2": 2, "OP3": 4, "OP4": 3},
    3: {"OP1": 4, "OP2": 2, "OP3": 4, "OP4": 3},
}


def _file(
    tmp_path: Path, rubric, assessor: int, levels: dict[str, int], name: str | None = None
) -> Path:  # type: ignore[no-untyped-def]
    record = demo_record(rubric, assessor)
    for score in record.scores:
        score.level = levels.get(score.item_id, 3)
        score.not_applicable = False
        score.percent = None
    path = tmp_path / (name or f"a{assessor}.scoring")
    create_file(path, record)
    return path


@pytest.fixture
def three(tmp_path: Path, default_rubric) -> list[Path]:  # type: ignore[no-untyped-def]
    return [_file(tmp_path, default_rubric, n, HAND[n]) for n in (1, 2, 3)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_hand_computed_aggregates(three: list[Path]) -> None:
    plan = plan_merge(three)
    assert plan.problems == [] and len(plan.contributions) == 3
    panel = build_panel(plan)
    result = aggregate(panel)
    op1 = next(r for r in result.items if r.item_id == "OP1")
    assert (op1.spread.n, op1.spread.median) == (3, 3)
    assert op1.spread.mean == pytest.approx(8 / 3)
    assert (op1.spread.minimum, op1.spread.maximum) == (1, 4)
    assert op1.spread.stdev == pytest.approx(1.5275, abs=1e-4)  # sd of 1, 3, 4
    assert "range 3" in op1.flags[0]
    assert any("Ratna" in flag and "vs median 3" in flag for flag in op1.flags)
    op2 = next(r for r in result.items if r.item_id == "OP2")
    assert not op2.flagged and op2.spread.stdev == 0
    # Output = mean of the 9 output items' means: (8/3 + 2 + 4 + 3 + 5·3) / 9
    assert result.panel.components["output"].value == (Fraction(8, 3) + 2 + 4 + 3 + 15) / 9
    # Other components are all 3: index = 0.1·3 + 0.2·output + 0.3·3 + 0.2·3 + 0.2·3
    output = result.panel.components["output"].value
    assert result.panel.index == Fraction(3, 10) + Fraction(1, 5) * output + Fraction(21, 10)
    # Each assessor's index, from their own scores.
    chair = result.assessors[0]
    assert chair.name.startswith("Dr. Ratna")
    chair_output = Fraction(1 + 2 + 4 + 3 + 15, 9)
    assert result.per_assessor[chair.key].index == Fraction(3, 10) + chair_output / 5 + Fraction(
        21, 10
    )
    alpha, icc = result.agreement_overall
    assert alpha.meaningful and icc.meaningful


def test_order_does_not_matter_and_merging_twice_equals_once(
    three: list[Path], tmp_path: Path
) -> None:
    first = build_panel(plan_merge(three))
    again = build_panel(plan_merge(list(reversed(three))))
    assert dumps(first) == dumps(again)
    panel = tmp_path / "panel.scoring"
    create_file(panel, first)
    remerged = build_panel(plan_merge([panel, *three]))
    assert dumps(remerged) == dumps(first)
    plan = plan_merge([three[0], three[0], three[1], three[2]])
    assert len(plan.contributions) == 3 and len(plan.duplicates) == 1


def test_newer_revision_replaces_older_and_is_reported(
    tmp_path: Path, default_rubric, three: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    record = read_any(three[1])
    newer = dataclasses.replace(record, file_id="00000000-0000-4000-8000-00000000beef")
    for score in newer.scores:
        if score.item_id == "OP1":
            score.level = 1
            score.updated_at = score.updated_at + dt.timedelta(days=1)
    revised = tmp_path / "a2-revised.scoring"
    create_file(revised, newer)
    plan = plan_merge([*three, revised])
    assert len(plan.contributions) == 3
    assert len(plan.replacements) == 1 and "a2-revised.scoring" in plan.replacements[0]
    result = aggregate(build_panel(plan))
    op1 = next(r for r in result.items if r.item_id == "OP1")
    assert sorted(v for v in op1.levels.values() if v is not None) == [1, 1, 4]


def _tampered(path: Path) -> None:
    record = read_any(path)
    record.signoffs = [SignOff("Dr. X", record.created_at, content_sha256(record))]
    path.unlink()
    create_file(path, record)
    subprocess.run(
        ["sqlite3", str(path), "UPDATE score SET level = 1 WHERE item_id = 'OP2'"], check=True
    )


@pytest.mark.parametrize(
    ("make_bad", "needle"),
    [
        (lambda p, r: p.write_text("not a database"), "not a scoring file"),
        (lambda p, r: p.write_bytes(p.read_bytes()[:3000]), "damaged"),
        (lambda p, r: _exec(p, "UPDATE alembic_version SET version_num='0999'"), "newer version"),
        (lambda p, r: _exec(p, "UPDATE evaluation SET year = 2024"), "different evaluation"),
        (
            lambda p, r: _exec(p, "UPDATE file_info SET rubric_sha256 = 'x' || rubric_sha256"),
            "different rubric",
        ),
        (lambda p, r: _tampered(p), "tampered"),
        (lambda p, r: _exec(p, "CREATE VIEW v AS SELECT 1"), "contains a view"),
    ],
)
def test_bad_inputs_are_named_untouched_and_leave_no_output(
    three: list[Path],
    tmp_path: Path,
    default_rubric,
    make_bad,
    needle: str,  # type: ignore[no-untyped-def]
) -> None:
    bad = _file(tmp_path, default_rubric, 4, {}, "bad.scoring")
    make_bad(bad, default_rubric)
    inputs = [*three, bad]
    before = {p: digest(p) for p in inputs}
    out = tmp_path / "panel.scoring"
    code, _out, err = run_cli(
        "merge", *map(str, inputs), "-o", str(out), "--csv", str(tmp_path / "p.csv")
    )
    assert code == 1
    assert f"{bad}: " in err and needle in err and "Traceback" not in err
    assert {p: digest(p) for p in inputs} == before
    assert not out.exists() and not (tmp_path / "p.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    # The coordinator may merge the rest instead.
    code, stdout, err = run_cli("merge", *map(str, inputs), "-o", str(out), "--skip-bad")
    assert code == 0 and "Merged 3 assessors" in stdout and "skipped" in err


def _exec(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_unsigned_refused_when_signing_is_required(three: list[Path], tmp_path: Path) -> None:
    code, _, err = run_cli(
        "merge", *map(str, three), "-o", str(tmp_path / "p.scoring"), "--require-signoff"
    )
    assert code == 1 and "not signed off" in err


def test_cli_merge_exports_and_consensus(three: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "panel.scoring"
    csv_path, xlsx, pdf = tmp_path / "p.csv", tmp_path / "p.xlsx", tmp_path / "p.pdf"
    code, stdout, err = run_cli(
        "merge",
        *map(str, three),
        "-o",
        str(out),
        "--csv",
        str(csv_path),
        "--xlsx",
        str(xlsx),
        "--report",
        str(pdf),
    )
    assert code == 0, err
    assert "Merged 3 assessors" in stdout
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Butir"
    assert lines[1].split(";")[:4] == ["kode", "komponen", "nama", "Dr. Ratna Wulandari, M.T."]
    op1_row = next(line for line in lines if line.startswith("OP1;")).split(";")
    assert op1_row[3:6] == ["1", "3", "4"]
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx)["Butir"]
    assert sheet.cell(1, 1).value == "kode" and sheet.max_row == 34
    code, text, _ = _pdftotext(pdf)
    assert (
        code == 0 and "REKAPITULASI" in text and "OP1" in text and "Kesepakatan antarasesor" in text
    )

    code, stdout, err = run_cli(
        "consensus", str(out), "OP1", "3", "--reason", "Bukti Perwal diperiksa bersama"
    )
    assert code == 0, err
    record: ScoringRecord = read_any(out)
    result = aggregate(record)
    op1 = next(r for r in result.items if r.item_id == "OP1")
    assert op1.consensus is not None and op1.consensus.level == 3
    assert "Dr. Ratna Wulandari, M.T.: 1" in op1.consensus.before
    audit = [a for a in record.audit if a.action == "consensus"]
    assert audit and audit[-1].new == "3|Bukti Perwal diperiksa bersama"
    code, _, err = run_cli("consensus", str(out), "OP1", "3", "--reason", " ")
    assert code == 1 and "reason" in err


def _pdftotext(path: Path) -> tuple[int, str, str]:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    )
    return result.returncode, result.stdout, result.stderr


def test_outputs_get_ordinary_permissions(three: list[Path], tmp_path: Path) -> None:
    import os
    import stat

    out, pdf, csv_path = tmp_path / "p.scoring", tmp_path / "p.pdf", tmp_path / "p.csv"
    code, _, err = run_cli(
        "merge", *map(str, three), "-o", str(out), "--report", str(pdf), "--csv", str(csv_path)
    )
    assert code == 0, err
    umask = os.umask(0)
    os.umask(umask)
    for path in (out, pdf, csv_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path


@pytest.mark.parametrize(
    ("extra", "allowed"),
    [([], ()), (["--csv"], ("numpy", "krippendorff"))],
    ids=["panel-only", "csv"],
)
def test_merge_loads_only_what_it_needs(
    three: list[Path], tmp_path: Path, extra: list[str], allowed: tuple[str, ...]
) -> None:
    """A merge, even the first one after installing (an empty data folder: the empty-file
    template is built then), loads neither the ORM and the migrations nor numpy, openpyxl
    or ReportLab: each costs more than the merge itself. With --csv it loads numpy and
    krippendorff only, for the agreement figures the CSV holds."""
    import os
    import sys

    out = tmp_path / "panel.scoring"
    outputs = {"--csv": tmp_path / "panel.csv"}
    args = ["merge", *map(str, three), "-o", str(out)]
    for option in extra:
        args += [option, str(outputs[option])]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys\nfrom scorer.entry import main\nassert main({args!r}) == 0\n"
            "print('\\n'.join(sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "SCORER_DATA_DIR": str(tmp_path / "fresh-data")},
    )
    heavy = {"sqlalchemy", "alembic", "numpy", "krippendorff", "openpyxl", "reportlab"}
    loaded = {m.split(".")[0] for m in result.stdout.split()} & heavy
    assert loaded == set(allowed)
    assert out.exists() and all(outputs[option].exists() for option in extra)


def test_merging_twice_writes_the_same_bytes_in_any_data_folder(
    three: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panel file is a function of its inputs alone: a second merge, or one on another
    machine (a fresh data folder builds its own empty-file template), gives the same bytes."""
    outputs = []
    for n, data in enumerate(("fresh", "other", "fresh")):
        monkeypatch.setenv("SCORER_DATA_DIR", str(tmp_path / data))
        out = tmp_path / f"panel{n}.scoring"
        code, _, err = run_cli("merge", *map(str, three), "-o", str(out))
        assert code == 0, err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
