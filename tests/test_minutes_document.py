"""The minutes as a document set (docs/minutes.md): draft and final on paper, whose scores,
the panel's minutes, section IV by dimension and item, the programme file, closing time.

Real scoring files made by the CLI in child processes, PDFs read back with poppler.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest

from scorer.core.canonical import content_sha256
from scorer.core.demo import demo_record
from scorer.core.model import Assessor, Phase, Role, ScoringRecord, SignOff
from scorer.core.programme import load_programme
from scorer.core.scoring import format_score
from scorer.merge.aggregate import aggregate
from scorer.paths import resources_dir
from scorer.reports.locale_id import date_time
from scorer.reports.minutes import build_minutes
from scorer.reports.minutes_parts import Parts, closing_time
from scorer.storage.reading import read_any
from tests.conftest import run_cli

CHAIR = "Dr. Ratna Wulandari, M.T."
ROSTER = (
    CHAIR,
    "Ir. Bambang Hartono, M.Sc.",
    "Sri Lestari, S.Kom., M.M.",
    "Dr. Andi Pratama",
    "Maria Simanjuntak, S.T., M.T.",
)


def pages_of(pdf: Path) -> list[str]:
    """The text of each page, whitespace folded."""
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def watermarked(pdf: Path, folder: Path) -> list[bool]:
    """Whether each page carries the light-grey diagonal watermark, from its pixels (it is
    drawn as outlines, so no text tool sees it): at 30 dpi the watermark's grey covers
    about 3,300 pixels or more, text edges and table shading under 1,500."""
    from PIL import Image

    prefix = folder / f"{pdf.stem}-px"
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(prefix)], check=True)
    found = []
    for page in sorted(folder.glob(f"{prefix.name}-*.pgm")):
        with Image.open(page) as image:
            histogram = image.histogram()
        found.append(sum(histogram[212:227]) > 2500)
    return found


def minutes_of(scoring: Path, out: Path, *extra: str) -> list[str]:
    code, _stdout, err = run_cli("minutes", str(scoring), "-o", str(out), *extra)
    assert code == 0, err
    return pages_of(out)


def section(pages: list[str], start: str, end: str) -> str:
    whole = " ".join(pages)
    return whole[whole.index(start) : whole.index(end, whole.index(start))]


@pytest.fixture
def panel_file(tmp_path: Path) -> Path:
    """Three demo assessors' own files merged by the CLI, as a coordinator would."""
    files = []
    for n in (1, 2, 3):
        path = tmp_path / f"asesor{n}.scoring"
        code, _out, err = run_cli("demo", "--assessor", str(n), "-o", str(path))
        assert code == 0, err
        files.append(str(path))
    panel = tmp_path / "panel.scoring"
    code, _out, err = run_cli("merge", *files, "-o", str(panel))
    assert code == 0, err
    return panel


def test_a_draft_says_so_on_every_page_and_a_final_names_who_signed_off(
    demo_file: Path, tmp_path: Path
) -> None:
    draft = minutes_of(demo_file, tmp_path / "draf.pdf")
    assert len(draft) > 3
    for page in draft:
        assert "DRAF — belum disahkan" in page
    assert watermarked(tmp_path / "draf.pdf", tmp_path) == [True] * len(draft)
    assert "Disahkan oleh" not in " ".join(draft)

    code, _out, err = run_cli("sign-off", str(demo_file), "--name", CHAIR)
    assert code == 0, err
    record = read_any(demo_file)
    signed = record.signoffs[-1]
    final = minutes_of(demo_file, tmp_path / "final.pdf")
    assert not any("DRAF" in page for page in final)
    assert watermarked(tmp_path / "final.pdf", tmp_path) == [False] * len(final)
    zone = record.evaluation.timezone
    when = date_time(signed.signed_at, zone, weekday=True)
    expected = " ".join(f"Disahkan oleh {CHAIR} pada {when}".split())
    assert expected in final[0]
    assert re.search(r"\d{4} pukul \d\d\.\d\d WIB$", expected)
    # Every footer carries the signed-off hash, which is also the content hash now.
    assert signed.content_sha256 == content_sha256(record)
    for page in final:
        assert f"Sidik {signed.content_sha256[:12]}" in page


def test_the_footer_prints_the_signed_off_hash_and_a_tampered_file_is_marked_not_valid(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    signed_at = dt.datetime(2025, 10, 21, 9, 5, tzinfo=dt.UTC)
    record.signoffs.append(SignOff(CHAIR, signed_at, content_sha256(record)))
    vouched = record.signoffs[-1].content_sha256
    record.conclusions.append("Ditambahkan di luar aplikasi setelah disahkan.")
    assert content_sha256(record) != vouched
    out = tmp_path / "tidak-sah.pdf"
    out.write_bytes(build_minutes(record).data)
    pages = pages_of(out)
    assert watermarked(out, tmp_path) == [True] * len(pages)
    for page in pages:
        assert "TIDAK SAH" in page
        assert f"Sidik {vouched[:12]}" in page
        assert content_sha256(record)[:12] not in page
    assert (
        "Disahkan oleh Dr. Ratna Wulandari, M.T. pada Selasa, 21 Oktober 2025 pukul 16.05 WIB"
        in (pages[0])
    )


def test_english_final_minutes(default_rubric, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    signed_at = dt.datetime(2025, 10, 21, 9, 5, tzinfo=dt.UTC)
    record.signoffs.append(SignOff(CHAIR, signed_at, content_sha256(record)))
    out = tmp_path / "final-en.pdf"
    out.write_bytes(build_minutes(record, "en").data)
    text = " ".join(pages_of(out))
    assert f"Signed off by {CHAIR} on Tuesday, 21 October 2025 at 16:05 WIB" in text
    assert "DRAFT" not in text


def test_a_panel_files_minutes_show_panel_values_each_note_once_roster_order(
    panel_file: Path, tmp_path: Path
) -> None:
    code, _out, err = run_cli(
        "consensus", str(panel_file), "OP4", "3", "--reason", "bukti dukung diterima"
    )
    assert code == 0, err
    pages = minutes_of(panel_file, tmp_path / "panel.pdf")
    text = " ".join(pages)
    result = aggregate(read_any(panel_file))
    index = format_score(result.panel.index)
    assert f"Indeks panel (rata-rata 3 asesor): {index}" in text
    assert "Indeks smart city" not in text  # nobody's own index
    assert "OP4 Manajemen risiko: 3,00 (konsensus: bukti dukung diterima)" in text
    # Each note once, with its authors in the roster's order (not alphabetical).
    authors = f"({ROSTER[0]}, {ROSTER[1]}, {ROSTER[2]})"
    for note in (
        "Wali Kota membuka paparan; Sekda memaparkan capaian masterplan.",
        "Data bus rapid transit belum masuk dasbor kota.",
        "Bukti dukung manajemen risiko diminta dikirim besok pukul 12.00.",
    ):
        assert text.count(note) == 1, note
        assert f"{note} {authors}" in text
    facts = section(pages, "Peserta", "I. PEMBUKAAN")
    positions = [facts.index(name) for name in ROSTER]
    assert positions == sorted(positions)
    # Every Q&A entry once.
    record = read_any(panel_file)
    assert len(record.qa) == 6
    for qa in record.qa:
        assert text.count(" ".join(qa.question.split())[:40]) == 1


def test_an_assessors_minutes_hold_no_index_in_the_notula_and_name_the_score_sheet(
    tmp_path: Path,
) -> None:
    scoring = tmp_path / "bambang.scoring"
    code, _out, err = run_cli("demo", "--assessor", "2", "-o", str(scoring))
    assert code == 0, err
    pages = minutes_of(scoring, tmp_path / "bambang.pdf")
    sheet_start = next(n for n, page in enumerate(pages) if "LEMBAR PENILAIAN ASESOR" in page)
    notula = " ".join(pages[:sheet_start])
    sheet = " ".join(pages[sheet_start:])
    assert "Indeks" not in notula
    assert not re.search(r"\b\d,\d\d\b", section(pages, "IV. CATATAN PENILAIAN", "V. KESIMPULAN"))
    # The notula is signed by the minute-taker (here the owner, a member) and the chair.
    assert "Mengetahui, Pimpinan Rapat/Ketua Tim Asesor" in notula
    assert f"Notulis : {ROSTER[1]}" in notula
    signatures = section(pages, "Rapat ditutup pukul", "LAMPIRAN I")
    assert CHAIR in signatures and ROSTER[1] in signatures
    assert not any(name in signatures for name in ROSTER[2:])
    assert re.search(rf"Indeks smart city menurut penilaian {re.escape(ROSTER[1])}: \d,\d\d", sheet)
    assert f": {ROSTER[1]}, Anggota Tim Asesor" in sheet  # the sheet's "Asesor" line
    assert CHAIR not in sheet  # signed by that assessor alone


def test_section_four_puts_notes_under_their_item_and_dimension(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    item = next(i for i in default_rubric.items if i.dimensions == ("economy",))
    note = next(n for n in record.notes if n.item_id == "OP4")
    record.notes.append(
        type(note)(note.created_at, Phase.SCORING, 10, "Catatan uji butir.", note.assessor, item.id)
    )
    record.notes.append(
        type(note)(note.created_at, Phase.SCORING, 11, "Catatan sesi umum.", note.assessor)
    )
    out = tmp_path / "iv.pdf"
    out.write_bytes(build_minutes(record).data)
    pages = pages_of(out)
    two = section(pages, "II. SESI PRESENTASI", "III. SESI TANYA JAWAB")
    assert "Catatan sesi presentasi 1. Wali Kota membuka paparan" in two  # untagged: stays
    assert "Bank sampah" not in two and "dimuat pada bagian IV" in two  # tagged: moved
    four = section(pages, "IV. CATATAN PENILAIAN", "V. KESIMPULAN")
    assert "OP4 Manajemen risiko – Bukti dukung manajemen risiko diminta dikirim besok" in four
    economy = four.index("3. Smart Economy")
    assert four.index(f"{item.id} {item.name.text()} – Catatan uji butir.") > economy
    assert four.index(f"{item.id} {item.name.text()}") < four.index("4. Smart Living")
    assert "6. Smart Environment – Bank sampah di 42 kelurahan" in four
    assert "Catatan sesi penilaian 1. Catatan sesi umum." in four


def test_the_programme_file_sets_letterhead_and_number_and_a_broken_one_is_one_message(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    pages = minutes_of(demo_file, tmp_path / "bawaan.pdf")
    assert pages[0].startswith(
        "KEMENTERIAN KOMUNIKASI DAN DIGITAL REPUBLIK INDONESIA DIREKTORAT JENDERAL"
    )
    assert "Nomor: …/NOT/SC/II/X/2025" in pages[0]
    own = data_dir / "config" / "programme.toml"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(
        'issuer = ["KEMENTERIAN UJI COBA", "DIREKTORAT CONTOH"]\n'
        'number_pattern = "{seq}/NTL/{month}/{year}"\n',
        encoding="utf-8",
    )
    pages = minutes_of(demo_file, tmp_path / "sendiri.pdf")
    assert pages[0].startswith("KEMENTERIAN UJI COBA DIREKTORAT CONTOH")
    assert "KOMUNIKASI" not in " ".join(pages)
    assert "Nomor: …/NTL/10/2025" in pages[0]
    assert not any("KEMENTERIAN" in page for page in pages[1:])  # the first page only

    for broken, key in (
        ('issuer = "KEMENTERIAN"\nnumber_pattern = "{seq}"\n', "'issuer'"),
        ('issuer = ["A"]\nnumber_pattern = "{nomor}/{year}"\n', "'number_pattern'"),
        ('issuer = ["A"\n', "not a valid TOML file"),
    ):
        own.write_text(broken, encoding="utf-8")
        out = tmp_path / "rusak.pdf"
        code, _stdout, err = run_cli("minutes", str(demo_file), "-o", str(out))
        assert code == 1
        assert "Traceback" not in err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(own) in lines[0] and key in lines[0], err
        assert not out.exists()


def test_closing_time_is_the_end_of_tanya_jawab_not_the_sign_off(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    qa = next(p for p in record.session.phases if p.phase is Phase.QA)
    last = max(p.ended_at for p in record.session.phases if p.ended_at)
    assert qa.ended_at is not None and qa.ended_at < last
    assert closing_time(record) == qa.ended_at
    out = tmp_path / "tutup.pdf"
    out.write_bytes(build_minutes(record).data)
    text = " ".join(pages_of(out))
    assert "Rapat ditutup pukul 15.28 WIB." in text
    assert "pukul 14.20 WIB s.d. 15.28 WIB" in text
    # Q&A not closed: the start of the next phase closes the session with the region.
    qa.ended_at = None
    scoring = next(p for p in record.session.phases if p.phase is Phase.SCORING)
    assert closing_time(record) == scoring.started_at
    # Nothing after the presentation recorded yet: the session is still open.
    for phase in record.session.phases:
        if phase.phase.position > Phase.QA.position:
            phase.started_at = phase.ended_at = None
    assert closing_time(record) is None


def test_a_secretary_is_the_notulis_and_travels_through_json(
    demo_file: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "demo.json"
    code, _out, err = run_cli("export-json", str(demo_file), "-o", str(exported))
    assert code == 0, err
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["assessors"].append(
        {
            "key": "5ec0de00-0000-4000-8000-000000000009",
            "name": "Rina Kartika, S.Sos.",
            "nip": "",
            "institution": "Sekretariat Gerakan Menuju 100 Smart City",
            "role": "secretary",
        }
    )
    exported.write_text(json.dumps(doc), encoding="utf-8")
    imported = tmp_path / "sekretaris.scoring"
    code, _out, err = run_cli("import-json", str(exported), "-o", str(imported))
    assert code == 0, err
    record = read_any(imported)
    assert record.assessors[-1].role is Role.SECRETARY
    pages = minutes_of(imported, tmp_path / "sekretaris.pdf")
    text = " ".join(pages)
    assert "Notulis : Rina Kartika, S.Sos." in text
    assert "Rina Kartika, S.Sos. (Notulis)" in text


def test_when_the_owner_chairs_and_there_is_no_secretary_the_notulis_is_left_blank(
    default_rubric, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    record = demo_record(default_rubric)
    assert next(a for a in record.assessors if a.key == record.owner).role is Role.CHAIR
    out = tmp_path / "kosong.pdf"
    result = build_minutes(record)
    out.write_bytes(result.data)
    text = " ".join(pages_of(out))
    assert "Notulis : .............................." in text
    assert [s.signer for s in result.slots][:2] == [CHAIR, ""]


def test_existing_roles_keep_their_content_hash(default_rubric: object) -> None:
    """Adding a role changed no stored value: a file signed off before keeps its hash."""
    record: ScoringRecord = demo_record(default_rubric)
    before = content_sha256(record)
    record.assessors.append(Assessor("k", "Notulis", "Setditjen", Role.SECRETARY))
    assert content_sha256(record) != before
    record.assessors.pop()
    assert content_sha256(record) == before


def test_no_text_is_smaller_than_seven_points(panel_file: Path, tmp_path: Path) -> None:
    """Every font size set in the PDF's page streams (text, tables, charts, footer)."""
    import base64
    import zlib

    out = tmp_path / "panel.pdf"
    minutes_of(panel_file, out)
    sizes = []
    pattern = rb"/Filter \[ /ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)endstream"
    for stream in re.findall(pattern, out.read_bytes(), re.S):
        content = zlib.decompress(base64.a85decode(stream.strip().removesuffix(b"~>")))
        sizes += [float(size) for size in re.findall(rb"/F\d+\+\d+ ([\d.]+) Tf", content)]
    assert len(sizes) > 100
    assert min(sizes) >= 7


def test_a_table_keeps_its_heading_with_the_first_row_and_its_last_row_with_another(
    default_rubric,
) -> None:  # type: ignore[no-untyped-def]
    """ReportLab's own split, as the page layout calls it: with room for the heading row
    only, nothing is placed; with room for all but the last row, two rows move on."""
    from scorer.reports.minutes import stored_rubric
    from scorer.reports.minutes_words import WORDS
    from scorer.reports.styles import report_styles

    record = demo_record(default_rubric)
    parts = Parts(
        record,
        stored_rubric(record.rubric_source),
        "id",
        WORDS["id"],
        report_styles(),
        [],
        {},
        load_programme(resources_dir() / "programme.toml"),
    )
    rows = [[str(n), f"Baris {n}"] for n in range(1, 7)]
    table = parts.table(["No.", "Isi"], rows, [20, 100])
    _width, height = table.wrap(500, 10_000)
    row_height = height / 7
    assert table.split(500, row_height * 1.5) == []
    first, rest = table.split(500, height - row_height * 0.5)
    assert len(rest._cellvalues) == 1 + 2  # the repeated heading and the last two rows
    assert len(first._cellvalues) == 1 + 4


def test_cli_sign_puts_an_assessors_signature_on_their_own_score_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_signing_pki import PASSWORD, make_pki

    pki = make_pki(tmp_path, [ROSTER[1]])
    scoring = tmp_path / "bambang.scoring"
    code, _out, err = run_cli("demo", "--assessor", "2", "-o", str(scoring))
    assert code == 0, err
    monkeypatch.setenv("SCORER_SIGN_PASSWORD", PASSWORD)
    out = tmp_path / "bertanda.pdf"
    code, stdout, err = run_cli(
        "minutes", str(scoring), "-o", str(out), "--sign", str(pki.signers[0])
    )
    assert code == 0, err
    assert "ttd_Ir_Bambang_Hartono_M_Sc_penilaian" in stdout
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    signed = report.split("Signature #")[1:]
    assert sum("The signature form field is not signed." not in block for block in signed) == 1
    # The notula's own spaces (chair, minute-taker) stay empty for their signers.
    assert sum("The signature form field is not signed." in block for block in signed) == 2


def test_a_logo_in_the_programme_file_is_printed_in_the_letterhead(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    from PIL import Image

    own = data_dir / "config" / "programme.toml"
    own.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 200), "navy").save(own.parent / "logo.png")
    own.write_text(
        'issuer = ["KEMENTERIAN UJI COBA"]\nlogo = "logo.png"\nnumber_pattern = "{seq}/{year}"\n',
        encoding="utf-8",
    )
    out = tmp_path / "logo.pdf"
    pages = minutes_of(demo_file, out)
    assert pages[0].startswith("KEMENTERIAN UJI COBA")
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert [line.split()[0] for line in listing] == ["1"]  # one image, on page 1
    (own.parent / "logo.png").unlink()
    code, _out, err = run_cli("minutes", str(demo_file), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "key 'logo'" in err and str(own) in err


def test_attendance_recorded_on_persiapan_reaches_the_minutes(
    demo_file: Path, tmp_path: Path
) -> None:
    """An attendee ticked absent is named apart in the notula and is not on the
    attendance list to sign."""
    import dataclasses

    from scorer.storage.store import ScoringStore

    with ScoringStore.open(demo_file) as store:
        attendees = store.record().attendees
        absent = attendees[1]
        store.set_attendees([dataclasses.replace(a, present=a is not absent) for a in attendees])
    pages = minutes_of(demo_file, tmp_path / "m.pdf")
    whole = " ".join(pages)
    assert f"Berhalangan hadir: {absent.name} ({absent.position})" in whole
    annex = whole[whole.index("LAMPIRAN I") :]
    annex = annex[: annex.index("LEMBAR PENILAIAN")] if "LEMBAR PENILAIAN" in annex else annex
    assert absent.name not in annex
    assert attendees[0].name in annex
