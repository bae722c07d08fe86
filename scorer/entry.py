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
    import gc

    # Opening a session creates some 200,000 objects and frees almost none: the cyclic
    # collector's passes over them were ~10 % of the start (bench/bench_gui.py). It is
    # back on, with those objects set aside for good, once the session is shown.
    gc.disable()
    from scorer.ui.launch import launch

    return launch(args)
