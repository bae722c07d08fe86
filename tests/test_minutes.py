"""The minutes PDF read back with poppler: every section, dates, times, scores, pages."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from scorer.core.canonical import content_sha256
from scorer.core.demo import demo_record
from scorer.core.model import Note, Phase, QAEntry, ScoringRecord
from scorer.core.report import owner_values
from scorer.core.scoring import format_score, summarise
from scorer.reports.minutes import build_minutes, write_minutes
from tests.conftest import run_cli


def pdf_text(path: Path, *extra: str) -> str:
    result = subprocess.run(
        ["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo(default_rubric) -> ScoringRecord:  # type: ignore[no-untyped-def]
    return demo_record(default_rubric)


def test_demo_minutes_hold_every_section_date_time_and_score(
    demo: ScoringRecord, default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "notula.pdf"
    result = write_minutes(demo, out)
    text = flat(pdf_text(out))
    for needle in (
        "NOTULA EVALUASI IMPLEMENTASI SMART CITY TAHAP II TAHUN 2025",
        "Selasa, 21 Oktober 2025",
        "pukul 14.20 WIB s.d. 15.28 WIB",  # the end of Tanya Jawab
        "Daring melalui Zoom Meeting",
        "Pimpinan Rapat",
        "Notulis",
        "Kepala Dinas Kominfo",
        "I. PEMBUKAAN",
        "II. SESI PRESENTASI",
        "III. SESI TANYA JAWAB",
        "IV. CATATAN PENILAIAN",
        "V. KESIMPULAN",
        "VI. REKOMENDASI DAN TINDAK LANJUT",
        "Rapat ditutup pukul 15.28 WIB.",
        "Kota Contoh, 21 Oktober 2025",
        "NIP. 197805122005012003",
        "LAMPIRAN I: DAFTAR HADIR",
        "LEMBAR PENILAIAN ASESOR",
        "22 Oktober 2025",  # a recommendation's deadline
    ):
        assert needle in text, needle
    summary = summarise(default_rubric, owner_values(demo, demo.owner))
    index = format_score(summary.index)
    assert "," in index
    owner = next(a.name for a in demo.assessors if a.key == demo.owner)
    assert f"Indeks smart city menurut penilaian {owner}: {index}" in text
    for group in (summary.components, summary.dimensions, summary.aspects, summary.elements):
        for rollup in group.values():
            assert format_score(rollup.value) in text
    for qa in demo.qa:
        assert flat(qa.question)[:40] in text
    for conclusion in demo.conclusions:
        assert flat(conclusion) in text
    # The score sheet: every item with its level and note.
    for score in demo.scores:
        assert re.search(rf"\b{score.item_id}\b", text)
        if score.note:
            assert flat(score.note)[:30] in text
    # Every page's footer: page x of y, the document id and the fingerprint.
    fingerprint = content_sha256(demo)[:12]
    for page in range(1, result.pages + 1):
        page_text = flat(pdf_text(out, "-f", str(page), "-l", str(page)))
        assert f"Halaman {page} dari {result.pages}" in page_text
        assert demo.file_id in page_text
        assert fingerprint in page_text


def test_fonts_are_embedded_and_charts_are_vectors(demo: ScoringRecord, tmp_path: Path) -> None:
    out = tmp_path / "notula.pdf"
    write_minutes(demo, out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("DejaVuSans" in row[0] for row in rows)
    assert all("yes" in row[-5:-2] for row in rows)  # emb column
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) == 2  # header only: the charts are not rasters


def test_english_minutes(demo: ScoringRecord, tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    write_minutes(demo, out, "en")
    text = flat(pdf_text(out))
    assert "STAGE II, 2025" in text
    assert "Tuesday, 21 October 2025" in text
    assert "14:20 WIB to 15:28 WIB" in text
    assert "Page 1 of" in text
    assert re.search(r"Smart city index as scored by [^:]+: \d\.\d\d", text)


def test_incomplete_scores_print_a_provisional_index(demo: ScoringRecord, tmp_path: Path) -> None:
    demo.scores = [s for s in demo.scores if s.item_id != "OP3"]
    out = tmp_path / "notula.pdf"
    write_minutes(demo, out)
    text = flat(pdf_text(out))
    assert re.search(r"Indeks smart city menurut penilaian [^:]+: \d,\d\d \(sementara\)", text)
    assert "Butir belum dinilai: OP3." in text


def test_sixty_questions_and_long_notes_lose_no_text(demo: ScoringRecord, tmp_path: Path) -> None:
    """Every word survives page breaks, including rows taller than a page (split cells)."""
    when = dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC)

    def words(tag: str, count: int) -> str:
        return " ".join(f"{tag}w{i:04d}" for i in range(count))

    demo.qa = [
        QAEntry(
            f"Pertanyaan Q{n:03d} tentang program? {words(f'q{n}', 150 if n % 10 == 0 else 5)}",
            "Dr. Andi Pratama",
            f"Jawaban A{n:03d}. {words(f'a{n}', 1500 if n == 30 else 40)}",
            "Agus Setiawan",
            when,
        )
        for n in range(1, 61)
    ]
    demo.notes.append(
        Note(when, Phase.PRESENTATION, 60, "Catatan panjang " + words("note", 2500), demo.owner)
    )
    out = tmp_path / "panjang.pdf"
    result = write_minutes(demo, out)
    assert result.pages > 10
    found = set(pdf_text(out).split())
    expected = {w for qa in demo.qa for w in f"{qa.question} {qa.answer}".split()}
    expected |= set(demo.notes[-1].text.split())
    assert not expected - found
    for n in range(1, 61):
        assert f"Q{n:03d}" in found, n


def test_signature_image_goes_in_the_owner_space(demo: ScoringRecord, tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "ttd.png"
    Image.new("RGB", (300, 100), "white").save(image)
    result = build_minutes(demo, signature_images={demo.owner: image})
    out = tmp_path / "ttd.pdf"
    out.write_bytes(result.data)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    # The owner (the chair) signs twice: "Mengetahui" under the notula, and the score sheet;
    # no secretary in the panel and the owner is the chair: the notulis line is left blank.
    assert len(images.stdout.splitlines()) == 4
    chair = next(a.name for a in demo.assessors if a.key == demo.owner)
    assert [s.signer for s in result.slots] == [chair, "", chair]
    assert len({s.field_name for s in result.slots}) == 3


def test_cli_minutes(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "notula.pdf"
    code, stdout, err = run_cli("minutes", str(demo_file), "-o", str(out))
    assert code == 0, err
    assert "draft" in stdout
    assert "pukul 14.20 WIB s.d. 15.28 WIB" in flat(pdf_text(out))
    code, _, err = run_cli("minutes", str(demo_file), "-o", str(out))
    assert code == 1 and "already exists" in err
    code, _, err = run_cli("minutes", str(demo_file), "-o", str(tmp_path / "x.txt"))
    assert code == 1 and ".pdf" in err
    code, _, err = run_cli("minutes", str(tmp_path / "none.scoring"), "-o", str(tmp_path / "y.pdf"))
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "y.pdf").exists()


def test_cli_signature_image(demo_file: Path, tmp_path: Path) -> None:
    from PIL import Image

    missing = tmp_path / "tidak-ada.png"
    code, _, err = run_cli(
        "minutes", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--signature-image", str(missing)
    )
    assert code == 1 and "signature image does not exist" in err
    image = tmp_path / "ttd.png"
    Image.new("RGB", (300, 100), "white").save(image)
    out = tmp_path / "b.pdf"
    code, _, err = run_cli(
        "minutes", str(demo_file), "-o", str(out), "--signature-image", str(image)
    )
    assert code == 0, err
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) == 4  # the owner's two spaces
