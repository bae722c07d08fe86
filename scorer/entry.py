"""The one entry point: `python main.py [FILE]` opens the GUI, `python main.py COMMAND` runs
a command without a window. Kept import-light so that `--version` and the CLI never load Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from scorer.cli import COMMAND_NAMES

    if args and (args[0] in COMMAND_NAMES or args[0].startswith("-")):
        from scorer.cli.main import run

        return run(args)
    from scorer.ui.launch import launch

    return launch(args)
