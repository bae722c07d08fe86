"""The panel report's sections I–VII, each a list of flowables built from `PanelResult`
(every figure computed there, none here). Indonesian."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from html import escape
from typing import TYPE_CHECKING

from scorer.core.model import Assessor, ScoringRecord
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
from scorer.merge.provenance import MemberSource
from scorer.reports.charts import ChartValue, ItemSpread, radar, spread
from scorer.reports.locale_id import date_time
from scorer.reports.panel_tables import KEEP_WHOLE_ROWS, WIDTH_MM, fit, grid, wide_grid
from scorer.reports.panel_words import (
    flag_text,
    not_meaningful,
    plain_number,
    words,
)
from scorer.reports.phrases import joined
from scorer.reports.styles import report_styles

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

SIGNOFF_MM = 50  # a name, and the sign-off's date and time
FLAGS_MM = 28
AGREEMENT_PLACES = 3
NAME_LEAST_MM = 36  # a roll-up's name: the bundled rubric's longest on one line
ITEM_NAME_LEAST_MM = 28  # an item's name: three lines at most (one table up to 8 assessors)
ITEM_TABLE_START_MM = 45  # the per-item table's heading, legend, heading row and two rows
ROLLUP_HEADINGS = {
    "component": "Komponen",
    "dimension": "Dimensi",
    "element": "Elemen",
    "aspect": "Aspek infrastruktur",
}
VERDICTS = {
    "reliable": "andal",
    "tentative": "tentatif: simpulan sementara",
    "low": "rendah: perlu dibahas",
}


def decimal(value: float | Fraction | None, places: int = 2) -> str:
    return "–" if value is None else f"{float(value):.{places}f}".replace(".", ",")


def coefficient(value: float | None) -> str:
    """An agreement figure to three places, as its thresholds are written: 0,667."""
    return decimal(value, AGREEMENT_PLACES)


def _level(value: float | None) -> str:
    return "–" if value is None else plain_number(value, "id")


def _agreement(value: Agreement) -> str:
    if not value.meaningful or value.value is None:
        return not_meaningful(value, "id")
    return coefficient(value.value)


def caveat(alpha: Agreement) -> str:
    """What the overall alpha means, in plain Indonesian (Krippendorff 2004's thresholds)."""
    verdict = alpha_verdict(alpha)
    tentative, reliable = coefficient(ALPHA_TENTATIVE), coefficient(ALPHA_RELIABLE)
    if verdict is None:
        return (
            "Kesepakatan antarasesor tidak dapat dinilai (kurang dari "
            f"{MIN_ASSESSORS} asesor atau {MIN_ITEMS} butir): nilai tim belum dapat "
            "dinyatakan konsisten antarasesor."
        )
    value = coefficient(alpha.value)
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


def _notes() -> ParagraphStyle:
    """The small print under tables and charts, ragged right (justified, short lines gape)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("panel_notes", parent=report_styles().small, alignment=0)


@dataclass(frozen=True)
class Sections:
    """What every section needs: the panel, its figures, and who is in."""

    record: ScoringRecord
    result: PanelResult
    members: list[MemberSource]

    @property
    def assessors(self) -> list[Assessor]:
        return self.result.assessors

    @property
    def decimals(self) -> int:
        return self.result.rubric.decimals

    @cached_property
    def number_of(self) -> dict[str, int]:
        """Each scoring assessor's column number in the tables."""
        return {a.key: n for n, a in enumerate(self.assessors, start=1)}

    @cached_property
    def by_kind(self) -> dict[str, list[RollupRow]]:
        groups: dict[str, list[RollupRow]] = {}
        for rollup in self.result.rollups:
            groups.setdefault(rollup.kind, []).append(rollup)
        return groups

    def score(self, value: Fraction | None) -> str:
        return format_score(value, self.decimals)

    def members_section(self) -> list[Flowable]:
        """I. Every panel member: their file, its sign-off and fingerprint; k of n."""
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

        styles = report_styles()
        scored, listed = self.result.coverage
        if scored < listed:
            missing = [
                m.assessor.name for m in self.members if m.assessor.key not in self.number_of
            ]
            coverage = (
                f"<b>Penilaian {scored} dari {listed} anggota tim asesor</b> telah digabung; "
                f"nilai tim di bawah hanya mewakili {scored} asesor tersebut. Belum masuk: "
                f"{escape('; '.join(missing))}"
            )
        else:
            coverage = f"Penilaian seluruh {listed} anggota tim asesor telah digabung."
        rows = [["No.", "Nama dan instansi", "Berkas", "Pengesahan", "Sidik"]]
        zone = self.record.evaluation.timezone
        for member in self.members:
            assessor = member.assessor
            if member.source is None:
                file_name, signoff = "<i>tidak ada berkas</i>", ""
            else:
                file_name = escape(member.source.file_name)
                if not member.signoff_known:
                    signoff = "tidak diketahui<br/>(dari berkas panel)"
                elif member.signed_by is None or member.signed_at is None:
                    signoff = "<b>belum disahkan</b>"
                else:
                    when = date_time(member.signed_at, zone)
                    signoff = f"{escape(member.signed_by)}<br/>{when}"
            number = self.number_of.get(assessor.key)
            rows.append(
                [
                    "–" if number is None else str(number),
                    joined(escape(assessor.name), escape(assessor.institution), sep="<br/>"),
                    file_name,
                    signoff,
                    member.fingerprint,
                ]
            )
        sidik = fit("Sidik", *(m.fingerprint for m in self.members))
        names = (m.source.file_name for m in self.members if m.source)
        files = min(fit("tidak ada berkas", *names), 45)
        widths = [9, WIDTH_MM - 9 - files - SIGNOFF_MM - sidik, files, SIGNOFF_MM, sidik]
        section = [
            Paragraph("I. Tim asesor dan berkas yang digabung", styles.heading),
            Paragraph(coverage, styles.plain),
            Spacer(1, 2 * mm),
            grid(rows, widths),
            Paragraph(
                "No.: nomor kolom asesor pada tabel di bawah (indeks tiap asesor: baris "
                "Indeks pada bagian II). Pengesahan: siapa mengesahkan berkas itu dan "
                "kapan. Sidik: 12 digit pertama SHA-256 isi berkas saat digabung.",
                _notes(),
            ),
        ]
        if len(rows) <= KEEP_WHOLE_ROWS:
            return [KeepTogether(section)]
        # A large panel's list starts under the title, not on a page of its own, and splits.
        return [CondPageBreak(ITEM_TABLE_START_MM * mm), *section]

    def rollup_table(self, kind: str) -> list[Flowable]:
        """The panel's value, each assessor's own, min and max; components: the index row."""
        components = kind == "component"
        header = [ROLLUP_HEADINGS[kind], "Bobot" if components else "Butir", "Tim"]
        header += [*map(str, self.number_of.values()), "Min", "Maks"]
        body = [header]
        for rollup in self.by_kind.get(kind, []):
            size = (
                f"{float(rollup.weight) * 100:.0f} %"
                if rollup.weight is not None
                else str(rollup.panel.total)
            )
            body.append(
                [escape(rollup.name.id), size, self.score(rollup.panel.value)]
                + [self.score(rollup.by_assessor[a.key]) for a in self.assessors]
                + [self.score(rollup.minimum), self.score(rollup.maximum)]
            )
        if components:
            own = [self.result.per_assessor[a.key].index for a in self.assessors]
            present = [v for v in own if v is not None]
            body.append(
                ["Indeks", "100 %", self.score(self.result.panel.index)]
                + [self.score(v) for v in own]
                + [self.score(min(present, default=None)), self.score(max(present, default=None))]
            )
        # Figures measured as printed (bold); the assessors' columns all as wide as the widest.
        assessors = range(3, 3 + len(self.assessors))
        each = fit(*(row[c] for row in body for c in assessors)) if self.assessors else 0
        widths: list[float | None] = [None]
        widths += [
            each if c in assessors else fit(*(row[c] for row in body))
            for c in range(1, len(header))
        ]
        for row in body[1:]:
            row[2] = f"<b>{row[2]}</b>"
        return wide_grid(
            body,
            widths,
            assessors,
            least=NAME_LEAST_MM,
            right=range(1, len(header)),
            total=components,
        )

    def index_section(self) -> list[Flowable]:
        """II. The panel index and the components."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        styles = report_styles()
        panel = self.result.panel
        line = f"Indeks tim: <b>{self.score(panel.index)}</b>"
        if panel.provisional:
            line += f" (sementara: {len(panel.unscored)} butir belum dinilai)"
        return [
            KeepTogether(
                [
                    Paragraph("II. Indeks tim dan nilai per komponen", styles.heading),
                    Paragraph(
                        line + ". Nilai tim tiap butir adalah rerata nilai para asesor (atau "
                        "nilai konsensus bila ditetapkan); nilai komponen adalah rerata "
                        "butirnya, dan indeks adalah jumlah bobot × nilai komponen. Kolom 1–"
                        f"{len(self.assessors)}: nilai masing-masing asesor.",
                        styles.plain,
                    ),
                    Spacer(1, 2 * mm),
                    *self.rollup_table("component"),
                ]
            )
        ]

    def agreement_section(self) -> list[Flowable]:
        """III. Alpha and ICC, overall and per dimension, and what the overall alpha means."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        styles = report_styles()
        result = self.result
        alpha, icc = result.agreement_overall
        rows = [["Cakupan", "Butir", "Alpha ordinal", "ICC(2,k)", "Tafsiran alpha"]]
        scopes = [("Keseluruhan", len(result.items), (alpha, icc))]
        # Dimensions whose figures are not meaningful share one sentence, not a row each.
        idle: dict[str, list[str]] = {}
        for dimension in self.by_kind.get("dimension", []):
            pair = result.agreement_by_dimension[dimension.id]
            if any(value.meaningful for value in pair):
                scopes.append((dimension.name.id, dimension.panel.total, pair))
            else:
                idle.setdefault(not_meaningful(pair[0], "id"), []).append(dimension.name.id)
        for scope, items, (scope_alpha, scope_icc) in scopes:
            verdict = alpha_verdict(scope_alpha)
            rows.append(
                [
                    escape(scope),
                    str(items),
                    _agreement(scope_alpha),
                    _agreement(scope_icc),
                    VERDICTS[verdict] if verdict else "–",
                ]
            )
        notes = [
            f"Per dimensi ({escape(', '.join(names))}): {reason}; alpha dan ICC tidak dicetak."
            for reason, names in idle.items()
        ]
        tentative, reliable = coefficient(ALPHA_TENTATIVE), coefficient(ALPHA_RELIABLE)
        notes.append(
            "Krippendorff alpha (ordinal) mengukur kesepakatan nilai antarasesor: "
            f"≥ {reliable} andal; {tentative}–{reliable} hanya untuk simpulan sementara; di "
            f"bawah {tentative} belum dapat disimpulkan (Krippendorff, 2004). ICC(2,k) "
            "mengukur keandalan rerata para asesor (bukan satu asesor), sehingga biasanya "
            f"lebih tinggi. Dengan kurang dari {MIN_ASSESSORS} asesor atau {MIN_ITEMS} butir, "
            "angka tidak bermakna."
        )
        return [
            KeepTogether(
                [
                    Paragraph("III. Kesepakatan antarasesor", styles.heading),
                    Paragraph(caveat(alpha), styles.plain),
                    Spacer(1, 2 * mm),
                    grid(rows, [44, 14, 36, 36, 40], right=(1, 2, 3)),
                    *(Paragraph(note, _notes()) for note in notes),
                ]
            )
        ]

    def rollups_section(self) -> list[Flowable]:
        """IV. Dimensions (with the radar), elements and infrastructure aspects."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        styles = report_styles()
        top = max(self.result.rubric.levels)
        spider = radar(
            [
                ChartValue(
                    d.name.id,
                    None if d.panel.value is None else float(d.panel.value),
                    self.score(d.panel.value),
                )
                for d in self.by_kind.get("dimension", [])
            ],
            scale_max=top,
            width_mm=85,
        )
        spider.hAlign = "CENTER"
        story: list[Flowable] = [
            Paragraph("IV. Nilai per dimensi, elemen dan aspek infrastruktur", styles.heading),
            *self.rollup_table("dimension"),
            KeepTogether(
                [
                    Paragraph("Nilai tim per dimensi", styles.subheading),
                    spider,
                    Paragraph(f"Radar nilai tim per dimensi (skala 1–{top}).", _notes()),
                ]
            ),
        ]
        for kind in ("element", "aspect"):
            if self.by_kind.get(kind):
                story += [Spacer(1, 3 * mm), *self.rollup_table(kind)]
        return story

    def _spreads(self) -> list[ItemSpread]:
        """Each item's levels in rubric order; a component's first item starts a group."""
        component_of = {item.id: item.component for item in self.result.rubric.items}
        out = []
        previous = None
        for row in self.result.items:
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

    def items_section(self) -> list[Flowable]:
        """V. The spread chart; VI. each item with its name, levels and spread."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

        styles = report_styles()
        result = self.result
        numbers = [str(n) for n in self.number_of.values()]
        who = {key: words("id")["assessor_n"].format(n=n) for key, n in self.number_of.items()}
        header = ["Kode", "Butir", *numbers, "n", "Rerata", "Median", "SD", "Min", "Maks", "Tanda"]
        rows = [header]
        for row in result.items:
            flags = flag_text(row, who, "id")
            if row.consensus:
                flags = "; ".join(filter(None, [flags, f"konsensus: {row.consensus.level}"]))
            s = row.spread
            rows.append(
                [row.item_id, escape(result.rubric.item(row.item_id).name.id)]
                + [
                    "–" if row.levels[a.key] is None else str(row.levels[a.key])
                    for a in self.assessors
                ]
                + [
                    str(s.n),
                    decimal(s.mean),
                    _level(s.median),
                    decimal(s.stdev),
                    _level(s.minimum),
                    _level(s.maximum),
                    escape(flags),
                ]
            )
        # Code and figures measured as printed; the assessors' columns all as wide as the widest.
        measured = [fit(*(row[c] for row in rows)) for c in range(len(header) - 1)]
        each = max(measured[2 : 2 + len(numbers)], default=0.0)
        widths = [measured[0], None, *[each] * len(numbers), *measured[2 + len(numbers) :]]
        widths.append(FLAGS_MM)
        # A long table must be free to start on this page and split with repeated headers.
        flowing = ParagraphStyle("flowing", parent=styles.heading, keepWithNext=0)
        return [
            KeepTogether(
                [
                    Paragraph("V. Sebaran nilai per butir", styles.heading),
                    spread(self._spreads(), scale_max=max(result.rubric.levels)),
                    Paragraph(
                        "Tiap kolom satu butir. Batang biru muda: rentang nilai antarasesor; "
                        "titik: nilai yang diberikan (makin besar, makin banyak asesor); "
                        "garis hitam: rerata; latar kuning: butir yang ditandai "
                        f"(rentang atau selisih dari median ≥ {FLAG_LEVELS}).",
                        _notes(),
                    ),
                ]
            ),
            # The heading, its legend and the table's first rows start a page together.
            CondPageBreak(ITEM_TABLE_START_MM * mm),
            Paragraph("VI. Nilai per butir", flowing),
            Paragraph(
                f"Kolom 1–{len(numbers)}: nilai masing-masing asesor (nomor pada bagian I); "
                "n: jumlah asesor yang memberi nilai; SD: simpangan baku sampel.",
                _notes(),
            ),
            Spacer(1, 1.5 * mm),
            *wide_grid(
                rows,
                widths,
                range(2, 2 + len(numbers)),
                least=ITEM_NAME_LEAST_MM,
                right=range(2, len(header) - 1),
            ),
        ]

    def decisions_section(self) -> list[Flowable]:
        """VII. Consensus decisions, when there are any."""
        from reportlab.platypus import Paragraph

        rows = [["Kode", "Sebelum", "Tingkat", "Alasan", "Oleh"]]
        for row in self.result.items:
            if row.consensus is not None:
                decision = row.consensus
                rows.append(
                    [
                        row.item_id,
                        escape(decision.before),
                        str(decision.level),
                        escape(decision.reason),
                        escape(decision.decided_by),
                    ]
                )
        if len(rows) == 1:
            return []
        return [
            Paragraph("VII. Keputusan konsensus", report_styles().heading),
            grid(rows, [12, 58, 16, 54, 30], right=(2,)),
        ]
