"""The panel report (PDF, the minutes' look), written for a coordinator to file: which
files were merged and whether each was signed off, how many panel members are in, the
panel index and roll-ups by component, dimension, element and aspect with each assessor's
own values, agreement with what it means, each item's spread (n, mean, median, SD, min,
max) with its name, consensus decisions, and the coordinator's signature. Indonesian.

Every figure comes from `PanelResult` (scorer/merge/aggregate.py); nothing is computed
twice. Tables keep their heading with the first row and a total with the last.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from fractions import Fraction
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.core.canonical import content_sha256
from scorer.core.model import ScoringRecord
from scorer.core.scoring import format_score
from scorer.core.stats import MIN_ASSESSORS, MIN_ITEMS, Agreement
from scorer.merge.aggregate import (
    ALPHA_RELIABLE,
    ALPHA_TENTATIVE,
    FLAG_LEVELS,
    PanelResult,
    RollupRow,
    alpha_verdict,
)
from scorer.merge.inputs import Contribution
from scorer.merge.provenance import member_sources
from scorer.reports.charts import ChartValue, ItemSpread, radar, spread
from scorer.reports.minutes import write_atomically
from scorer.reports.panel_words import flag_text, not_meaningful, plain_number, signed_at_text
from scorer.reports.styles import MARGIN_MM, footer_canvas, report_styles

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Table

WIDTH_MM = 170  # A4 less the margins
PADDING_PT = 3  # cell padding left and right
KEEP_WHOLE_ROWS = 12  # a table this short moves to the next page whole rather than split
SIGNOFF_MM = 50  # a name, and the sign-off's date and time
ITEM_TABLE_START_MM = 45  # the per-item table's heading, legend, heading row and two rows
ROLLUP_HEADINGS = {
    "component": "Komponen",
    "dimension": "Dimensi",
    "element": "Elemen",
    "aspect": "Aspek infrastruktur",
}


def _decimal(value: float | Fraction | None) -> str:
    return "–" if value is None else f"{float(value):.2f}".replace(".", ",")


def _level(value: float | None) -> str:
    return "–" if value is None else plain_number(value, "id")


def _agreement(value: Agreement) -> str:
    if not value.meaningful or value.value is None:
        return not_meaningful(value, "id")
    return _decimal(value.value)


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


def _caveat(alpha: Agreement) -> str:
    """What the overall alpha means, in plain Indonesian (Krippendorff 2004's thresholds)."""
    verdict = alpha_verdict(alpha)
    tentative, reliable = _decimal(ALPHA_TENTATIVE), _decimal(ALPHA_RELIABLE)
    if verdict is None:
        return (
            "Kesepakatan antarasesor tidak dapat dinilai (kurang dari "
            f"{MIN_ASSESSORS} asesor atau {MIN_ITEMS} butir): nilai tim belum dapat "
            "dinyatakan konsisten antarasesor."
        )
    value = _decimal(alpha.value)
    if verdict == "low":
        return (
            f"<b>Kesepakatan antarasesor rendah (alpha {value}, di bawah {tentative}): hasil "
            "panel perlu dibahas sebelum disimpulkan.</b> Para asesor menilai butir yang sama "
            "dengan cukup berbeda; bahas butir yang ditandai, dan tetapkan nilai konsensus "
            "bila perlu."
        )
    if verdict == "tentative":
        return (
            f"<b>Kesepakatan antarasesor sedang (alpha {value}, antara {tentative} dan "
            f"{reliable}): hasil panel hanya untuk simpulan sementara.</b>"
        )
    return f"Kesepakatan antarasesor baik (alpha {value}, sekurang-kurangnya {reliable})."


def build_panel_report(
    record: ScoringRecord,
    result: PanelResult,
    *,
    inputs: Sequence[Contribution] = (),
    coordinator: str = "",
) -> bytes:
    """The report's PDF. `inputs` (the merge's contributions) tell whether each merged file
    was signed off; `coordinator` names the signatory (blank: a line to sign by hand)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        CondPageBreak,
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
    assessors = result.assessors
    numbers = [str(n) for n in range(1, len(assessors) + 1)]

    bold_right = ParagraphStyle("cell_bold_right", parent=styles.cell_bold, alignment=TA_RIGHT)

    def cells(
        rows: list[list[str]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        total: bool = False,
    ) -> Table:
        """A grid; `right`: numeric columns (right-aligned, heading too); `total`: the last
        row is a bold total."""
        last = len(rows) - 1

        def style(r: int, c: int) -> ParagraphStyle:
            if r == 0 or (total and r == last):
                return bold_right if c in right else styles.cell_bold
            return styles.cell_right if c in right else styles.cell

        data = [
            [Paragraph(text, style(r, c)) for c, text in enumerate(row)]
            for r, row in enumerate(rows)
        ]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        commands: list[tuple[object, ...]] = [
            # A table sets its cells' font even around Paragraphs: never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING_PT),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_PT),
        ]
        if len(rows) <= KEEP_WHOLE_ROWS:
            commands.append(("NOSPLIT", (0, 0), (-1, -1)))
        else:
            commands.append(("NOSPLIT", (0, 0), (-1, 1)))  # the heading with the first row
            commands.append(("NOSPLIT", (0, -2), (-1, -1)))  # the last two rows together
        if total:
            commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.96, 0.96, 0.96)))
        table.setStyle(TableStyle(commands))
        return table

    def fit(*texts: str) -> float:
        """The width (mm) of a column holding these one-line texts, heading in bold."""
        widest: float = max(
            stringWidth(t, styles.cell_bold.fontName, styles.cell_bold.fontSize) for t in texts
        )
        points_per_mm: float = mm
        return (widest + 2 * PADDING_PT + 1) / points_per_mm

    def text(value: str) -> str:
        return escape(value)

    story: list[Flowable] = [
        Paragraph(
            f"REKAPITULASI PENILAIAN TIM ASESOR TAHAP {ev.stage_roman} TAHUN {ev.year}",
            styles.title,
        ),
        Paragraph(text(f"{ev.programme} · {ev.region}, {ev.province}"), styles.subtitle),
        Spacer(1, 3 * mm),
    ]

    # I. Who is in, from which file, signed off or not.
    scored, listed = result.coverage
    members = member_sources(record, inputs)
    missing = [m.assessor.name for m in members if m.assessor.key not in result.per_assessor]
    if scored < listed:
        coverage = (
            f"<b>Penilaian {scored} dari {listed} anggota tim asesor</b> telah digabung; "
            f"nilai tim di bawah hanya mewakili {scored} asesor tersebut. Belum masuk: "
            f"{text('; '.join(missing))}"
        )
    else:
        coverage = f"Penilaian seluruh {listed} anggota tim asesor telah digabung."
    number_of = {a.key: n for n, a in enumerate(assessors, start=1)}
    member_rows = [["No.", "Nama dan instansi", "Berkas", "Pengesahan", "Sidik"]]
    zone = ev.timezone
    for member in members:
        assessor = member.assessor
        if member.source is None:
            file_name, signoff = "<i>tidak ada berkas</i>", ""
        else:
            file_name = text(member.source.file_name)
            if not member.signoff_known:
                signoff = "tidak diketahui<br/>(dari berkas panel)"
            elif member.signed_by is None or member.signed_at is None:
                signoff = "<b>belum disahkan</b>"
            else:
                when = signed_at_text(member.signed_at, zone, "id")
                signoff = f"{text(member.signed_by)}<br/>{when}"
        member_rows.append(
            [
                str(number_of[assessor.key]) if assessor.key in number_of else "–",
                f"{text(assessor.name)}<br/>{text(assessor.institution)}",
                file_name,
                signoff,
                member.fingerprint,
            ]
        )
    sidik = fit("Sidik", *(m.fingerprint for m in members))
    files = min(fit("tidak ada berkas", *(m.source.file_name for m in members if m.source)), 45)
    widths = [9, WIDTH_MM - 9 - files - SIGNOFF_MM - sidik, files, SIGNOFF_MM, sidik]
    story.append(
        KeepTogether(
            [
                Paragraph("I. Tim asesor dan berkas yang digabung", styles.heading),
                Paragraph(coverage, styles.plain),
                Spacer(1, 2 * mm),
                cells(member_rows, widths),
                Paragraph(
                    "No.: nomor kolom asesor pada tabel di bawah (indeks tiap asesor: baris "
                    "Indeks pada bagian II). Pengesahan: siapa mengesahkan berkas itu dan kapan. "
                    "Sidik: 12 digit pertama SHA-256 isi berkas saat digabung.",
                    styles.small,
                ),
            ]
        )
    )

    # II. The index and the components, each assessor's own values beside the panel's.
    panel = result.panel
    index_line = f"Indeks tim: <b>{format_score(panel.index, decimals)}</b>"
    if panel.provisional:
        index_line += f" (sementara: {len(panel.unscored)} butir belum dinilai)"
    own_indices = [result.per_assessor[a.key].index for a in assessors]
    present = [v for v in own_indices if v is not None]

    def rollup_table(kind: str, rows: list[RollupRow]) -> Table:
        weights = kind == "component"
        header = [ROLLUP_HEADINGS[kind]] + (["Bobot"] if weights else ["Butir"])
        header += ["Tim", *numbers, "Min", "Maks"]
        body = [header]
        for rollup in rows:
            body.append(
                [text(rollup.name.id)]
                + [
                    f"{float(rollup.weight) * 100:.0f} %"
                    if weights and rollup.weight is not None
                    else str(rollup.panel.total)
                ]
                + [f"<b>{format_score(rollup.panel.value, decimals)}</b>"]
                + [format_score(rollup.by_assessor[a.key], decimals) for a in assessors]
                + [format_score(rollup.minimum, decimals), format_score(rollup.maximum, decimals)]
            )
        if weights:
            body.append(
                ["Indeks", "100 %", format_score(panel.index, decimals)]
                + [format_score(v, decimals) for v in own_indices]
                + [
                    format_score(min(present, default=None), decimals),
                    format_score(max(present, default=None), decimals),
                ]
            )
        number_width = 13.0
        name_width = WIDTH_MM - number_width * (len(assessors) + 4)
        return cells(
            body,
            [name_width] + [number_width] * (len(assessors) + 4),
            right=range(1, len(header)),
            total=weights,
        )

    by_kind: dict[str, list[RollupRow]] = {}
    for rollup in result.rollups:
        by_kind.setdefault(rollup.kind, []).append(rollup)
    story.append(
        KeepTogether(
            [
                Paragraph("II. Indeks tim dan nilai per komponen", styles.heading),
                Paragraph(
                    index_line + ". Nilai tim tiap butir adalah rerata nilai para asesor (atau "
                    "nilai konsensus bila ditetapkan); nilai komponen adalah rerata butirnya, "
                    "dan indeks adalah jumlah bobot × nilai komponen. Kolom 1–"
                    f"{len(assessors)}: nilai masing-masing asesor.",
                    styles.plain,
                ),
                Spacer(1, 2 * mm),
                rollup_table("component", by_kind.get("component", [])),
            ]
        )
    )

    # III. Agreement, and what it means.
    alpha, icc = result.agreement_overall
    agreement_rows = [["Cakupan", "Butir", "Alpha ordinal", "ICC(2,k)", "Tafsiran alpha"]]
    verdicts = {
        "reliable": "andal",
        "tentative": "tentatif: simpulan sementara",
        "low": "rendah: perlu dibahas",
    }
    scopes = [("Keseluruhan", len(result.items), (alpha, icc))]
    # Dimensions whose figures are not meaningful share one sentence, not a row each.
    idle: dict[str, list[str]] = {}
    for dimension in by_kind.get("dimension", []):
        pair = result.agreement_by_dimension[dimension.id]
        if any(value.meaningful for value in pair):
            scopes.append((dimension.name.id, dimension.panel.total, pair))
        else:
            idle.setdefault(not_meaningful(pair[0], "id"), []).append(dimension.name.id)
    for scope, items, (scope_alpha, scope_icc) in scopes:
        verdict = alpha_verdict(scope_alpha)
        agreement_rows.append(
            [
                text(scope),
                str(items),
                _agreement(scope_alpha),
                _agreement(scope_icc),
                verdicts[verdict] if verdict else "–",
            ]
        )
    idle_lines = [
        f"Per dimensi ({text(', '.join(names))}): {reason}; alpha dan ICC tidak dicetak."
        for reason, names in idle.items()
    ]
    story.append(
        KeepTogether(
            [
                Paragraph("III. Kesepakatan antarasesor", styles.heading),
                Paragraph(_caveat(alpha), styles.plain),
                Spacer(1, 2 * mm),
                cells(agreement_rows, [44, 14, 36, 36, 40], right=(1, 2, 3)),
                *(Paragraph(line, styles.small) for line in idle_lines),
                Paragraph(
                    "Krippendorff alpha (ordinal) mengukur kesepakatan nilai antarasesor: "
                    f"≥ {_decimal(ALPHA_RELIABLE)} andal; {_decimal(ALPHA_TENTATIVE)}–"
                    f"{_decimal(ALPHA_RELIABLE)} hanya untuk simpulan sementara; di bawah "
                    f"{_decimal(ALPHA_TENTATIVE)} belum dapat disimpulkan (Krippendorff, "
                    "2004). ICC(2,k) mengukur keandalan rerata para asesor (bukan satu "
                    "asesor), sehingga biasanya lebih tinggi. Dengan kurang dari "
                    f"{MIN_ASSESSORS} asesor atau {MIN_ITEMS} butir, angka tidak bermakna.",
                    styles.small,
                ),
            ]
        )
    )

    # IV. Roll-ups by dimension (with the radar), element and aspect.
    top = max(rubric.levels)
    spider = radar(
        [
            ChartValue(
                dimension.name.id,
                None if dimension.panel.value is None else float(dimension.panel.value),
                format_score(dimension.panel.value, decimals),
            )
            for dimension in by_kind.get("dimension", [])
        ],
        scale_max=top,
        width_mm=85,
    )
    spider.hAlign = "CENTER"
    story += [
        Paragraph("IV. Nilai per dimensi, elemen dan aspek infrastruktur", styles.heading),
        rollup_table("dimension", by_kind.get("dimension", [])),
        KeepTogether(
            [
                Paragraph("Nilai tim per dimensi", styles.subheading),
                spider,
                Paragraph(f"Radar nilai tim per dimensi (skala 1–{top}).", styles.small),
            ]
        ),
    ]
    for kind in ("element", "aspect"):
        if by_kind.get(kind):
            story += [Spacer(1, 3 * mm), rollup_table(kind, by_kind[kind])]

    # V. Each item: the spread chart, then the table with the item's name.
    flowing = ParagraphStyle("flowing", parent=styles.heading, keepWithNext=0)
    story.append(
        KeepTogether(
            [
                Paragraph("V. Sebaran nilai per butir", styles.heading),
                spread(_spreads(result), scale_max=top),
                Paragraph(
                    "Tiap kolom satu butir. Batang biru muda: rentang nilai antarasesor; "
                    "titik: nilai yang diberikan (makin besar, makin banyak asesor); "
                    "garis hitam: rerata; latar kuning: butir yang ditandai "
                    f"(rentang atau selisih dari median ≥ {FLAG_LEVELS}).",
                    styles.small,
                ),
            ]
        )
    )
    who = {a.key: f"asesor {number_of[a.key]}" for a in assessors}
    header = ["Kode", "Butir", *numbers, "n", "Rerata", "Median", "SD", "Min", "Maks", "Tanda"]
    item_rows = [header]
    for row in result.items:
        item = rubric.item(row.item_id)
        flags = flag_text(row, who, "id")
        if row.consensus:
            flags = "; ".join(filter(None, [flags, f"konsensus: {row.consensus.level}"]))
        s = row.spread
        item_rows.append(
            [row.item_id, text(item.name.id)]
            + ["–" if row.levels[a.key] is None else str(row.levels[a.key]) for a in assessors]
            + [
                str(s.n),
                _decimal(s.mean),
                _level(s.median),
                _decimal(s.stdev),
                _level(s.minimum),
                _level(s.maximum),
                text(flags),
            ]
        )
    widest_code = max((row.item_id for row in result.items), key=len, default="")
    fixed = [fit("Kode", widest_code)] + [fit("9")] * len(assessors)
    fixed += [fit(h, "0,00") for h in ("n", "Rerata", "Median", "SD", "Min", "Maks")]
    flags_width = 28.0
    item_widths = [fixed[0], WIDTH_MM - sum(fixed) - flags_width, *fixed[1:], flags_width]
    story += [
        # The heading, its legend and the table's first rows start a page together.
        CondPageBreak(ITEM_TABLE_START_MM * mm),
        Paragraph("VI. Nilai per butir", flowing),
        Paragraph(
            f"Kolom 1–{len(assessors)}: nilai masing-masing asesor (nomor pada bagian I); "
            "n: jumlah asesor yang memberi nilai; SD: simpangan baku sampel.",
            styles.small,
        ),
        Spacer(1, 1.5 * mm),
        cells(item_rows, item_widths, right=range(2, len(header) - 1)),
    ]
    decisions = [row for row in result.items if row.consensus]
    if decisions:
        story += [
            Paragraph("VII. Keputusan konsensus", styles.heading),
            cells(
                [["Kode", "Sebelum", "Tingkat", "Alasan", "Oleh"]]
                + [
                    [
                        r.item_id,
                        text(r.consensus.before),
                        str(r.consensus.level),
                        text(r.consensus.reason),
                        text(r.consensus.decided_by),
                    ]
                    for r in decisions
                    if r.consensus is not None
                ],
                [12, 58, 16, 54, 30],
                right=(2,),
            ),
        ]

    # The coordinator's date and signature: blank lines to fill by hand unless named.
    known = {a.name.casefold(): a for a in record.assessors}
    signer = known.get(coordinator.strip().casefold())
    name_line = f"<u>{text(coordinator.strip())}</u>" if coordinator.strip() else "." * 60
    nip_line = f"NIP. {text(signer.nip)}" if signer and signer.nip else "NIP. " + "." * 40
    signature = Table(
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
    signature.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName)]))
    story.append(
        KeepTogether([Paragraph("Pengesahan", styles.heading), Spacer(1, 2 * mm), signature])
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
