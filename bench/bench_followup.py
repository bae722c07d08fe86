"""Follow-up between evaluations as whole CLI processes, PANEL merged from 50 assessor
files:

1. Creating the follow-up file (`main.py follow-up PANEL -o NEW`) next to two baselines in
   the same run: a bare `python -c pass` and `main.py check PANEL` (reading the same panel
   file, the floor of any command that reads it). The aim: under 1 s.
2. Merging a panel (8 assessors) of the next evaluation, each file linked to PANEL, with
   every output (`main.py merge ... -o P --report P.pdf --csv P.csv --xlsx P.xlsx`): the panel
   report, the CSV and the XLSX each carry the change since PANEL. Then, in this process,
   the CPU time of aggregating that panel with its change since PANEL: what the merge did
   once for each output (four times) and now does once.

    python bench/bench_followup.py [--runs 7] [--files 50] [--panel 8] [--before DIR]

`--before DIR` also times the second command with the `main.py` of another checkout (say,
`git archive` of an older commit unpacked in DIR), interleaved, so before and after share
the machine's mood. The project is compiled to bytecode first (as pip and PyInstaller
install it) and each checkout's data folder is warm (its cache holds the empty-file
template, as after any new file).
"""

from __future__ import annotations

import argparse
import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_merge import ROOT, make_files, measure

AIM_SECONDS = 1.0
NEXT_DATE = "2026-03-17"  # the next evaluation's session: the same for every assessor


def next_evaluation_files(folder: Path, inputs: list[Path], panel: Path, count: int) -> list[Path]:
    """`count` assessors' files of the next evaluation, each linked to `panel` and scored as
    its assessor scored the previous one: five made by the CLI from the first five inputs,
    then copied with new ids (bench_merge's make_files)."""
    app = [sys.executable, str(ROOT / "main.py")]
    setup = os.environ | {"SCORER_DATA_DIR": str(folder / "data-setup")}
    templates = []
    for n, own in enumerate(inputs[:5]):
        path = folder / f"next-template{n}.scoring"
        for step in (
            ["follow-up", str(own), "-o", str(path), "--date", NEXT_DATE],
            ["follow-up", str(panel), "--into", str(path)],
        ):
            subprocess.run([*app, *step], check=True, capture_output=True, env=setup)
        with sqlite3.connect(path) as db:
            db.execute("ATTACH DATABASE ? AS own", (str(own),))
            db.execute(
                "INSERT OR REPLACE INTO score (assessor, item_id, level, not_applicable, "
                "percent, note, evidence, updated_at) "
                "SELECT (SELECT owner FROM main.file_info), item_id, level, not_applicable, "
                "percent, note, evidence, updated_at FROM own.score "
                "WHERE assessor = (SELECT owner FROM own.file_info)"
            )
        db.close()
        templates.append(path)
    copies = folder / "next"
    copies.mkdir()
    return make_files(copies, count, templates)


def aggregation_seconds(panel: Path, runs: int) -> float:
    """Median CPU time of one aggregation of `panel` and its comparison (this checkout)."""
    os.environ["SCORER_DATA_DIR"] = str(panel.parent / "data-aggregation")
    sys.path.insert(0, str(ROOT))
    from scorer.merge.aggregate import aggregate
    from scorer.storage.reading import read_any

    record = read_any(panel)
    samples = []
    for _ in range(runs):
        start = time.process_time()
        assert aggregate(record).comparison is not None
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median)")
    parser.add_argument("--files", type=int, default=50, help="assessor files in the panel")
    parser.add_argument(
        "--panel",
        type=int,
        default=8,
        help="assessors in the merge with every output (the report fails beyond 8)",
    )
    parser.add_argument("--before", type=Path, help="another checkout to time alongside")
    args = parser.parse_args()
    apps = {"merge": ROOT}
    if args.before is not None:
        apps = {"before": args.before.resolve(), "after": ROOT}
    for checkout in apps.values():
        compileall.compile_dir(checkout / "scorer", quiet=1)
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

        following = next_evaluation_files(folder, inputs, panel, args.panel)
        out = folder / "out"
        out.mkdir()
        outputs = ["-o", str(out / "p.scoring"), "--report", str(out / "p.pdf")]
        outputs += ["--csv", str(out / "p.csv"), "--xlsx", str(out / "p.xlsx"), "--force"]

        def merge(checkout: Path) -> tuple[float, float]:
            command = [sys.executable, str(checkout / "main.py"), "merge", *map(str, following)]
            return measure([*command, *outputs], folder / f"data-{checkout.name}")

        merges: dict[str, list[tuple[float, float]]] = {name: [] for name in apps}
        for checkout in apps.values():
            merge(checkout)  # warms its data folder
        for _ in range(args.runs):
            for name, checkout in apps.items():
                merges[name].append(merge(checkout))
        aggregation = aggregation_seconds(out / "p.scoring", runs=max(args.runs, 21))

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
    print(
        f"merge of {args.panel} files of the next evaluation with --report --csv --xlsx, "
        f"interleaved, median of {args.runs} runs (min-max)"
    )
    for name, runs in merges.items():
        times = sorted(s for s, _ in runs)
        mib = statistics.median(m for _, m in runs)
        print(
            f"{name:>10}: {statistics.median(times):.3f} s ({times[0]:.3f}-{times[-1]:.3f}), "
            f"{mib:.0f} MiB"
        )
    print(f"aggregating that panel with its change since PANEL: {aggregation * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
