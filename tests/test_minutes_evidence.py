"""The minutes' evidence annex, read back with poppler: the images (pdfimages), their
captions, the request table and the score sheet's references (pdftotext)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from scorer.core.evidence import prepare
from scorer.reports.minutes import write_minutes
from scorer.storage import evidence as ev
from scorer.storage.reading import read_any
from scorer.storage.store import ScoringStore
from tests.evidence_files import pdf, png


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _images(path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in listing.splitlines()[2:]]


def test_annex_prints_images_captions_requests_and_references(
    demo_file: Path, tmp_path: Path
) -> None:
    def piece(path: Path):  # type: ignore[no-untyped-def]
        return prepare(path.read_bytes(), path.name)

    at = dt.datetime(2025, 10, 21, 3, 5, tzinfo=dt.UTC)  # 10.05 WIB
    with ScoringStore.open(demo_file) as store:
        ev.attach(
            store,
            [piece(png(tmp_path / "a.png"))],
            item_id="OP2",
            caption="Realisasi masterplan 75 persen",
            at=at,
        )
        ev.attach(
            store,
            [piece(png(tmp_path / "b.png", (800, 2400), (20, 60, 200)))],
            item_id="OP2",
            caption="Indeks e-government 3,11",
            at=at,
        )
        ev.attach(
            store,
            [piece(png(tmp_path / "c.png", (640, 480), (20, 160, 60)))],
            caption="Opini WTP tujuh tahun",
            at=at,
        )  # on the current phase only
        asked, _ = ev.request(store, "OP5", "SK Dewan Smart City", at + dt.timedelta(days=1))
        ev.request(store, "OP3", "Nilai investasi Rp1,7 triliun", at + dt.timedelta(days=1))
        ev.attach(store, [piece(pdf(tmp_path / "sk.pdf"))], fulfils=asked, at=at)
    out = tmp_path / "minutes.pdf"
    write_minutes(read_any(demo_file), out)

    images = _images(out)
    assert len(images) == 3
    sizes = sorted((int(row[3]), int(row[4])) for row in images)
    assert sizes == [(533, 1600), (640, 480), (1600, 900)]
    assert all(row[8] == "jpeg" for row in images)  # embedded as stored, not re-encoded

    text = _text(out)
    annex = text[text.index("Lampiran — Bukti dukung") :]
    assert "Bukti dukung yang harus dilengkapi" in annex
    for caption in (
        "Realisasi masterplan 75 persen",
        "Indeks e-government 3,11",
        "Opini WTP tujuh tahun",
    ):
        assert caption in annex
    table = annex[: annex.index("Bukti no. 1")]
    assert table.index("Nilai investasi") < table.index("SK Dewan Smart City")  # open first
    assert "Belum dipenuhi" in table and "Dipenuhi" in table
    assert "Bukti no. 1 · OP2" in annex and "10.05 WIB" in annex
    assert "tahap" in annex  # the phase-only piece says where it was captured
    sheet = text[: text.index("Lampiran — Bukti dukung")]
    assert "Lampiran bukti no. 1, 2" in sheet and "Lampiran bukti no. 3" in sheet


def test_no_annex_without_evidence(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    write_minutes(read_any(demo_file), out)
    assert "Bukti dukung yang harus" not in _text(out)
    assert _images(out) == []
