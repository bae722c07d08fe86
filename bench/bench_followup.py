"""Creating the follow-up file from a panel merged from 50 assessor files, as a whole CLI
process (`main.py follow-up PANEL -o NEW`), next to two baselines in the same run: a bare
`python -c pass` and `main.py check PANEL` (reading the same panel file, the floor of any
command that reads it). The aim: under 1 s.

    python bench/bench_followup.py [--runs 7] [--files 50]

The project is compiled to bytecode first (as pip and PyInstaller install it) and the data
folder is warm (its cache holds the empty-file template, as after any new file).
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_merge import ROOT, make_files, measure

AIM_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median)")
    parser.add_argument("--files", type=int, default=50, help="assessor files in the panel")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "scorer", quiet=1)
    app = [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        data = folder / "data"
        panel = folder / "panel.scoring"
        inputs = make_files(folder, args.files)
        subprocess.run(
            [*app, "merge", *map(str, inputs), "-o", str(panel)], check=True, capture_output=True
        )
        new = folder / "next.scoring"
        measure([*app, "follow-up", str(panel), "-o", str(new)], data)  # warms the data folder
        samples: dict[str, list[tuple[float, float]]] = {"bare": [], "check": [], "follow-up": []}
        for _ in range(args.runs):
            samples["bare"].append(measure([sys.executable, "-c", "pass"], data))
            samples["check"].append(measure([*app, "check", str(panel)], data))
            new.unlink(missing_ok=True)
            samples["follow-up"].append(
                measure([*app, "follow-up", str(panel), "-o", str(new)], data)
            )
    print(
        f"follow-up from a panel of {args.files} assessor files, whole process, median of "
        f"{args.runs} runs; bytecode compiled; data folder warm"
    )
    check = statistics.median(s for s, _ in samples["check"])
    for name, runs in samples.items():
        seconds = statistics.median(s for s, _ in runs)
        mib = statistics.median(m for _, m in runs)
        print(f"{name:>10}: {seconds:.3f} s ({seconds / check:.2f}x check), {mib:.0f} MiB")
    follow_up = statistics.median(s for s, _ in samples["follow-up"])
    verdict = "within" if follow_up < AIM_SECONDS else "OVER"
    print(f"aim: under {AIM_SECONDS:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
