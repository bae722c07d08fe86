"""One durable score edit through the app's store, next to a raw sqlite3 insert+commit of the
same row in the same durability mode, measured in the same run.

    python bench/bench_edit.py [--n 500]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from scorer.core.demo import demo_record
from scorer.core.rubric import load_rubric
from scorer.paths import default_rubric_path
from scorer.storage.scoringfile import DURABLE_PRAGMAS
from scorer.storage.store import ScoringStore, create_file


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def raw_sqlite(path: Path, n: int) -> list[float]:
    """The floor: the same upsert plus an audit row, by hand, same PRAGMAs."""
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in DURABLE_PRAGMAS:
        db.execute(pragma)
    owner = db.execute("SELECT owner FROM file_info").fetchone()[0]
    samples = []
    for i in range(n):
        start = time.perf_counter()
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO score (assessor, item_id, level, not_applicable, note, evidence,"
            " updated_at) VALUES (?, 'OP4', ?, 0, '', '', '2025-10-21T07:00:00.000Z')"
            " ON CONFLICT (assessor, item_id) DO UPDATE SET level=excluded.level,"
            " updated_at=excluded.updated_at",
            (owner, 1 + i % 4),
        )
        db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, key, old, new)"
            " VALUES ('2025-10-21T07:00:00.000Z', 'bench', 'set', 'score', 'OP4', '1', '2')"
        )
        db.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    db.close()
    return samples


def app_store(path: Path, n: int) -> list[float]:
    store = ScoringStore.open(path)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        store.set_level("OP4", 1 + i % 4)
        samples.append(time.perf_counter() - start)
    store.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    rubric = load_rubric(default_rubric_path())
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for name, run in (("raw sqlite3", raw_sqlite), ("app store", app_store)):
            path = Path(folder) / f"{name}.scoring"
            create_file(path, demo_record(rubric))
            run(path, 20)  # warm-up
            samples = run(path, args.n)
            results[name] = (statistics.median(samples), percentile(samples, 0.99))
    raw_median, raw_p99 = results["raw sqlite3"]
    print(f"durable score edit, n={args.n} (milliseconds)")
    print(f"{'':14}{'median':>9}{'p99':>9}")
    for name, (median, p99) in results.items():
        print(f"{name:14}{median * 1e3:9.3f}{p99 * 1e3:9.3f}")
    app_median, app_p99 = results["app store"]
    print(f"ratio app/raw: median {app_median / raw_median:.2f}x, p99 {app_p99 / raw_p99:.2f}x")


if __name__ == "__main__":
    main()
