"""Evidence shown in the app: (1) launch to first paint and to a session ready to score on a
file with 100 images (10 on the item it opens on), next to the same file without evidence,
whole process, same run; (2) one thumbnail decoded at thumbnail size against a full decode;
(3) in-process, building the session view (the Penilaian page with its strip) on each
file, and the strip's own share of it; (4) the gallery of the 100 images opened by its key,
and switched to its phase, next to a gallery of one piece: the time to its first piece
focused and painted, and the longest event-loop gap until every group and thumbnail is in.

    QT_QPA_PLATFORM=offscreen python bench/bench_evidence_views.py [--gallery-only] [--runs 9]
    (from a worktree: PYTHONPATH=.)
"""

from __future__ import annotations

import argparse
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


def gallery_open(full: Path, folder: Path, runs: int) -> None:
    """The gallery opened by its key on the 100-image file (33 groups) and, as the baseline,
    on a file with one piece, in turn: the time from the key to its first piece focused and
    painted, and the longest event-loop gap from the key until every group and thumbnail is
    in (1.5 s of a 5 ms ticker). Then Alt+F and ↑/↓ in the gallery: from a phase without
    evidence to Penilaian and back, with the same gaps."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from scorer.core.evidence import prepare
    from scorer.storage import evidence
    from scorer.storage.store import ScoringStore
    from scorer.ui.main_window import MainWindow
    from scorer.ui.session.evidence_gallery import EvidenceGallery
    from scorer.ui.session.evidence_strip import EvidenceStrip

    one = folder / "one.scoring"
    one.write_bytes((folder / "plain.scoring").read_bytes())
    with ScoringStore.open(one) as store:
        evidence.attach(store, [prepare(slide(1), "grab.png")], item_id=store.rubric.items[0].id)
    os.environ["SCORER_DATA_DIR"] = str(folder / "data2")
    _app = QApplication.instance() or QApplication([])  # held for the whole run
    files = {"one piece": one, f"{IMAGES} images": full}
    window = MainWindow()  # one window: two would both claim the gallery's key
    window.resize(1280, 800)
    window.show()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, key, modifiers)

    def first_focus() -> bool:
        focused = QApplication.focusWidget()
        return isinstance(focused, EvidenceStrip) and focused.currentIndex().isValid()

    measures = ("first focus", "gap opening", "gap switching")
    found: dict[tuple[str, str, str], list[float]] = {
        (name, m, clock): [] for name in files for m in measures for clock in ("wall", "cpu")
    }
    for _ in range(runs):
        for name, file in files.items():
            window.open_file(file)
            window.session.scoring_page.tree.setFocus()  # type: ignore[union-attr]
            wait(500)
            with LoopGaps() as loop:
                start, start_cpu = time.perf_counter(), time.thread_time()
                press(
                    Qt.Key.Key_B,
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                )
                while not first_focus():  # the dialog is activated on a later turn
                    QApplication.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)  # first paint
                found[name, "first focus", "wall"].append((time.perf_counter() - start) * 1e3)
                found[name, "first focus", "cpu"].append((time.thread_time() - start_cpu) * 1e3)
                wait(1500)
            found[name, "gap opening", "wall"].append(max(loop.gaps))
            found[name, "gap opening", "cpu"].append(max(loop.cpu))
            gallery = QApplication.activeModalWidget()
            assert isinstance(gallery, EvidenceGallery)
            press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
            press(Qt.Key.Key_Down)  # Kesimpulan: no evidence
            wait(300)
            with LoopGaps() as loop:
                press(Qt.Key.Key_Up)  # back to Penilaian
                wait(1500)
            found[name, "gap switching", "wall"].append(max(loop.gaps))
            found[name, "gap switching", "cpu"].append(max(loop.cpu))
            press(Qt.Key.Key_Escape)
            wait(300)
    print(f"gallery opened by its key, {runs} times each in turn; 5 ms ticker; ms, median (max);")
    print("  wall clock, then the GUI thread's CPU time (what an idle machine would show)")
    for measure in measures:
        for clock in ("wall", "cpu"):
            cells = []
            for name in files:
                values = found[name, measure, clock]
                cells.append(f"{name} {statistics.median(values):5.1f} ({max(values):5.1f})")
            print(f"  {measure:13} {clock:4}  " + "   ".join(cells))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="gallery openings per file")
    parser.add_argument("--gallery-only", action="store_true", help="only (4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain, full, _opened = make_files(folder)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if not args.gallery_only:
            startup(plain, full, folder)
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication([])
        if not args.gallery_only:
            print("one 1600x900 JPEG thumbnail, median of 30")
            decode()
            session_build(plain, full)
        gallery_open(full, folder, args.runs)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's teardown at interpreter exit


if __name__ == "__main__":
    main()
