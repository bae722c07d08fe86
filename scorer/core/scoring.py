"""Scoring math: component, dimension, element and aspect roll-ups and the weighted index.

Rules (docs/scoring.md):
- An item is *scored* with a level, *not applicable* (N/A), or *unscored*.
- A component score is the mean of its scored items; N/A and unscored items are left out.
- Roll-ups by dimension, element and infrastructure aspect are means of the tagged items.
- Index = Σ weight × component score. A component whose items are all N/A drops out and
  the remaining weights are rescaled to add up to 1. While any item is unscored the
  index is *provisional* (computed from what is scored so far).
- Arithmetic is exact (fractions); only the printed value is rounded: two decimals
  (the rubric's `decimals`), half up, decimal comma in Indonesian.

The values fed in are fractions, not only integers, so the panel index (computed from
per-item means across assessors) goes through the same code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Final

from scorer.core.rubric import Item, Rubric


class _NotApplicable:
    """Marker for an item judged not applicable: excluded from every mean."""

    _instance: _NotApplicable | None = None

    def __new__(cls) -> _NotApplicable:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NA"


NA: Final = _NotApplicable()
ItemValue = Fraction | _NotApplicable


def item_value(level: int | None, not_applicable: bool) -> ItemValue | None:
    """What the math takes for a stored score; None for an unscored item."""
    if not_applicable:
        return NA
    return None if level is None else Fraction(level)


@dataclass(frozen=True)
class Rollup:
    """A mean over a group of items, with how much of the group it rests on."""

    value: Fraction | None
    scored: int
    not_applicable: int
    total: int

    @property
    def unscored(self) -> int:
        return self.total - self.scored - self.not_applicable


@dataclass(frozen=True)
class ScoreSummary:
    components: Mapping[str, Rollup]
    dimensions: Mapping[str, Rollup]
    elements: Mapping[str, Rollup]
    aspects: Mapping[str, Rollup]
    index: Fraction | None
    unscored: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.unscored

    @property
    def provisional(self) -> bool:
        return bool(self.unscored)


def rollup(items: Iterable[Item], values: Mapping[str, ItemValue]) -> Rollup:
    scored: list[Fraction] = []
    not_applicable = total = 0
    for item in items:
        total += 1
        value = values.get(item.id)
        if value is NA:
            not_applicable += 1
        elif isinstance(value, Fraction):
            scored.append(value)
    mean = sum(scored, Fraction(0)) / len(scored) if scored else None
    return Rollup(mean, len(scored), not_applicable, total)


def weighted_index(rubric: Rubric, components: Mapping[str, Rollup]) -> Fraction | None:
    """Σ weight × component score over the components that have a score, rescaled."""
    weighted = Fraction(0)
    weight_used = Fraction(0)
    for component in rubric.components:
        value = components[component.id].value
        if value is not None:
            weighted += component.weight * value
            weight_used += component.weight
    return weighted / weight_used if weight_used else None


def summarise(rubric: Rubric, values: Mapping[str, ItemValue]) -> ScoreSummary:
    components = {c.id: rollup(rubric.items_of(c.id), values) for c in rubric.components}
    return ScoreSummary(
        components=components,
        dimensions={
            d.id: rollup((i for i in rubric.items if d.id in i.dimensions), values)
            for d in rubric.dimensions
        },
        elements={
            e.id: rollup((i for i in rubric.items if i.element == e.id), values)
            for e in rubric.elements
        },
        aspects={
            a.id: rollup((i for i in rubric.items if i.aspect == a.id), values)
            for a in rubric.aspects
        },
        index=weighted_index(rubric, components),
        unscored=tuple(item.id for item in rubric.items if item.id not in values),
    )


def round_half_up(value: Fraction, decimals: int = 2) -> Decimal:
    """Round exactly: 3,475 becomes 3,48, where a float would give 3,47."""
    scaled = abs(value) * 10**decimals
    magnitude = math.floor(scaled + Fraction(1, 2))
    return Decimal(magnitude if value >= 0 else -magnitude).scaleb(-decimals)


def format_number(value: Decimal, lang: str = "id") -> str:
    """Decimal comma and thousands full stop in Indonesian; the reverse in English."""
    text = f"{value:,}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_score(value: Fraction | None, decimals: int = 2, lang: str = "id") -> str:
    """The printed form of a score, or an en dash when there is nothing to show."""
    if value is None:
        return "–"
    return format_number(round_half_up(value, decimals), lang)
