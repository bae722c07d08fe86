"""The CLI when the file system refuses: one line naming the path and what to do, exit 1,
no output left half-written, inputs unchanged.

Real refusals where the test runs as root on Linux (a small tmpfs that fills up, one mounted
read-only); everywhere, the same refusals faked at the lowest write, in process.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scorer.cli.main import run
from tests.conftest import run_cli

Mount = Callable[..., Path]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line(code: int, err: str, *needles: str) -> None:
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("scorer: error: "), lines[0]
    assert "Traceback" not in err and "internal error" not in err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.fixture
def exported(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    assert run(["export-json", str(demo_file), "-o", str(path)]) == 0
    return path


def commands(demo_file: Path, exported: Path, out: Path) -> dict[str, tuple[list[str], Path]]:
    """Each writing command with its arguments, and the file it writes into `out`."""
    return {
        "demo": (["demo", "-o", str(out / "d.scoring")], out / "d.scoring"),
        "minutes": (["minutes", str(demo_file), "-o", str(out / "m.pdf")], out / "m.pdf"),
        "export-json": (["export-json", str(demo_file), "-o", str(out / "e.json")], out / "e.json"),
        "import-json": (
            ["import-json", str(exported), "-o", str(out / "i.scoring")],
            out / "i.scoring",
        ),
        "merge": (["merge", str(demo_file), "-o", str(out / "p.scoring")], out / "p.scoring"),
    }


COMMANDS = ("demo", "minutes", "export-json", "import-json", "merge")


# --- real file systems (root on Linux) -------------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Mount]:
    """Mount small tmpfs folders (skipped where that is not permitted); unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, size: int, *, read_only: bool = False) -> Path:
        if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip("mounting a small tmpfs needs root on Linux")
        folder = tmp_path / name
        folder.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Fill the device to the last byte; returns the file that fills it."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"x" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    assert shutil.disk_usage(folder).free == 0
    return filler


@pytest.mark.parametrize("command", COMMANDS)
def test_full_disk(
    tmpfs: Mount, demo_file: Path, exported: Path, tmp_path: Path, command: str
) -> None:
    full = tmpfs("full", 64 * 1024)
    filler = fill(full)
    kept = {p: digest(p) for p in (filler, demo_file, exported)}
    argv, target = commands(demo_file, exported, full)[command]
    code, _, err = run_cli(*argv)
    assert_one_line(code, err, str(target), "no space left on the device", "choose another folder")
    assert sorted(os.listdir(full)) == ["filler"]
    assert {p: digest(p) for p in kept} == kept


@pytest.mark.parametrize("command", ("demo", "import-json", "merge"))
def test_disk_fills_up_inside_sqlite(
    tmpfs: Mount, demo_file: Path, exported: Path, data_dir: Path, command: str
) -> None:
    """Room for the empty file, none for its content: SQLite's "database or disk is full"."""
    from scorer.storage.scoringfile import create_empty

    create_empty(data_dir / "probe.scoring")  # builds the template the commands copy
    template_size = (data_dir / "probe.scoring").stat().st_size
    folder = tmpfs("small", template_size + 8192)
    argv, target = commands(demo_file, exported, folder)[command]
    code, _, err = run_cli(*argv)
    assert_one_line(code, err, str(target), "no space left on the device")
    assert os.listdir(folder) == []


@pytest.mark.parametrize("extra", ("--csv", "--xlsx", "--report"))
def test_merge_leaves_no_output_when_a_later_one_fails(
    tmpfs: Mount, demo_file: Path, tmp_path: Path, extra: str
) -> None:
    full = tmpfs("full", 64 * 1024)
    fill(full)
    panel = tmp_path / "panel.scoring"
    target = full / ("out" + {"--csv": ".csv", "--xlsx": ".xlsx", "--report": ".pdf"}[extra])
    code, _, err = run_cli("merge", str(demo_file), "-o", str(panel), extra, str(target))
    assert_one_line(code, err, str(target), "no space left on the device")
    assert not panel.exists() and sorted(os.listdir(full)) == ["filler"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_merge_into_an_input_keeps_it_when_an_output_fails(
    tmpfs: Mount, demo_file: Path, tmp_path: Path
) -> None:
    panel = tmp_path / "panel.scoring"
    assert run(["merge", str(demo_file), "-o", str(panel)]) == 0
    before = digest(panel)
    full = tmpfs("full", 64 * 1024)
    fill(full)
    code, _, err = run_cli(
        "merge", str(panel), str(demo_file), "-o", str(panel), "--force",
        "--csv", str(full / "out.csv"),
    )  # fmt: skip
    assert_one_line(code, err, str(full / "out.csv"), "no space left")
    assert digest(panel) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_read_only_device(tmpfs: Mount, demo_file: Path, exported: Path, command: str) -> None:
    folder = tmpfs("ro", 1024 * 1024, read_only=True)
    argv, target = commands(demo_file, exported, folder)[command]
    code, _, err = run_cli(*argv)
    assert_one_line(code, err, str(target), "the device is read-only; choose another folder")
    assert os.listdir(folder) == []


@pytest.mark.parametrize(
    ("device", "needle"),
    [("read-only", "the device is read-only"), ("full", "no space left on the device")],
)
def test_edit_in_place_refused(
    tmpfs: Mount, demo_file: Path, data_dir: Path, device: str, needle: str
) -> None:
    """sign-off, reopen and consensus edit the file itself. The store would keep a refused
    edit in memory and a recovery journal (for the GUI); a command fails and keeps nothing."""
    folder = tmpfs("media", 1024 * 1024)
    path = folder / "demo.scoring"
    shutil.copyfile(demo_file, path)
    if device == "read-only":
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        fill(folder)
    before = digest(path)
    code, _, err = run_cli("sign-off", str(path), "--name", "Ir. Test")
    assert_one_line(code, err, str(path), needle)
    assert digest(path) == before
    assert sorted(os.listdir(folder)) == ["demo.scoring"] + (["filler"] if device == "full" else [])
    assert not list((data_dir / "recovery").glob("*"))
    code, out, _ = run_cli("check", str(path))  # reading still works
    assert code == 0 and f"{path}: OK" in out and "not signed off" in out


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root and Windows ignore mode bits"
)
@pytest.mark.parametrize("command", COMMANDS)
def test_folder_without_write_permission(
    demo_file: Path, exported: Path, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        argv, target = commands(demo_file, exported, folder)[command]
        code, _, err = run_cli(*argv)
        assert_one_line(code, err, str(target), "permission denied")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


# --- missing folders, missing and vanishing inputs ------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_folder(demo_file: Path, exported: Path, tmp_path: Path, command: str) -> None:
    argv, target = commands(demo_file, exported, tmp_path / "no" / "such")[command]
    code, _, err = run_cli(*argv)
    assert_one_line(code, err, str(target), "folder for the output does not exist", "create it")
    assert not (tmp_path / "no").exists()


def test_missing_json_input(tmp_path: Path) -> None:
    source = tmp_path / "gone.json"
    code, _, err = run_cli("import-json", str(source), "-o", str(tmp_path / "x.scoring"))
    assert_one_line(code, err, str(source), "does not exist", "moved or deleted")
    assert not (tmp_path / "x.scoring").exists()


@pytest.fixture
def vanishing(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Delete a file right after it was checked, before it is read (a race made certain)."""
    from scorer.storage import scoringfile

    def arm(victim: Path) -> None:
        inspect = scoringfile.inspect

        def inspect_then_delete(path: Path) -> scoringfile.FileHeader:
            header = inspect(path)
            if path == victim:
                path.unlink()
            return header

        monkeypatch.setattr(scoringfile, "inspect", inspect_then_delete)

    return arm


@pytest.mark.parametrize("command", ("export-json", "minutes", "merge", "check"))
def test_input_vanishes_between_check_and_read(
    demo_file: Path,
    tmp_path: Path,
    vanishing: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    other = tmp_path / "other.scoring"
    shutil.copyfile(demo_file, other)
    kept = digest(other)
    out = tmp_path / "out"
    argv = {
        "export-json": ["export-json", str(demo_file), "-o", f"{out}.json"],
        "minutes": ["minutes", str(demo_file), "-o", f"{out}.pdf"],
        "merge": ["merge", str(other), str(demo_file), "-o", f"{out}.scoring"],
        "check": ["check", str(demo_file)],
    }[command]
    vanishing(demo_file)
    code = run(argv)
    assert_one_line(code, capsys.readouterr().err, str(demo_file), "does not exist (any more)")
    assert not list(tmp_path.glob("*out*")) and digest(other) == kept


# --- JSON from elsewhere -----------------------------------------------------------------------


def _import(source: Path, tmp_path: Path, *needles: str) -> None:
    before = digest(source)
    out = tmp_path / "new.scoring"
    code, _, err = run_cli("import-json", str(source), "-o", str(out))
    assert_one_line(code, err, str(source), *needles)
    assert digest(source) == before and not out.exists()


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _import(source, tmp_path, "nested too deeply", "not a scoring export")


def test_json_too_large(tmp_path: Path) -> None:
    from scorer.storage.interchange import MAX_DOCUMENT_BYTES

    source = tmp_path / "huge.json"
    with source.open("wb") as stream:  # sparse: refused by its size, never read
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    _import(source, tmp_path, "too large for a scoring export", "the limit is 64 MB", "64.1 MB")


def test_json_number_with_too_many_digits(tmp_path: Path) -> None:
    source = tmp_path / "digits.json"
    source.write_text('{"format_version": ' + "9" * 5000 + "}", encoding="utf-8")
    _import(source, tmp_path, "too many digits")


def test_json_limit_holds_for_a_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exported: Path
) -> None:
    """A file that reports no size (a pipe, a growing file) is read no further than the limit."""
    from scorer.core.errors import InterchangeError
    from scorer.storage import interchange

    monkeypatch.setattr(interchange, "MAX_DOCUMENT_BYTES", 1000)
    fifo = tmp_path / "pipe.json"
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(fifo)
    copy = "import sys; open(sys.argv[1], 'wb').write(open(sys.argv[2], 'rb').read())"
    writer = subprocess.Popen(
        [sys.executable, "-c", copy, str(fifo), str(exported)], stderr=subprocess.DEVNULL
    )
    with pytest.raises(InterchangeError, match="too large"):
        interchange.load_file(fifo)
    writer.kill()
    writer.wait()


# --- faults at the lowest write, everywhere ------------------------------------------------------

FAULTS = {
    errno.ENOSPC: "no space left on the device; free some space or choose another folder",
    errno.EACCES: "permission denied; choose a folder you may write to",
    errno.EROFS: "the device is read-only; choose another folder",
    errno.EIO: "input/output error",
}


@pytest.mark.parametrize("number", FAULTS, ids=[errno.errorcode[n] for n in FAULTS])
@pytest.mark.parametrize("command", (*COMMANDS, "merge --csv"))
def test_fault_at_the_lowest_write(
    demo_file: Path,
    exported: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    number: int,
) -> None:
    """Every durable write ends in fsync (SQLite's own aside): make it fail as the device would."""
    from scorer.storage.scoringfile import create_empty

    create_empty(tmp_path / "probe.scoring")  # the template in the data folder is not the output
    (tmp_path / "probe.scoring").unlink()
    out = tmp_path / "out"
    out.mkdir()
    if command == "merge --csv":
        argv = ["merge", str(demo_file), "-o", str(out / "p.scoring"), "--csv", str(out / "p.csv")]
        target = out / "p.csv"
    else:
        argv, target = commands(demo_file, exported, out)[command]
    kept = {p: digest(p) for p in (demo_file, exported)}
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        """Fail for the target's content (any file's where /proc cannot tell), not folders'."""
        name = os.path.realpath(f"/proc/self/fd/{fd}") if sys.platform == "linux" else ""
        if stat.S_ISREG(os.fstat(fd).st_mode) and (not name or f".{target.name}." in name):
            raise OSError(number, os.strerror(number))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    code = run(argv)
    assert_one_line(code, capsys.readouterr().err, str(target), FAULTS[number])
    assert os.listdir(out) == []
    assert {p: digest(p) for p in kept} == kept


@pytest.mark.parametrize(
    ("message", "code", "name", "needle"),
    [
        ("database or disk is full", 13, "SQLITE_FULL", "no space left on the device"),
        ("disk I/O error", 778, "SQLITE_IOERR_WRITE", "input/output error"),
        ("database is locked", 5, "SQLITE_BUSY", "the file is in use"),
    ],
)
def test_sqlite_refusal_while_writing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    message: str,
    code: int,
    name: str,
    needle: str,
) -> None:
    """However the database layer is built, SQLite's refusals read the same."""
    from scorer.storage import scoringfile

    def refuse(_path: Path) -> None:
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode, error.sqlite_errorname = code, name
        raise error

    monkeypatch.setattr(scoringfile, "create_empty", refuse)
    target = tmp_path / "d.scoring"
    assert_one_line(run(["demo", "-o", str(target)]), capsys.readouterr().err, str(target), needle)
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


# --- the boundary itself -----------------------------------------------------------------------


def test_an_unnamed_refusal_is_still_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from scorer.cli import check

    def full(_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))

    monkeypatch.setattr(check, "handle", full)
    assert_one_line(run(["check", "f"]), capsys.readouterr().err, str(tmp_path / "x"), "no space")


def test_a_bug_is_still_an_internal_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    from scorer.cli import check

    def bug(_args: object) -> int:
        raise KeyError("oops")

    monkeypatch.setattr(check, "handle", bug)
    assert run(["check", "f"]) == 1
    err = capsys.readouterr().err
    assert "internal error" in err and str(data_dir / "logs") in err and len(err.splitlines()) == 1

    def bug_in_handler(_args: object) -> int:
        """A refusal being handled when the bug struck does not hide the bug."""
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            return {}["missing"]  # type: ignore[no-any-return]

    monkeypatch.setattr(check, "handle", bug_in_handler)
    assert run(["check", "f"]) == 1 and "internal error" in capsys.readouterr().err


def test_a_bug_when_no_log_can_be_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from scorer.cli import check

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("SCORER_DATA_DIR", str(blocker))
    monkeypatch.setattr(check, "handle", lambda _args: 1 // 0)
    assert run(["check", "f"]) == 1
    err = capsys.readouterr().err
    assert "internal error; no details could be saved" in err and len(err.splitlines()) == 1
