"""Storage faults never cost an edit: the store carries on in memory, journals what the file
refused, writes it all once it can, and a journal left behind restores the session."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scorer.core.model import Attendee, Note, Phase
from scorer.storage import scoringfile
from scorer.storage.faults import FaultKind, classify
from scorer.storage.recovery import journals, read_journal, restore
from scorer.storage.store import ScoringStore
from tests.fault_injection import fail_file_writes


def _note(store: ScoringStore, text: str) -> Note:
    return Note(dt.datetime.now(dt.UTC), Phase.PRESENTATION, 5, text, store.owner)


def _notes_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT text FROM note ORDER BY id")]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, FaultKind.DISK_FULL),
        (errno.EIO, FaultKind.IO_ERROR),
        (errno.EACCES, FaultKind.NO_PERMISSION),
    ],
)
def test_a_refused_write_stays_in_memory_and_journal_then_lands(
    demo_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: FaultKind
) -> None:
    store = ScoringStore.open(demo_file)
    before = _notes_in(demo_file)
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, code)
        note_id, _changes = store.add_note(_note(store, "typed while the disk failed"))
        store.set_level("OP4", 4)
        assert store.fault is not None and store.fault.kind is kind
        assert store.pending_count == 2
        # The session as the app shows it holds both edits; the file holds neither.
        assert store.record().notes[-1].text == "typed while the disk failed"
        assert store.score("OP4") is not None and store.score("OP4").level == 4  # type: ignore[union-attr]
        assert _notes_in(demo_file) == before
        assert not store.flush()  # still failing: nothing is lost, nothing raised
        (recovery,) = journals(data_dir / "recovery")
        assert recovery.path == demo_file and len(recovery.transactions) == 2
        rebuilt = recovery.rebuild()
        assert rebuilt.execute("SELECT text FROM note WHERE id = ?", (note_id,)).fetchone() == (
            "typed while the disk failed",
        )
    assert store.flush()  # the disk works again
    assert store.fault is None and store.pending_count == 0
    assert _notes_in(demo_file) == [*before, "typed while the disk failed"]
    assert not list(journals(data_dir / "recovery"))
    store.add_note(_note(store, "after recovery"))  # straight to the file again
    assert _notes_in(demo_file)[-1] == "after recovery"
    store.close()


def test_sqlite_own_disk_full_error_is_a_fault(demo_file: Path) -> None:
    """A real SQLITE_FULL from SQLite itself: the file may not grow by another page."""
    store = ScoringStore.open(demo_file)
    assert store._file is not None
    pages = store._file.execute("PRAGMA page_count").fetchone()[0]
    store._file.execute(f"PRAGMA max_page_count={pages}")
    store.add_note(_note(store, "x" * 20_000))  # needs new pages
    assert store.fault is not None and store.fault.kind is FaultKind.DISK_FULL
    assert store.record().notes[-1].text == "x" * 20_000
    store._file.execute(f"PRAGMA max_page_count={pages * 10}")
    assert store.flush()
    assert _notes_in(demo_file)[-1] == "x" * 20_000
    store.close()


def test_a_deleted_file_is_written_anew_with_every_edit(demo_file: Path) -> None:
    store = ScoringStore.open(demo_file)
    store.set_attendees([Attendee("Budi", "Sekretaris Daerah", "Pemkot", present=False)])
    demo_file.unlink()  # an unlinked SQLite file would swallow later writes silently
    store.add_note(_note(store, "after the file vanished"))
    assert store.fault is not None and store.fault.kind is FaultKind.GONE
    assert store.flush()
    assert scoringfile.inspect(demo_file).current
    assert _notes_in(demo_file)[-1] == "after the file vanished"
    with sqlite3.connect(demo_file) as db:
        assert db.execute("SELECT name, present FROM attendee").fetchall() == [("Budi", 0)]
    store.add_note(_note(store, "and on"))
    assert _notes_in(demo_file)[-1] == "and on"
    store.close()


def test_save_as_writes_everything_elsewhere_and_carries_on_there(
    demo_file: Path, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ScoringStore.open(demo_file)
    elsewhere = tmp_path / "usb" / "saved.scoring"
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, errno.ENOSPC)
        store.add_note(_note(store, "pending"))
        store.save_as(elsewhere)
    assert store.fault is None and store.path == elsewhere
    assert _notes_in(elsewhere)[-1] == "pending"
    assert "pending" not in _notes_in(demo_file)
    assert not list(journals(data_dir / "recovery"))
    store.add_note(_note(store, "continued"))
    assert _notes_in(elsewhere)[-1] == "continued"
    store.close()


def test_a_journal_left_behind_restores_the_session(
    demo_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = demo_file.read_bytes()
    store = ScoringStore.open(demo_file)
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, errno.EIO)
        store.add_note(_note(store, "only in the journal"))
        store.set_level("OP4", 1)
    # The app dies here: the store is never flushed or closed.
    (recovery,) = journals(data_dir / "recovery")
    assert demo_file.read_bytes() == original
    restore(recovery)
    assert _notes_in(demo_file)[-1] == "only in the journal"
    with ScoringStore.open(demo_file) as reopened:
        assert reopened.score("OP4").level == 1  # type: ignore[union-attr]
    assert not recovery.journal.exists()
    backups = list((data_dir / "backups").glob("*before-recovery*"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


def test_a_journal_cut_short_by_a_crash_keeps_what_came_before(
    demo_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ScoringStore.open(demo_file)
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, errno.ENOSPC)
        store.add_note(_note(store, "first"))
        store.add_note(_note(store, "second"))
    journal = store.journal.file
    journal.write_bytes(journal.read_bytes()[:-20])  # killed mid-append
    recovery = read_journal(journal)
    assert len(recovery.transactions) == 1


def test_domain_errors_are_not_faults(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store, pytest.raises(ValueError):
        store.set_level("OP4", 9)
    assert classify(ValueError("x")) is None
    assert classify(sqlite3.IntegrityError("constraint")) is None


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB filesystem, where the machine lets us mount one (root on Linux)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_real_filesystem_that_fills_up(small_tmpfs: Path, demo_file: Path) -> None:
    path = small_tmpfs / "session.scoring"
    shutil.copyfile(demo_file, path)
    store = ScoringStore.open(path)
    filler = small_tmpfs / "filler"
    with filler.open("wb") as handle, pytest.raises(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    for n in range(20):  # until SQLite needs a page (or a journal) it cannot get
        store.add_note(_note(store, f"{n} " + "y" * 4000))
        if store.fault is not None:
            break
    assert store.fault is not None and store.fault.kind is FaultKind.DISK_FULL
    typed = [n.text for n in store.record().notes][-1]
    assert not store.flush()
    filler.unlink()
    assert store.flush()
    assert _notes_in(path)[-1] == typed
    store.close()


def test_evidence_attached_while_the_disk_refuses_is_kept_in_the_journal(
    demo_file: Path, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A capture's bytes travel in the recovery journal like any other parameter (as
    base64 in its JSON) and come back byte for byte when the journal is applied."""
    import sqlite3

    from scorer.core.evidence import prepare
    from scorer.storage import evidence
    from tests.evidence_files import png

    piece = prepare(png(tmp_path / "slide.png").read_bytes(), "slide.png")
    store = ScoringStore.open(demo_file)
    with monkeypatch.context() as patch:
        fail_file_writes(patch, store, errno.ENOSPC)
        evidence.attach(store, [piece], item_id="OP4")
    (recovery,) = journals(data_dir / "recovery")
    restore(recovery)
    with sqlite3.connect(demo_file) as db:
        (data,) = db.execute("SELECT data FROM blob").fetchone()
    db.close()
    assert data == piece.blob.data
