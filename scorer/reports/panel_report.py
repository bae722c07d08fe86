"""The panel report (PDF, the minutes' look): the index and roll-ups with their spread, a
per-item table with a column per assessor, flags and consensus decisions, agreement, and
charts (the panel radar, each item's spread across assessors). Indonesian."""

from __future__ import annotations

import io
from fractions import Fraction
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.canonical import content_sha256
from scorer.core.model import ScoringRecord
from scorer.core.scoring import format_score
from scorer.core.stats import Agreement
from scorer.merge.aggregate import FLAG_LEVELS, ItemRow, PanelResult
from scorer.reports.charts import ChartValue, ItemSpread, radar, spread
from scorer.reports.minutes import write_atomically
from scorer.reports.styles import MARGIN_MM, footer_canvas, report_styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def _agreement(value: Agreement) -> str:
    if not value.meaningful or value.value is None:
        reason = {
            "fewer than 3 assessors": "kurang dari 3 asesor",
            "fewer than 5 items": "kurang dari 5 butir",
            "no variance": "tanpa variasi",
        }.get(value.reason or "", value.reason or "")
        return f"tidak bermakna ({reason})"
    return f"{value.value:.2f}".replace(".", ",")


def _flags(row: ItemRow, number_of: dict[str, int]) -> str:
    """The disagreement flags in the report's language: "rentang 2; asesor 3: 1 (median 3)"."""
    parts = []
    if row.spread.range is not None and row.spread.range >= FLAG_LEVELS:
        parts.append(f"rentang {row.spread.range:g}")
    median = row.spread.median
    for key, level in row.levels.items():
        if level is not None and median is not None and abs(level - median) >= FLAG_LEVELS:
            parts.append(f"asesor {number_of[key]}: {level} (median {median:g})")
    return "; ".join(parts)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _spreads(result: PanelResult) -> list[ItemSpread]:
    """Each item's levels in rubric order; a component's first item starts a group."""
    component_of = {item.id: item.component for item in result.rubric.items}
    out = []
    previous = None
    for row in result.items:
        component = component_of.get(row.item_id)
        out.append(
            ItemSpread(
                code=row.item_id,
                levels=tuple(v for v in row.levels.values() if v is not None),
                mean=row.spread.mean,
                flagged=row.flagged,
                group_start=component != previous,
            )
        )
        previous = component
    return out


def build_panel_report(record: ScoringRecord, result: PanelResult) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = report_styles()
    rubric = result.rubric
    ev = record.evaluation
    decimals = rubric.decimals

    def cells(rows: list[list[str]], widths: list[float], header_rows: int = 1) -> Table:
        data = [
            [
                Paragraph(escape(text), styles.cell_bold if r < header_rows else styles.cell)
                for text in row
            ]
            for r, row in enumerate(rows)
        ]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
        table.setStyle(
            TableStyle(
                [
                    # A table sets its cells' font even around Paragraphs: never Helvetica.
                    ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    story: list[Flowable] = [
        Paragraph(
            f"REKAPITULASI PENILAIAN TIM ASESOR TAHAP {ev.stage_roman} TAHUN {ev.year}",
            styles.title,
        ),
        Paragraph(escape(f"{ev.programme} · {ev.region}, {ev.province}"), styles.subtitle),
        Spacer(1, 4 * mm),
        Paragraph("Tim asesor", styles.heading),
        cells(
            [["No.", "Nama", "Instansi", "Indeks"]]
            + [
                [
                    str(n),
                    a.name,
                    a.institution,
                    format_score(result.per_assessor[a.key].index, decimals),
                ]
                for n, a in enumerate(result.assessors, start=1)
            ],
            [10, 60, 70, 25],
        ),
        Paragraph("Indeks tim", styles.heading),
        Paragraph(
            "Indeks tim (dari rata-rata per butir): "
            f"<b>{format_score(result.panel.index, decimals)}</b>"
            + (" (sementara)" if result.panel.provisional else ""),
            styles.body,
        ),
    ]
    per_assessor_components = {
        c.id: [s.components[c.id].value for s in result.per_assessor.values()]
        for c in rubric.components
    }
    rows = [["Komponen", "Bobot", "Tim", "Min", "Maks"]]
    for component in rubric.components:
        values = [float(v) for v in per_assessor_components[component.id] if v is not None]
        rows.append(
            [
                component.name.id,
                f"{float(component.weight) * 100:.0f} %",
                format_score(result.panel.components[component.id].value, decimals),
                _num(min(values) if values else None),
                _num(max(values) if values else None),
            ]
        )
    story += [Spacer(1, 2 * mm), cells(rows, [55, 25, 25, 25, 25])]
    dimension_rows = [["Dimensi", "Tim", "Min", "Maks", "Alpha", "ICC(2,k)"]]
    for dimension in rubric.dimensions:
        values = [
            float(v)
            for s in result.per_assessor.values()
            if (v := s.dimensions[dimension.id].value) is not None
        ]
        alpha, icc = result.agreement_by_dimension[dimension.id]
        dimension_rows.append(
            [
                dimension.name.id,
                format_score(result.panel.dimensions[dimension.id].value, decimals),
                _num(min(values) if values else None),
                _num(max(values) if values else None),
                _agreement(alpha),
                _agreement(icc),
            ]
        )
    story += [
        Paragraph("Nilai per dimensi dan kesepakatan", styles.heading),
        cells(dimension_rows, [45, 18, 18, 18, 36, 36]),
    ]
    alpha, icc = result.agreement_overall
    story.append(
        Paragraph(
            f"Kesepakatan keseluruhan: Krippendorff alpha (ordinal) {_agreement(alpha)}; "
            f"ICC(2,k) {_agreement(icc)}.",
            styles.body,
        )
    )
    top = max(rubric.levels)
    panel_values = [
        ChartValue(
            d.name.id,
            _float(result.panel.dimensions[d.id].value),
            format_score(result.panel.dimensions[d.id].value, decimals),
        )
        for d in rubric.dimensions
    ]
    spider = radar(panel_values, scale_max=top, width_mm=85)
    spider.hAlign = "CENTER"
    story.append(
        KeepTogether(
            [
                Paragraph("Nilai tim per dimensi", styles.subheading),
                spider,
                Paragraph(f"Radar nilai tim per dimensi (skala 1–{top}).", styles.small),
            ]
        )
    )
    header = ["Butir"] + [str(n) for n in range(1, len(result.assessors) + 1)]
    header += ["Rerata", "Rentang", "Tanda", "Konsensus"]
    number_of = {a.key: n for n, a in enumerate(result.assessors, start=1)}
    item_rows = [header]
    for row in result.items:
        item_rows.append(
            [row.item_id]
            + [
                "–" if row.levels[a.key] is None else str(row.levels[a.key])
                for a in result.assessors
            ]
            + [
                _num(row.spread.mean),
                _num(row.spread.range),
                _flags(row, number_of),
                (f"{row.consensus.level} – {row.consensus.reason}" if row.consensus else ""),
            ]
        )
    assessor_width = 8.0
    rest = 170 - 14 - assessor_width * len(result.assessors)
    # A long table must be free to start on this page and split with repeated headers.
    flowing = ParagraphStyle("flowing", parent=styles.heading, keepWithNext=0)
    story += [
        KeepTogether(
            [
                Paragraph("Sebaran nilai per butir", styles.heading),
                spread(_spreads(result), scale_max=top),
                Paragraph(
                    "Tiap kolom satu butir. Batang biru muda: rentang nilai antar-asesor; "
                    "titik: nilai yang diberikan (makin besar, makin banyak asesor); "
                    "garis hitam: rerata; latar kuning: butir yang ditandai "
                    f"(rentang atau selisih dari median ≥ {FLAG_LEVELS}).",
                    styles.small,
                ),
            ]
        ),
        Paragraph("Nilai per butir (kolom = nomor asesor)", flowing),
        cells(item_rows, [14] + [assessor_width] * len(result.assessors) + [16, 20, rest - 66, 30]),
    ]
    decisions = [row for row in result.items if row.consensus]
    if decisions:
        story.append(Paragraph("Keputusan konsensus", styles.heading))
        story.append(
            cells(
                [["Butir", "Sebelum", "Tingkat", "Alasan", "Oleh"]]
                + [
                    [
                        r.item_id,
                        r.consensus.before,
                        str(r.consensus.level),
                        r.consensus.reason,
                        r.consensus.decided_by,
                    ]
                    for r in decisions
                    if r.consensus is not None
                ],
                [14, 60, 16, 50, 30],
            )
        )
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


def write_panel_report(record: ScoringRecord, result: PanelResult, path: Path) -> None:
    write_atomically(path, build_panel_report(record, result))
