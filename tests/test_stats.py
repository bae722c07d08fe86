"""Agreement statistics against published worked examples."""

from __future__ import annotations

import pytest

from scorer.core.stats import describe, icc2k, icc21, krippendorff_alpha_ordinal

# Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges. Rows here are judges.
SHROUT_FLEISS = [
    [9, 6, 8, 7, 10, 6],
    [2, 1, 4, 1, 5, 2],
    [5, 3, 6, 2, 6, 4],
    [8, 2, 8, 6, 9, 7],
]

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units.
_ = None
KRIPPENDORFF = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


def test_icc_matches_shrout_and_fleiss() -> None:
    assert icc21(SHROUT_FLEISS).value == pytest.approx(0.29, abs=0.005)
    assert icc2k(SHROUT_FLEISS).value == pytest.approx(0.62, abs=0.005)


def test_krippendorff_example_is_entered_right_and_ordinal_matches() -> None:
    import krippendorff
    import numpy as np

    data = np.array([[np.nan if v is None else v for v in row] for row in KRIPPENDORFF])
    # The published nominal and interval values prove the data is entered as published.
    assert krippendorff.alpha(data, level_of_measurement="nominal") == pytest.approx(
        0.743, abs=5e-4
    )
    assert krippendorff.alpha(data, level_of_measurement="interval") == pytest.approx(
        0.849, abs=5e-4
    )
    result = krippendorff_alpha_ordinal(KRIPPENDORFF)
    assert result.meaningful and result.value == pytest.approx(0.815, abs=5e-4)


def test_too_few_assessors_or_items_is_not_meaningful() -> None:
    two = krippendorff_alpha_ordinal(KRIPPENDORFF[:2])
    assert not two.meaningful and two.value is None and "assessors" in (two.reason or "")
    four_items = icc2k([row[:4] for row in SHROUT_FLEISS])
    assert not four_items.meaningful and "items" in (four_items.reason or "")
    constant = krippendorff_alpha_ordinal([[3] * 6] * 3)
    assert not constant.meaningful and constant.reason == "no variance"


def test_describe_hand_worked() -> None:
    spread = describe([2, 3, 3, 4])
    assert (spread.n, spread.mean, spread.median, spread.range) == (4, 3, 3, 2)
    assert spread.stdev == pytest.approx(0.8165, abs=1e-4)
    assert describe([3]).stdev is None
    assert describe([]).mean is None
