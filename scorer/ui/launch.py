"""Starting the GUI: the application object, translations, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def launch(args: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from scorer import APP_NAME
    from scorer.core.errors import ScorerError
    from scorer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("SmartCityScorer")
    window = MainWindow()
    window.show()
    if os.environ.get("SCORER_BENCH_EXIT_AFTER_SHOW") == "1":
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    if args:
        try:
            window.open_file(Path(args[0]))
        except ScorerError as exc:
            QMessageBox.critical(window, APP_NAME, str(exc))
    return int(app.exec())
