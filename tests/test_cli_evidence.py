"""`scorer attach`, `request` and `evidence` as real child processes: what they store, and
bad input as one line, exit 1, the file unchanged (docs/evidence.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from scorer.core.model import TimeZoneName
from scorer.storage.reading import read_any
from tests.conftest import run_cli
from tests.evidence_files import pdf, png


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_attach_request_fulfil_and_list(demo_file: Path, tmp_path: Path) -> None:
    slide = png(tmp_path / "slide.png")
    code, out, err = run_cli(
        "attach", str(demo_file), str(slide), "--item", "OP2", "--caption", "Realisasi 75 %"
    )
    assert code == 0, err
    assert out.strip() == f"{demo_file}: attached #1"
    code, out, err = run_cli(
        "request", str(demo_file), "--item", "OP5", "--what", "SK Dewan Smart City"
    )
    assert code == 0, err
    code, _, err = run_cli(
        "request",
        str(demo_file),
        "--item",
        "OP3",
        "--what",
        "Opini WTP",
        "--due",
        "2025-10-22T09:30",
    )
    assert code == 0, err
    code, out, err = run_cli(
        "attach", str(demo_file), str(pdf(tmp_path / "sk.pdf")), "--fulfils", "1"
    )
    assert code == 0, err
    assert "request #1 fulfilled" in out

    record = read_any(demo_file)
    zone = TimeZoneName(record.evaluation.timezone).tzinfo
    first, second = record.requests
    due = first.due_at.astimezone(zone)
    assert (due.hour, due.minute) == (12, 0) and due.weekday() < 5  # the default
    assert second.due_at == dt.datetime(2025, 10, 22, 9, 30, tzinfo=zone)
    assert [(e.item_id, e.original_name) for e in record.evidence] == [
        ("OP2", "slide.png"),
        ("OP5", "sk.pdf"),
    ]

    code, out, err = run_cli("evidence", str(demo_file))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "2 pieces of evidence; 2 evidence requests, 1 open"
    requests = lines[2:4]
    assert requests[0].startswith("  #2 OP3: Opini WTP [OPEN, due 2025-10-22 09:30")  # open first
    assert requests[1].startswith("  #1 OP5: SK Dewan Smart City [fulfilled")
    assert '#1 OP2: "Realisasi 75 %"' in out and "image/jpeg" in out and "1600x900" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("attach", "{file}", "{text}"), "notes.txt: not an image or PDF"),
        (("attach", "{file}", "{big_pdf}"), "big.pdf: the PDF is 10.5 MB; the limit is 10.0 MB"),
        (("attach", "{file}", "{png}", "--item", "ZZ9"), "the rubric has no item 'ZZ9'"),
        (("attach", "{file}", "{png}", "{missing}"), "missing.png: not found"),
        (("attach", "{file}", "{png}", "--fulfils", "7"), "no evidence request number 7"),
        (("request", "{file}", "--item", "ZZ9", "--what", "x"), "the rubric has no item 'ZZ9'"),
        (("request", "{file}", "--item", "OP1", "--what", " "), "say what is missing"),
        (("request", "{file}", "--item", "OP1", "--what", "x", "--due", "besok"), "--due"),
        (("attach", "{file}", "{png}", "--caption", "x" * 400), "at most 300 characters"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_nothing_changes(
    demo_file: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "notes.txt").write_text("bukan gambar", encoding="utf-8")
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * (21 * 512 * 1024 - 9))
    names = {
        "file": str(demo_file),
        "text": str(tmp_path / "notes.txt"),
        "big_pdf": str(tmp_path / "big.pdf"),
        "png": str(png(tmp_path / "a.png", (80, 60))),
        "missing": str(tmp_path / "missing.png"),
    }
    before = digest(demo_file)
    code, out, err = run_cli(*(a.format(**names) for a in args))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert "Traceback" not in err
    assert digest(demo_file) == before


def test_a_signed_off_file_refuses_evidence(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("sign-off", str(demo_file), "--name", "Ratna")
    assert code == 0, err
    before = digest(demo_file)
    for args in (
        ("attach", str(demo_file), str(png(tmp_path / "a.png", (80, 60)))),
        ("request", str(demo_file), "--item", "OP1", "--what", "Perwali"),
    ):
        code, out, err = run_cli(*args)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
        assert "signed off and locked" in err
    assert digest(demo_file) == before
