"""`demo -o FILE`: write the fictional demo evaluation of Kota Contoh."""

from __future__ import annotations

import argparse
from typing import Any

from scorer.cli.common import add_command, output_path
from scorer.cli.faults import using


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "demo",
        "write a demo evaluation (fictional Kota Contoh) to a scoring file",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="new .scoring file")
    parser.add_argument(
        "--assessor",
        type=int,
        choices=range(1, 6),
        default=1,
        metavar="N",
        help="which of the five panel members owns the file (1 = chair, the default); "
        "their scores differ a little, as real panels' do",
    )
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from scorer.core.demo import demo_record
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage.store import create_file

    path = output_path(args.output, force=args.force, suffix=".scoring")
    record = demo_record(load_rubric(default_rubric_path()), args.assessor)
    with using(path, writing=True):
        create_file(path, record, overwrite=args.force)
    print(f"Wrote the demo evaluation of {record.evaluation.region} to {path}")
    return 0
