"""The panel report (PDF, the minutes' look), written for a coordinator to file: which
files were merged and whether each was signed off, how many panel members are in, the
panel index and roll-ups by component, dimension, element and aspect with each assessor's
own values, agreement with what it means, each item's spread (n, mean, median, SD, min,
max) with its name, consensus decisions, the supporting evidence and open evidence
requests per item and assessor, for a panel that follows up a previous evaluation the
change since then and the members' follow-up statuses side by side, and the
coordinator's signature. Indonesian.

Every figure comes from `PanelResult` (scorer/merge/aggregate.py); nothing is computed
twice. The sections are in `panel_sections`, the grids in `panel_tables`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.canonical import content_sha256
from scorer.core.model import ScoringRecord
from scorer.merge.aggregate import PanelResult
from scorer.merge.inputs import Contribution
from scorer.merge.provenance import member_sources
from scorer.reports.locale_id import long_date
from scorer.reports.minutes import write_atomically
from scorer.reports.panel_evidence import evidence_section
from scorer.reports.panel_followup import follow_up_sections
from scorer.reports.panel_sections import Sections
from scorer.reports.panel_words import numeral
from scorer.reports.phrases import evaluation_line
from scorer.reports.styles import MARGIN_MM, footer_canvas, report_styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def _signature(record: ScoringRecord, coordinator: str) -> list[Flowable]:
    """The coordinator's place, date and signature: lines to fill by hand unless named (a
    panel member's name brings their NIP)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    styles = report_styles()
    name = coordinator.strip()
    member = {a.name.casefold(): a for a in record.assessors}.get(name.casefold())
    name_line = f"<u>{escape(name)}</u>" if name else "." * 60
    nip_line = f"NIP. {escape(member.nip)}" if member and member.nip else "NIP. " + "." * 40
    block = Table(
        [
            [
                "",
                [
                    Paragraph("." * 30 + ", " + "." * 36, styles.plain),
                    Paragraph("Koordinator Tim Asesor,", styles.plain),
                    Spacer(1, 20 * mm),
                    Paragraph(name_line, styles.plain),
                    Paragraph(nip_line, styles.plain),
                ],
            ]
        ],
        colWidths=[85 * mm, 85 * mm],
    )
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName)]))
    return [KeepTogether([Paragraph("Pengesahan", styles.heading), Spacer(1, 2 * mm), block])]


def build_panel_report(
    record: ScoringRecord,
    result: PanelResult,
    *,
    inputs: Sequence[Contribution] = (),
    coordinator: str = "",
) -> bytes:
    """The report's PDF. `inputs` (the merge's contributions) tell whether each merged file
    was signed off; `coordinator` names the signatory (blank: a line to sign by hand)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from scorer.reports.minutes_letterhead import current_programme, letterhead

    styles = report_styles()
    ev = record.evaluation
    sections = Sections(record, result, member_sources(record, inputs))
    decisions = sections.decisions_section()
    # Sections VII on are there only when the panel has what they show; numbered in turn.
    evidence = evidence_section(
        record, result.rubric, sections.number_of, numeral(7 + bool(decisions))
    )
    follow_up = follow_up_sections(
        record, result, inputs, sections.number_of, 7 + bool(decisions) + bool(evidence)
    )
    story: list[Flowable] = [
        *letterhead(current_programme(), styles),
        Paragraph(
            f"REKAPITULASI PENILAIAN TIM ASESOR TAHAP {ev.stage_roman} TAHUN {ev.year}",
            styles.title,
        ),
        Paragraph(escape(evaluation_line(ev)), styles.subtitle),
        Paragraph(f"Sesi evaluasi: {long_date(record.session.date)}", styles.subtitle),
        Spacer(1, 3 * mm),
        *sections.members_section(),
        *sections.index_section(),
        *sections.agreement_section(),
        *sections.rollups_section(),
        *sections.items_section(),
        *decisions,
        *evidence,
        *follow_up,
        *_signature(record, coordinator),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title=f"Rekapitulasi tim asesor {ev.region} {ev.year}",
        creator="Smart City Scorer",
    )
    fingerprint = content_sha256(record)[:12]
    document.build(story, canvasmaker=footer_canvas(record.file_id, fingerprint, "id"))
    return buffer.getvalue()


def write_panel_report(
    record: ScoringRecord,
    result: PanelResult,
    path: Path,
    *,
    inputs: Sequence[Contribution] = (),
    coordinator: str = "",
) -> None:
    write_atomically(
        path, build_panel_report(record, result, inputs=inputs, coordinator=coordinator)
    )
