"""Evidence shown in the app: (1) launch to first paint and to a session ready to score on a
file with 100 images (10 on the item it opens on), next to the same file without evidence,
whole process, same run; (2) one thumbnail decoded at thumbnail size against a full decode;
(3) in-process, building the session view (the Penilaian page with its strip) on each
file, and the strip's own share of it; (4) the longest event-loop stall while the gallery
of 100 images opens and its thumbnails arrive from the worker, next to the same ticker with
nothing to do.

    QT_QPA_PLATFORM=offscreen python bench/bench_evidence_views.py   (from a worktree: PYTHONPATH=.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_evidence import slide
from bench_gui import ROOT, LoopGaps, wait, whole_process

IMAGES = 100


def make_files(folder: Path) -> tuple[Path, Path, str]:
    from scorer.core.demo import demo_record
    from scorer.core.evidence import prepare
    from scorer.core.model import Phase
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage import evidence
    from scorer.storage.store import ScoringStore, create_file

    rubric = load_rubric(default_rubric_path())
    record = demo_record(rubric)
    record.session.current_phase = Phase.SCORING
    plain, full = folder / "plain.scoring", folder / "full.scoring"
    create_file(plain, record)
    create_file(full, record)
    with ScoringStore.open(full) as store:
        values = store.values()
        opened = next((i.id for i in rubric.items if i.id not in values), rubric.items[0].id)
        for n in range(IMAGES):
            piece = prepare(slide(2000 + n), f"grab{n}.png")
            item = opened if n < 10 else rubric.items[n % len(rubric.items)].id
            evidence.attach(store, [piece], item_id=item)
    return plain, full, opened


def startup(plain: Path, full: Path, folder: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["SCORER_DATA_DIR"] = str(folder / "data")
    env["PYTHONPATH"] = str(ROOT)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "scorer"], check=True, cwd=ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print("launch on a file at Penilaian (whole process, median of 7)")
    results = {}
    for name, file in (("without evidence", plain), (f"{IMAGES} images", full)):
        command = [sys.executable, "main.py", str(file)]
        painted = whole_process(command, {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "1"})
        ready = whole_process(command, {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "session"})
        results[name] = (painted, ready)
        print(f"  {name:18} first paint {painted * 1e3:5.0f} ms, ready {ready * 1e3:5.0f} ms")
    (p0, r0), (p1, r1) = results.values()
    print(f"  ratio with/without: first paint {p1 / p0:.2f}x, ready {r1 / r0:.2f}x")


def decode() -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageReader

    from scorer.core.evidence import prepare

    data = prepare(slide(7), "grab.png").blob.data
    side = 112

    def scaled() -> QImage:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setScaledSize(reader.size().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()

    def full() -> QImage:
        return QImage.fromData(data).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)

    for name, step in (("full decode, then scaled", full), ("decoded at thumbnail size", scaled)):
        samples = []
        for _ in range(30):
            start = time.perf_counter()
            step()
            samples.append(time.perf_counter() - start)
        print(f"  {name:26} median {statistics.median(samples) * 1e3:.1f} ms")


def session_build(plain: Path, full: Path) -> None:
    """The session view built on each file, median of 15, and the time spent in the strip
    (its construction and filling it for the current item)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from scorer.storage.store import ScoringStore
    from scorer.ui.context import Hub, SessionContext
    from scorer.ui.session import scoring
    from scorer.ui.session.view import SessionView

    spent = [0.0]
    original = scoring.ScoringPage._show_evidence  # builds the strip when first needed

    def timed_call(*args: object) -> object:
        start = time.perf_counter()
        result = original(*args)  # type: ignore[arg-type]
        spent[0] += time.perf_counter() - start
        return result

    scoring.ScoringPage._show_evidence = timed_call  # type: ignore[method-assign,assignment]
    print("session view built in-process (median of 15)")
    for label, file in (("without evidence", plain), (f"{IMAGES} images", full)):
        builds, strips = [], []
        with ScoringStore.open(file) as store:
            for _ in range(16):
                context = SessionContext(store, QUndoStack(), Hub(), "id", None)
                spent[0] = 0.0
                start = time.perf_counter()
                view = SessionView(context)
                builds.append(time.perf_counter() - start)
                strips.append(spent[0])
                view.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        builds, strips = builds[1:], strips[1:]  # the first run imports
        print(
            f"  {label:18} {statistics.median(builds) * 1e3:6.1f} ms, of which the strip "
            f"{statistics.median(strips) * 1e3:.1f} ms"
        )


def gallery_stall(full: Path, folder: Path) -> None:
    os.environ["SCORER_DATA_DIR"] = str(folder / "data2")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from scorer.ui.main_window import MainWindow
    from scorer.ui.session.evidence_gallery import EvidenceGallery

    def longest_gap(action: object) -> tuple[float, float]:
        start = time.perf_counter()
        with LoopGaps() as loop:
            if callable(action):
                action()
            wait(1500)
        return max(loop.gaps), time.perf_counter() - start

    _app = QApplication.instance() or QApplication([])  # held for the whole run
    window = MainWindow()
    window.show()
    window.open_file(full)
    wait(300)
    idle, _ = longest_gap(None)
    page = window.session.scoring_page  # type: ignore[union-attr]
    pending = page.thumbnails._pending

    def open_gallery() -> None:
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(page.tree, Qt.Key.Key_B, modifiers)

    gap, _ = longest_gap(open_gallery)
    gallery = QApplication.activeModalWidget()
    assert isinstance(gallery, EvidenceGallery)
    shown = sum(s.model().rowCount() for s in gallery.strips.values())
    print(f"gallery of {shown} images opened by its key, 5 ms ticker on the event loop")
    print(f"  longest gap idle {idle:.0f} ms; while opening and decoding {gap:.0f} ms")
    print(f"  thumbnails decoded {len(page.thumbnails._pixmaps)}, pending {len(pending)}")
    window.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain, full, _opened = make_files(folder)
        startup(plain, full, folder)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication([])
        print("one 1600x900 JPEG thumbnail, median of 30")
        decode()
        session_build(plain, full)
        gallery_stall(full, folder)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's teardown at interpreter exit


if __name__ == "__main__":
    main()
