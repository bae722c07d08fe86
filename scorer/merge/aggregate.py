"""The panel's figures: per-item spread, roll-ups from per-item means, each assessor's
index, disagreement flags, consensus decisions and agreement statistics."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from fractions import Fraction

from scorer.core.model import Assessor, ScoringRecord
from scorer.core.report import owner_values
from scorer.core.rubric import Rubric, load_rubric_text
from scorer.core.scoring import NA, ItemValue, ScoreSummary, summarise
from scorer.core.stats import Agreement, Spread, describe, icc2k, krippendorff_alpha_ordinal

FLAG_LEVELS = 2  # a range, or a distance from the median, of this many levels is flagged


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
class PanelResult:
    rubric: Rubric
    assessors: list[Assessor]
    items: list[ItemRow]
    panel: ScoreSummary
    per_assessor: dict[str, ScoreSummary]
    agreement_overall: tuple[Agreement, Agreement]  # (alpha ordinal, ICC(2,k))
    agreement_by_dimension: dict[str, tuple[Agreement, Agreement]]


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


def aggregate(record: ScoringRecord, *, agreement: bool = True) -> PanelResult:
    """The panel's figures; `agreement=False` skips the statistics (and numpy's import)."""
    rubric = load_rubric_text(record.rubric_source, "stored rubric")
    scored_keys = {s.assessor for s in record.scores}
    assessors = [a for a in record.assessors if a.key in scored_keys]
    levels: dict[str, dict[str, int | None]] = {item.id: {} for item in rubric.items}
    for score in record.scores:
        if score.item_id in levels and score.assessor in scored_keys:
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
        elif any(s.item_id == item.id and s.not_applicable for s in record.scores):
            panel_values[item.id] = NA
    matrix = [[levels[i.id].get(a.key) for i in rubric.items] for a in assessors]

    skipped = (Agreement(None, False, "not computed"), Agreement(None, False, "not computed"))

    def agreement_of(columns: list[int]) -> tuple[Agreement, Agreement]:
        if not agreement:
            return skipped
        sub = [[row[c] for c in columns] for row in matrix]
        return krippendorff_alpha_ordinal(sub, rubric.levels), icc2k(sub)

    by_dimension = {
        d.id: agreement_of([n for n, i in enumerate(rubric.items) if d.id in i.dimensions])
        for d in rubric.dimensions
    }
    return PanelResult(
        rubric=rubric,
        assessors=assessors,
        items=rows,
        panel=summarise(rubric, panel_values),
        per_assessor={a.key: summarise(rubric, owner_values(record, a.key)) for a in assessors},
        agreement_overall=agreement_of(list(range(len(rubric.items)))),
        agreement_by_dimension=by_dimension,
    )


def panel_value(row: ItemRow) -> Fraction | None:
    """The panel's value of an item: the consensus level where one was recorded, else the
    exact mean of the levels given (None when no assessor gave one)."""
    if row.consensus is not None:
        return Fraction(row.consensus.level)
    numbers = [v for v in row.levels.values() if v is not None]
    return Fraction(sum(numbers), len(numbers)) if numbers else None
