"""Small pieces the commands share."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from scorer.core.errors import ScorerError


def add_command(
    commands: Any, name: str, help_text: str, description: str | None = None
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=description or help_text
    )
    return parser


def output_path(value: str, *, force: bool, suffix: str | None = None) -> Path:
    """Check an output path before any work: its folder exists, and it is not overwritten by
    accident."""
    path = Path(value)
    if suffix and path.suffix.lower() != suffix:
        raise ScorerError(f"the output must end in {suffix}", path=path)
    if not path.parent.is_dir():
        raise ScorerError(
            "the folder for the output does not exist; create it or choose another folder",
            path=path,
        )
    if path.exists() and not force:
        raise ScorerError("already exists; choose another name or pass --force", path=path)
    return path
