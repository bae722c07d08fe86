"""Supporting evidence in the scoring file: storage, limits, audit, lock, secure deletion,
the sign-off hash, the JSON interchange and the upgrade from schema 0004 (docs/evidence.md)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from scorer.core.canonical import content_sha256, dumps
from scorer.core.demo import demo_record
from scorer.core.errors import LockedError, ScorerError
from scorer.core.evidence import (
    JPEG_MEDIA_TYPE,
    MAX_PER_ITEM,
    MAX_SIDE_PX,
    PDF_MEDIA_TYPE,
    default_due,
    prepare,
)
from scorer.core.model import TimeZoneName
from scorer.core.rubric import Rubric
from scorer.storage import evidence as ev
from scorer.storage import scoringfile
from scorer.storage.interchange import loads
from scorer.storage.migrate import REVISIONS
from scorer.storage.reading import read_any
from scorer.storage.signoff import integrity, sign_off
from scorer.storage.store import ScoringStore, create_file
from tests.conftest import run_cli
from tests.evidence_files import pdf, png


def _prepared(path: Path):  # type: ignore[no-untyped-def]
    return prepare(path.read_bytes(), path.name)


def test_images_are_reencoded_compactly_and_pdfs_kept(tmp_path: Path) -> None:
    shot = _prepared(png(tmp_path / "slide.png", (3200, 1800)))
    assert shot.blob.media_type == JPEG_MEDIA_TYPE
    assert (shot.width, shot.height) == (MAX_SIDE_PX, 900)
    assert shot.blob.data.startswith(b"\xff\xd8") and shot.blob.size < 200_000
    document = pdf(tmp_path / "sk.pdf")
    kept = _prepared(document)
    assert kept.blob.media_type == PDF_MEDIA_TYPE and kept.blob.data == document.read_bytes()
    assert kept.width is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just some text", "not an image or PDF"),
        (b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024), "the limit is 10.0 MB"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "not an image or PDF|damaged"),
    ],
)
def test_bad_content_is_refused_with_a_message(data: bytes, message: str) -> None:
    with pytest.raises(ScorerError, match=message):
        prepare(data, "x.bin")


def test_attach_delete_reassign_caption_request_fulfil_are_audited(
    demo_file: Path, tmp_path: Path
) -> None:
    slide = _prepared(png(tmp_path / "slide.png"))
    at = dt.datetime(2025, 10, 21, 3, 5, tzinfo=dt.UTC)
    with ScoringStore.open(demo_file) as store:
        (first,), changes = ev.attach(store, [slide], item_id="OP2", caption="Realisasi 75 %")
        assert changes.evidence
        (second,), _ = ev.attach(store, [slide], item_id="OP3")  # same content: one blob
        ev.reassign(store, second, "OP4")
        ev.set_caption(store, second, "Indeks e-government 3,11")
        request_id, _ = ev.request(store, "OP5", "SK Dewan Smart City", at)
        (third,), _ = ev.attach(store, [_prepared(pdf(tmp_path / "sk.pdf"))], fulfils=request_id)
        ev.delete(store, first)
        record = store.record()
    assert [(e.id, e.item_id, e.caption) for e in record.evidence] == [
        (second, "OP4", "Indeks e-government 3,11"),
        (third, "OP5", ""),  # a fulfilling file goes on the request's item
    ]
    assert len(record.blobs) == 2  # the slide's blob stays: `second` still refers to it
    (request,) = record.requests
    assert request.evidence_id == third and request.fulfilled_by == record.assessors[0].name
    assert request.due_at == at and not request.open
    actions = [(a.action, a.entity) for a in record.audit if "evidence" in a.entity]
    assert actions == [
        ("add", "evidence"),
        ("add", "evidence"),
        ("reassign", "evidence"),
        ("set", "evidence.caption"),
        ("add", "evidence_request"),
        ("add", "evidence"),
        ("fulfil", "evidence_request"),
        ("delete", "evidence"),
    ]
    assert json.loads(record.audit[-1].old or "{}")["caption"] == "Realisasi 75 %"


def test_deleting_evidence_leaves_none_of_its_bytes_in_the_file(
    demo_file: Path, tmp_path: Path
) -> None:
    marker = "BUKTI-MARKER-PDF-7Q3Z"
    document = _prepared(pdf(tmp_path / "sk.pdf", marker))
    slide = _prepared(png(tmp_path / "slide.png"))
    stored_slice = slide.blob.data[len(slide.blob.data) // 2 :][:64]
    with ScoringStore.open(demo_file) as store:
        ids, _ = ev.attach(store, [document, slide], item_id="OP1")
    raw = demo_file.read_bytes()
    assert marker.encode() in raw and stored_slice in raw
    with ScoringStore.open(demo_file) as store:
        for evidence_id in ids:
            ev.delete(store, evidence_id)
        assert store.record().blobs == {}
    raw = demo_file.read_bytes()
    assert marker.encode() not in raw and stored_slice not in raw


def test_evidence_edits_are_refused_after_sign_off(demo_file: Path, tmp_path: Path) -> None:
    slide = _prepared(png(tmp_path / "slide.png"))
    with ScoringStore.open(demo_file) as store:
        (evidence_id,), _ = ev.attach(store, [slide], item_id="OP1")
        request_id, _ = ev.request(store, "OP2", "Perwali", dt.datetime.now(dt.UTC))
        sign_off(store, "Ratna")
        before = store.record()
        for edit in (
            lambda: ev.attach(store, [slide], item_id="OP1"),
            lambda: ev.delete(store, evidence_id),
            lambda: ev.reassign(store, evidence_id, "OP3"),
            lambda: ev.set_caption(store, evidence_id, "x"),
            lambda: ev.request(store, "OP1", "x", dt.datetime.now(dt.UTC)),
            lambda: ev.fulfil(store, request_id, evidence_id),
        ):
            with pytest.raises(LockedError):
                edit()
        assert store.record() == before


def test_limits_per_item_and_unknown_items(demo_file: Path, tmp_path: Path) -> None:
    slide = _prepared(png(tmp_path / "slide.png", (64, 48)))
    with ScoringStore.open(demo_file) as store:
        ev.attach(store, [slide] * MAX_PER_ITEM, item_id="OP1")
        before = store.record()
        with pytest.raises(ScorerError, match=f"at most {MAX_PER_ITEM} are kept per item"):
            ev.attach(store, [slide], item_id="OP1")
        with pytest.raises(ScorerError, match="no item 'XX9'"):
            ev.attach(store, [slide], item_id="XX9")
        assert store.record() == before


def test_sign_off_hash_covers_the_evidence_and_altered_images_read_as_tampered(
    demo_file: Path, tmp_path: Path
) -> None:
    plain = read_any(demo_file)
    hash_without = content_sha256(plain)
    with ScoringStore.open(demo_file) as store:
        ev.attach(store, [_prepared(png(tmp_path / "slide.png"))], item_id="OP1")
        assert content_sha256(store.record()) != hash_without
        sign_off(store, "Ratna")
    # A pixel changed behind the app's back, the stored name left as it was.
    with sqlite3.connect(demo_file) as db:
        (data,) = db.execute("SELECT data FROM blob").fetchone()
        altered = bytearray(data)
        altered[len(altered) // 2] ^= 0xFF
        db.execute("UPDATE blob SET data = ?", (bytes(altered),))
    with ScoringStore.open(demo_file, read_only=True) as store:
        assert integrity(store).tampered
    code, out, _ = run_cli("check", str(demo_file))
    assert code == 1 and "TAMPERED" in out


def test_files_without_evidence_hash_as_before(default_rubric: Rubric) -> None:
    """A session signed off before evidence existed must not turn "tampered"."""
    record = demo_record(default_rubric)
    with_empty = dumps(record)
    assert "evidence" not in json.loads(with_empty)
    assert content_sha256(record) == content_sha256(loads(with_empty, "x.json"))


def test_json_round_trip_with_images_is_identical(demo_file: Path, tmp_path: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        ids, _ = ev.attach(
            store,
            [_prepared(png(tmp_path / "a.png")), _prepared(pdf(tmp_path / "b.pdf"))],
            item_id="OP1",
            caption="Masterplan",
        )
        request_id, _ = ev.request(store, "OP2", "Opini WTP", dt.datetime.now(dt.UTC))
        ev.fulfil(store, request_id, ids[1])
        ev.request(store, "OP3", "Nilai investasi", dt.datetime.now(dt.UTC))
    record = read_any(demo_file)
    text = dumps(record)
    doc = json.loads(text)
    assert doc["format_version"] == 3
    assert {b["media_type"] for b in doc["blobs"]} == {JPEG_MEDIA_TYPE, PDF_MEDIA_TYPE}
    assert all(base64.b64decode(b["data"]) == record.blobs[b["sha256"]].data for b in doc["blobs"])
    imported = loads(text, "export.json")
    again = tmp_path / "again.scoring"
    create_file(again, imported)
    assert dumps(read_any(again)) == text
    assert content_sha256(read_any(again)) == content_sha256(record)

    # Altered content in a document is refused, naming the field.
    doc["blobs"][0]["data"] = base64.b64encode(b"other").decode()
    with pytest.raises(ScorerError, match=r"blobs\[0\]\.sha256.*altered"):
        loads(json.dumps(doc), "bad.json")


def test_version_2_documents_still_import(default_rubric: Rubric) -> None:
    plain = demo_record(default_rubric)
    for version in (1, 2):
        doc = json.loads(dumps(plain))
        doc["format_version"] = version
        old = loads(json.dumps(doc), f"v{version}.json")
        assert old.evidence == [] and old.requests == [] and old.blobs == {}
        assert content_sha256(old) == content_sha256(plain)


def test_a_file_of_schema_0004_upgrades_with_a_backup(
    tmp_path: Path, data_dir: Path, default_rubric: Rubric
) -> None:
    from scorer.storage.migrate import upgrade
    from scorer.storage.records import write_record

    path = tmp_path / "old.scoring"
    engine = scoringfile.make_engine(path)
    record = demo_record(default_rubric)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={scoringfile.APPLICATION_ID}")
        upgrade(connection, "0004")
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        write_record(driver, record)  # no evidence: nothing goes to the new tables
    engine.dispose()
    with ScoringStore.open(path) as store:
        assert store.migration_backup is not None
        assert store.migration_backup.parent == data_dir / "backups"
        ev.attach(store, [_prepared(png(tmp_path / "a.png"))], item_id="OP1")
        assert len(store.record().evidence) == 1
    with sqlite3.connect(store.migration_backup) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[-1]
    subprocess.run(["sqlite3", str(path), "PRAGMA integrity_check"], check=True)


def test_default_due_is_the_next_working_day_at_noon_in_the_session_zone() -> None:
    wita = TimeZoneName.WITA.tzinfo
    friday_evening = dt.datetime(2025, 10, 24, 20, 0, tzinfo=wita)
    due = default_due(friday_evening, wita)
    assert due.astimezone(wita) == dt.datetime(2025, 10, 27, 12, 0, tzinfo=wita)  # Monday
    assert due.tzinfo == dt.UTC
    tuesday = dt.datetime(2025, 10, 21, 9, 0, tzinfo=wita)
    assert default_due(tuesday, wita).astimezone(wita).date() == dt.date(2025, 10, 22)


def test_merge_carries_evidence_with_provenance_and_stores_shared_content_once(
    tmp_path: Path, default_rubric: Rubric
) -> None:
    from scorer.merge.merge import build_panel, plan_merge

    slide = _prepared(png(tmp_path / "slide.png"))
    paths = []
    for assessor in (1, 2):
        path = tmp_path / f"a{assessor}.scoring"
        create_file(path, demo_record(default_rubric, assessor))
        with ScoringStore.open(path) as store:
            ev.attach(store, [slide], item_id="OP1", caption=f"dari penilai {assessor}")
            if assessor == 2:
                request_id, _ = ev.request(store, "OP2", "Opini WTP", dt.datetime.now(dt.UTC))
                ev.attach(store, [_prepared(pdf(tmp_path / "wtp.pdf"))], fulfils=request_id)
        paths.append(path)
    panel = build_panel(plan_merge(paths))
    assert dumps(build_panel(plan_merge(list(reversed(paths))))) == dumps(panel)
    owners = {read_any(p).owner: n for n, p in enumerate(paths, start=1)}
    by_assessor = sorted((owners[e.assessor], e.item_id, e.caption) for e in panel.evidence)
    assert by_assessor == [
        (1, "OP1", "dari penilai 1"),
        (2, "OP1", "dari penilai 2"),
        (2, "OP2", ""),
    ]
    assert len(panel.blobs) == 2  # the slide once, the PDF
    (request,) = panel.requests
    fulfilling = next(e for e in panel.evidence if e.id == request.evidence_id)
    assert fulfilling.original_name == "wtp.pdf" and owners[request.assessor] == 2

    out = tmp_path / "panel.scoring"
    code, _, err = run_cli("merge", *map(str, paths), "-o", str(out))
    assert code == 0, err
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT count(*) FROM blob").fetchone()[0] == 2
        assert db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 3
    assert read_any(out).evidence == panel.evidence


def test_an_open_session_reads_each_content_once(demo_file: Path, tmp_path: Path) -> None:
    """The views read the record often; content is named by its hash, so bytes already read
    are reused (the same object) and only new content is read, and deleted content leaves."""
    slide = _prepared(png(tmp_path / "slide.png"))
    other = _prepared(png(tmp_path / "other.png", colour=(20, 90, 200)))
    with ScoringStore.open(demo_file) as store:
        (first,), _ = ev.attach(store, [slide], item_id="OP1")
        before = store.record().blobs[slide.blob.sha256]
        ev.attach(store, [other], item_id="OP2")
        blobs = store.record().blobs
        assert blobs[slide.blob.sha256] is before  # not read again
        assert blobs[other.blob.sha256].data == other.blob.data
        ev.delete(store, first)
        assert list(store.record().blobs) == [other.blob.sha256]
        assert store.record() == read_any(demo_file)  # what a fresh reader sees
