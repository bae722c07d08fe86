"""The panel report a coordinator files, and the CSV/XLSX beside it, read back from real
files: three demo assessors of a five-member panel (one file signed off), merged by the
CLI in a child process; pdftotext, the csv module and openpyxl read the outputs."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scorer.core.demo import demo_record
from scorer.core.integrity import signoff_state
from scorer.core.model import ScoringRecord
from scorer.merge.aggregate import PanelResult, aggregate
from scorer.reports.locale_id import long_date
from scorer.storage.reading import read_any
from scorer.storage.store import create_file
from tests.conftest import run_cli
from tests.test_charts_pdf import page_of, poppler, word_heights

CHAIR = "Dr. Ratna Wulandari, M.T."
CHAIR_NIP = "197805122005012003"
MISSING = ("Dr. Andi Pratama", "Maria Simanjuntak, S.T., M.T.")


@dataclass(frozen=True)
class Panel:
    folder: Path
    files: list[Path]
    record: ScoringRecord
    result: PanelResult

    def out(self, name: str) -> Path:
        return self.folder / name


def _ok(*args: str) -> str:
    code, stdout, err = run_cli(*args)
    assert code == 0, err
    return stdout


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Panel]:
    """Demo assessors 1–3 (of 5), the chair's file signed off; merged in both languages."""
    folder = tmp_path_factory.mktemp("panel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORER_DATA_DIR", str(folder / "data"))
        files = [folder / f"a{n}.scoring" for n in (1, 2, 3)]
        for n, path in enumerate(files, start=1):
            _ok("demo", "-o", str(path), "--assessor", str(n))
        _ok("sign-off", str(files[0]), "--name", CHAIR)
        paths = [str(p) for p in files]
        _ok(
            "merge", *paths, "-o", str(folder / "panel.scoring"),
            "--report", str(folder / "panel.pdf"),
            "--csv", str(folder / "panel.csv"),
            "--xlsx", str(folder / "panel.xlsx"),
        )  # fmt: skip
        _ok(
            "merge", *paths, "-o", str(folder / "panel-en.scoring"),
            "--report", str(folder / "signed.pdf"), "--coordinator", CHAIR,
            "--csv", str(folder / "panel-en.csv"),
            "--xlsx", str(folder / "panel-en.xlsx"), "--lang", "en",
        )  # fmt: skip
        record = read_any(folder / "panel.scoring")
        yield Panel(folder, files, record, aggregate(record))


def _lines(pdf: Path) -> list[str]:
    """The report's lines as laid out, runs of white space made one space."""
    return [
        " ".join(line.split())
        for line in poppler("pdftotext", "-layout", str(pdf), "-").splitlines()
    ]


def _text(pdf: Path) -> str:
    return " ".join(_lines(pdf))


def test_items_carry_names_and_their_spread(panel: Panel) -> None:
    text = _text(panel.out("panel.pdf"))
    assert "Sesi evaluasi: Selasa, 21 Oktober 2025" in text
    for heading in ("Kode Butir 1 2 3 n Rerata Median SD Min Maks Tanda",):
        assert heading in text
    # OP4 (levels 2, 1, 1): n 3, mean 1,33, median 1, SD 0,58, min 1, max 2.
    assert "OP4 Manajemen risiko 2 1 1 3 1,33 1 0,58 1 2" in text
    assert "BL2 Data awal Smart Branding 3 2 4 3 3,00 3 1,00 2 4 rentang 2" in text
    assert "range" not in text
    assert "Bukti dukung" not in text  # no evidence, no section on it


def test_the_letterhead_comes_from_the_programme_file(panel: Panel) -> None:
    """The same kop as the minutes: the issuing body is data (resources/programme.toml)."""
    first_page = _text(panel.out("panel.pdf")).split("REKAPITULASI")[0]
    assert "KEMENTERIAN KOMUNIKASI DAN DIGITAL" in first_page


def test_provenance_names_each_file_its_signoff_and_fingerprint(panel: Panel) -> None:
    lines = _lines(panel.out("panel.pdf"))
    sources = {s.file_name: s for s in panel.record.sources}
    assert set(sources) == {"a1.scoring", "a2.scoring", "a3.scoring"}
    rows = {}
    for number, path in enumerate(panel.files, start=1):
        fingerprint = sources[path.name].content_sha256[:12]
        assert signoff_state(read_any(path)).current_sha256[:12] == fingerprint
        at = next(n for n, line in enumerate(lines) if f" {path.name} " in line)
        rows[path.name] = (lines[at], " ".join(lines[at + 1 : at + 3]))  # a cell's lines
        assert rows[path.name][0].startswith(str(number)) and fingerprint in lines[at]
    signed = read_any(panel.files[0]).signoffs[-1]
    local = signed.signed_at.astimezone(panel.record.evaluation.timezone.tzinfo)
    first, second = rows["a1.scoring"]
    assert first.count(CHAIR) == 2  # the member, and who signed off
    assert f"{long_date(local.date(), weekday=False)} pukul {local:%H.%M} WIB" in second
    assert all("belum disahkan" in rows[name][0] for name in ("a2.scoring", "a3.scoring"))


def test_missing_panel_members_are_named_with_k_of_n(panel: Panel) -> None:
    text = _text(panel.out("panel.pdf"))
    assert "Penilaian 3 dari 5 anggota tim asesor telah digabung" in text
    assert "Belum masuk: Dr. Andi Pratama; Maria Simanjuntak, S.T., M.T." in text
    assert text.count("tidak ada berkas") == 2


def test_low_alpha_comes_with_its_caveat(panel: Panel) -> None:
    alpha, _icc = panel.result.agreement_overall
    assert alpha.value is not None and alpha.value < 0.667
    text = _text(panel.out("panel.pdf"))
    shown = f"{alpha.value:.3f}".replace(".", ",")
    assert (
        f"Kesepakatan antarasesor rendah (alpha {shown}, di bawah 0,667): hasil panel perlu "
        "dibahas sebelum disimpulkan." in text
    )
    assert f"Keseluruhan 33 {shown}" in text
    assert "tidak bermakna (kurang dari 5 butir)" in text  # each dimension has 3 items


def test_rollups_by_dimension_element_and_aspect(panel: Panel) -> None:
    text = _text(panel.out("panel.pdf"))
    section = text[text.index("IV. Nilai per dimensi, elemen dan aspek") :]
    # Panel value, then each assessor's own, then min and max.
    assert "Smart Governance 3 3,22 3,33 3,00 3,33 3,00 3,33" in section
    assert "Elemen Butir Tim 1 2 3 Min Maks" in section
    assert "Suprastruktur 5 3,07" in section
    assert "Aspek infrastruktur Butir Tim 1 2 3 Min Maks" in section
    assert "Infrastruktur TIK 1 3,00" in section
    assert "Indeks 100 % 2,99 2,98 2,99 3,00 2,98 3,00" in text


def test_coordinator_block_blank_or_named(panel: Panel) -> None:
    blank = _text(panel.out("panel.pdf"))
    assert "Koordinator Tim Asesor," in blank
    tail = blank[blank.index("Koordinator Tim Asesor,") :]
    assert "..........." in tail and "NIP. ....." in tail and CHAIR not in tail
    named = _text(panel.out("signed.pdf"))
    tail = named[named.index("Koordinator Tim Asesor,") :]
    assert f"{CHAIR} NIP. {CHAIR_NIP}" in tail


def test_layout_keeps_tables_whole_and_text_legible(panel: Panel) -> None:
    pdf = panel.out("panel.pdf")
    pages = poppler("pdftotext", str(pdf), "-").split("\f")

    def page(needle: str) -> int:
        return page_of(pdf, needle)

    # The heading with the first rows of its table (BL1's name is in the table only).
    assert page("VI. Nilai per butir") == page("Data awal Smart Governance")
    assert page("Keberlanjutan") == page("Dampak terukur") == page("Koordinator Tim Asesor")
    assert page("Quick Win") == page("100 %")  # the index row with the components
    fonts = [line.split() for line in poppler("pdffonts", str(pdf)).splitlines()[2:]]
    assert fonts and all(row[-5] == "yes" for row in fonts)  # every font embedded
    for number in range(1, len(pages)):
        small = [(w, h) for w, h in word_heights(pdf, number) if h < 7 - 0.01]
        assert small == [], number


def _blocks(path: Path, delimiter: str) -> dict[str, list[list[str]]]:
    """The CSV's blocks: title → [header, rows...]."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    blocks: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in rows:
        if not row:
            current = None
        elif current is None:
            current = blocks.setdefault(row[0], [])
        else:
            current.append(row)
    return blocks


def _id_number(text: str) -> float:
    assert "." not in text, text
    return float(text.replace(",", "."))


def test_csv_in_indonesian_holds_index_assessors_and_agreement(panel: Panel) -> None:
    raw = panel.out("panel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    blocks = _blocks(panel.out("panel.csv"), ";")
    assert list(blocks) == ["Butir", "Ringkasan", "Asesor", "Kesepakatan"]
    items = blocks["Butir"]
    assert items[0][:7] == ["kode", "komponen", "nama", CHAIR, *items[0][4:6], "n"]
    op4 = next(r for r in items if r[0] == "OP4")
    assert op4[2] == "Manajemen risiko" and op4[3:7] == ["2", "1", "1", "3"]
    assert "rentang 2" in next(r for r in items if r[0] == "BL2")
    summary = {(r[0], r[1]): r for r in blocks["Ringkasan"][1:]}
    header = blocks["Ringkasan"][0]
    index = summary[("indeks", "")]
    assert abs(_id_number(index[header.index("tim")]) - float(panel.result.panel.index)) < 1e-4
    own = panel.result.per_assessor[panel.result.assessors[0].key].index
    assert abs(_id_number(index[header.index(CHAIR)]) - float(own)) < 1e-4
    assert "3 dari 5 anggota tim" in index[-1]
    for kind in ("komponen", "dimensi", "elemen", "aspek"):
        assert any(key[0] == kind for key in summary), kind
    assessors = blocks["Asesor"]
    assert assessors[0][:6] == ["no", "nama", "instansi", "peran", "berkas", "sidik"]
    chair = next(r for r in assessors if r[1] == CHAIR)
    assert chair[4] == "a1.scoring" and chair[6] == CHAIR and chair[7].endswith("WIB")
    assert sum(r[4] == "tidak ada berkas" for r in assessors) == 2
    agreement = blocks["Kesepakatan"]
    overall = next(r for r in agreement if r[0] == "Keseluruhan")
    alpha, icc = panel.result.agreement_overall
    assert alpha.value is not None and icc.value is not None
    assert abs(_id_number(overall[3]) - alpha.value) < 1e-4
    assert abs(_id_number(overall[4]) - icc.value) < 1e-4
    assert overall[-1] == "rendah: hasil panel perlu dibahas sebelum disimpulkan"


def test_csv_in_english_uses_commas_points_and_english_words(panel: Panel) -> None:
    blocks = _blocks(panel.out("panel-en.csv"), ",")
    assert list(blocks) == ["Items", "Summary", "Assessors", "Agreement"]
    assert blocks["Items"][0][:3] == ["item", "component", "name"]
    bl2 = next(r for r in blocks["Items"] if r[0] == "BL2")
    assert "range 2" in bl2 and not any("rentang" in cell for cell in bl2)
    index = blocks["Summary"][1]
    assert index[:3] == ["index", "", "Smart city index"]
    assert float(index[blocks["Summary"][0].index("panel")]) == pytest.approx(
        float(panel.result.panel.index), abs=1e-4
    )
    assert blocks["Agreement"][1][0] == "Overall"
    assert blocks["Agreement"][1][-1].startswith("low:")


def test_xlsx_sheets_hold_numbers_with_formats(panel: Panel) -> None:
    from openpyxl import load_workbook

    book = load_workbook(panel.out("panel.xlsx"))
    assert book.sheetnames == ["Butir", "Ringkasan", "Asesor", "Kesepakatan"]
    summary = book["Ringkasan"]
    header = [c.value for c in summary[1]]
    assert all(c.font.bold for c in summary[1])
    index = summary[2]
    assert index[0].value == "indeks"
    panel_cell = index[header.index("tim")]
    assert isinstance(panel_cell.value, float)
    assert panel_cell.value == pytest.approx(float(panel.result.panel.index), abs=1e-4)
    assert panel_cell.number_format == "[$-421]0.00"  # shown with a decimal comma
    items = book["Butir"]
    op4 = next(row for row in items.iter_rows(min_row=2) if row[0].value == "OP4")
    assert [c.value for c in op4[3:7]] == [2, 1, 1, 3]
    assert items.column_dimensions["C"].width > 20  # sized to the item names
    agreement = book["Kesepakatan"]
    overall = [c.value for c in agreement[2]]
    alpha, _icc = panel.result.agreement_overall
    assert overall[0] == "Keseluruhan" and overall[3] == pytest.approx(alpha.value, abs=1e-4)
    english = load_workbook(panel.out("panel-en.xlsx"))
    assert english.sheetnames == ["Items", "Summary", "Assessors", "Agreement"]
    assert english["Summary"].cell(2, 7).number_format == "0.00"


def _agreeing_file(folder: Path, rubric, assessor: int) -> Path:  # type: ignore[no-untyped-def]
    """Levels spread over the scale, the same for everyone but one item per assessor."""
    record = demo_record(rubric, assessor)
    for n, score in enumerate(record.scores):
        score.level = n % 4 + 1
        score.not_applicable = False
        score.percent = None
        if n == assessor:
            score.level = min(score.level + 1, 4)
    path = folder / f"agree{assessor}.scoring"
    create_file(path, record)
    return path


def test_good_agreement_has_no_caveat_and_two_assessors_none_at_all(
    tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    files = [str(_agreeing_file(tmp_path, default_rubric, n)) for n in (1, 2, 3)]
    report = tmp_path / "agree.pdf"
    _ok("merge", *files, "-o", str(tmp_path / "agree.scoring"), "--report", str(report))
    text = _text(report)
    assert "Kesepakatan antarasesor baik (alpha" in text
    assert "perlu dibahas" not in text
    pair = tmp_path / "pair.pdf"
    _ok("merge", *files[:2], "-o", str(tmp_path / "pair.scoring"), "--report", str(pair))
    text = _text(pair)
    assert "Kesepakatan antarasesor tidak dapat dinilai (kurang dari 3 asesor" in text
    overall = next(line for line in _lines(pair) if line.startswith("Keseluruhan 33"))
    assert "tidak bermakna" in overall


def test_a_panel_file_as_input_reports_signoff_unknown(panel: Panel, tmp_path: Path) -> None:
    report = tmp_path / "again.pdf"
    _ok(
        "merge", str(panel.out("panel.scoring")), "-o", str(tmp_path / "again.scoring"),
        "--report", str(report),
    )  # fmt: skip
    text = _text(report)
    assert text.count("tidak diketahui") == 3 and "belum disahkan" not in text


@pytest.mark.parametrize(
    ("value", "verdict", "words"),
    [
        (0.8, "reliable", "Kesepakatan antarasesor baik (alpha 0,800"),
        (0.79, "tentative", "(alpha 0,790, antara 0,667 dan 0,800): hasil panel hanya untuk"),
        (0.667, "tentative", "(alpha 0,667, antara 0,667 dan 0,800)"),
        (0.66, "low", "(alpha 0,660, di bawah 0,667): hasil panel perlu dibahas"),
    ],
)
def test_alpha_is_read_by_krippendorffs_thresholds(value: float, verdict: str, words: str) -> None:
    from scorer.core.stats import Agreement
    from scorer.merge.aggregate import alpha_verdict
    from scorer.reports.panel_sections import caveat

    assert alpha_verdict(Agreement(value, True)) == verdict
    assert words in caveat(Agreement(value, True))
    assert alpha_verdict(Agreement(None, False, "fewer than 3 assessors")) is None


FOLLOW_UP_HEADING = "## A panel that follows up a previous evaluation"
EVIDENCE_HEADING = "## A panel with supporting evidence"


def documented_columns(part: int) -> list[list[str]]:
    """docs/merge.md's rows of sheets and columns: part 0 the tables of every panel, part 1
    what a panel that follows up a previous evaluation adds, part 2 the table of a panel
    with supporting evidence. Each row: its cells."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "merge.md").read_text()
    every, rest = doc.split(FOLLOW_UP_HEADING)
    text = [every, *rest.split(EVIDENCE_HEADING)][part]
    rows = [line for line in text.splitlines() if line.strip().startswith("| `")]
    return [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]


def collapsed(header: list[str], names: set[str]) -> list[str]:
    """A header with every run of columns named after assessors as one "*"."""
    actual = ["*" if any(name in h for name in names) else h for h in header]
    return [h for n, h in enumerate(actual) if h != "*" or n == 0 or actual[n - 1] != "*"]


def documented(cell: str) -> list[str]:
    return [("*" if d.strip().startswith("*") else d.strip()) for d in cell.split(", ")]


def test_docs_describe_the_export_columns_exactly(panel: Panel) -> None:
    """docs/merge.md's table of sheets and columns is a contract: it matches the exports."""
    from scorer.merge.exports import blocks

    rows = documented_columns(0)
    names = {a.name for a in panel.result.assessors}
    for lang, column in (("id", 1), ("en", 2)):
        tables = blocks(panel.record, panel.result, lang)
        assert len(rows) == len(tables)
        for cells, table in zip(rows, tables, strict=True):
            assert f"`{table.title}`" in cells[0]
            assert documented(cells[column]) == collapsed(table.header, names), lang
