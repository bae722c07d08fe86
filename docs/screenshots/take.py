"""Screenshots of every phase at 1280×800 and 640×720, in Indonesian and English.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots/take.py OUT_DIR

Runs the real app on a fresh demo evaluation (in a temporary data folder, so the user's
settings are untouched) and saves OUT_DIR/<phase>-<width>x<height>-<lang>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def wait(milliseconds: int) -> None:
    """Run the event loop for a while with the GIL released, so worker threads (charts,
    exports) progress as they do under app.exec(); QTest.qWait keeps the GIL."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + milliseconds / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def refuse_one_edit(window: object) -> None:
    """Score OP8 while the disk refuses writes (as a full one does): the banner shows."""
    import errno

    from scorer.storage.store import Tx

    context = window.context  # type: ignore[attr-defined]
    original = Tx.write

    def refuse(tx: Tx, sql: str, params: tuple[object, ...] = ()) -> int:
        if tx.connection is context.store._file:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(tx, sql, params)

    Tx.write = refuse  # type: ignore[method-assign,assignment]
    try:
        context.run(lambda: context.store.set_level("OP8", 2))
    finally:
        Tx.write = original  # type: ignore[method-assign]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SCORER_DATA_DIR"] = tempfile.mkdtemp(prefix="scorer-shots-")
    from PySide6.QtWidgets import QApplication

    from scorer.core.demo import demo_record
    from scorer.core.model import Phase
    from scorer.core.rubric import load_rubric
    from scorer.paths import data_dir, default_rubric_path
    from scorer.storage.store import create_file
    from scorer.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Smart City Scorer")
    demo = data_dir() / "Kota Contoh.scoring"
    create_file(demo, demo_record(load_rubric(default_rubric_path())))
    window = MainWindow()
    window.show()
    for lang in ("id", "en"):
        window.set_language(lang)
        for width, height in ((640, 720), (1280, 800)):
            window.open_file(demo)
            for _ in range(3):  # again once the compact layout's smaller minimum applies
                window.resize(width, height)
                wait(150)  # a real X server resizes asynchronously
            for phase in Phase:
                assert window.session is not None
                window.session.go_to_phase(phase)
                if phase is Phase.SCORING:
                    page = window.session.scoring_page
                    page.select_item("OP8")
                    charts = page.rollups.charts
                    charts.shown = None
                    for _ in range(200):  # the charts draw in a worker; wait for the picture
                        if charts.shown is not None or not charts.isVisible():
                            break
                        wait(50)
                wait(50)
                name = f"{phase.value}-{width}x{height}-{lang}.png"
                window.grab().save(str(out / name))
                print(out / name)
            window.session.go_to_phase(Phase.SCORING)
            refuse_one_edit(window)
            wait(100)
            name = f"gangguan-disk-{width}x{height}-{lang}.png"
            window.grab().save(str(out / name))
            print(out / name)
            assert window.store is not None and window.store.flush()
    window.close()
    sys.stdout.flush()
    # Leave without Python's final garbage collection: PySide 6.12 can abort while
    # tearing down a window that went through many language switches.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
