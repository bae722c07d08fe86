"""A panel merged from follow-up sessions, read back from real files: last year's demo
panel (three assessors, merged by the CLI), this year's three sessions linked to it
(`follow-up -o` for the chair, `follow-up --into` for the others), scores and statuses set
through the store, merged by the CLI in a child process with the report, CSV and XLSX;
pdftotext, the csv module and openpyxl read the outputs."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from scorer.core.followup import compare_record, format_change, format_figure
from scorer.core.model import FollowUpState, ScoringRecord
from scorer.merge.aggregate import aggregate
from scorer.storage.followups import set_follow_up
from scorer.storage.reading import read_any
from scorer.storage.store import ScoringStore
from tests.conftest import run_cli
from tests.test_charts_pdf import poppler
from tests.test_panel_report import collapsed, documented, documented_columns

LOWERED = "OP4"  # every assessor scores it one level lower than last year
DONE, PARTLY, NOT_YET = FollowUpState.DONE, FollowUpState.PARTLY, FollowUpState.NOT_YET


@dataclass(frozen=True)
class Panel:
    folder: Path
    record: ScoringRecord  # this year's panel

    def out(self, name: str) -> Path:
        return self.folder / name


def _ok(*args: str) -> str:
    code, stdout, err = run_cli(*args)
    assert code == 0, err
    return stdout


def _rescore(path: Path, previous: Path) -> None:
    """One level up from last year's own scores (capped), except one item one level down."""
    before = read_any(previous)
    with ScoringStore.open(path, absorb_faults=False) as store:
        top = max(store.rubric.levels)
        for score in before.scores:
            if score.assessor != before.owner or score.level is None:
                continue
            level = score.level - 1 if score.item_id == LOWERED else min(score.level + 1, top)
            store.set_level(score.item_id, max(level, min(store.rubric.levels)))


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Panel]:
    folder = tmp_path_factory.mktemp("followup-panel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCORER_DATA_DIR", str(folder / "data"))
        old = [folder / f"a{n}.scoring" for n in (1, 2, 3)]
        for n, path in enumerate(old, start=1):
            _ok("demo", "-o", str(path), "--assessor", str(n))
        previous = folder / "previous.scoring"
        _ok("merge", *map(str, old), "-o", str(previous))
        new = [folder / f"n{n}.scoring" for n in (1, 2, 3)]
        _ok("follow-up", str(previous), "-o", str(new[0]), "--date", "2026-03-17")
        for own, path in zip(old[1:], new[1:], strict=True):
            _ok("follow-up", str(own), "-o", str(path), "--date", "2026-03-17")
            _ok("follow-up", str(previous), "--into", str(path))
        for own, path in zip(old, new, strict=True):
            _rescore(path, own)
        statuses = {  # the third assessor gives none
            new[0]: [(DONE, ""), (PARTLY, "Perwali terbit, anggaran belum")],
            new[1]: [(DONE, ""), (NOT_YET, "")],
        }
        for path, given in statuses.items():
            with ScoringStore.open(path, absorb_faults=False) as store:
                for position, (status, note) in enumerate(given):
                    set_follow_up(store, position, status, note)
        paths = [str(p) for p in new]
        _ok(
            "merge", *paths, "-o", str(folder / "panel.scoring"),
            "--report", str(folder / "panel.pdf"),
            "--csv", str(folder / "panel.csv"), "--xlsx", str(folder / "panel.xlsx"),
        )  # fmt: skip
        _ok(
            "merge", *paths, "-o", str(folder / "panel-en.scoring"),
            "--csv", str(folder / "panel-en.csv"), "--xlsx", str(folder / "panel-en.xlsx"),
            "--lang", "en",
        )  # fmt: skip
        yield Panel(folder, read_any(folder / "panel.scoring"))


def _lines(pdf: Path) -> list[str]:
    return [
        " ".join(line.split())
        for line in poppler("pdftotext", "-layout", str(pdf), "-").splitlines()
    ]


def _blocks(path: Path, delimiter: str) -> dict[str, list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    out: dict[str, list[list[str]]] = {}
    title = None
    for row in rows:
        if not row:
            title = None
        elif title is None:
            title = row[0]
            out[title] = []
        else:
            out[title].append(row)
    return out


def _id_number(text: str) -> float:
    return float(text.replace(",", "."))


def test_the_report_compares_dimensions_index_and_items_with_signed_changes(
    panel: Panel,
) -> None:
    comparison = compare_record(panel.record)
    assert comparison is not None and panel.record.previous is not None
    lines = _lines(panel.out("panel.pdf"))
    text = "\n".join(lines)
    assert "Perbandingan dengan evaluasi sebelumnya" in text
    assert "Evaluasi sebelumnya: Tahap II 2025" in text and "previous.scoring" in text
    index = comparison.index
    assert index.change is not None and index.change > 0
    expected = f"Indeks {format_figure(index.previous)} {format_figure(index.current)} "
    assert expected + f"+{format_change(index.change)[1:]}" in lines
    for dimension in comparison.dimensions:
        signed = format_change(dimension.change)
        assert (
            f"{format_figure(dimension.previous)} {format_figure(dimension.current)} {signed}"
            in text
        )
    lowered = next(i.item for i in comparison.items if i.item.id == LOWERED)
    assert lowered.change is not None and lowered.change < 0
    row = [line for line in lines if line.startswith(f"{LOWERED} ")][-1]  # not section VI
    assert row.endswith(f"\u2212{format_figure(-lowered.change)}"), row
    assert "+" in format_change(index.change) and "\u2212" in text


def test_the_report_sets_the_statuses_side_by_side_and_names_the_difference(
    panel: Panel,
) -> None:
    text = "\n".join(_lines(panel.out("panel.pdf")))
    assert "Tindak lanjut rekomendasi evaluasi sebelumnya" in text
    assert "Status tindak lanjut berbeda antarasesor pada 1 rekomendasi." in text
    result = aggregate(panel.record)
    number = {a.name: n for n, a in enumerate(result.assessors, start=1)}
    chair, second = panel.record.assessors[0].name, panel.record.assessors[1].name
    header = next(
        line for line in _lines(panel.out("panel.pdf")) if line.startswith("No. Rekomendasi")
    )
    assert header == f"No. Rekomendasi Asesor {number[chair]} Asesor {number[second]} Beda"
    assert "Selesai Selesai" in text and "Sebagian Belum berbeda" in text
    plain = " ".join(poppler("pdftotext", str(panel.out("panel.pdf")), "-").split())
    assert "Perwali terbit, anggaran belum" in plain  # the chair's note, under the status


def test_csv_holds_previous_and_change_as_numbers_and_the_statuses(panel: Panel) -> None:
    comparison = compare_record(panel.record)
    assert comparison is not None
    blocks = _blocks(panel.out("panel.csv"), ";")
    assert list(blocks) == ["Butir", "Ringkasan", "Asesor", "Kesepakatan", "Tindak lanjut"]
    items = blocks["Butir"]
    assert items[0][-3:] == ["sebelumnya", "perubahan", "banding"]
    lowered = next(i.item for i in comparison.items if i.item.id == LOWERED)
    row = next(r for r in items if r[0] == LOWERED)
    assert lowered.previous is not None and lowered.change is not None
    assert _id_number(row[-3]) == float(lowered.previous)
    assert _id_number(row[-2]) == float(lowered.change) < 0
    summary = blocks["Ringkasan"]
    assert summary[0][-2:] == ["sebelumnya", "perubahan"]
    index = next(r for r in summary if r[0] == "indeks")
    assert Decimal(index[-1].replace(",", ".")) == comparison.index.change
    dimension = comparison.dimensions[0]
    row = next(r for r in summary if r[0] == "dimensi" and r[1] == dimension.id)
    assert Decimal(row[-2].replace(",", ".")) == dimension.previous
    follow = blocks["Tindak lanjut"]
    chair, second = panel.record.assessors[0].name, panel.record.assessors[1].name
    assert follow[0] == [
        "no", "rekomendasi", "penanggung jawab", "tenggat", chair, second,
        f"catatan: {chair}", f"catatan: {second}", "berbeda",
    ]  # fmt: skip
    assert follow[1][4:] == ["Selesai", "Selesai", "", "", "tidak"]
    assert follow[2][4:] == ["Sebagian", "Belum", "Perwali terbit, anggaran belum", "", "ya"]


def test_english_csv_and_xlsx_hold_the_comparison(panel: Panel) -> None:
    from openpyxl import load_workbook

    blocks = _blocks(panel.out("panel-en.csv"), ",")
    assert list(blocks)[-1] == "Follow-up"
    assert blocks["Items"][0][-3:] == ["previous", "change", "comparison"]
    assert blocks["Follow-up"][2][4:6] == ["Partly", "Not yet"]
    comparison = compare_record(panel.record)
    assert comparison is not None
    for name, sheets in (
        ("panel.xlsx", ("Butir", "Ringkasan")),
        ("panel-en.xlsx", ("Items", "Summary")),
    ):
        book = load_workbook(panel.out(name))
        items = list(book[sheets[0]].iter_rows(values_only=True))
        row = next(r for r in items if r[0] == LOWERED)
        assert isinstance(row[-3], float) and isinstance(row[-2], float) and row[-2] < 0
        index = list(book[sheets[1]].iter_rows(values_only=True))[1]
        assert isinstance(index[-1], float)
        assert Decimal(str(index[-1])) == comparison.index.change
        assert book.sheetnames[-1] in ("Tindak lanjut", "Follow-up")


def test_docs_describe_the_added_columns_exactly(panel: Panel) -> None:
    """docs/merge.md's table of what a follow-up panel adds is a contract, as the other."""
    from scorer.merge.exports import blocks

    rows = documented_columns(1)
    names = {a.name for a in panel.record.assessors}
    for lang, column in (("id", 1), ("en", 2)):
        tables = {t.title: t for t in blocks(panel.record, aggregate(panel.record), lang)}
        assert len(tables) == 5 and len(rows) == 3
        for cells in rows:
            title = next(t for t in tables if f"`{t}`" in cells[0])
            header, added = tables[title].header, documented(cells[column])
            if title == list(tables)[-1]:  # the follow-up table, whole
                assert added == collapsed(header, names), lang
            else:
                assert header[-len(added) :] == added, lang


def test_without_a_previous_evaluation_nothing_is_added(panel: Panel) -> None:
    """The same panel unlinked: the four tables exactly as the follow-up's less what it
    adds, and a report without the two sections."""
    import dataclasses

    from scorer.merge.exports import blocks
    from scorer.reports.panel_report import build_panel_report

    plain = dataclasses.replace(panel.record, previous=None, follow_up=[])
    plain_result, result = aggregate(plain), aggregate(panel.record)
    for lang in ("id", "en"):
        before, after = blocks(plain, plain_result, lang), blocks(panel.record, result, lang)
        assert len(before) == 4 and len(after) == 5
        assert before[0].header == after[0].header[:-3]
        assert before[0].rows == [row[:-3] for row in after[0].rows]  # nothing dropped here
        assert before[1].header == after[1].header[:-2]
        assert before[1].rows == [row[:-2] for row in after[1].rows]
        assert before[2:] == after[2:4]
    pdf = panel.out("plain.pdf")
    pdf.write_bytes(build_panel_report(plain, plain_result))
    text = " ".join(poppler("pdftotext", str(pdf), "-").split())
    assert "Perbandingan dengan evaluasi sebelumnya" not in text
    assert "Tindak lanjut rekomendasi evaluasi sebelumnya" not in text and "VII." not in text


def test_a_changed_rubric_labels_new_and_dropped_items_and_the_change_across_rubrics(
    tmp_path: Path, default_rubric, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Last time's rubric had OP10, not OP9, and other weights: OP9 is new and OP10 dropped,
    neither compared, and the index's change is labelled across rubrics."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file
    from tests.test_followup import _changed_rubric

    monkeypatch.setenv("SCORER_DATA_DIR", str(tmp_path / "data"))
    previous, own = tmp_path / "2025.scoring", tmp_path / "a2.scoring"
    create_file(previous, demo_record(_changed_rubric(default_rubric, weights=True)))
    _ok("demo", "-o", str(own), "--assessor", "2")
    new = [tmp_path / "n1.scoring", tmp_path / "n2.scoring"]
    _ok("follow-up", str(previous), "-o", str(new[0]), "--date", "2026-03-17")
    _ok("follow-up", str(own), "-o", str(new[1]), "--date", "2026-03-17")
    _ok("follow-up", str(previous), "--into", str(new[1]))
    for path in new:
        with ScoringStore.open(path, absorb_faults=False) as store:
            for item in store.rubric.items:
                store.set_level(item.id, 3)
    pdf, table = tmp_path / "panel.pdf", tmp_path / "panel.csv"
    _ok(
        "merge", *map(str, new), "-o", str(tmp_path / "panel.scoring"),
        "--report", str(pdf), "--csv", str(table),
    )  # fmt: skip
    text = " ".join(poppler("pdftotext", str(pdf), "-").split())
    assert "indeks sebelumnya ditampilkan seperti dipublikasikan" in text
    assert "perubahannya antar rubrik yang berbeda" in text
    lines = _lines(pdf)
    op9 = [line for line in lines if line.startswith("OP9 ")][-1]
    op10 = next(line for line in lines if line.startswith("OP10 "))
    assert "\u2013 3,00 \u2014 butir baru" in op9, op9  # nothing then: not compared
    assert " \u2013 \u2014 tidak lagi dinilai" in op10, op10  # nothing now: not compared
    blocks = _blocks(table, ";")
    header, items = blocks["Butir"][0], {r[0]: r for r in blocks["Butir"][1:]}
    at = header.index("sebelumnya")
    assert items["OP9"][at:] == ["", "", "butir baru, tidak dibandingkan"]
    assert items["OP10"][1:3] == ["", "Infrastruktur sosial"]
    assert _id_number(items["OP10"][at]) > 0
    assert items["OP10"][at + 1 :] == ["", "tidak lagi dinilai, tidak dibandingkan"]
    index = next(r for r in blocks["Ringkasan"] if r[0] == "indeks")
    assert index[-3].endswith("perubahan antar rubrik")


def _count_aggregations(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Calls of `aggregate` (the panel's figures) and `compare` (the change since the
    previous evaluation) from now on."""
    import scorer.core.followup
    import scorer.merge.aggregate

    calls = {"aggregate": 0, "compare": 0}
    for name, module in (("aggregate", scorer.merge.aggregate), ("compare", scorer.core.followup)):
        original = getattr(module, name)

        def count(*args: object, name: str = name, original: object = original) -> object:
            calls[name] += 1
            return original(*args)  # type: ignore[operator]

        monkeypatch.setattr(module, name, count)
    return calls


def test_a_merge_with_every_output_aggregates_the_panel_once(
    panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CSV, the XLSX, the report and its follow-up sections all read the one result
    (each aggregated the panel again: four times for this command)."""
    from scorer.cli.main import run

    calls = _count_aggregations(monkeypatch)
    paths = [str(panel.out(f"n{n}.scoring")) for n in (1, 2, 3)]
    again = panel.out("again")
    again.mkdir()
    outputs = ["-o", str(again / "panel.scoring"), "--report", str(again / "panel.pdf")]
    outputs += ["--csv", str(again / "panel.csv"), "--xlsx", str(again / "panel.xlsx")]
    assert run(["merge", *paths, *outputs]) == 0
    assert calls == {"aggregate": 1, "compare": 1}
    # The same outputs as the fixture's merge, in a child process, wrote.
    from openpyxl import load_workbook

    assert (again / "panel.csv").read_bytes() == panel.out("panel.csv").read_bytes()
    sheets = [
        [list(sheet.values) for sheet in load_workbook(folder / "panel.xlsx").worksheets]
        for folder in (again, panel.folder)
    ]
    assert sheets[0] == sheets[1]
    assert _lines(again / "panel.pdf") == _lines(panel.out("panel.pdf"))


def test_the_minutes_of_a_follow_up_panel_aggregate_it_once(
    panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Section IV's panel values and the follow-up section's change come from one
    aggregation (the follow-up section made its own)."""
    from scorer.cli.main import run

    calls = _count_aggregations(monkeypatch)
    minutes = panel.out("panel-minutes.pdf")
    assert run(["minutes", str(panel.out("panel.scoring")), "-o", str(minutes)]) == 0
    assert calls == {"aggregate": 1, "compare": 1}
    text = " ".join(" ".join(_lines(minutes)).split())
    comparison = compare_record(panel.record)
    assert comparison is not None and comparison.index.change is not None
    assert f"Indeks {format_figure(comparison.index.previous)}" in text, text
