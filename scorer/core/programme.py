"""The programme's formal elements (issuing body, letterhead logo, document number) as data.

Ministries are renamed (Kominfo became Komdigi in 2024) and secretariats number their
documents their own way, so none of this is in the code: it is read from
`resources/programme.toml`, or from the user's own `programme.toml` in the settings folder,
which replaces the bundled one whole.
"""

from __future__ import annotations

import datetime as dt
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scorer.core.errors import ScorerError

FILE_NAME = "programme.toml"
UNKNOWN_SEQUENCE = "…"  # left for the secretariat to fill in by hand
_FIELDS = frozenset({"seq", "stage", "stage_roman", "month", "month_roman", "year"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class ProgrammeError(ScorerError):
    """The programme file is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Programme:
    issuer: tuple[str, ...]
    address: tuple[str, ...]
    logo: Path | None
    number_pattern: str

    def document_number(
        self, stage: int, stage_roman: str, day: dt.date, seq: int | None = None
    ) -> str:
        """The number for a document of `stage` dated `day`; "…" where `seq` is unknown."""
        return self.number_pattern.format(
            seq=UNKNOWN_SEQUENCE if seq is None else str(seq),
            stage=str(stage),
            stage_roman=stage_roman,
            month=f"{day.month:02d}",
            month_roman=_ROMAN[day.month - 1],
            year=str(day.year),
        )


def programme_path(config_dir: Path, resources_dir: Path) -> Path:
    """The user's own programme file if there is one, else the bundled one."""
    own = config_dir / FILE_NAME
    return own if own.is_file() else resources_dir / FILE_NAME


def load_programme(path: Path) -> Programme:
    """Read and check a programme file; any fault is one ProgrammeError naming file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProgrammeError(
            f"cannot read the programme file ({exc.strerror})", path=path
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProgrammeError(f"not a valid TOML file: {exc}", path=path) from None
    issuer = _lines(data, "issuer", path, required=True)
    address = _lines(data, "address", path, required=False)
    logo_text = data.get("logo", "")
    if not isinstance(logo_text, str):
        raise ProgrammeError("key 'logo' must be a text (a file path, or \"\")", path=path)
    logo = None
    if logo_text:
        logo = (path.parent / logo_text).resolve()
        if not logo.is_file():
            raise ProgrammeError(f"key 'logo': the image {logo} does not exist", path=path)
    pattern = data.get("number_pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise ProgrammeError("key 'number_pattern' must be a non-empty text", path=path)
    try:
        names = {name for _text, name, _spec, _conv in string.Formatter().parse(pattern) if name}
    except ValueError as exc:
        raise ProgrammeError(f"key 'number_pattern': {exc}", path=path) from None
    unknown = sorted(names - _FIELDS)
    if unknown:
        allowed = ", ".join("{" + f + "}" for f in sorted(_FIELDS))
        raise ProgrammeError(
            f"key 'number_pattern': unknown field {{{unknown[0]}}} (allowed: {allowed})", path=path
        )
    return Programme(issuer, address, logo, pattern)


def _lines(data: Mapping[str, Any], key: str, path: Path, *, required: bool) -> tuple[str, ...]:
    value = data.get(key, [] if not required else None)
    if value is None:
        raise ProgrammeError(f"key '{key}' is missing (a list of text lines)", path=path)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProgrammeError(f"key '{key}' must be a list of text lines", path=path)
    if required and not any(v.strip() for v in value):
        raise ProgrammeError(f"key '{key}' must hold at least one line", path=path)
    return tuple(value)
