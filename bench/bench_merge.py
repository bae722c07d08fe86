"""Merging N assessor files (the default rubric) as a whole CLI process, next to the floor:
a plain sqlite3 script that only attaches each file and copies its score rows. N = 5, 50,
200; reports the median time and peak memory of each, and the cost of each extra file.

    python bench/bench_merge.py [--runs 5] [--before DIR]

`--before DIR` also times the `main.py` of another checkout (say, a `git worktree` of an
older commit) in the same run, interleaved, so before and after share the machine's mood.

Conditions, printed with the results: the project's modules are compiled to bytecode first
(as pip and PyInstaller install them; without it every run compiles them again), and each
checkout gets its own fresh data folder (`SCORER_DATA_DIR`). "Warm" means its cache already
holds the empty-file template, as after any merge or new file since installing; "cold" runs
each merge with an empty data folder, as the first one after installing.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (5, 50, 200)
COLD_SIZE = 5

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


def make_files(folder: Path, count: int, templates: list[Path] | None = None) -> list[Path]:
    """Files of distinct assessors of one evaluation: copies of `templates` (by default the
    demo's five assessor files) with new ids, written into `folder`."""
    if templates is None:
        templates = []
        demo = [sys.executable, str(ROOT / "main.py"), "demo"]
        for n in range(1, 6):
            path = folder / f"template{n}.scoring"
            subprocess.run(
                [*demo, "-o", str(path), "--assessor", str(n)],
                check=True,
                capture_output=True,
                env=os.environ | {"SCORER_DATA_DIR": str(folder / "data-setup")},
            )
            templates.append(path)
    files = []
    for n in range(count):
        path = folder / f"assessor{n:03d}.scoring"
        shutil.copyfile(templates[n % len(templates)], path)
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


def measure(command: list[str], data_dir: Path | None = None) -> tuple[float, float]:
    """Seconds and peak MiB of one whole process."""
    env = os.environ if data_dir is None else os.environ | {"SCORER_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    seconds, kib = result.stdout.split()
    return float(seconds), int(kib) / 1024


def median(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s for s, _ in samples), statistics.median(m for _, m in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    parser.add_argument("--before", type=Path, help="another checkout to time alongside")
    args = parser.parse_args()
    apps = {"merge": ROOT}
    if args.before is not None:
        apps = {"before": args.before.resolve(), "after": ROOT}
    for app in apps.values():
        compileall.compile_dir(app / "scorer", quiet=1)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        files = make_files(folder, max(SIZES))
        output = folder / "panel.scoring"

        def merge(app: Path, inputs: list[Path], data_dir: Path) -> tuple[float, float]:
            output.unlink(missing_ok=True)
            command = [sys.executable, str(app / "main.py"), "merge", *map(str, inputs)]
            return measure([*command, "-o", str(output)], data_dir)

        warm = {name: folder / f"data-{name}" for name in apps}
        for name, app in apps.items():  # each data folder gets its template here
            merge(app, files[:1], warm[name])
        table: dict[int, dict[str, tuple[float, float]]] = {}
        for size in SIZES:
            inputs = files[:size]
            samples: dict[str, list[tuple[float, float]]] = {"floor": []}
            samples |= {name: [] for name in apps}
            for _ in range(args.runs):
                output.unlink(missing_ok=True)
                samples["floor"].append(
                    measure([sys.executable, "-c", FLOOR, str(output), *map(str, inputs)])
                )
                for name, app in apps.items():
                    samples[name].append(merge(app, inputs, warm[name]))
            table[size] = {name: median(values) for name, values in samples.items()}
        cold: dict[str, list[tuple[float, float]]] = {name: [] for name in apps}
        for run in range(args.runs):
            for name, app in apps.items():
                cold[name].append(merge(app, files[:COLD_SIZE], folder / f"cold-{name}-{run}"))

    columns = ["floor", *apps]
    print(
        f"merge of N assessor files, whole process, median of {args.runs} runs; bytecode "
        "compiled; data folder warm (template cached)"
    )
    print(
        f"{'N':>5}"
        + "".join(f"{c + ' s':>11}" for c in columns)
        + "".join(f"{c + '/floor':>14}" for c in apps)
        + "".join(f"{c + ' MiB':>11}" for c in columns)
    )
    for size, row in table.items():
        print(
            f"{size:>5}"
            + "".join(f"{row[c][0]:>11.3f}" for c in columns)
            + "".join(f"{row[c][0] / row['floor'][0]:>14.1f}" for c in apps)
            + "".join(f"{row[c][1]:>11.0f}" for c in columns)
        )
    first, last = SIZES[0], SIZES[-1]

    def per_file(column: str) -> float:
        return (table[last][column][0] - table[first][column][0]) / (last - first) * 1000

    floor_per = per_file("floor")
    print(f"per extra file: floor {floor_per:.2f} ms", end="")
    for name in apps:
        print(f", {name} {per_file(name):.2f} ms ({per_file(name) / floor_per:.1f}x)", end="")
    print()
    print(f"cold data folder (no template yet), {COLD_SIZE} files:", end="")
    for name, runs in cold.items():
        seconds, mib = median(runs)
        print(f" {name} {seconds:.3f} s, {mib:.0f} MiB;", end="")
    print()


if __name__ == "__main__":
    main()
