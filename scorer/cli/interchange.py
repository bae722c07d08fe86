"""`export-json` and `import-json`: the documented JSON interchange format."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from scorer.cli.common import add_command, output_path
from scorer.core.errors import ScorerError


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

    out = output_path(args.output, force=args.force)
    text = dumps(read_any(Path(args.file)))
    temp = out.with_name(f".{out.name}.partial")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    print(f"Exported {args.file} to {out}")
    return 0


def handle_import(args: argparse.Namespace) -> int:
    from scorer.storage.interchange import loads
    from scorer.storage.store import create_file

    source = Path(args.input)
    out = output_path(args.output, force=args.force, suffix=".scoring")
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScorerError(f"cannot read: {exc.strerror}", path=source) from None
    except UnicodeDecodeError:
        raise ScorerError("not UTF-8 text, so not a JSON export", path=source) from None
    record = loads(text, str(source))
    create_file(out, record, overwrite=args.force)
    print(f"Imported {source} into {out}")
    return 0
