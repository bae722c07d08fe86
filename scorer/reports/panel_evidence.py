"""Supporting evidence in a panel's outputs: per item and per assessor, how many pieces
(with their numbers in the panel minutes' annex), what they show, the requests still open
(what, and by when in the session's zone) and how many were fulfilled.

`evidence_rows` is the one place these figures are gathered; the panel report prints them
(`evidence_section`) and the CSV/XLSX export them (scorer/merge/exports.py). The annex
numbers come from `minutes_evidence.numbered`, so the report and the minutes agree. Items
follow the rubric, then evidence attached to a phase only; assessors follow the roster.
A panel without evidence or requests gets nothing. Pure Python until a section is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from scorer.core.evidence import PDF_MEDIA_TYPE
from scorer.core.model import Evidence, EvidenceRequest, ScoringRecord, TimeZoneName
from scorer.core.rubric import Rubric
from scorer.reports.locale_id import date_time
from scorer.reports.minutes_evidence import WORDS as ANNEX_WORDS
from scorer.reports.minutes_evidence import numbered
from scorer.reports.panel_words import words

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

ITEM_MM, ASSESSOR_MM, PIECES_MM, OPEN_MM = 30, 30, 15, 33  # "shown" takes what is left
CAPTION_CHARS = 60  # a caption is cut to this in the report ("briefly")
LISTED = 5  # captions or open requests listed in one cell of the report
TABLE_START_MM = 45  # the heading, the intro, the heading row and a first item


@dataclass(frozen=True)
class Piece:
    """A piece of evidence with its number in the panel minutes' annex."""

    number: int
    evidence: Evidence
    pdf: bool


@dataclass(frozen=True)
class EvidenceRow:
    """One assessor's evidence and requests on one item (item None: on a phase only)."""

    item_id: str | None
    assessor: str
    name: str
    pieces: tuple[Piece, ...]
    open: tuple[EvidenceRequest, ...]
    fulfilled: int

    @property
    def pdfs(self) -> int:
        return sum(1 for piece in self.pieces if piece.pdf)

    @property
    def images(self) -> int:
        return len(self.pieces) - self.pdfs

    @property
    def numbers(self) -> str:
        """The annex numbers: "1, 2"."""
        return ", ".join(str(piece.number) for piece in self.pieces)


def evidence_rows(record: ScoringRecord, rubric: Rubric) -> list[EvidenceRow]:
    """Every (item, assessor) with evidence or requests: items in rubric order, then the
    evidence on a phase only; assessors in roster order, then any the roster lacks."""
    order: list[str | None] = [item.id for item in rubric.items]
    order.append(None)
    roster = [a.key for a in record.assessors]
    keys = {e.assessor for e in record.evidence} | {q.assessor for q in record.requests}
    roster += sorted(keys - set(roster))
    names = {a.key: a.name for a in record.assessors}
    pieces: dict[tuple[str | None, str], list[Piece]] = {}
    for number, e in numbered(record, rubric):
        blob = record.blobs.get(e.sha256)
        item = e.item_id if rubric.has_item(e.item_id or "") else None
        pdf = blob is not None and blob.media_type == PDF_MEDIA_TYPE
        pieces.setdefault((item, e.assessor), []).append(Piece(number, e, pdf))
    asked: dict[tuple[str | None, str], list[EvidenceRequest]] = {}
    for request in sorted(record.requests, key=lambda q: (q.due_at, q.id)):
        asked.setdefault((request.item_id, request.assessor), []).append(request)
    rows = []
    for item in order:
        for key in roster:
            own = pieces.get((item, key), [])
            requests = asked.get((item, key), [])
            if own or requests:
                rows.append(
                    EvidenceRow(
                        item,
                        key,
                        names.get(key, key),
                        tuple(own),
                        tuple(q for q in requests if q.open),
                        sum(1 for q in requests if not q.open),
                    )
                )
    return rows


def brief(text: str, limit: int = CAPTION_CHARS) -> str:
    """One line cut at a word to at most `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def spans(numbers: Iterable[int], limit: int = 2 * LISTED) -> str:
    """Numbers with runs joined, at most `limit` of them and runs: "1–3, 7, 9, …"."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    text = ", ".join(parts)
    if text.count(",") + 1 > limit:
        text = ", ".join(text.split(", ")[:limit]) + ", …"
    return text


def _listed(lines: list[str], noun: str) -> str:
    """At most `LISTED` lines in a cell, then "… dan 3 bukti lainnya": a row stays shorter
    than a page however much an assessor attached (the annex lists every piece)."""
    shown_lines = [escape(line) for line in lines[:LISTED]]
    if len(lines) > LISTED:
        shown_lines.append(f"<i>… dan {len(lines) - LISTED} {noun} lainnya</i>")
    return "<br/>".join(shown_lines)


def evidence_section(
    record: ScoringRecord, rubric: Rubric, number_of: Mapping[str, int], numeral: str
) -> list[Flowable]:
    """The section "Bukti dukung per butir": a row per item and assessor, an item's rows kept
    together; nothing when the panel has no evidence or requests. Indonesian, like the
    report."""
    rows = evidence_rows(record, rubric)
    if not rows:
        return []
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    from scorer.reports.panel_tables import grid
    from scorer.reports.styles import report_styles

    styles = report_styles()
    zone = record.evaluation.timezone
    table = [["Butir", "Asesor", "Bukti", "Keterangan bukti", "Permintaan terbuka", "Dipenuhi"]]
    groups: list[tuple[int, int]] = []
    for row in rows:
        if row.item_id is None:
            item = "<i>tanpa butir</i>"
        else:
            item = f"{escape(row.item_id)} {escape(rubric.item(row.item_id).name.id)}"
        if groups and rows[groups[-1][0] - 1].item_id == row.item_id:
            groups[-1] = (groups[-1][0], len(table))
        else:
            groups.append((len(table), len(table)))
        number = number_of.get(row.assessor)
        who = escape(row.name) if number is None else f"{number}. {escape(row.name)}"
        pieces = "–"
        if row.pieces:
            pieces = f"{len(row.pieces)}<br/>no. {spans(e.number for e in row.pieces)}"
        captions = [f"– {shown(e, row.item_id, 'id', CAPTION_CHARS)}" for e in row.pieces]
        asked = [due_text(q, zone, "id", CAPTION_CHARS) for q in row.open]
        table.append(
            [
                item,
                who,
                pieces,
                _listed(captions, "bukti"),
                _listed(asked, "permintaan") or "–",
                str(row.fulfilled),
            ]
        )
    total = sum(len(row.pieces) for row in rows)
    authors = len({row.assessor for row in rows if row.pieces})
    still_open = sum(len(row.open) for row in rows)
    fulfilled = sum(row.fulfilled for row in rows)
    flowing = ParagraphStyle("flowing", parent=styles.heading, keepWithNext=0)
    notes = ParagraphStyle("evidence_notes", parent=styles.small, alignment=0)
    return [
        CondPageBreak(TABLE_START_MM * mm),
        Paragraph(f"{numeral}. Bukti dukung per butir", flowing),
        Paragraph(
            f"{total} bukti dukung dilampirkan oleh {authors} asesor; {still_open} permintaan "
            f"bukti belum dipenuhi, {fulfilled} telah dipenuhi.",
            styles.plain,
        ),
        Spacer(1, 1.5 * mm),
        grid(table, _widths(), right=(5,), groups=groups),
        Spacer(1, 1 * mm),
        Paragraph(
            "Asesor: nomor pada bagian I dan nama. Bukti: jumlah bukti dan nomornya pada "
            "Lampiran — Bukti dukung notula tim (berkas panel). Permintaan terbuka: yang "
            f"harus dilengkapi dan tenggatnya ({zone.value}). Dipenuhi: jumlah permintaan "
            "yang telah dipenuhi.",
            notes,
        ),
    ]


def _widths() -> list[float]:
    from scorer.reports.panel_tables import WIDTH_MM, fit

    fulfilled = fit("Dipenuhi")
    shown = WIDTH_MM - ITEM_MM - ASSESSOR_MM - PIECES_MM - OPEN_MM - fulfilled
    return [ITEM_MM, ASSESSOR_MM, PIECES_MM, shown, OPEN_MM, fulfilled]


def shown(piece: Piece, item_id: str | None, lang: str, limit: int | None = None) -> str:
    """What a piece shows: its caption, else the name of the file it came from (cut to
    `limit` characters); a PDF says so, and one on a phase only says which ("tahap
    presentasi")."""
    text = piece.evidence.caption or piece.evidence.original_name
    text = brief(text, limit) if limit else " ".join(text.split())
    if piece.pdf:
        text += " (PDF)"
    if item_id is not None:
        return text
    annex = ANNEX_WORDS["en" if lang == "en" else "id"]
    return f"{text} ({annex['phase_only'].format(phase=annex[piece.evidence.phase])})"


def due_text(
    request: EvidenceRequest, zone: TimeZoneName, lang: str, limit: int | None = None
) -> str:
    """What is still to come (cut to `limit` characters) and by when: "SK Dewan (tenggat
    22 Oktober 2025 pukul 09.30 WIB)"."""
    what = brief(request.what, limit) if limit else request.what
    return f"{what} ({words(lang)['due']} {date_time(request.due_at, zone, lang)})"
