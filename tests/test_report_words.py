"""The minutes and the panel report read naturally when a fact is missing (no chair, an
attendee without an organisation, a question nobody answered by name), print "not
applicable" as the UI does ("N/A"), print a moment one way ("27 November 2026 pukul 12.00
WIB") and never leave the zone alone on a line. Real scoring files, the real CLI, the PDFs
read back with poppler."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from scorer.core.canonical import content_sha256
from scorer.core.demo import demo_record
from scorer.core.model import Attendee, Role, ScoringRecord, SignOff
from scorer.reports.minutes import build_minutes
from scorer.reports.phrases import evaluation_line, joined, labelled, with_details
from scorer.storage.store import create_file
from tests.conftest import run_cli

DUE = "2026-11-27T12:00"  # WIB, as `scorer request --due` takes it
DUE_PRINTED = "27 November 2026 pukul 12.00 WIB"
DASHED_DATE = re.compile(r"\b\d{1,2}-\d{1,2}-\d{4}\b")


def pdf_text(pdf: Path, *options: str) -> str:
    """The PDF's text, white space folded (pdftotext gives a no-break space as a space)."""
    out = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def minutes_pdf(record: ScoringRecord, folder: Path, lang: str = "id") -> Path:
    """The record saved as a scoring file, and its minutes written by `scorer minutes`."""
    path = folder / "sesi.scoring"
    create_file(path, record, overwrite=True)
    pdf = folder / f"notula-{lang}.pdf"
    code, _out, err = run_cli("minutes", str(path), "-o", str(pdf), "--lang", lang)
    assert code == 0, err
    return pdf


def test_without_a_chair_the_minutes_say_when_the_meeting_opened_and_leave_a_line_to_fill(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    for assessor in record.assessors:
        if assessor.role is Role.CHAIR:
            assessor.role = Role.MEMBER
    text = pdf_text(minutes_pdf(record, tmp_path))
    assert "Rapat dibuka pukul 14.20 WIB." in text
    assert "Rapat dibuka oleh" not in text and "selaku" not in text
    assert "Pimpinan Rapat : .............................. Notulis" in text
    assert "(Ketua Tim Asesor)" not in text
    # The chair's signature block stays, its name a dotted line to write in by hand.
    assert "Pimpinan Rapat/Ketua Tim Asesor" in text
    english = pdf_text(minutes_pdf(record, tmp_path, "en"))
    assert "The meeting was opened at 14:20 WIB." in english
    assert "Chair : .............................. Minute-taker" in english


def test_an_attendee_without_organisation_or_position_is_named_without_empty_brackets(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    record.attendees = [
        Attendee("Rina Kusuma", "Sekretaris Daerah", ""),
        Attendee("Budi Santoso", "", "Bappeda Kota Contoh"),
        Attendee("Tono Wibowo", "", ""),
        Attendee("Sari Lestari", "", "", present=False),
    ]
    text = pdf_text(minutes_pdf(record, tmp_path))
    assert "Rina Kusuma (Sekretaris Daerah);" in text
    assert "Budi Santoso (Bappeda Kota Contoh);" in text
    assert "Tono Wibowo Berhalangan hadir: Sari Lestari" in text
    for broken in (", )", "( ,", "()", "(, "):
        assert broken not in text, broken


def test_a_question_without_a_named_responder_or_asker_prints_no_empty_label(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    assert len(record.qa) >= 2
    record.qa[0].responder = ""
    record.qa[1].asker = " "
    answered = sum(1 for qa in record.qa if qa.responder.strip())
    asked = sum(1 for qa in record.qa if qa.asker.strip())
    # -raw: in drawing order, each table cell's text in one piece.
    text = pdf_text(minutes_pdf(record, tmp_path), "-raw")
    assert "(Penjawab: )" not in text and "(Penanya: )" not in text
    assert text.count("(Penjawab: ") == answered
    assert text.count("(Penanya: ") == asked
    assert f"{record.qa[0].answer} 2 {record.qa[1].question}" in text  # no label between


def test_requests_and_signoffs_print_one_date_time_format_in_minutes_and_panel_report(
    tmp_path: Path,
) -> None:
    files = []
    for n in (1, 2, 3):
        path = tmp_path / f"a{n}.scoring"
        code, _, err = run_cli("demo", "-o", str(path), "--assessor", str(n))
        assert code == 0, err
        files.append(str(path))
    code, _, err = run_cli(
        "request", files[0], "--item", "OP5", "--what", "SK Dewan Smart City", "--due", DUE
    )
    assert code == 0, err
    code, _, err = run_cli("sign-off", files[0], "--name", "Dr. Ratna Wulandari, M.T.")
    assert code == 0, err

    minutes = tmp_path / "a1.pdf"
    code, _, err = run_cli("minutes", files[0], "-o", str(minutes))
    assert code == 0, err
    text = pdf_text(minutes, "-raw")
    annex = text[text.index("Bukti dukung yang harus dilengkapi") :]
    assert DUE_PRINTED in annex
    assert re.search(r"Disahkan oleh .* pada \w+, \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WIB", text)
    assert re.search(r"M\.T\., \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WIB", text)  # the footer
    assert not DASHED_DATE.search(text)

    report = tmp_path / "panel.pdf"
    panel = tmp_path / "panel.scoring"
    code, _, err = run_cli("merge", *files, "-o", str(panel), "--report", str(report))
    assert code == 0, err
    text = pdf_text(report, "-raw")
    assert f"SK Dewan Smart City (tenggat {DUE_PRINTED})" in text
    # Section I: who signed off a1.scoring and when, in the same words.
    assert re.search(r"a1\.scoring Dr\. Ratna Wulandari, M\.T\. \d{1,2} \w+ \d{4} pukul", text)
    assert not DASHED_DATE.search(text)


def _name_leaving_the_zone_alone(width: float) -> str:
    """A signer's name that, with an ordinary space before "WIB", would push the zone alone
    onto the next line of the sign-off line under the title (found by laying it out)."""
    from reportlab.platypus import Paragraph

    from scorer.reports.styles import report_styles

    style = report_styles().signed_off
    for extra in range(60):
        name = "Dr. Ratna Wulandari, M.T., " + "Ir. Bambang Hartono " * (extra // 10)
        name += "i" * (extra % 10)
        line = f"Disahkan oleh {name.strip()} pada Selasa, 21 Oktober 2025 pukul 16.05 WIB"
        paragraph = Paragraph(line, style)
        paragraph.wrap(width, 1000)
        if paragraph.blPara.lines[-1][1] == ["WIB"]:
            return name.strip()
    raise AssertionError("no name wraps before the zone")


def test_the_zone_stays_with_the_time_when_the_signoff_line_wraps(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.units import mm

    from scorer.reports.styles import MARGIN_MM

    frame = (210 - 2 * MARGIN_MM) * mm - 12  # the frame less its padding (6 pt a side)
    name = _name_leaving_the_zone_alone(frame)
    record = demo_record(default_rubric)
    signed_at = dt.datetime(2025, 10, 21, 9, 5, tzinfo=dt.UTC)  # 16.05 WIB
    record.signoffs.append(SignOff(name, signed_at, content_sha256(record)))
    pdf = tmp_path / "notula.pdf"
    pdf.write_bytes(build_minutes(record).data)
    lines = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert "WIB" not in [line.strip() for line in lines]
    assert any(line.strip().endswith("pukul 16.05 WIB") for line in lines)
    # The no-break space is a glyph of the embedded DejaVu Sans, not a fallback font.
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("DejaVuSans" in row and " yes yes yes " in row for row in rows)


def test_not_applicable_is_printed_n_a_with_its_legend_as_the_ui_says(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    score = next(s for s in record.scores if s.assessor == record.owner)
    score.level, score.not_applicable = None, True
    text = pdf_text(minutes_pdf(record, tmp_path), "-raw")
    assert "T/B" not in text
    assert f"{score.item_id} " in text and "N/A" in text
    assert "N/A: tidak berlaku (tidak dihitung dalam nilai)." in text
    english = pdf_text(minutes_pdf(record, tmp_path, "en"), "-raw")
    assert "N/A: not applicable (left out of the scores)." in english


def test_phrases_leave_out_what_is_missing_with_its_punctuation(default_rubric) -> None:  # type: ignore[no-untyped-def]
    assert with_details("Rina", "Sekda", " ") == "Rina (Sekda)"
    assert with_details("Rina", "", "") == "Rina"
    assert labelled("Penjawab", "  ") == ""
    assert labelled("Penjawab", "Bappeda") == "(Penjawab: Bappeda)"
    assert joined("a", "", " b ", sep="; ") == "a; b"
    ev = demo_record(default_rubric).evaluation
    ev.province = ""
    assert evaluation_line(ev) == f"{ev.programme} · {ev.region}"
