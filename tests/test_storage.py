"""The scoring file: self-contained, durable, recognised, migrated, refused when foreign."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from scorer.core.errors import NewerSchemaError, NotAScoringFile, ScoringFileError
from scorer.core.model import Note, Phase, utc_now
from scorer.storage import scoringfile
from scorer.storage.migrate import HEAD, REVISIONS
from scorer.storage.store import ScoringStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


def test_file_records_identity_rubric_and_schema(demo_file: Path, default_rubric) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(demo_file) as db:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        revision = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        info = db.execute(
            "SELECT file_id, app_version, rubric_sha256, rubric_source FROM file_info"
        ).fetchone()
        journal = db.execute("PRAGMA journal_mode").fetchone()[0]
    assert application_id == scoringfile.APPLICATION_ID
    assert revision == HEAD
    assert info[1] == "0.1.0"
    assert info[2] == default_rubric.sha256
    assert hashlib.sha256(info[3].encode()).hexdigest() == info[2]
    assert journal == "delete"


def test_every_edit_is_in_the_file_alone(demo_file: Path) -> None:
    store = ScoringStore.open(demo_file)
    try:
        store.set_level("OP4", 4)
        # While the app is still open, a copy of the main file alone holds the edit.
        assert sidecars(demo_file) == []
        copy = demo_file.with_name("copy.scoring")
        shutil.copyfile(demo_file, copy)
        with sqlite3.connect(copy) as db:
            level = db.execute("SELECT level FROM score WHERE item_id='OP4'").fetchone()[0]
        assert level == 4
    finally:
        store.close()
    assert sidecars(demo_file) == []


def test_edits_append_to_the_audit_log(demo_file: Path) -> None:
    with ScoringStore.open(demo_file) as store:
        before = len(store.record().audit)
        store.set_level("OP4", 1)
        store.set_level("OP4", None, not_applicable=True)
        store.set_score_text("OP4", "evidence", "SK Tim Pelaksana")
        store.add_note(Note(utc_now(), Phase.QA, 61, "catatan", store.owner, "OP4"))
        audit = store.record().audit[before:]
    assert [(a.entity, a.old, a.new) for a in audit] == [
        ("score", "2", "1"),
        ("score", "1", "N/A"),
        ("score.evidence", "", "SK Tim Pelaksana"),
        ("note", None, "catatan"),
    ]
    assert all(a.actor == "Dr. Ratna Wulandari, M.T." for a in audit)


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.scoring"
    path.write_text("hello, this is a text file\n" * 10)
    before = digest(path)
    with pytest.raises(NotAScoringFile, match="not a scoring file"):
        ScoringStore.open(path)
    assert digest(path) == before


def test_other_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.scoring"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    before = digest(path)
    with pytest.raises(NotAScoringFile, match="another application"):
        ScoringStore.open(path)
    assert digest(path) == before


def test_truncated_file_is_refused_untouched(demo_file: Path) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    before = digest(demo_file)
    with pytest.raises(ScoringFileError, match="damaged"):
        ScoringStore.open(demo_file)
    assert digest(demo_file) == before


def test_newer_schema_is_refused_untouched(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(demo_file)
    with pytest.raises(NewerSchemaError, match="newer version"):
        ScoringStore.open(demo_file)
    assert digest(demo_file) == before
    assert sidecars(demo_file) == []


def test_migration_from_the_first_schema_backs_up_first(
    tmp_path: Path,
    data_dir: Path,
    default_rubric,  # type: ignore[no-untyped-def]
) -> None:
    from scorer.core.demo import demo_record
    from scorer.storage.migrate import upgrade
    from scorer.storage.records import write_record

    path = tmp_path / "old.scoring"
    engine = scoringfile.make_engine(path)
    record = demo_record(default_rubric)
    attendees, record.attendees = record.attendees, []
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={scoringfile.APPLICATION_ID}")
        upgrade(connection, REVISIONS[0])
        for table in ("signoff", "merge_source"):
            assert not connection.exec_driver_sql(
                f"SELECT 1 FROM sqlite_master WHERE name='{table}'"
            ).fetchone()
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        write_record(driver, record)  # the demo has no sign-offs: 0001 had no table
        # 0001's attendee table had no attendance column (0003 added it)
        driver.executemany(
            "INSERT INTO attendee (ordinal, name, position, organisation) VALUES (?, ?, ?, ?)",
            [(n, a.name, a.position, a.organisation) for n, a in enumerate(attendees)],
        )
    engine.dispose()
    record.attendees = attendees

    with ScoringStore.open(path) as store:
        assert store.migration_backup is not None
        assert store.migration_backup.parent == data_dir / "backups"
        migrated = store.record()
        store.set_level("OP4", 4)  # the new schema is usable for edits
    with sqlite3.connect(store.migration_backup) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert db.execute("SELECT level FROM score WHERE item_id='OP4'").fetchone()[0] == 2
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert sorted(migrated.scores, key=lambda s: s.item_id) == sorted(
        record.scores, key=lambda s: s.item_id
    )
    assert migrated.qa == record.qa
    assert migrated.attendees == attendees and all(a.present for a in migrated.attendees)


def test_revision_list_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option(
        "script_location", str(Path(scoringfile.__file__).with_name("migrations"))
    )
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(REVISIONS)


def test_new_files_schema_matches_the_models(demo_file: Path) -> None:
    """New files are built from migrations/head.sql (test_schema_snapshot proves it equals
    what the migrations build); its tables and columns must be the models'."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from scorer.storage.schema import Base

    engine = scoringfile.make_engine(demo_file)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    # Column types differ only in how SQLite spells them; tables and columns must agree.
    structural = [
        d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")
    ]
    assert structural == []


def test_read_only_open_refuses_edits(demo_file: Path) -> None:
    before = digest(demo_file)
    with (
        ScoringStore.open(demo_file, read_only=True) as store,
        pytest.raises(ScoringFileError, match="read-only"),
    ):
        store.set_level("OP4", 4)
    assert digest(demo_file) == before


def test_phase_change_stamps_end_and_start(live_file: Path) -> None:
    import datetime as dt

    t0 = dt.datetime(2025, 10, 21, 7, 10, tzinfo=dt.UTC)
    t1, t2 = t0 + dt.timedelta(minutes=12), t0 + dt.timedelta(minutes=40)
    with ScoringStore.open(live_file) as store:
        store.start_phase_clock(t0)
        store.set_phase(Phase.PRESENTATION, t1)
        store.set_phase(Phase.PREPARATION, t2)  # back, then forward again later
        store.set_phase(Phase.PRESENTATION, t2 + dt.timedelta(minutes=1))
        phases = {p.phase: p for p in store.record().session.phases}
    assert (phases[Phase.PREPARATION].started_at, phases[Phase.PREPARATION].ended_at) == (t0, t1)
    # Looking back does not rewrite the actual times, and the presentation, the furthest
    # phase reached, was never left forward: its clock runs on.
    assert phases[Phase.PRESENTATION].started_at == t1
    assert phases[Phase.PRESENTATION].ended_at is None


def test_a_glance_at_the_next_phase_is_taken_back(live_file: Path) -> None:
    """The assessor on Presentasi looks at Tanya Jawab for a few seconds and comes back:
    the presentation goes on (its clock runs), and Tanya Jawab starts when it really does."""
    import datetime as dt

    t0 = dt.datetime(2025, 10, 21, 7, 10, tzinfo=dt.UTC)
    minute = dt.timedelta(minutes=1)
    with ScoringStore.open(live_file) as store:
        store.start_phase_clock(t0)
        store.set_phase(Phase.PRESENTATION, t0 + 5 * minute)
        store.set_phase(Phase.QA, t0 + 20 * minute)
        store.set_phase(Phase.PRESENTATION, t0 + 20 * minute + dt.timedelta(seconds=8))
        phases = {p.phase: p for p in store.record().session.phases}
        assert phases[Phase.PRESENTATION].ended_at is None  # running again
        assert phases[Phase.QA].started_at is None and phases[Phase.QA].ended_at is None
        store.set_phase(Phase.QA, t0 + 31 * minute)
        phases = {p.phase: p for p in store.record().session.phases}
    assert (phases[Phase.PRESENTATION].started_at, phases[Phase.PRESENTATION].ended_at) == (
        t0 + 5 * minute,
        t0 + 31 * minute,
    )
    assert (phases[Phase.QA].started_at, phases[Phase.QA].ended_at) == (t0 + 31 * minute, None)
    assert (phases[Phase.PREPARATION].started_at, phases[Phase.PREPARATION].ended_at) == (
        t0,
        t0 + 5 * minute,
    )


def test_looking_back_during_a_phase_keeps_its_clock_and_every_time(live_file: Path) -> None:
    """Ten minutes into Tanya Jawab the assessor looks back at the presentation's notes:
    Tanya Jawab keeps running, and nothing already reported changes."""
    import datetime as dt

    t0 = dt.datetime(2025, 10, 21, 7, 10, tzinfo=dt.UTC)
    minute = dt.timedelta(minutes=1)
    with ScoringStore.open(live_file) as store:
        store.start_phase_clock(t0)
        store.set_phase(Phase.PRESENTATION, t0 + 5 * minute)
        store.set_phase(Phase.QA, t0 + 25 * minute)
        before = {p.phase: p for p in store.record().session.phases}
        store.set_phase(Phase.PRESENTATION, t0 + 35 * minute)
        store.set_phase(Phase.PREPARATION, t0 + 36 * minute)
        store.set_phase(Phase.PRESENTATION, t0 + 37 * minute)
        store.set_phase(Phase.QA, t0 + 38 * minute)
        assert {p.phase: p for p in store.record().session.phases} == before
        assert before[Phase.QA].ended_at is None
        # Past the frontier: Tanya Jawab ends, Penilaian starts, at the same instant.
        store.set_phase(Phase.SCORING, t0 + 50 * minute)
        phases = {p.phase: p for p in store.record().session.phases}
    assert phases[Phase.QA].ended_at == phases[Phase.SCORING].started_at == t0 + 50 * minute


def test_file_records_the_app_version_that_last_wrote_it(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE file_info SET app_version = '0.0.9'")
    db.close()
    with ScoringStore.open(demo_file) as store:
        assert store.record().app_version == "0.0.9"  # opening alone writes nothing
        store.set_level("OP4", 3)
        assert store.record().app_version == "0.1.0"


def test_percentage_sets_level_and_percent_in_one_edit(demo_file: Path) -> None:
    from decimal import Decimal

    with ScoringStore.open(demo_file) as store:
        before = len(store.record().audit)
        store.set_percent("OC7", Decimal("60"))
        state = store.score("OC7")
        audit = store.record().audit[before:]
    assert state is not None and (state.level, state.percent) == (3, Decimal("60"))
    assert [(a.entity, a.new) for a in audit] == [("score", "3 (60 %)")]
