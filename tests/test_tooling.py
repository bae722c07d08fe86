"""The tooling: ruff (lint and format) and mypy are part of the test run; installer.spec's
trimming is checked without a build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_lint() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


# installer.spec, run with stand-ins for PyInstaller's build classes: the trimming rules are
# checked in a second, the real build (bench/build_installer.py) takes minutes.

Toc = list[tuple[str, str, str]]


def _files(folder: Path, dest: str, typecode: str = "DATA") -> Toc:
    return [
        (f"{dest}/{path.relative_to(folder).as_posix()}", str(path), typecode)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Destination → source of what installer.spec hands to COLLECT, given what PyInstaller's
    hooks collect for Babel, Qt and matplotlib."""
    import babel
    import matplotlib
    from PySide6.QtCore import QLibraryInfo

    def qt_path(which: QLibraryInfo.LibraryPath) -> Path:
        return Path(QLibraryInfo.path(which))

    hooks_datas = [
        *_files(Path(babel.__file__).parent, "babel"),
        *_files(qt_path(QLibraryInfo.LibraryPath.TranslationsPath), "PySide6/Qt/translations"),
        *_files(Path(matplotlib.get_data_path()), "matplotlib/mpl-data"),
    ]
    hooks_binaries = _files(
        qt_path(QLibraryInfo.LibraryPath.PluginsPath), "PySide6/Qt/plugins", "BINARY"
    )
    handed: dict[str, str] = {}

    class Analysis:
        def __init__(self, scripts: list[str], datas: list[tuple[str, str]], **_: object):
            self.scripts: Toc = []
            self.pure: Toc = []
            self.datas = [e for src, dest in datas for e in _files(Path(src), dest)]
            self.datas += hooks_datas
            self.binaries = list(hooks_binaries)

    class Target:
        def __init__(self, *tocs: object, **_: object) -> None:
            for toc in tocs:
                if isinstance(toc, list):
                    handed.update((dest, src) for dest, src, _ in toc)
            self.name = str(tmp_path_factory.mktemp("dist"))

    spec = {"SPECPATH": str(ROOT), "Analysis": Analysis, "PYZ": Target, "EXE": Target}
    spec["COLLECT"] = Target  # its folder stays empty: nothing to strip
    path = list(sys.path)
    exec(compile((ROOT / "installer.spec").read_text(), "installer.spec", "exec"), spec)
    sys.path[:] = path  # the spec puts the project first
    return handed


def test_installer_bundles_every_resource_and_migration(bundle: dict[str, str]) -> None:
    wanted = [
        *_files(ROOT / "resources", "resources"),
        *_files(ROOT / "scorer" / "storage" / "migrations", "scorer/storage/migrations"),
    ]
    assert wanted
    assert [dest for dest, _, _ in wanted if dest not in bundle] == []


def test_installer_babel_data_prints_the_report_dates(
    bundle: dict[str, str], tmp_path: Path
) -> None:
    """Babel copied with only the locale data the spec keeps still prints both languages."""
    import babel

    kept = sorted(dest for dest in bundle if dest.startswith("babel/locale-data/"))
    assert "babel/locale-data/id.dat" in kept
    assert len(kept) < 10, kept  # not CLDR's 1,000 locales
    shutil.copytree(
        Path(babel.__file__).parent,
        tmp_path / "babel",
        ignore=shutil.ignore_patterns("locale-data", "__pycache__"),
    )
    (tmp_path / "babel" / "locale-data").mkdir()
    for dest in kept:
        shutil.copy(bundle[dest], tmp_path / dest)
    script = (
        "import datetime, babel\n"
        "from scorer.reports.locale_id import long_date\n"
        "print(babel.__file__)\n"
        "for lang in ('id', 'en'):\n"
        "    print(long_date(datetime.date(2025, 10, 21), lang))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    origin, indonesian, english = result.stdout.splitlines()
    assert origin.startswith(str(tmp_path))
    assert (indonesian, english) == ("Selasa, 21 Oktober 2025", "Tuesday, 21 October 2025")


def test_installer_trims_qt_and_matplotlib_data(bundle: dict[str, str]) -> None:
    translations = {
        d.rpartition("/")[2] for d in bundle if d.startswith("PySide6/Qt/translations/")
    }
    assert translations == {"qt_en.qm", "qtbase_en.qm"}  # Qt ships no Indonesian
    platforms = {d.rpartition("/")[2] for d in bundle if "/plugins/platforms/" in d}
    if sys.platform.startswith("linux"):
        assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    images = {d.rpartition("/")[2] for d in bundle if "/plugins/imageformats/" in d}
    assert {name.split(".")[0].removeprefix("lib") for name in images} == {"qsvg"}
    assert not [d for d in bundle if "/plugins/generic/" in d or "qgtk3" in d]
    fonts = {d.rpartition("/")[2] for d in bundle if d.startswith("matplotlib/mpl-data/fonts/")}
    assert "DejaVuSans.ttf" in fonts
    assert not [name for name in fonts if name.startswith(("STIX", "cm", "DejaVuSerif"))]


def test_installer_keeps_the_fonts_the_live_charts_read(bundle: dict[str, str]) -> None:
    """The GUI's charts open only font files the bundle keeps (matplotlib's font list is
    built first, as it scans every font it can find)."""
    script = (
        "import sys\n"
        "import matplotlib.font_manager\n"
        "from scorer.ui.session.charts import ChartData, render\n"
        "fonts = set()\n"
        "def note(event, args):\n"
        "    if event == 'open' and str(args[0]).endswith(('.ttf', '.otf', '.afm')):\n"
        "        fonts.add(str(args[0]).replace(chr(92), '/').rpartition('/')[2])\n"
        "sys.addaudithook(note)\n"
        "data = ChartData(tuple('ABCDEF'), (1.0, 2.5, 3.0, 4.0, None, 2.0), ('Fisik', 'TIK'),\n"
        "                 (3.0, 1.5), 4, 400, 600)\n"
        "assert not render(data).isNull()\n"
        "print(*sorted(fonts))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    kept = {d.rpartition("/")[2] for d in bundle if d.startswith("matplotlib/mpl-data/fonts/")}
    read = set(result.stdout.split())
    assert read, "the charts drew no text"
    assert read <= kept
