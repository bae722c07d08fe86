"""Starting the GUI: the application object, translations, and the first window.

The window paints first; the scoring file's session (which needs SQLAlchemy, ~0.5 s to
import) is built on the next turn of the event loop, with the file's name and evaluation
already shown. `SCORER_BENCH_EXIT_AFTER_SHOW=1` quits right after the first paint,
`=session` once the session is built (bench/bench_gui.py measures both), `=pages` once
every phase's page has been shown (bench/build_installer.py: pages load their modules by
name when first shown, which a bundle must hold).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

BENCH_EXIT = "SCORER_BENCH_EXIT_AFTER_SHOW"


def install_crash_handler() -> None:
    """A bug in a slot must not vanish into a terminal the assessor never sees: log it and
    say where; the edits made so far are already in the file."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from scorer import APP_NAME
    from scorer.crash import write_crash_log

    def handle(kind: type[BaseException], error: BaseException, trace: object) -> None:
        import types

        log = write_crash_log(error, trace if isinstance(trace, types.TracebackType) else None)
        window = QApplication.activeWindow()
        QMessageBox.critical(
            window,
            APP_NAME,
            QApplication.translate(
                "crash",
                "Terjadi galat internal. Semua isian sudah tersimpan. Rincian: %1",
            ).replace("%1", str(log)),
        )

    sys.excepthook = handle


def launch(args: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from scorer import APP_NAME
    from scorer.core.errors import ScorerError
    from scorer.ui.main_window import MainWindow

    if getattr(sys, "frozen", False):
        # PyInstaller points matplotlib at a fresh temporary folder each run, so the live
        # charts would rebuild their font list every time; keep it with our cache.
        from scorer.paths import cache_dir

        os.environ["MPLCONFIGDIR"] = str(cache_dir() / "matplotlib")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("SmartCityScorer")
    install_crash_handler()
    window = MainWindow(start_screen=not args)
    window.show()
    bench = os.environ.get(BENCH_EXIT)

    def open_session(path: Path) -> None:
        try:
            window.open_file(path)
        except ScorerError as exc:
            window.show_start()
            window.prompts.error(str(exc))
        if bench == "pages" and window.session is not None:
            from scorer.core.model import Phase

            for phase in Phase:
                window.session.go_to_phase(phase)
        if bench in ("session", "pages"):
            QTimer.singleShot(0, app.quit)

    if args:
        path = Path(args[0])
        window.announce_opening(path)
        if bench == "1":
            app.processEvents()  # the first paint, then stop: what the user first sees
            return 0
    # After the first paint: edits a previous run could not write come back first.
    QTimer.singleShot(0, window.offer_recovery)
    if args:
        QTimer.singleShot(0, lambda: open_session(path))
    QTimer.singleShot(0, settle_collector)
    code = int(app.exec())
    drain_workers(window)
    return code


def drain_workers(window: QObject) -> None:
    """Worker threads run Python (thumbnails, charts, evidence encoding, write retries):
    the queued ones are dropped and the running ones finish before the interpreter is torn
    down. A worker still running then crashed the process on its way out (about one exit
    in three while a session's thumbnails were decoding)."""
    from PySide6.QtCore import QThreadPool

    for pool in (QThreadPool.globalInstance(), *window.findChildren(QThreadPool)):
        pool.clear()
        pool.waitForDone()


def settle_collector() -> None:
    """The start-up's objects (modules, classes, the open session) live as long as the
    app: freezing them keeps every later collection from walking them again (fewer and
    shorter pauses while scoring), and the collector runs again from here on."""
    import gc

    gc.freeze()
    gc.enable()
