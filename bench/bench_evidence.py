"""Supporting evidence: preparing and storing one 1920×1080 grab, next to one durable score
edit in the same run; opening a file with 100 images, next to the same file without; and
what undo reads before deleting a piece of that file, next to what it read until it read
only that piece (every piece's metadata, its content and every request).

    python bench/bench_evidence.py [--n 20] [--images 100]   (from a worktree: PYTHONPATH=.)
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from pathlib import Path

from scorer.core.demo import demo_record
from scorer.core.evidence import prepare
from scorer.core.rubric import load_rubric
from scorer.paths import default_rubric_path
from scorer.storage import evidence
from scorer.storage.store import ScoringStore, create_file


def slide(seed: int) -> bytes:
    """A slide-like PNG: coloured boxes, lines of text and a photo-like noisy picture."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (1920, 1080), (245, 245, 250))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(1700), rng.randrange(900)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(60, 300), y + rng.randrange(30, 160)), fill=colour)
    for line in range(24):
        draw.text(
            (80, 60 + line * 38), f"Realisasi masterplan {rng.random() * 100:.1f} %", fill=(0, 0, 0)
        )
    noise = Image.effect_noise((480, 360), 60).convert("RGB")
    image.paste(noise, (1300, 600))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def timed(step) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--images", type=int, default=100)
    args = parser.parse_args()
    rubric = load_rubric(default_rubric_path())
    grabs = [slide(seed) for seed in range(args.n)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.scoring"
        create_file(path, demo_record(rubric))
        prepare_s, store_s, edit_s, sizes = [], [], [], []
        with ScoringStore.open(path) as store:
            for n, data in enumerate(grabs):
                start = time.perf_counter()
                piece = prepare(data, "grab.png")
                middle = time.perf_counter()
                evidence.attach(store, [piece], item_id=rubric.items[n % 5].id)
                prepare_s.append(middle - start)
                store_s.append(time.perf_counter() - middle)
                sizes.append(piece.blob.size)
                edit_s.append(timed(lambda level=1 + n % 4: store.set_level("OP4", level)))
        print(
            f"1920x1080 grab, n={args.n}: PNG {statistics.median(map(len, grabs)) / 1024:.0f} KB "
            f"-> JPEG {statistics.median(sizes) / 1024:.0f} KB"
        )
        print(f"  re-encode median {statistics.median(prepare_s) * 1000:.1f} ms")
        print(f"  durable attach median {statistics.median(store_s) * 1000:.1f} ms")
        print(
            f"  score edit (baseline) median {statistics.median(edit_s) * 1000:.1f} ms; "
            f"attach/edit {statistics.median(store_s) / statistics.median(edit_s):.1f}x"
        )

        plain = Path(folder) / "plain.scoring"
        create_file(plain, demo_record(rubric))
        full = Path(folder) / "full.scoring"
        create_file(full, demo_record(rubric))
        with ScoringStore.open(full) as store:
            for n in range(args.images):
                piece = prepare(slide(1000 + n), f"grab{n}.png")
                evidence.attach(store, [piece], item_id=rubric.items[n % len(rubric.items)].id)
        for name, file in (("without evidence", plain), (f"{args.images} images", full)):
            opens, records = [], []
            for _ in range(5):
                with ScoringStore.open(file) as store:
                    pass
                start = time.perf_counter()
                with ScoringStore.open(file) as store:
                    opens.append(time.perf_counter() - start)
                    records.append(timed(store.record))
            print(
                f"file {name}: {file.stat().st_size / 1_048_576:.1f} MB; open median "
                f"{statistics.median(opens) * 1000:.1f} ms, record() median "
                f"{statistics.median(records) * 1000:.1f} ms"
            )
        with ScoringStore.open(full) as store:
            piece = evidence.pieces(store)[args.images // 2]

            def every_piece() -> None:
                next(e for e in evidence.pieces(store) if e.id == piece.id)
                evidence.content(store, piece.sha256)
                [q for q in evidence.requests(store) if q.evidence_id == piece.id]

            removal_s = [timed(lambda: evidence.removal(store, piece.id)) for _ in range(50)]
            baseline_s = [timed(every_piece) for _ in range(50)]
        removal, baseline = statistics.median(removal_s), statistics.median(baseline_s)
        print(
            f"undo's read before deleting a piece of the file with {args.images} images: "
            f"median {removal * 1000:.2f} ms; reading every piece and request as it did "
            f"(baseline) {baseline * 1000:.2f} ms; {baseline / removal:.1f}x"
        )


if __name__ == "__main__":
    main()
