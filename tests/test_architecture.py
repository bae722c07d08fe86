"""Dependencies point inward: the core and storage never import Qt, and start-up paths stay
free of the heavy libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "scorer"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_core_imports_neither_storage_nor_sql() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("scorer.storage", "scorer.ui", "sqlalchemy")), (path, name)


def _modules_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(result.stdout.split())


def test_core_and_storage_import_without_qt() -> None:
    modules = _modules_after(
        "import importlib, pkgutil, scorer.core, scorer.storage\n"
        "for pkg in (scorer.core, scorer.storage):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        if m.name != 'migrations': importlib.import_module(f'{pkg.__name__}.{m.name}')"
    )
    assert "scorer.storage.store" in modules
    assert not any(m.startswith("PySide6") for m in modules)


def test_cli_start_up_stays_light() -> None:
    modules = _modules_after("from scorer.cli.main import build_parser; build_parser()")
    heavy = ("PySide6", "matplotlib", "reportlab", "pyhanko", "sqlalchemy", "alembic", "numpy")
    assert sorted(m for m in modules if m.split(".")[0] in heavy) == []


def test_reading_a_file_does_not_load_sqlalchemy() -> None:
    """`check`, `export-json` and the merge read files; SQLAlchemy alone costs more."""
    modules = _modules_after("import scorer.storage.reading, scorer.core.report")
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")) == []


def test_first_paint_of_the_gui_does_not_load_sqlalchemy_or_charts() -> None:
    modules = _modules_after("import scorer.ui.launch, scorer.ui.main_window")
    heavy = ("sqlalchemy", "alembic", "matplotlib", "reportlab", "pyhanko", "numpy")
    assert sorted(m for m in modules if m.split(".")[0] in heavy) == []


def test_durable_edits_do_not_load_the_orm(demo_file: Path) -> None:
    """The write path is the standard library's sqlite3: opening a file, building the live
    session's views, editing and signing off never import SQLAlchemy or Alembic (they build
    schemas and migrate)."""
    modules = _modules_after(
        "from pathlib import Path\n"
        "from scorer.storage.store import ScoringStore\n"
        "from scorer.storage.signoff import sign_off\n"
        "import scorer.ui.session.view, scorer.ui.main_window\n"
        f"store = ScoringStore.open(Path({str(demo_file)!r}))\n"
        "store.set_level('OP4', 3)\n"
        "store.set_score_text('OP4', 'note', 'x')\n"
        "sign_off(store, 'Ratna')\n"
        "store.close()"
    )
    assert "scorer.storage.store" in modules
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")) == []


def test_session_pages_load_when_first_shown() -> None:
    """Opening a session imports the pages it shows: the others' modules (people tables,
    the print and PDF modules of the Tanda Tangan page) wait until their phase is entered."""
    modules = _modules_after("import scorer.ui.session.view, scorer.ui.main_window")
    later = {
        "scorer.ui.session.overview",
        "scorer.ui.session.qa",
        "scorer.ui.session.conclusions",
        "scorer.ui.session.notes_list",
        "scorer.ui.minutes_actions",
        "PySide6.QtPdf",
        "PySide6.QtPrintSupport",
    }
    assert sorted(later & modules) == []
    heavy = ("numpy", "matplotlib", "reportlab", "PIL", "openpyxl", "sqlalchemy", "pyhanko")
    assert sorted(m for m in modules if m.split(".")[0] in heavy) == []


def test_opening_a_file_from_the_command_line_skips_what_it_does_not_show(
    demo_file: Path,
) -> None:
    """`main.py FILE` as the assessor launches it, twice: the second opening reads the
    rubric from the cache (no TOML parser), builds no start screen, no follow-up
    comparison (the file follows up nothing) and no evidence views, and ends with the
    cyclic collector back on and the start-up's objects frozen (the launcher turns it off
    while it builds)."""
    import os

    from scorer.core.model import Phase
    from scorer.storage.store import ScoringStore

    with ScoringStore.open(demo_file) as store:  # where the assessor scores (the demo is done)
        store.set_phase(Phase.SCORING)
    code = (
        "import gc, os, sys\n"
        "os.environ['SCORER_BENCH_EXIT_AFTER_SHOW'] = 'session'\n"
        "from scorer.entry import main\n"
        f"main([{str(demo_file)!r}])\n"
        "print('GC', gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", code + "print('\\n'.join(sys.modules))"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
    modules = set(result.stdout.split())
    assert "scorer.ui.session.scoring" in modules
    skipped = {
        "tomllib",
        "scorer.ui.start_screen",
        "scorer.core.followup",
        "scorer.ui.session.evidence_strip",  # the demo has no evidence
        "scorer.ui.session.evidence_intake",  # built on the first capture, paste or drop
        "PIL",
        "_hashlib",  # nothing is hashed while a session opens
    }
    assert sorted(skipped & modules) == []
    assert "GC True True" in result.stdout
