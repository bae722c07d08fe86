"""The report charts: ReportLab vectors in the embedded fonts, legible at A4, on any machine.

Geometry is checked on the drawings themselves (they are pure functions of the data);
everything else on real PDFs read back with poppler, some made by a child process that
cannot find fontconfig's tools.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scorer.core.demo import demo_record
from scorer.core.model import ScoringRecord
from scorer.reports.charts import ChartValue, ItemSpread, bars, radar, spread
from scorer.reports.minutes import write_minutes
from tests.conftest import ROOT, run_cli
from tests.test_signing_pki import PASSWORD, make_pki

DIMENSIONS = [
    "Smart Governance",
    "Smart Branding",
    "Smart Economy",
    "Smart Living",
    "Smart Society",
    "Smart Environment",
]
ASPECTS = ["Infrastruktur fisik", "Infrastruktur TIK", "Infrastruktur sosial"]


def poppler(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def font_rows(pdf: Path) -> list[list[str]]:
    return [line.split() for line in poppler("pdffonts", str(pdf)).splitlines()[2:]]


def page_of(pdf: Path, needle: str) -> int:
    pages = poppler("pdftotext", str(pdf), "-").split("\f")
    return next(n for n, text in enumerate(pages, start=1) if needle in " ".join(text.split()))


def word_heights(pdf: Path, page: int) -> list[tuple[str, float]]:
    """Each word on `page` with its box height (pdftotext -bbox: the font size)."""
    xml = poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    pattern = r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<'
    return [(w, float(y2) - float(y1)) for y1, y2, w in re.findall(pattern, xml)]


def strings(node: object) -> list[object]:
    """Every String in a drawing, through groups."""
    from reportlab.graphics.shapes import Group, String

    if isinstance(node, String):
        return [node]
    if isinstance(node, Group):
        return [s for child in node.contents for s in strings(child)]
    return []


@pytest.fixture
def demo(default_rubric) -> ScoringRecord:  # type: ignore[no-untyped-def]
    return demo_record(default_rubric)


def test_radar_vertices_sit_where_the_scores_say() -> None:
    """Four spokes, top then clockwise: 4 at the top, 2 on the right (half the radius),
    nothing scored at the bottom (the centre), 1 on the left (a quarter)."""
    values = [
        ChartValue("A", 4.0, "4,00"),
        ChartValue("B", 2.0, "2,00"),
        ChartValue("C", None, "–"),
        ChartValue("D", 1.0, "1,00"),
    ]
    drawing = radar(values, scale_max=4, width_mm=80)
    ring = drawing.outer_ring
    cx, cy, radius = ring.cx, ring.cy, ring.r
    points = drawing.scores.points  # x0, y0, x1, y1, ...
    by_hand = [cx, cy + radius, cx + radius / 2, cy, cx, cy, cx - radius / 4, cy]
    assert points == pytest.approx(by_hand)
    for k, value in enumerate(values):
        angle = math.pi / 2 - 2 * math.pi * k / len(values)
        r = radius * (value.value or 0.0) / 4
        expected = [cx + r * math.cos(angle), cy + r * math.sin(angle)]
        assert points[2 * k : 2 * k + 2] == pytest.approx(expected)


def test_radar_labels_never_overlap_and_are_at_least_7_pt() -> None:
    """The worst case for the old chart: a full score at the top, right under the ring
    labels, long names at the sides; no text box may touch another or leave the drawing,
    for any number of spokes a rubric may have."""
    names = [*DIMENSIONS, "X", "Smart Infrastructure Resilience"]
    cases = [[4.0] * 6, [3.33, 4.0, 0.5, None, 4.0, 1.0]]
    cases += [[4.0, 1.0, 2.5, None, 3.0, 4.0, 2.0, 1.5][:n] for n in range(3, 9)]
    for scores in cases:
        values = [
            ChartValue(name, score, "–" if score is None else f"{score:.2f}".replace(".", ","))
            for name, score in zip(names, scores, strict=False)
        ]
        drawing = radar(values, width_mm=85)
        texts = strings(drawing)
        assert len(texts) >= 4 + 2 * len(values)  # names may wrap
        boxes = [t.getBounds() for t in texts]
        for (a, box_a), (b, box_b) in itertools.combinations(zip(texts, boxes, strict=True), 2):
            slack = 1e-6  # the lines of one label touch exactly
            apart = (
                box_a[2] <= box_b[0] + slack
                or box_b[2] <= box_a[0] + slack
                or box_a[3] <= box_b[1] + slack
                or box_b[3] <= box_a[1] + slack
            )
            assert apart, (len(values), a.text, b.text)
        for box in boxes:
            assert box[0] >= 0 and box[2] <= drawing.width
            assert box[1] >= 0 and box[3] <= drawing.height
        assert min(t.fontSize for t in texts) >= 7
        assert drawing.transform == (1, 0, 0, 1, 0, 0)  # printed at its own size


def test_bars_and_spread_text_is_at_least_7_pt() -> None:
    aspects = bars([ChartValue(a, 3.0, "3,00") for a in ASPECTS], width_mm=68)
    items = [ItemSpread(f"OP{n}", (1, 3, 4), 2.67, n == 2, n == 1) for n in range(1, 34)]
    panel = spread(items)
    for drawing in (aspects, panel):
        assert min(t.fontSize for t in strings(drawing)) >= 7
        x0, y0, x1, y1 = drawing.getBounds()
        assert x0 >= 0 and y0 >= 0 and x1 <= drawing.width and y1 <= drawing.height


def test_a_chart_alone_is_text_in_embedded_fonts_and_vectors(tmp_path: Path) -> None:
    from reportlab.graphics import renderPDF

    values = [ChartValue(name, 3.0, "3,00") for name in DIMENSIONS]
    out = tmp_path / "radar.pdf"
    renderPDF.drawToFile(radar(values), str(out))
    text = " ".join(poppler("pdftotext", str(out), "-").split())
    assert all(name in text for name in DIMENSIONS)
    rows = font_rows(out)
    assert rows and all(row[0].endswith(("DejaVuSans", "DejaVuSans-Bold")) for row in rows)
    assert all(row[-5] == "yes" for row in rows)  # emb
    assert len(poppler("pdfimages", "-list", str(out)).splitlines()) == 2  # header only


def test_minutes_chart_page_has_the_labels_as_text_and_no_images(
    demo: ScoringRecord, tmp_path: Path
) -> None:
    out = tmp_path / "notula.pdf"
    write_minutes(demo, out)
    page = page_of(out, "Grafik nilai per dimensi dan per aspek infrastruktur")
    text = " ".join(poppler("pdftotext", "-f", str(page), "-l", str(page), str(out), "-").split())
    for label in [*DIMENSIONS, *ASPECTS]:
        assert label in text, label
    images = poppler("pdfimages", "-list", "-f", str(page), "-l", str(page), str(out))
    assert len(images.splitlines()) == 2  # header only
    small = [(w, h) for w, h in word_heights(out, page) if h < 7 - 0.01]
    assert small == []


def test_panel_report_charts_are_text_vectors_at_least_7_pt(tmp_path: Path) -> None:
    files = []
    for n in (1, 2, 3):
        path = tmp_path / f"a{n}.scoring"
        code, _, err = run_cli("demo", "-o", str(path), "--assessor", str(n))
        assert code == 0, err
        files.append(str(path))
    report = tmp_path / "panel.pdf"
    code, _, err = run_cli(
        "merge", *files, "-o", str(tmp_path / "p.scoring"), "--report", str(report)
    )
    assert code == 0, err
    rows = font_rows(report)
    assert rows and all(row[-5] == "yes" for row in rows)
    assert len(poppler("pdfimages", "-list", str(report)).splitlines()) == 2
    radar_page = page_of(report, "Nilai tim per dimensi")
    spread_page = page_of(report, "Sebaran nilai per butir")
    radar_text = poppler(
        "pdftotext", "-f", str(radar_page), "-l", str(radar_page), str(report), "-"
    )
    assert all(name in " ".join(radar_text.split()) for name in DIMENSIONS)
    words = {w for w, _h in word_heights(report, spread_page)}
    assert {"BL1", "OP4", "QW4"} <= words  # the item codes under the spread columns
    for page in {radar_page, spread_page}:
        assert [(w, h) for w, h in word_heights(report, page) if h < 7 - 0.01] == []


def test_minutes_cold_path_loads_neither_matplotlib_nor_pyhanko(
    demo_file: Path, tmp_path: Path
) -> None:
    """`scorer minutes` without --sign, as a whole process: what it imports (-X importtime)."""
    out = str(tmp_path / "notula.pdf")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "main.py", "minutes", str(demo_file), "-o", out],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    packages = {m.split(".")[0] for m in modules}
    assert "reportlab" in packages
    assert not packages & {"matplotlib", "svglib", "pyhanko", "PySide6", "numpy", "sqlalchemy"}
    assert "urllib.request" not in modules  # xml.sax.saxutils pulled it in (~30 ms)


def test_signed_minutes_embed_every_font_without_fontconfig(
    demo_file: Path, tmp_path: Path
) -> None:
    """A child process whose PATH holds only python: no fc-match, fc-list or any other
    fontconfig tool to find fonts with. Every font in the (signed) minutes is embedded."""
    bare = tmp_path / "bin"
    bare.mkdir()
    (bare / "python").symlink_to(sys.executable)
    pki = make_pki(tmp_path, ["Dr. Ratna Wulandari, M.T."])
    env = {
        "PATH": str(bare),
        "SCORER_DATA_DIR": str(tmp_path / "data"),
        "SCORER_SIGN_PASSWORD": PASSWORD,
    }

    def child(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    probe = child("-c", "import shutil; print(shutil.which('fc-match'), shutil.which('fc-list'))")
    assert probe.stdout.split() == ["None", "None"]
    assert os.environ.get("PATH") != env["PATH"]
    plain, signed = tmp_path / "notula.pdf", tmp_path / "notula-ttd.pdf"
    result = child("main.py", "minutes", str(demo_file), "-o", str(plain))
    assert result.returncode == 0, result.stderr
    result = child(
        "main.py", "minutes", str(demo_file), "-o", str(signed), "--sign", str(pki.signers[0])
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    for pdf in (plain, signed):
        rows = font_rows(pdf)
        assert rows, pdf
        assert [row[0] for row in rows if row[-5] != "yes"] == []
        assert all("DejaVuSans" in row[0] for row in rows)
