"""Phrases built from facts that may be missing: a person's position and organisation, who
asked or answered, where a region lies. Each leaves out what is empty together with its
punctuation, so a record with a blank field never prints "(Sekretaris Daerah, )" or
"(Penjawab: )". Pure Python: the minutes, the panel report and the exports share it.
"""

from __future__ import annotations

from scorer.core.model import Evaluation


def joined(*parts: str, sep: str = ", ") -> str:
    """The parts that hold text, `sep` apart (blank ones and their separators left out)."""
    return sep.join(part.strip() for part in parts if part and part.strip())


def with_details(name: str, *details: str) -> str:
    """'Rina Kusuma (Sekretaris Daerah, Pemerintah Kota Contoh)'; the name alone when no
    detail is known."""
    inside = joined(*details)
    return f"{name} ({inside})" if inside else name


def labelled(label: str, value: str) -> str:
    """'(Penjawab: Kepala Bappeda)', or '' when nobody is named."""
    return f"({label}: {value.strip()})" if value.strip() else ""


def evaluation_line(ev: Evaluation) -> str:
    """'Gerakan Menuju 100 Smart City · Kota Contoh, Jawa Barat': the subtitle of every
    report, whichever of its parts are known."""
    return joined(ev.programme, joined(ev.region, ev.province), sep=" · ")
