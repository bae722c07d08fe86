"""The minutes' evidence annex ("Lampiran — Bukti dukung"): the table of requested evidence
("Bukti dukung yang harus dilengkapi", open requests first), then every piece of evidence
with its number, caption, item and time, images fitted to the page width. The same content
on the same item (one slide captured by two assessors of a panel) is listed per piece,
each with its own number, author and caption, and printed once under their lines.

Self-contained (its own words) so the rest of the minutes can change without it;
`minutes.build_minutes` calls `evidence_annex` once, and the score sheet's row of an item
names its evidence by number through `annex_reference`. Numbers follow the rubric's item
order, then evidence on a phase only, each by capture time: the same numbering everywhere.
Nothing is printed for a session without evidence or requests.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from scorer.core.evidence import JPEG_MEDIA_TYPE
from scorer.core.model import Evidence, Phase, ScoringRecord
from scorer.core.rubric import Rubric
from scorer.reports.locale_id import date_time
from scorer.reports.phrases import joined

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts

MIN_IMAGE_MM = 80  # the least height an image is fitted to

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "heading": "Lampiran — Bukti dukung",
        "requests": "Bukti dukung yang harus dilengkapi",
        "no": "No.",
        "item": "Butir",
        "what": "Yang harus dilengkapi",
        "due": "Tenggat",
        "status": "Status",
        "open": "Belum dipenuhi",
        "fulfilled": "Dipenuhi {time}",
        "fulfilled_with": "(bukti no. {number})",
        "number": "Bukti no. {number}",
        "phase_only": "tahap {phase}",
        "by": "oleh {name}",
        "pdf": "Dokumen PDF ({size} KB, SHA-256 {sha}…) tersimpan di dalam berkas penilaian; "
        "tidak dicetak di sini.",
        "reference": "Lampiran bukti no. {numbers}",
        "same": "Bukti no. {numbers} berisi gambar atau dokumen yang sama; dicetak sekali.",
        Phase.PREPARATION: "persiapan",
        Phase.PRESENTATION: "presentasi",
        Phase.QA: "tanya jawab",
        Phase.SCORING: "penilaian",
        Phase.CONCLUSIONS: "kesimpulan",
        Phase.SIGNOFF: "tanda tangan",
    },
    "en": {
        "heading": "Annex — Supporting evidence",
        "requests": "Supporting evidence to be completed",
        "no": "No.",
        "item": "Item",
        "what": "What is missing",
        "due": "Due",
        "status": "Status",
        "open": "Open",
        "fulfilled": "Fulfilled {time}",
        "fulfilled_with": "(evidence no. {number})",
        "number": "Evidence no. {number}",
        "phase_only": "phase {phase}",
        "by": "by {name}",
        "pdf": "PDF document ({size} KB, SHA-256 {sha}…) kept inside the scoring file; "
        "not printed here.",
        "reference": "Annex evidence no. {numbers}",
        "same": "Evidence no. {numbers} hold the same image or document; printed once.",
        Phase.PREPARATION: "preparation",
        Phase.PRESENTATION: "presentation",
        Phase.QA: "questions and answers",
        Phase.SCORING: "scoring",
        Phase.CONCLUSIONS: "conclusions",
        Phase.SIGNOFF: "sign-off",
    },
}


def numbered(record: ScoringRecord, rubric: Rubric) -> list[tuple[int, Evidence]]:
    """The evidence in annex order with its annex number (1, 2, ...). Pieces of the same
    content on the same item and phase (one slide captured by two assessors of a panel) are
    numbered one after another, from the first capture, so the annex prints them together."""
    order = {item.id: n for n, item in enumerate(rubric.items)}
    last = len(order)
    first: dict[tuple[str | None, Phase, str], dt.datetime] = {}
    for e in record.evidence:
        group = _group(e)
        first[group] = min(first.get(group, e.captured_at), e.captured_at)

    def key(e: Evidence) -> tuple[int, int, dt.datetime, str, dt.datetime, int]:
        place = order.get(e.item_id, last) if e.item_id is not None else last + 1
        return (place, e.phase.position, first[_group(e)], e.sha256, e.captured_at, e.id)

    return list(enumerate(sorted(record.evidence, key=key), start=1))


def _group(e: Evidence) -> tuple[str | None, Phase, str]:
    """What makes pieces one printed image: the same content on the same item and phase."""
    return (e.item_id, e.phase, e.sha256)


def annex_reference(parts: Parts, item_id: str) -> str:
    """'Lampiran bukti no. 2, 3' for an item with evidence, else ''."""
    numbers = [str(n) for n, e in numbered(parts.record, parts.rubric) if e.item_id == item_id]
    if not numbers:
        return ""
    return _words(parts)["reference"].format(numbers=", ".join(numbers))


def _words(parts: Parts) -> dict[str, str]:
    return WORDS["en" if parts.lang == "en" else "id"]


def evidence_annex(parts: Parts) -> list[Flowable]:
    record = parts.record
    if not record.evidence and not record.requests:
        return []
    from reportlab.platypus import PageBreak, Spacer

    w = _words(parts)
    pieces = numbered(record, parts.rubric)
    out: list[Flowable] = [PageBreak(), parts.p(w["heading"], parts.s.heading)]
    if record.requests:
        out += _requests_table(parts, w, {e.id: n for n, e in pieces})
        out.append(Spacer(1, 8))
    groups: list[list[tuple[int, Evidence]]] = []
    for number, piece in pieces:
        if groups and _group(groups[-1][0][1]) == _group(piece):
            groups[-1].append((number, piece))
        else:
            groups.append([(number, piece)])
    out += [_pieces(parts, w, group) for group in groups]
    return out


def _when(parts: Parts, moment: dt.datetime) -> str:
    return date_time(moment, parts.zone, parts.lang)


def _by(parts: Parts, w: dict[str, str], key: str | None) -> str:
    """'oleh Sri Handayani', or '' when nobody is recorded."""
    if not key:
        return ""
    assessor = parts.by_key.get(key)
    return w["by"].format(name=assessor.name if assessor is not None else key)


def _requests_table(parts: Parts, w: dict[str, str], numbers: dict[int, int]) -> list[Flowable]:
    requests = sorted(parts.record.requests, key=lambda q: (not q.open, q.due_at, q.id))
    rows = []
    for n, q in enumerate(requests, start=1):
        if q.fulfilled_at is None:
            status = w["open"]
        else:
            # When, by whom and with which piece, as far as each is known (the piece may
            # have been removed since).
            number = numbers.get(q.evidence_id) if q.evidence_id is not None else None
            status = joined(
                w["fulfilled"].format(time=_when(parts, q.fulfilled_at)),
                w["by"].format(name=q.fulfilled_by) if q.fulfilled_by else "",
                w["fulfilled_with"].format(number=number) if number is not None else "",
                sep=" ",
            )
        item = parts.rubric.item(q.item_id).name.text(parts.lang)
        by = _by(parts, w, q.assessor)
        rows.append(
            [
                str(n),
                f"{q.item_id}\n{item}",
                joined(q.what, f"({by})" if by else "", sep="\n"),
                _when(parts, q.due_at),
                status,
            ]
        )
    header = [w["no"], w["item"], w["what"], w["due"], w["status"]]
    return [
        *parts.table_heading(w["requests"], parts.s.subheading),
        parts.table(header, rows, [10, 40, 43, 35, 42]),
    ]


def _pieces(parts: Parts, w: dict[str, str], group: list[tuple[int, Evidence]]) -> Flowable:
    """Each piece's number, item (or phase), time and author, and caption, then its image
    (or a PDF's note) once: the same slide attached by two assessors is one picture with
    both their lines above it. Kept on one page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Spacer

    from scorer.reports.styles import MARGIN_MM

    flowables: list[Flowable] = []
    for number, piece in group:
        if piece.item_id is not None and parts.rubric.has_item(piece.item_id):
            where = f"{piece.item_id} {parts.rubric.item(piece.item_id).name.text(parts.lang)}"
        else:
            where = w["phase_only"].format(phase=w[piece.phase])
        when = _when(parts, piece.captured_at)
        by = _by(parts, w, piece.assessor)
        line = joined(w["number"].format(number=number), where, when, by, sep=" · ")
        flowables.append(parts.p(line, parts.s.subheading))
        if piece.caption:
            flowables.append(parts.p(piece.caption))
    if len(group) > 1:
        numbers = ", ".join(str(number) for number, _ in group)
        flowables += [parts.p(w["same"].format(numbers=numbers), parts.s.small), Spacer(1, 3)]
    piece = group[0][1]
    blob = parts.record.blobs.get(piece.sha256)
    if blob is not None and blob.media_type == JPEG_MEDIA_TYPE and piece.width and piece.height:
        width = (210 - 2 * MARGIN_MM) * mm  # the frame's width on A4
        height = width * piece.height / piece.width
        # Leave room for the lines above (about 10 mm a piece) and the footer; a group too
        # long for one page still gets an image of a readable size (the group then splits).
        room = max(297 - 2 * MARGIN_MM - 30 - 10 * len(group), MIN_IMAGE_MM) * mm
        if height > room:
            width, height = width * room / height, room
        flowables.append(Image(io.BytesIO(blob.data), width=width, height=height))
    elif blob is not None:
        flowables.append(
            parts.p(w["pdf"].format(size=max(1, blob.size // 1024), sha=blob.sha256[:12]))
        )
    flowables.append(Spacer(1, 6))
    return KeepTogether(flowables)
