"""Merging N assessor files (the default rubric) as a whole CLI process, next to the floor:
a plain sqlite3 script that only attaches each file and copies its score rows. N = 5, 50,
200; reports time, peak memory and the cost of each extra file.

    python bench/bench_merge.py
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scorer.core.demo import demo_record
from scorer.core.rubric import load_rubric
from scorer.paths import default_rubric_path
from scorer.storage.store import create_file

ROOT = Path(__file__).resolve().parent.parent
SIZES = (5, 50, 200)

FLOOR = """
import sqlite3, sys
out = sqlite3.connect(sys.argv[1])
out.execute("CREATE TABLE score (assessor, item_id, level, not_applicable)")
for name in sys.argv[2:]:
    out.execute("ATTACH DATABASE ? AS src", (f"file:{name}?mode=ro",))
    out.execute("INSERT INTO score SELECT assessor, item_id, level, not_applicable FROM src.score")
    out.commit()
    out.execute("DETACH DATABASE src")
out.close()
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, capture_output=True)
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def make_files(folder: Path, count: int) -> list[Path]:
    """Demo files of distinct assessors of one evaluation (copies with new ids)."""
    rubric = load_rubric(default_rubric_path())
    templates = []
    for n in range(1, 6):
        path = folder / f"template{n}.scoring"
        create_file(path, demo_record(rubric, n))
        templates.append(path)
    files = []
    for n in range(count):
        path = folder / f"assessor{n:03d}.scoring"
        shutil.copyfile(templates[n % 5], path)
        db = sqlite3.connect(path)
        key = f"bench000-0000-4000-8000-{n:012d}"
        old = db.execute("SELECT owner FROM file_info").fetchone()[0]
        db.execute("PRAGMA foreign_keys=OFF")
        for table, column in (("score", "assessor"), ("note", "assessor"), ("assessor", "key")):
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (key, old))
        db.execute(
            "UPDATE file_info SET owner = ?, file_id = ?",
            (key, f"f11e0000-0000-4000-8000-{n:012d}"),
        )
        db.execute("UPDATE assessor SET name = ? WHERE key = ?", (f"Asesor {n:03d}", key))
        db.commit()
        db.close()
        files.append(path)
    return files


def measure(command: list[str]) -> tuple[float, float]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    seconds, kib = result.stdout.split()
    return float(seconds), int(kib) / 1024


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        files = make_files(folder, max(SIZES))
        for size in SIZES:
            inputs = [str(p) for p in files[:size]]
            floor_db = folder / f"floor{size}.db"
            floor = measure([sys.executable, "-c", FLOOR, str(floor_db), *inputs])
            panel = folder / f"panel{size}.scoring"
            merge = measure(
                [sys.executable, str(ROOT / "main.py"), "merge", *inputs, "-o", str(panel)]
            )
            rows.append((size, floor, merge))
    print("merge of N assessor files, whole process (seconds, peak MiB)")
    print(f"{'N':>5}{'floor s':>10}{'merge s':>10}{'ratio':>8}{'floor MiB':>11}{'merge MiB':>11}")
    for size, (floor_s, floor_m), (merge_s, merge_m) in rows:
        print(
            f"{size:>5}{floor_s:>10.3f}{merge_s:>10.3f}{merge_s / floor_s:>8.1f}"
            f"{floor_m:>11.0f}{merge_m:>11.0f}"
        )
    (n0, f0, m0), (n1, f1, m1) = rows[0], rows[-1]
    floor_per = (f1[0] - f0[0]) / (n1 - n0) * 1000
    merge_per = (m1[0] - m0[0]) / (n1 - n0) * 1000
    print(
        f"per extra file: floor {floor_per:.2f} ms, merge {merge_per:.2f} ms "
        f"({merge_per / floor_per:.1f}x the floor)"
    )


if __name__ == "__main__":
    start = time.perf_counter()
    main()
