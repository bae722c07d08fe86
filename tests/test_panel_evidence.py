"""Supporting evidence in a panel: three demo assessors attach and request through the CLI
(child processes), the CLI merges them with a report, CSV and XLSX and writes the panel's
minutes; poppler, the csv module and openpyxl read everything back."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scorer.core.model import Evidence, Phase, ScoringRecord
from scorer.reports.locale_id import long_date
from scorer.reports.minutes_evidence import numbered
from scorer.storage.reading import read_any
from tests.conftest import run_cli
from tests.evidence_files import pdf, png
from tests.test_charts_pdf import font_rows, page_of, word_heights
from tests.test_panel_report import documented, documented_columns

CHAIR = "Dr. Ratna Wulandari, M.T."
BAMBANG = "Ir. Bambang Hartono, M.Sc."
SRI = "Sri Lestari, S.Kom., M.M."


@dataclass(frozen=True)
class Panel:
    folder: Path
    record: ScoringRecord
    check: str  # `check` of the panel file and of the third assessor's file

    def out(self, name: str) -> Path:
        return self.folder / name


def _ok(*args: str) -> str:
    code, stdout, err = run_cli(*args)
    assert code == 0, err
    return stdout


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Panel]:
    """The chair and Bambang attach the same slide to OP2; Bambang also attaches an image to
    OP3 and a PDF that fulfils his request on OP5; the chair attaches an image to the phase
    only and leaves a request on OP5 open; Sri attaches nothing and asks for one thing."""
    folder = tmp_path_factory.mktemp("evidence-panel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORER_DATA_DIR", str(folder / "data"))
        a1, a2, a3 = (folder / f"a{n}.scoring" for n in (1, 2, 3))
        for n, path in enumerate((a1, a2, a3), start=1):
            _ok("demo", "-o", str(path), "--assessor", str(n))
        slide = png(folder / "slide.png")
        egov = png(folder / "egov.png", (800, 600), (20, 60, 200))
        wtp = png(folder / "wtp.png", (1200, 900), (20, 160, 60))
        _ok("attach", str(a1), str(slide), "--item", "OP2", "--caption", "Realisasi 75 %")
        _ok("attach", str(a1), str(wtp), "--caption", "Opini WTP tujuh tahun")
        _ok("request", str(a1), "--item", "OP5", "--what", "SK Dewan Smart City")
        _ok("attach", str(a2), str(slide), "--item", "OP2", "--caption", "Slide realisasi")
        _ok("attach", str(a2), str(egov), "--item", "OP3", "--caption", "Indeks e-gov 3,11")
        _ok(
            "request", str(a2), "--item", "OP5", "--what", "Nilai investasi",
            "--due", "2025-10-22T09:30",
        )  # fmt: skip
        _ok("attach", str(a2), str(pdf(folder / "sk.pdf")), "--fulfils", "1")
        _ok(
            "request", str(a3), "--item", "QW1", "--what", "Laporan quick win",
            "--due", "2025-10-23T15:00",
        )  # fmt: skip
        inputs = [str(a1), str(a2), str(a3)]
        _ok(
            "merge", *inputs, "-o", str(folder / "panel.scoring"),
            "--report", str(folder / "panel.pdf"), "--csv", str(folder / "panel.csv"),
            "--xlsx", str(folder / "panel.xlsx"),
        )  # fmt: skip
        _ok(
            "merge", *inputs, "-o", str(folder / "panel-en.scoring"), "--lang", "en",
            "--csv", str(folder / "panel-en.csv"), "--xlsx", str(folder / "panel-en.xlsx"),
        )  # fmt: skip
        _ok("minutes", str(folder / "panel.scoring"), "-o", str(folder / "minutes.pdf"))
        _ok(
            "minutes", str(folder / "panel.scoring"), "-o", str(folder / "minutes-en.pdf"),
            "--lang", "en",
        )  # fmt: skip
        check = _ok("check", str(folder / "panel.scoring"), str(a3))
        yield Panel(folder, read_any(folder / "panel.scoring"), check)


def _raw(pdf_path: Path) -> str:
    """The text in drawing order (a table row by row, cell by cell), one space apart."""
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def _images(pdf_path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in listing.splitlines()[2:]]


def _open_due(record: ScoringRecord, what: str) -> str:
    """A request's due time as the report prints it: "26 November 2026 pukul 12.00 WIB",
    the time bound to its zone by a no-break space."""
    request = next(q for q in record.requests if q.what == what)
    zone = record.evaluation.timezone
    local = request.due_at.astimezone(zone.tzinfo)
    return f"{long_date(local.date(), weekday=False)} pukul\u00a0{local:%H.%M}\u00a0{zone.value}"


def test_report_lists_evidence_and_requests_per_item_per_assessor(panel: Panel) -> None:
    text = _raw(panel.out("panel.pdf"))
    start = text.index("VII. Bukti dukung per butir")
    section = text[start : text.index("Asesor: nomor pada bagian I", start)]
    assert (
        "5 bukti dukung dilampirkan oleh 2 asesor; 2 permintaan bukti belum dipenuhi, 1 telah "
        "dipenuhi." in section
    )
    due = " ".join(_open_due(panel.record, "SK Dewan Smart City").split())  # as pdftotext reads
    rows = [
        # Items in rubric order; within an item, assessors in roster order (numbered as in
        # section I); pieces with their numbers in the panel minutes' annex.
        f"OP2 Masterplan selaras RPJMD/Renstra 1. {CHAIR} 1 no. 1 – Realisasi 75 % – 0 "
        f"2. {BAMBANG} 1 no. 2 – Slide realisasi – 0",
        f"OP3 Dewan Smart City dan Tim Pelaksana 2. {BAMBANG} 1 no. 3 – Indeks e-gov 3,11 – 0",
        f"OP5 Anggaran (porsi APBD) 1. {CHAIR} – SK Dewan Smart City (tenggat {due}) 0 "
        f"2. {BAMBANG} 1 no. 4 – sk.pdf (PDF) – 1",
        f"QW1 Kebaruan program quick win 3. {SRI} – Laporan quick win (tenggat 23 Oktober "
        "2025 pukul 15.00 WIB) 0",
        f"tanpa butir 1. {CHAIR} 1 no. 5 – Opini WTP tujuh tahun (tahap tanda tangan) – 0",
    ]
    at = 0
    for row in rows:
        assert row in section, row
        assert section.index(row) >= at, row
        at = section.index(row)


def test_report_stays_legible_with_fonts_embedded(panel: Panel) -> None:
    report = panel.out("panel.pdf")
    fonts = font_rows(report)
    assert fonts and all(row[-5] == "yes" for row in fonts)
    first = page_of(report, "Bukti dukung per butir")
    # The table's heading row is on the page of its first item.
    assert page_of(report, "Keterangan bukti") == page_of(report, "Realisasi 75 %") == first
    for page in (first, page_of(report, "tanpa butir")):
        assert [(w, h) for w, h in word_heights(report, page) if h < 7 - 0.01] == []


def test_panel_minutes_annex_lists_each_piece_and_prints_a_shared_image_once(
    panel: Panel,
) -> None:
    minutes = panel.out("minutes.pdf")
    images = _images(minutes)
    # Five pieces, four of them images, three distinct pictures on their items: the slide
    # both assessors attached to OP2 is printed once, under both their lines.
    assert len(images) == 3
    assert len({row[10] for row in images}) == 3  # three image objects in the file
    assert sorted((int(r[3]), int(r[4])) for r in images) == [(800, 600), (1200, 900), (1600, 900)]
    text = _raw(minutes)
    annex = text[text.index("Lampiran — Bukti dukung") :]
    assert "Bukti no. 1 · OP2 Masterplan selaras RPJMD/Renstra" in annex
    first, second = annex.index("Bukti no. 1 ·"), annex.index("Bukti no. 2 ·")
    assert CHAIR in annex[first:second] and "Realisasi 75 %" in annex[first:second]
    assert BAMBANG in annex[second:] and "Slide realisasi" in annex[second:]
    assert "Bukti no. 1, 2 berisi gambar atau dokumen yang sama; dicetak sekali." in annex
    assert "Bukti no. 5 · tahap tanda tangan" in annex
    requests = annex[: annex.index("Bukti no. 1 ·")]
    for what, who in (
        ("SK Dewan Smart City", CHAIR),
        ("Nilai investasi", BAMBANG),
        ("Laporan quick win", SRI),
    ):
        assert f"{what} (oleh {who})" in requests
    assert "(bukti no. 4)" in requests  # the fulfilled request points at the PDF
    # Section IV, the panel's item-by-item values, names the annex numbers under each item.
    section_four = text[: text.index("Lampiran — Bukti dukung")]
    op2 = section_four[section_four.index("OP2 Masterplan selaras") :]
    assert op2.index("Lampiran bukti no. 1, 2") < op2.index("OP3 Dewan Smart City")
    op3 = section_four[section_four.index("OP3 Dewan Smart City") :]
    assert op3.index("Lampiran bukti no. 3") < op3.index("OP4")
    assert "Lampiran bukti no. 4" in section_four
    english = _raw(panel.out("minutes-en.pdf"))
    assert "Evidence no. 1, 2 hold the same image or document; printed once." in english
    assert "Annex evidence no. 1, 2" in english


def test_check_counts_evidence_in_a_panel_file_and_its_assessors(panel: Panel) -> None:
    record = panel.record
    stored = sum(blob.size for blob in record.blobs.values())
    assert len(record.blobs) == 4  # the shared slide once
    panel_part, third = panel.check.split("a3.scoring: OK")
    # The completeness lines are as they were; the evidence lines follow them.
    assert "  Sign-off:   not signed off\n  Evidence:" in panel_part
    assert (
        f"  Evidence:   5 pieces (4 images, 1 PDF); {stored:,} bytes stored in 4 distinct "
        "contents (limit 40 MB)\n" in panel_part
    )
    assert "  Requests:   3 evidence requests: 2 open, 1 fulfilled\n" in panel_part
    assert (
        f"    by {CHAIR}: 2 pieces (2 images, 0 PDFs); requests 1 open, 0 fulfilled\n"
        f"    by {BAMBANG}: 3 pieces (2 images, 1 PDF); requests 0 open, 1 fulfilled\n"
        f"    by {SRI}: 0 pieces (0 images, 0 PDFs); requests 1 open, 0 fulfilled\n"
    ) in panel_part
    assert "  Evidence:   none\n" in third
    assert "  Requests:   1 evidence request: 1 open, 0 fulfilled\n" in third
    assert "    by " not in third  # one assessor's file: no breakdown


def _csv_block(path: Path, delimiter: str, title: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    start = rows.index([title]) + 1
    block = []
    for row in rows[start:]:
        if not row:
            break
        block.append(row)
    return block


def test_csv_and_xlsx_carry_an_evidence_table(panel: Panel) -> None:
    from openpyxl import load_workbook

    block = _csv_block(panel.out("panel.csv"), ";", "Bukti dukung")
    assert block[0] == [
        "kode", "nama", "asesor", "bukti", "gambar", "PDF", "no. lampiran",
        "keterangan bukti", "permintaan terbuka", "yang harus dilengkapi", "dipenuhi",
    ]  # fmt: skip
    assert [(r[0], r[2]) for r in block[1:]] == [
        ("OP2", CHAIR),
        ("OP2", BAMBANG),
        ("OP3", BAMBANG),
        ("OP5", CHAIR),
        ("OP5", BAMBANG),
        ("QW1", SRI),
        ("", CHAIR),
    ]
    op5 = block[5]
    assert op5[3:] == ["1", "0", "1", "4", "sk.pdf (PDF)", "0", "", "1"]
    due = _open_due(panel.record, "SK Dewan Smart City")
    assert block[4][8:] == ["1", f"SK Dewan Smart City (tenggat {due})", "0"]
    assert block[7][1] == "tanpa butir" and block[7][7].endswith("(tahap tanda tangan)")

    english = _csv_block(panel.out("panel-en.csv"), ",", "Evidence")
    assert english[0][:4] == ["item", "name", "assessor", "pieces"]
    assert english[6][9] == "Laporan quick win (due 23 October 2025 at\u00a015:00\u00a0WIB)"
    assert english[7][1] == "no item" and english[7][7].endswith("(phase sign-off)")

    book = load_workbook(panel.out("panel.xlsx"))
    assert book.sheetnames[-1] == "Bukti dukung"
    sheet = book["Bukti dukung"]
    row = [c.value for c in sheet[2]]
    assert row[:7] == ["OP2", "Masterplan selaras RPJMD/Renstra", CHAIR, 1, 1, 0, "1"]
    assert isinstance(row[3], int) and sheet.cell(2, 4).number_format == "0"
    assert load_workbook(panel.out("panel-en.xlsx")).sheetnames[-1] == "Evidence"


def _piece(n: int, sha: str, minute: int, assessor: str) -> Evidence:
    at = dt.datetime(2025, 10, 21, 3, minute, tzinfo=dt.UTC)
    return Evidence(n, sha, Phase.PRESENTATION, at, assessor, item_id="OP2")


def test_the_same_content_on_an_item_is_numbered_together(default_rubric) -> None:  # type: ignore[no-untyped-def]
    """A slide two assessors captured minutes apart, with another slide in between, takes
    two numbers in a row from its first capture, so the annex prints it once."""
    from scorer.core.demo import demo_record

    record = demo_record(default_rubric)
    record.evidence = [
        _piece(1, "a" * 64, 5, "x"),
        _piece(2, "b" * 64, 6, "x"),
        _piece(3, "a" * 64, 7, "y"),
    ]
    assert [e.id for _, e in numbered(record, default_rubric)] == [1, 3, 2]


def test_decisions_come_before_evidence_in_the_numbering(panel: Panel, tmp_path: Path) -> None:
    from scorer.merge.aggregate import aggregate
    from scorer.reports.panel_report import write_panel_report
    from scorer.storage.store import create_file

    copy = tmp_path / "panel.scoring"
    create_file(copy, panel.record)
    _ok("consensus", str(copy), "OP4", "2", "--reason", "Dibahas bersama")
    record = read_any(copy)
    report = tmp_path / "panel.pdf"
    write_panel_report(record, aggregate(record), report)
    text = _raw(report)
    assert text.index("VII. Keputusan konsensus") < text.index("VIII. Bukti dukung per butir")


def test_docs_describe_the_evidence_columns_exactly(panel: Panel) -> None:
    """docs/merge.md's row for the evidence table is a contract, as the others are."""
    from scorer.merge.aggregate import aggregate
    from scorer.merge.exports import blocks

    (cells,) = documented_columns(2)
    result = aggregate(panel.record)
    for lang, column in (("id", 1), ("en", 2)):
        table = blocks(panel.record, result, lang)[-1]
        assert f"`{table.title}`" in cells[0]
        assert documented(cells[column]) == table.header, lang


def test_an_item_with_more_evidence_than_a_page_holds_still_lays_out(
    panel: Panel, tmp_path: Path
) -> None:
    """Three assessors with 30 captioned pieces each on one item: each cell lists five and
    says how many more, and the item's rows, together taller than a page, split."""
    import copy
    import dataclasses

    from scorer.merge.aggregate import aggregate
    from scorer.reports.panel_report import write_panel_report

    record = copy.deepcopy(panel.record)
    template = record.evidence[0]
    keys = [a.key for a in record.assessors[:3]]
    for n in range(90):
        record.evidence.append(
            dataclasses.replace(
                template,
                id=100 + n,
                item_id="OP1",
                assessor=keys[n % 3],
                caption=f"Keterangan panjang nomor {n} tentang bukti dukung pada paparan daerah",
            )
        )
    report = tmp_path / "many.pdf"
    write_panel_report(record, aggregate(record), report)
    text = _raw(report)
    assert text.count("… dan 25 bukti lainnya") == 3
    assert "30 no. 1–30" not in text and ", …" in text  # numbers cut short, not all 30


def test_numbers_are_printed_as_runs() -> None:
    from scorer.reports.panel_evidence import spans

    assert spans([9, 1, 2, 3, 7, 10]) == "1–3, 7, 9, 10"
    assert spans(range(1, 31)) == "1–30"
    assert spans(range(1, 60, 2)) == "1, 3, 5, 7, 9, 11, 13, 15, 17, 19, …"
