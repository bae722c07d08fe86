"""People pasted as text: a participant list copied from Zoom, a spreadsheet or an e-mail.

One person per line. Understood forms:
    Drs. H. Joko Santoso, M.Si. (Wali Kota, Pemerintah Kota Contoh)
    Ir. Siti Rahmawati (Kepala Dinas Kominfo)
    Budi Hartono<TAB>Kabid Aplikasi<TAB>Diskominfo        (cells copied from a spreadsheet)
    Budi Hartono; Kabid Aplikasi; Diskominfo               (the old creation-dialog form)
    3. Andi Wijaya (Host, me)                              (Zoom's own markers are dropped)
A comma inside the name is part of it (academic titles: "Joko Santoso, M.Si."); inside the
parentheses the last comma separates the position from the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What Zoom (English and Indonesian) writes after a participant's name about the call itself.
ZOOM_MARKERS = frozenset(
    {"host", "co-host", "cohost", "me", "guest", "tamu", "saya", "pembawa acara", "tuan rumah"}
)
_LIST_PREFIX = re.compile(r"^\s*(?:\d+[.)]|[-•*·])\s+")
_TRAILING_PARENS = re.compile(r"^(?P<name>.*?)\s*\((?P<inside>[^()]*)\)\s*$")


@dataclass(frozen=True)
class PastedPerson:
    name: str
    position: str = ""
    organisation: str = ""


def parse_people(text: str) -> list[PastedPerson]:
    """Every non-empty line as a person; lines that hold no name are left out."""
    people = []
    for raw in text.splitlines():
        person = parse_line(raw)
        if person is not None:
            people.append(person)
    return people


def parse_line(line: str) -> PastedPerson | None:
    line = _LIST_PREFIX.sub("", line.strip().replace("\u00a0", " "))
    for separator in ("\t", ";"):
        if separator in line:
            cells = [cell.strip() for cell in line.split(separator)]
            cells = [*cells, "", ""][:3]
            return PastedPerson(*cells) if cells[0] else None
    name, details = line, ""
    while match := _TRAILING_PARENS.match(name):
        inside = match["inside"].strip()
        if not _is_zoom_marker(inside):
            if details:
                break  # a second group of details belongs to the name
            details = inside
        name = match["name"].strip()
    name = " ".join(name.split())
    if not name:
        return None
    position, _, organisation = details.rpartition(",")
    if not position:  # one part only: the position ("Kepala Dinas Kominfo")
        position, organisation = organisation, ""
    return PastedPerson(name, " ".join(position.split()), " ".join(organisation.split()))


def _is_zoom_marker(text: str) -> bool:
    parts = [part.strip().casefold() for part in text.split(",")]
    return all(part in ZOOM_MARKERS for part in parts)
