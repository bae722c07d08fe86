"""Argument parsing, and the one place where errors become messages and exit codes."""

from __future__ import annotations

import argparse
import importlib
import sys

from scorer import APP_NAME, __version__
from scorer.cli import COMMAND_MODULES
from scorer.cli.faults import file_problem
from scorer.core.errors import ScorerError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 1, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(1, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scorer",
        description=f"{APP_NAME}: score, minute and merge smart city evaluation sessions. "
        "Run without a command (or with a .scoring file) to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        result: int = args.handler(args)
        return result
    except ScorerError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        print("scorer: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        problem = file_problem(exc)  # a refusal of the file system no command named
        if problem is not None:
            return _fail(problem)
        return _report_bug()


def _fail(error: ScorerError) -> int:
    print(f"scorer: error: {error}", file=sys.stderr)
    return 1


def _report_bug() -> int:
    """Keep the traceback for us, show the user one line (even if the log cannot be written)."""
    from scorer.crash import write_crash_log

    try:
        where = f"details were written to {write_crash_log()}"
    except OSError as exc:
        where = f"no details could be saved ({exc.strerror})"
    print(f"scorer: internal error; {where}. Please report it.", file=sys.stderr)
    return 1
