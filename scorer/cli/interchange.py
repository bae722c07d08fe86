"""`export-json` and `import-json`: the documented JSON interchange format."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from scorer.cli.common import add_command, output_path
from scorer.cli.faults import using


def register(commands: Any) -> None:
    export = add_command(
        commands, "export-json", "export a scoring file as JSON (docs/json-format.md)"
    )
    export.add_argument("file", metavar="FILE", help="the .scoring file to read")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="the .json to write")
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    export.set_defaults(handler=handle_export)

    imp = add_command(commands, "import-json", "create a scoring file from a JSON export")
    imp.add_argument("input", metavar="IN", help="the .json to read")
    imp.add_argument("-o", "--output", required=True, metavar="FILE", help="new .scoring file")
    imp.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    imp.set_defaults(handler=handle_import)


def handle_export(args: argparse.Namespace) -> int:
    from scorer.storage.interchange import dumps
    from scorer.storage.reading import read_any
    from scorer.storage.scoringfile import atomic_new_file

    source = Path(args.file)
    out = output_path(args.output, force=args.force)
    with using(source, writing=False):
        text = dumps(read_any(source))
    with using(out, writing=True), atomic_new_file(out) as temp:
        temp.write_text(text, encoding="utf-8")
    print(f"Exported {source} to {out}")
    return 0


def handle_import(args: argparse.Namespace) -> int:
    from scorer.storage.interchange import load_file
    from scorer.storage.store import create_file

    source = Path(args.input)
    out = output_path(args.output, force=args.force, suffix=".scoring")
    with using(source, writing=False):
        record = load_file(source)
    with using(out, writing=True):
        create_file(out, record, overwrite=args.force)
    print(f"Imported {source} into {out}")
    return 0
