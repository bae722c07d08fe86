"""The score parts of the minutes: the tables, the charts and the item-by-item sheet."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from scorer.core.scoring import NA, Rollup, format_number
from scorer.reports.minutes_evidence import annex_reference

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.reports.minutes_parts import Parts


def score_tables(parts: Parts, index_label: str, index_line: str) -> list[Flowable]:
    """By component (with weights and the index), dimension, infrastructure aspect, element.

    `index_label` names the index row and `index_line` is the sentence under the tables: they
    say whose index it is (the panel's, or one assessor's)."""
    from reportlab.platypus import Spacer

    w = parts.w
    out: list[Flowable] = []
    rows = [
        [
            c.name.text(parts.lang),
            format_number(_percent(c.weight), parts.lang) + " %",
            _count(parts.summary.components[c.id], w["na"]),
            parts.score(parts.summary.components[c.id].value),
        ]
        for c in parts.rubric.components
    ]
    rows.append([index_label, "100 %", "", parts.index_text()])
    header = [w["component"], w["weight"], w["scored"], w["score"]]
    out += [
        parts.p(w["by_component"], parts.s.caption),
        parts.table(header, rows, [80, 25, 30, 35]),
    ]
    for key, name, cats, rollups in (
        ("by_dimension", "dimension", parts.rubric.dimensions, parts.summary.dimensions),
        ("by_aspect", "aspect", parts.rubric.aspects, parts.summary.aspects),
        ("by_element", "element", parts.rubric.elements, parts.summary.elements),
    ):
        rows = [
            [
                c.name.text(parts.lang),
                _count(rollups[c.id], w["na"]),
                parts.score(rollups[c.id].value),
            ]
            for c in cats
        ]
        out += [
            Spacer(1, 4),
            parts.p(w[key], parts.s.caption),
            parts.table([w[name], w["scored"], w["score"]], rows, [105, 30, 35]),
        ]
    out += [Spacer(1, 4), parts.p(index_line, parts.s.index_line)]
    if parts.summary.unscored:
        out.append(parts.p(w["unscored"].format(items=", ".join(parts.summary.unscored))))
    if any(value is NA for value in parts.values.values()):
        out.append(parts.p(w["na_legend"], parts.s.small))
    return out


def charts(parts: Parts) -> Flowable:
    """The radar of the dimensions beside the bars of the aspects, kept on one page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table

    from scorer.reports.charts import ChartValue, bars, radar

    def values(categories: Any, rollups: Mapping[str, Rollup]) -> list[ChartValue]:
        return [
            ChartValue(
                c.name.text(parts.lang),
                _float(rollups[c.id].value),
                parts.score(rollups[c.id].value),
            )
            for c in categories
        ]

    top = max(parts.rubric.levels)
    spider = radar(
        values(parts.rubric.dimensions, parts.summary.dimensions), scale_max=top, width_mm=98
    )
    bar = bars(values(parts.rubric.aspects, parts.summary.aspects), scale_max=top, width_mm=68)
    grid = Table([[spider, bar]], colWidths=[100 * mm, 70 * mm], hAlign="CENTER")
    grid.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), parts.s.cell.fontName),  # not Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return KeepTogether([parts.p(parts.w["charts"], parts.s.subheading), grid])


def score_annex(parts: Parts) -> list[Flowable]:
    """The owner's score sheet item by item: level, percentage, note and evidence."""
    w = parts.w
    by_item = {s.item_id: s for s in parts.record.scores if s.assessor == parts.record.owner}
    rows = []
    for item in parts.rubric.items:
        score = by_item.get(item.id)
        value = parts.values.get(item.id)
        if value is NA:
            level = w["na"]
        elif score is not None and score.level is not None:
            level = f"{score.level} ({parts.rubric.level_name(score.level, parts.lang)})"
            if score.percent is not None:
                level += f"\n{format_number(score.percent, parts.lang)} %"
        else:
            level = "–"
        rows.append(
            [
                f"{item.id}\n{item.name.text(parts.lang)}",
                level,
                score.note if score else "",
                "\n".join(
                    x
                    for x in (score.evidence if score else "", annex_reference(parts, item.id))
                    if x
                ),
            ]
        )
    header = [w["item"], w["level"], w["note"], w["evidence"]]
    return [
        *parts.table_heading(w["by_item"], parts.s.subheading),
        parts.table(header, rows, [50, 26, 54, 40]),
    ]


def _percent(weight: Fraction) -> Any:
    from decimal import Decimal

    share = Decimal(weight.numerator * 100) / Decimal(weight.denominator)
    return share.quantize(Decimal(1)) if share == share.to_integral() else share.normalize()


def _count(rollup: Rollup, na: str) -> str:
    text = f"{rollup.scored}/{rollup.total}"
    return text + (f" (+{rollup.not_applicable} {na})" if rollup.not_applicable else "")


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)
