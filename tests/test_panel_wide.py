"""The panel report of a large panel (9, 12 and 20 assessors; panels are usually 3–7, but
two stages' panels merged are not): merged by the CLI in a child process, read back with
pdftotext and pdffonts. Every assessor's name and every value of theirs is printed, in
tables cut between assessor columns to fit the page, in embedded fonts of at least 7 pt.
And a report ReportLab cannot lay out is one line saying so, not an internal error."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scorer.core.scoring import format_score
from scorer.merge.aggregate import PanelResult, aggregate
from scorer.reports.panel_tables import WIDTH_MM, _slices
from scorer.storage.reading import read_any
from tests.conftest import run_cli
from tests.panel_files import follow_up_panel_files, panel_files, panel_members
from tests.test_charts_pdf import font_rows, poppler, word_heights
from tests.test_cli_errors import assert_one_line

SIZES = (9, 12, 20)


@dataclass(frozen=True)
class Report:
    size: int
    pdf: Path
    result: PanelResult

    def lines(self) -> list[str]:
        """The report's lines as laid out, runs of white space made one space."""
        text = poppler("pdftotext", "-layout", str(self.pdf), "-")
        return [" ".join(line.split()) for line in text.splitlines()]


def _merge(files: list[Path], folder: Path) -> Report:
    pdf = folder / "panel.pdf"
    panel = folder / "panel.scoring"
    code, out, err = run_cli("merge", *map(str, files), "-o", str(panel), "--report", str(pdf))
    assert code == 0, err
    assert f"Merged {len(files)} assessors" in out
    return Report(len(files), pdf, aggregate(read_any(panel)))


@pytest.fixture(scope="module", params=SIZES)
def report(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, default_rubric
) -> Iterator[Report]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp(f"panel{request.param}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORER_DATA_DIR", str(folder / "data"))
        yield _merge(panel_files(folder, default_rubric, request.param), folder)


def _row(lines: list[str], name: str) -> list[str]:
    """The figures on every line that starts with `name` and then holds only figures: one
    roll-up's row, its parts in the tables it was cut into joined in order."""
    out = []
    for line in lines:
        if line.startswith(name + " "):
            figures = line[len(name) + 1 :].split(" ")
            if all(f[0].isdigit() or f in ("%", "–") for f in figures):
                out += figures
    return out


def test_every_assessor_is_named_once_in_the_list(report: Report) -> None:
    text = " ".join(report.lines())
    assert f"Penilaian seluruh {report.size} anggota tim asesor telah digabung." in text
    for number, member in enumerate(panel_members(report.size), start=1):
        assert text.count(member.name) == 1, member.name
        assert f"member{number:02d}.scoring" in text


def test_every_assessors_rollups_are_printed_in_order(report: Report) -> None:
    """Each component's and dimension's row: weight or items, panel value, each assessor's
    own in column order, min and max, whichever tables the row was cut into."""
    lines = report.lines()
    result = report.result
    decimals = result.rubric.decimals

    def score(value: object) -> str:
        return format_score(value, decimals)  # type: ignore[arg-type]

    rows = [r for r in result.rollups if r.kind in ("component", "dimension")]
    assert rows
    for rollup in rows:
        size = (
            [f"{float(rollup.weight) * 100:.0f}", "%"]
            if rollup.weight is not None
            else [str(rollup.panel.total)]
        )
        own = [score(rollup.by_assessor[a.key]) for a in result.assessors]
        expected = [*size, score(rollup.panel.value), *own]
        expected += [score(rollup.minimum), score(rollup.maximum)]
        assert _row(lines, rollup.name.id) == expected, rollup.name.id
    index = [score(result.per_assessor[a.key].index) for a in result.assessors]
    assert _row(lines, "Indeks")[3 : 3 + report.size] == index


def test_every_item_has_every_assessors_level(report: Report) -> None:
    """Each item's levels, in assessor order, are the first figures on its lines."""
    lines = report.lines()
    for item in report.result.items:
        figures = []
        for line in lines:
            if line.startswith(item.item_id + " "):
                figures += [w for w in line.split(" ") if w.isdigit() or w == "–"]
        levels = ["–" if v is None else str(v) for v in item.levels.values()]
        assert figures[: report.size] == levels, item.item_id


def test_wide_tables_say_they_continue(report: Report) -> None:
    text = " ".join(report.lines())
    assert "Butir (lanjutan)" in text  # the item table is cut from 9 assessors on
    if report.size > 9:
        assert "Komponen (lanjutan)" in text and "Dimensi (lanjutan)" in text


def test_fonts_embedded_and_text_at_least_7_pt(report: Report) -> None:
    _assert_legible(report.pdf)


def _assert_legible(pdf: Path) -> None:
    """Every font embedded, every word on every page at least 7 pt."""
    fonts = font_rows(pdf)
    assert fonts and all(row[-5] == "yes" for row in fonts)
    info = poppler("pdfinfo", str(pdf)).splitlines()
    pages = int(next(line.split()[1] for line in info if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        assert [(w, h) for w, h in word_heights(pdf, page) if h < 7 - 0.01] == [], page


def test_a_large_panels_follow_up_statuses_all_shown(tmp_path: Path, default_rubric) -> None:  # type: ignore[no-untyped-def]
    """Each member's status column, a heading wide, in as many tables as it takes."""
    merged = _merge(follow_up_panel_files(tmp_path, default_rubric, 20), tmp_path)
    text = " ".join(merged.lines())
    start = text.index("Tindak lanjut rekomendasi evaluasi sebelumnya")
    section = text[start : text.index("Pengesahan", start)]
    assert "Rekomendasi (lanjutan)" in section
    assert section.split().count("Asesor") == 20  # the headings ("Asesor 10" may wrap)
    assert section.count("Sebagian") == 10 * 3  # the odd members', each recommendation
    for k in range(2, 21, 2):
        assert section.count(f"catatan{k} ") == 3, k  # an even member's note, each one
    _assert_legible(merged.pdf)


@pytest.mark.parametrize("assessors", [0, 1, 5, 9, 12, 20, 60, 200])
@pytest.mark.parametrize("lead, trail", [([13.0, 9.9], [9.9, 11.3]), ([], [6.6, 14, 15, 10, 28])])
def test_a_wide_table_is_cut_into_the_fewest_tables_that_fit(
    assessors: int, lead: list[float], trail: list[float]
) -> None:
    """Every column once, in order; each table as wide as the page at most, its name column
    at least as wide as asked; no more tables than the widths need."""
    widths = [10.0, 0.0, *lead, *[9.9] * assessors, *trail]
    first = 2 + len(lead)
    slices = _slices(widths, 1, range(first, first + assessors), least=30)
    shown = [c for columns in slices for c in columns if c > 1]
    assert shown == list(range(2, len(widths)))
    assert all(columns[:2] == [0, 1] for columns in slices)
    assert all(sum(widths[c] for c in columns) + 30 <= WIDTH_MM + 1e-6 for columns in slices)
    room = WIDTH_MM - 10 - 30
    needed = sum(widths[2:]) / room
    assert len(slices) <= int(needed) + 2  # whole columns: at most one table more than area
    if sum(widths[2:]) <= room:
        assert len(slices) == 1


def _long_institution(folder: Path, rubric) -> list[Path]:  # type: ignore[no-untyped-def]
    """Three demo files, the second member's institution longer than a page of text."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    paths = []
    for k in (1, 2, 3):
        record = demo_record(rubric, k)
        if k == 2:  # a copy: the demo's members are shared by every demo record
            long = "Direktorat " * 2500
            record.assessors[0] = dataclasses.replace(record.assessors[0], institution=long)
        path = folder / f"a{k}.scoring"
        create_file(path, record)
        paths.append(path)
    return paths


def test_a_report_that_cannot_be_laid_out_is_one_line_and_writes_nothing(
    tmp_path: Path, data_dir: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    files = _long_institution(tmp_path, default_rubric)
    out = tmp_path / "out"
    out.mkdir()
    code, _out, err = run_cli(
        "merge", *map(str, files), "-o", str(out / "p.scoring"), "--report", str(out / "p.pdf")
    )
    assert_one_line(
        code,
        err,
        f"{out / 'p.pdf'}: the panel report could not be laid out on A4 pages (on page",
        "in the table headed 'No.'",
        "nothing was written. Merge without --report",
        "Please report this; details are in ",
    )
    assert list(out.iterdir()) == []
    code, _out, err = run_cli("minutes", str(files[1]), "-o", str(out / "m.pdf"))
    assert_one_line(code, err, "the minutes could not be laid out", "The scoring file is unchanged")
    assert list(out.iterdir()) == []
    logs = sorted((data_dir / "logs").iterdir())
    assert len(logs) == 2 and all("LayoutError" in log.read_text() for log in logs)
    assert str(logs[-1]) in err


def test_only_reportlabs_own_layout_errors_count_as_layout_failures() -> None:
    """A table ReportLab cannot fit is a layout failure; a bug of ours raised while building
    a report stays a bug (an internal error, with its traceback in the crash log)."""
    from reportlab.platypus import Paragraph, Table

    from scorer.cli.layout import is_layout_failure
    from scorer.reports.styles import report_styles

    cell = Paragraph("Komponen", report_styles().cell)
    with pytest.raises(ValueError, match="negative availWidth") as layout:
        Table([[cell]], colWidths=[2]).wrap(100, 100)
    assert is_layout_failure(layout.value)

    def ours() -> None:
        raise ValueError("a bug of ours")

    with pytest.raises(ValueError) as bug:
        ours()
    assert not is_layout_failure(bug.value)
