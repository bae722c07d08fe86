"""`check FILE...`: is each file a valid scoring file, how complete is it, is it intact."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scorer.cli.common import add_command
from scorer.cli.faults import using
from scorer.core.errors import ScorerError


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "check",
        "report validity and completeness of scoring files",
        "Report, for each file: whether it is a valid scoring file, the evaluation, the "
        "rubric, how many items are scored, the index so far and the sign-off state. Exit "
        "code 1 if any file is not a valid scoring file or was altered after sign-off.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".scoring files")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from scorer.core.report import completeness_lines
    from scorer.storage.reading import read_any

    failed = False
    for name in args.files:
        path = Path(name)
        try:
            with using(path, writing=False):
                record = read_any(path)
            lines, ok = completeness_lines(record)
        except ScorerError as exc:
            print(f"scorer: error: {exc}", file=sys.stderr)
            failed = True
            continue
        print(f"{path}: {'OK' if ok else 'PROBLEM'}")
        for line in lines:
            print(f"  {line}")
        failed = failed or not ok
    return 1 if failed else 0
