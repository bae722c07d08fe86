"""The panel's figures: per-item spread, roll-ups from per-item means, each assessor's
index, disagreement flags, consensus decisions, agreement statistics and the change since
the previous evaluation."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING

from scorer.core.model import Assessor, PreviousEvaluation, ScoringRecord
from scorer.core.rubric import Category, Component, Label, Rubric, stored_rubric
from scorer.core.scoring import NA, ItemValue, Rollup, ScoreSummary, item_value, summarise
from scorer.core.stats import Agreement, Spread, describe, icc2k, krippendorff_alpha_ordinal

if TYPE_CHECKING:
    from scorer.core.followup import Comparison

Picker = Callable[[ScoreSummary], Mapping[str, Rollup]]  # one kind of roll-up of a summary

FLAG_LEVELS = 2  # a range, or a distance from the median, of this many levels is flagged

# Krippendorff (2004, Content Analysis, 2nd ed.): rely on data with alpha ≥ 0.800;
# draw only tentative conclusions from 0.667 ≤ alpha < 0.800; below 0.667, none.
ALPHA_RELIABLE = 0.800
ALPHA_TENTATIVE = 0.667


@dataclass(frozen=True)
class Consensus:
    item_id: str
    level: int
    reason: str
    decided_by: str
    before: str


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    levels: dict[str, int | None]  # assessor key → level (None: N/A or unscored)
    spread: Spread
    flags: tuple[str, ...]
    consensus: Consensus | None

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


@dataclass(frozen=True)
class RollupRow:
    """One roll-up (a component, dimension, element or aspect): the panel's value and each
    scoring assessor's own, for the report and the exports alike."""

    kind: str  # "component", "dimension", "element" or "aspect"
    id: str
    name: Label
    weight: Fraction | None  # components only
    panel: Rollup
    by_assessor: Mapping[str, Fraction | None]  # assessor key → their own value

    @property
    def minimum(self) -> Fraction | None:
        return min((v for v in self.by_assessor.values() if v is not None), default=None)

    @property
    def maximum(self) -> Fraction | None:
        return max((v for v in self.by_assessor.values() if v is not None), default=None)


def alpha_verdict(alpha: Agreement) -> str | None:
    """Krippendorff's reading: "reliable", "tentative" or "low"; None if not meaningful."""
    if not alpha.meaningful or alpha.value is None:
        return None
    if alpha.value >= ALPHA_RELIABLE:
        return "reliable"
    return "tentative" if alpha.value >= ALPHA_TENTATIVE else "low"


@dataclass(frozen=True)
class PanelResult:
    """The panel's figures, computed once for every output of a merge (the report, the CSV
    and the XLSX read the same result). Those only some outputs show (each assessor's
    index, the agreement statistics, which load numpy, the change since the previous
    evaluation) are computed when first asked for: a merge that writes no report never
    pays for them."""

    rubric: Rubric
    assessors: list[Assessor]
    items: list[ItemRow]
    panel: ScoreSummary
    panel_values: dict[str, ItemValue]  # item id → the panel's value (`panel` sums them up)
    own_values: dict[str, dict[str, ItemValue]]  # assessor key → their item values
    # Every panel member the panel file lists (absent ones too), in its order; `assessors`
    # holds those who scored.
    roster: list[Assessor] = field(default_factory=list)
    previous: PreviousEvaluation | None = None  # the evaluation the panel follows up

    @cached_property
    def comparison(self) -> Comparison | None:
        """The change from the previous evaluation to the panel's values; None if the panel
        follows none up."""
        if self.previous is None:
            return None
        from scorer.core.followup import compare

        return compare(self.previous, self.rubric, self.panel_values)

    @cached_property
    def per_assessor(self) -> dict[str, ScoreSummary]:
        return {a.key: summarise(self.rubric, self.own_values[a.key]) for a in self.assessors}

    @cached_property
    def rollups(self) -> list[RollupRow]:
        """Components, dimensions, elements and infrastructure aspects, in rubric order."""
        rubric = self.rubric
        weights = {c.id: c.weight for c in rubric.components}

        def rows(
            kind: str, categories: Sequence[Category | Component], pick: Picker
        ) -> list[RollupRow]:
            return [
                RollupRow(
                    kind,
                    c.id,
                    c.name,
                    weights.get(c.id) if kind == "component" else None,
                    pick(self.panel)[c.id],
                    {key: pick(own)[c.id].value for key, own in self.per_assessor.items()},
                )
                for c in categories
            ]

        return [
            *rows("component", rubric.components, lambda s: s.components),
            *rows("dimension", rubric.dimensions, lambda s: s.dimensions),
            *rows("element", rubric.elements, lambda s: s.elements),
            *rows("aspect", rubric.aspects, lambda s: s.aspects),
        ]

    @property
    def coverage(self) -> tuple[int, int]:
        """(panel members who scored, panel members listed): "3 dari 5 anggota tim"."""
        return len(self.assessors), max(len(self.roster), len(self.assessors))

    @cached_property
    def agreement_overall(self) -> tuple[Agreement, Agreement]:
        """(alpha ordinal, ICC(2,k)) over every item."""
        return self._agreement(list(range(len(self.items))))

    @cached_property
    def agreement_by_dimension(self) -> dict[str, tuple[Agreement, Agreement]]:
        items = self.rubric.items
        return {
            d.id: self._agreement([n for n, i in enumerate(items) if d.id in i.dimensions])
            for d in self.rubric.dimensions
        }

    def _agreement(self, columns: list[int]) -> tuple[Agreement, Agreement]:
        matrix = [[self.items[c].levels[a.key] for c in columns] for a in self.assessors]
        return krippendorff_alpha_ordinal(matrix, self.rubric.levels), icc2k(matrix)


def consensus_decisions(record: ScoringRecord) -> dict[str, Consensus]:
    """The latest consensus per item, from the audit log (where decisions are kept)."""
    decisions: dict[str, Consensus] = {}
    for entry in record.audit:
        if entry.action == "consensus" and entry.new:
            level, _, reason = entry.new.partition("|")
            decisions[entry.key] = Consensus(
                entry.key, int(level), reason, entry.actor, entry.old or ""
            )
    return decisions


def aggregate(record: ScoringRecord) -> PanelResult:
    """Per-item spread and flags, consensus, and the panel's roll-ups from per-item means."""
    rubric = stored_rubric(record.rubric_source)
    scored_keys = {s.assessor for s in record.scores}
    assessors = [a for a in record.assessors if a.key in scored_keys]
    # One pass over the scores (a panel of N holds N × items of them) for every table below.
    levels: dict[str, dict[str, int | None]] = {item.id: {} for item in rubric.items}
    own_values: dict[str, dict[str, ItemValue]] = {key: {} for key in scored_keys}
    not_applicable: set[str] = set()
    for score in record.scores:
        value = item_value(score.level, score.not_applicable)
        if value is not None:
            own_values[score.assessor][score.item_id] = value
        if score.not_applicable:
            not_applicable.add(score.item_id)
        if score.item_id in levels:
            levels[score.item_id][score.assessor] = None if score.not_applicable else score.level
    decisions = consensus_decisions(record)
    rows: list[ItemRow] = []
    panel_values: dict[str, ItemValue] = {}
    for item in rubric.items:
        given = {a.key: levels[item.id].get(a.key) for a in assessors}
        numbers = [v for v in given.values() if v is not None]
        spread = describe(numbers)
        flags: list[str] = []
        if spread.range is not None and spread.range >= FLAG_LEVELS:
            flags.append(f"range {spread.range:g}")
        if numbers:
            median = statistics.median(numbers)
            flags += [
                f"{a.name} {given[a.key]} vs median {median:g}"
                for a in assessors
                if given[a.key] is not None and abs(given[a.key] - median) >= FLAG_LEVELS  # type: ignore[operator]
            ]
        row = ItemRow(item.id, given, spread, tuple(flags), decisions.get(item.id))
        rows.append(row)
        value = panel_value(row)
        if value is not None:
            panel_values[item.id] = value
        elif item.id in not_applicable:
            panel_values[item.id] = NA
    return PanelResult(
        rubric=rubric,
        assessors=assessors,
        items=rows,
        panel=summarise(rubric, panel_values),
        panel_values=panel_values,
        own_values=own_values,
        roster=list(record.assessors),
        previous=record.previous,
    )


def panel_value(row: ItemRow) -> Fraction | None:
    """The panel's value of an item: the consensus level where one was recorded, else the
    exact mean of the levels given (None when no assessor gave one)."""
    if row.consensus is not None:
        return Fraction(row.consensus.level)
    numbers = [v for v in row.levels.values() if v is not None]
    return Fraction(sum(numbers), len(numbers)) if numbers else None
