"""Spread and agreement statistics for a panel's scores.

Matrices are assessors (rows) × items (columns); None marks a missing score. Agreement
figures are "not meaningful" below 3 assessors or 5 items: with fewer, a single differing
score swings them wildly, and printing a number would suggest precision that is not there.
numpy and krippendorff load inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

MIN_ASSESSORS = 3
MIN_ITEMS = 5


@dataclass(frozen=True)
class Spread:
    n: int
    mean: float | None
    median: float | None
    minimum: float | None
    maximum: float | None
    stdev: float | None  # sample standard deviation (n − 1); None below 2 values

    @property
    def range(self) -> float | None:
        if self.minimum is None or self.maximum is None:
            return None
        return self.maximum - self.minimum


@dataclass(frozen=True)
class Agreement:
    value: float | None
    meaningful: bool
    reason: str | None = None


def describe(values: Sequence[float]) -> Spread:
    if not values:
        return Spread(0, None, None, None, None, None)
    return Spread(
        n=len(values),
        mean=statistics.fmean(values),
        median=float(statistics.median(values)),
        minimum=float(min(values)),
        maximum=float(max(values)),
        stdev=statistics.stdev(values) if len(values) > 1 else None,
    )


def _too_small(raters: int, items: int) -> Agreement | None:
    if raters < MIN_ASSESSORS:
        return Agreement(None, False, f"fewer than {MIN_ASSESSORS} assessors")
    if items < MIN_ITEMS:
        return Agreement(None, False, f"fewer than {MIN_ITEMS} items")
    return None


def krippendorff_alpha_ordinal(
    matrix: Sequence[Sequence[float | None]], scale: Sequence[int] | None = None
) -> Agreement:
    """Krippendorff's alpha, ordinal; missing scores are allowed (the coefficient's strength)."""
    items = sum(
        1 for column in zip(*matrix, strict=True) if sum(v is not None for v in column) >= 2
    )
    small = _too_small(len(matrix), items)
    if small is not None:
        return small
    values = {v for row in matrix for v in row if v is not None}
    if len(values) < 2:
        return Agreement(None, False, "no variance")
    import krippendorff
    import numpy as np

    data = np.array([[np.nan if v is None else v for v in row] for row in matrix], dtype=float)
    domain = sorted(set(scale or ()) | values)
    alpha = float(
        krippendorff.alpha(
            reliability_data=data, value_domain=domain, level_of_measurement="ordinal"
        )
    )
    return Agreement(alpha, True)


def _mean_squares(
    matrix: Sequence[Sequence[float | None]],
) -> tuple[float, float, float, int, int] | Agreement:
    """Two-way ANOVA mean squares over complete items (listwise: ICC needs a full table)."""
    complete = [
        column for column in zip(*matrix, strict=True) if all(v is not None for v in column)
    ]
    small = _too_small(len(matrix), len(complete))
    if small is not None:
        return small
    import numpy as np

    table = np.array(complete, dtype=float)  # targets (items) × judges (assessors)
    n, k = table.shape
    grand = table.mean()
    ss_targets = k * float(((table.mean(axis=1) - grand) ** 2).sum())
    ss_judges = n * float(((table.mean(axis=0) - grand) ** 2).sum())
    ss_total = float(((table - grand) ** 2).sum())
    ss_error = ss_total - ss_targets - ss_judges
    bms = ss_targets / (n - 1)
    jms = ss_judges / (k - 1)
    ems = ss_error / ((n - 1) * (k - 1))
    return bms, jms, ems, n, k


def icc2k(matrix: Sequence[Sequence[float | None]]) -> Agreement:
    """ICC(2,k), Shrout & Fleiss: two-way random, absolute agreement, mean of k assessors."""
    squares = _mean_squares(matrix)
    if isinstance(squares, Agreement):
        return squares
    bms, jms, ems, n, _k = squares
    denominator = bms + (jms - ems) / n
    if denominator == 0:
        return Agreement(None, False, "no variance")
    return Agreement((bms - ems) / denominator, True)


def icc21(matrix: Sequence[Sequence[float | None]]) -> Agreement:
    """ICC(2,1): the same, for a single assessor's score."""
    squares = _mean_squares(matrix)
    if isinstance(squares, Agreement):
        return squares
    bms, jms, ems, n, k = squares
    denominator = bms + (k - 1) * ems + k * (jms - ems) / n
    if denominator == 0:
        return Agreement(None, False, "no variance")
    return Agreement((bms - ems) / denominator, True)
