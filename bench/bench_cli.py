"""Whole-process time of `main.py --version` and `main.py check DEMO`, next to a bare
`python -c pass` (the interpreter's own start-up) measured in the same run.

    python bench/bench_cli.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def whole_process(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.scoring"
        subprocess.run([python, "main.py", "demo", "-o", str(demo)], check=True, cwd=ROOT)
        rows = {
            "python -c pass": whole_process([python, "-c", "pass"], args.runs),
            "main.py --version": whole_process([python, "main.py", "--version"], args.runs),
            "main.py check demo": whole_process([python, "main.py", "check", str(demo)], args.runs),
        }
    base = rows["python -c pass"]
    print(f"whole-process time, median of {args.runs} runs")
    for name, seconds in rows.items():
        print(f"{name:22}{seconds * 1e3:8.0f} ms  {seconds / base:5.1f}x bare python")


if __name__ == "__main__":
    main()
