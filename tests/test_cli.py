"""Every CLI command as a real child process, good input and bad."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    code, out, err = run_cli("--version")
    assert code == 0 and out.strip() == "Smart City Scorer 0.1.0" and err == ""


def test_every_command_has_help() -> None:
    for command in ("demo", "export-json", "import-json", "check"):
        code, out, _ = run_cli(command, "--help")
        assert code == 0 and "usage: scorer" in out, command


def test_demo_check_export_import_round_trip(tmp_path: Path) -> None:
    demo = tmp_path / "demo.scoring"
    code, out, err = run_cli("demo", "-o", str(demo))
    assert code == 0, err
    assert "Kota Contoh" in out

    code, out, err = run_cli("check", str(demo))
    assert code == 0, err
    assert f"{demo}: OK" in out
    assert "scored 33 of 33 items" in out
    assert "complete; index" in out
    assert "not signed off" in out

    exported = tmp_path / "demo.json"
    code, _, err = run_cli("export-json", str(demo), "-o", str(exported))
    assert code == 0, err
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == "smart-city-scorer/scoring" and doc["format_version"] == 2
    assert len(doc["qa"]) == 6 and doc["evaluation"]["region"] == "Kota Contoh"

    imported = tmp_path / "imported.scoring"
    code, _, err = run_cli("import-json", str(exported), "-o", str(imported))
    assert code == 0, err
    again = tmp_path / "again.json"
    code, _, err = run_cli("export-json", str(imported), "-o", str(again))
    assert code == 0, err
    assert again.read_bytes() == exported.read_bytes()


def test_demo_for_another_panel_member(tmp_path: Path) -> None:
    path = tmp_path / "a2.scoring"
    code, _, err = run_cli("demo", "-o", str(path), "--assessor", "2")
    assert code == 0, err
    with sqlite3.connect(path) as db:
        owner = db.execute(
            "SELECT name FROM assessor JOIN file_info ON assessor.key = file_info.owner"
        ).fetchone()[0]
    assert owner == "Ir. Bambang Hartono, M.Sc."


def _assert_one_clean_line(code: int, err: str, *needles: str) -> None:
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"plain text, not a database", "not a scoring file"),
        (b"SQLite format 3\x00" + b"\x00" * 40, "damaged"),
    ],
)
def test_check_bad_files(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.scoring"
    path.write_bytes(content)
    before = digest(path)
    code, _, err = run_cli("check", str(path))
    _assert_one_clean_line(code, err, str(path), needle)
    assert digest(path) == before


def test_check_newer_schema(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE alembic_version SET version_num='0999'")
    before = digest(demo_file)
    code, _, err = run_cli("check", str(demo_file))
    _assert_one_clean_line(code, err, str(demo_file), "newer version")
    assert digest(demo_file) == before


def test_check_reports_unscored_items(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as db:
        db.execute("DELETE FROM score WHERE item_id IN ('OP4', 'QW1')")
    code, out, _ = run_cli("check", str(demo_file))
    assert code == 0
    assert "2 unscored" in out and "unscored: OP4, QW1" in out and "(provisional)" in out


def test_check_many_files_reports_each(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.scoring"
    bad.write_text("nope")
    code, out, err = run_cli("check", str(demo_file), str(bad))
    assert code == 1
    assert f"{demo_file}: OK" in out
    assert str(bad) in err


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d.update(format_version=3), "field 'format_version': is 3"),
        (lambda d: d.update(format="other"), "field 'format'"),
        (lambda d: d["scores"][3].update(level=7), "field 'scores[3].level'"),
        (lambda d: d["scores"][0].update(item_id="XX9"), "field 'scores[0].item_id'"),
        (lambda d: d["evaluation"].update(stage="II"), "field 'evaluation.stage'"),
        (lambda d: d["qa"][1].pop("answer"), "field 'qa[1].answer': is missing"),
        (lambda d: d["session"].update(date="21-10-2025"), "field 'session.date'"),
        (lambda d: d["rubric"].update(source=d["rubric"]["source"] + " "), "rubric.sha256"),
    ],
)
def test_import_rejects_bad_json_naming_the_field(
    demo_file: Path,
    tmp_path: Path,
    mutate,
    needle: str,  # type: ignore[no-untyped-def]
) -> None:
    exported = tmp_path / "e.json"
    assert run_cli("export-json", str(demo_file), "-o", str(exported))[0] == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    mutate(doc)
    exported.write_text(json.dumps(doc), encoding="utf-8")
    before = digest(exported)
    out = tmp_path / "new.scoring"
    code, _, err = run_cli("import-json", str(exported), "-o", str(out))
    _assert_one_clean_line(code, err, str(exported), needle)
    assert digest(exported) == before
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_import_not_json(tmp_path: Path) -> None:
    source = tmp_path / "x.json"
    source.write_text("{not json")
    code, _, err = run_cli("import-json", str(source), "-o", str(tmp_path / "x.scoring"))
    _assert_one_clean_line(code, err, "not valid JSON")
    assert not (tmp_path / "x.scoring").exists()


def test_outputs_are_never_overwritten_by_accident(demo_file: Path, tmp_path: Path) -> None:
    before = digest(demo_file)
    code, _, err = run_cli("demo", "-o", str(demo_file))
    _assert_one_clean_line(code, err, "already exists", "--force")
    assert digest(demo_file) == before
    code, _, err = run_cli("demo", "-o", str(tmp_path / "nofolder" / "x.scoring"))
    _assert_one_clean_line(code, err, "folder")


def test_export_of_a_bad_file_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.scoring"
    bad.write_text("nope")
    out = tmp_path / "out.json"
    code, _, err = run_cli("export-json", str(bad), "-o", str(out))
    _assert_one_clean_line(code, err, "not a scoring file")
    assert not out.exists()


def test_usage_error_is_one_line_exit_1() -> None:
    code, _, err = run_cli("demo")
    assert code == 1 and "required" in err and "Traceback" not in err


def test_console_script_is_the_same_entry_point(demo_file: Path) -> None:
    import subprocess
    import sys

    script = Path(sys.executable).with_name("scorer")
    if not script.exists():
        pytest.skip("the project is not installed in this environment (bootstrap.py does it)")
    result = subprocess.run(
        [str(script), "check", str(demo_file)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and f"{demo_file}: OK" in result.stdout
