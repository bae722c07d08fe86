"""The official minutes (notula) of a session as an A4 PDF, built with ReportLab platypus.

Layout after DOMAIN.md "Minutes": letterhead, title and number, session facts, sections
I-VI (a panel file's section IV holds the panel's values), closing time, the chair's and
the minute-taker's signatures, the attendance list; then, for an assessor's file, that
assessor's own score sheet. Every cell is a Paragraph so long text wraps instead of
overflowing, long tables repeat their header row and may split inside a row, and each
page's footer carries the draft/final status, "Halaman x dari y", the file id and the
fingerprint of the scored content (styles.footer_canvas).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.model import ScoringRecord
from scorer.core.programme import Programme
from scorer.core.rubric import stored_rubric
from scorer.reports.locale_id import date_time
from scorer.reports.minutes_evidence import evidence_annex
from scorer.reports.minutes_followup import follow_up_section
from scorer.reports.minutes_letterhead import current_programme
from scorer.reports.minutes_parts import Parts, SignatureSlot
from scorer.reports.minutes_sheet import assessor_sheet
from scorer.reports.minutes_words import WORDS
from scorer.reports.styles import MARGIN_MM, footer_canvas, report_styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Progress = Callable[[int, str], None]


@dataclass
class MinutesPdf:
    data: bytes
    pages: int
    fingerprint: str
    slots: list[SignatureSlot] = field(default_factory=list)


def build_minutes(
    record: ScoringRecord,
    lang: str = "id",
    *,
    signature_images: Mapping[str, Path] | None = None,
    progress: Progress | None = None,
    programme: Programme | None = None,
) -> MinutesPdf:
    """Lay out the minutes of `record` (docs/minutes.md, "The document set"): the notula,
    then for an assessor's file that assessor's score sheet, for a panel file the panel's
    values. `signature_images` maps assessor keys to images; `programme` defaults to the
    user's programme file, else the bundled one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    report = progress or (lambda _percent, _what: None)
    words = WORDS["en" if lang == "en" else "id"]
    rubric = stored_rubric(record.rubric_source)
    slots: list[SignatureSlot] = []
    parts = Parts(
        record,
        rubric,
        lang,
        words,
        report_styles(),
        slots,
        signature_images or {},
        programme or current_programme(),
    )
    report(5, "text")
    story: list[Flowable] = [*parts.heading(), *parts.opening(), *parts.presentation()]
    story += parts.questions()
    report(30, "charts")
    story += parts.assessment()
    story += follow_up_section(record, parts.comparison, lang)
    report(70, "tables")
    story += [*parts.conclusions(), *parts.recommendations(), *parts.closing()]
    story += parts.attendance_annex()
    if not parts.is_panel:  # a panel's values are in its section IV, item by item
        story += assessor_sheet(parts)
    story += evidence_annex(parts)
    buffer = io.BytesIO()
    ev = record.evaluation
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title=words["title"].format(stage=ev.stage_roman, year=ev.year),
        author=parts.owner_name,
        subject=f"{ev.programme} · {ev.region}",
        creator="Smart City Scorer",
        # The zone lets a later signer's stamp print the session's local time.
        keywords=(
            f"file_id={record.file_id}; content_sha256={parts.fingerprint}; "
            f"zone={ev.timezone.value}"
        ),
    )
    status, watermark = _status(parts)
    fingerprint = parts.fingerprint[:12]
    canvas = footer_canvas(record.file_id, fingerprint, lang, status=status, watermark=watermark)
    document.build(story, canvasmaker=canvas)
    report(100, "done")
    return MinutesPdf(buffer.getvalue(), document.page, fingerprint, slots)


def _status(parts: Parts) -> tuple[str, str]:
    """The footer's status line and the watermark: draft, signed off, or not valid."""
    w = parts.w
    active = parts.state.active
    if active is None:
        return w["draft_footer"], w["draft_mark"]
    if parts.state.tampered:
        return w["void_footer"], w["void_mark"]
    line = w["final_footer"].format(
        name=active.signed_by, when=date_time(active.signed_at, parts.zone, parts.lang)
    )
    return line, ""


def write_minutes(
    record: ScoringRecord,
    path: Path,
    lang: str = "id",
    *,
    signature_images: Mapping[str, Path] | None = None,
    progress: Progress | None = None,
) -> MinutesPdf:
    """Build and write atomically (temp file + rename): a reader never sees half a PDF."""
    result = build_minutes(record, lang, signature_images=signature_images, progress=progress)
    write_atomically(path, result.data)
    return result


def write_atomically(path: Path, data: bytes) -> None:
    """A PDF written beside its destination, synced and renamed into place (one way for
    every file the app writes whole: storage.scoringfile.atomic_new_file). The file gets
    the user's ordinary permissions: minutes are for sharing."""
    from scorer.storage.scoringfile import atomic_new_file

    with atomic_new_file(path) as temp:
        temp.write_bytes(data)
