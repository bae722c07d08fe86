"""Scoring math on hand-worked examples and the two published results."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from scorer.core.rubric import load_rubric_text
from scorer.core.scoring import NA, format_number, format_score, round_half_up, summarise

SMALL = """
format = 1
[rubric]
id = "t"
version = "1"
name = { id = "Uji", en = "Test" }
[[scale]]
level = 1
name = { id = "Satu", en = "One" }
meaning = { id = "s", en = "o" }
[[scale]]
level = 2
name = { id = "Dua", en = "Two" }
meaning = { id = "d", en = "t" }
[[scale]]
level = 3
name = { id = "Tiga", en = "Three" }
meaning = { id = "t", en = "t" }
[[scale]]
level = 4
name = { id = "Empat", en = "Four" }
meaning = { id = "e", en = "f" }
[[dimensions]]
id = "gov"
name = { id = "Tata kelola", en = "Governance" }
[[dimensions]]
id = "env"
name = { id = "Lingkungan", en = "Environment" }
[[elements]]
id = "struktur"
name = { id = "Struktur", en = "Structure" }
[[aspects]]
id = "ict"
name = { id = "TIK", en = "ICT" }
[[components]]
id = "a"
name = { id = "A", en = "A" }
weight = "0.25"
[[components]]
id = "b"
name = { id = "B", en = "B" }
weight = "0.75"
"""


def _item(item_id: str, component: str, extra: str = "") -> str:
    levels = "\n".join(f'descriptors.{n} = {{ id = "x{n}", en = "y{n}" }}' for n in range(1, 5))
    return (
        f'[[items]]\nid = "{item_id}"\ncomponent = "{component}"\n{extra}\n'
        f'name = {{ id = "{item_id}", en = "{item_id}" }}\n{levels}\n'
    )


@pytest.fixture
def small():  # type: ignore[no-untyped-def]
    text = (
        SMALL
        + _item("A1", "a", 'dimensions = ["gov"]\nelement = "struktur"')
        + _item("A2", "a", 'dimensions = ["env"]\naspect = "ict"')
        + _item("B1", "b", 'dimensions = ["gov", "env"]')
        + _item("B2", "b")
        + _item("B3", "b", "percent_thresholds = [25, 50, 75]")
    )
    return load_rubric_text(text, "small.toml")


def test_hand_worked_index(small) -> None:  # type: ignore[no-untyped-def]
    # A = (3 + 4) / 2 = 3.5; B = (2 + 3 + 3) / 3 = 8/3; index = 0.25·3.5 + 0.75·8/3 = 2.875
    values = {"A1": Fraction(3), "A2": Fraction(4), "B1": Fraction(2), "B2": Fraction(3)}
    values["B3"] = Fraction(3)
    summary = summarise(small, values)
    assert summary.components["a"].value == Fraction(7, 2)
    assert summary.components["b"].value == Fraction(8, 3)
    assert summary.index == Fraction(23, 8)
    assert format_score(summary.index) == "2,88"  # 2.875 rounds half up
    assert summary.complete and not summary.provisional
    # Roll-ups are means of the tagged items: gov = A1, B1 = (3 + 2) / 2
    assert summary.dimensions["gov"].value == Fraction(5, 2)
    assert summary.dimensions["env"].value == Fraction(3)
    assert summary.elements["struktur"].value == Fraction(3)
    assert summary.aspects["ict"].value == Fraction(4)


def test_not_applicable_is_left_out_of_means(small) -> None:  # type: ignore[no-untyped-def]
    values = {"A1": Fraction(2), "A2": NA, "B1": Fraction(4), "B2": NA, "B3": NA}
    summary = summarise(small, values)
    assert summary.components["a"].value == 2
    assert summary.components["a"].not_applicable == 1
    assert summary.components["b"].value == 4
    assert summary.index == Fraction(1, 4) * 2 + Fraction(3, 4) * 4
    assert summary.complete


def test_component_all_not_applicable_drops_out_and_weights_rescale(small) -> None:  # type: ignore[no-untyped-def]
    values = {"A1": NA, "A2": NA, "B1": Fraction(2), "B2": Fraction(3), "B3": Fraction(4)}
    summary = summarise(small, values)
    assert summary.components["a"].value is None
    assert summary.index == 3  # B alone, with its weight rescaled to 1


def test_unscored_items_are_reported_and_make_the_index_provisional(small) -> None:  # type: ignore[no-untyped-def]
    summary = summarise(small, {"A1": Fraction(4), "B2": Fraction(2)})
    assert summary.unscored == ("A2", "B1", "B3")
    assert summary.provisional
    assert summary.index == Fraction(1, 4) * 4 + Fraction(3, 4) * 2
    assert summary.components["b"].unscored == 2
    assert summarise(small, {}).index is None


def test_percent_maps_to_level(small) -> None:  # type: ignore[no-untyped-def]
    item = small.item("B3")
    levels = [small.level_for_percent(item, Fraction(p)) for p in (0, 24, 25, 49, 50, 74, 75, 100)]
    assert levels == [1, 1, 2, 2, 3, 3, 4, 4]


def test_rounding_is_half_up_and_exact() -> None:
    assert round_half_up(Fraction(3475, 1000)) == Decimal("3.48")  # float: 3.47
    assert round_half_up(Fraction(3474999, 1000000)) == Decimal("3.47")
    assert round_half_up(Fraction(2, 3)) == Decimal("0.67")
    assert round_half_up(Fraction(1, 8), 2) == Decimal("0.13")
    assert format_number(Decimal("1600.5")) == "1.600,5"
    assert format_number(Decimal("3.48"), "en") == "3.48"
    assert format_score(None) == "–"


def _threes_and_fours(default_rubric, fours: dict[str, int]) -> dict[str, Fraction]:  # type: ignore[no-untyped-def]
    """Every item at 3, except the first `fours[component]` items of each component at 4."""
    values: dict[str, Fraction] = {}
    for component in default_rubric.components:
        for position, item in enumerate(default_rubric.items_of(component.id)):
            values[item.id] = Fraction(4 if position < fours[component.id] else 3)
    return values


# Only the totals are published, not the item scores: these item scores reproduce them
# with the published weights 10/20/30/20/20 (found by search over "3s and some 4s").


def test_published_kota_jambi_2024_gives_3_48(default_rubric) -> None:  # type: ignore[no-untyped-def]
    fours = {"baseline": 0, "output": 2, "outcome": 6, "impact": 1, "quickwin": 3}
    summary = summarise(default_rubric, _threes_and_fours(default_rubric, fours))
    assert summary.index == 3 + Fraction(2, 10) * Fraction(2, 9) + Fraction(3, 10) * Fraction(
        6, 7
    ) + Fraction(2, 10) * Fraction(1, 6) + Fraction(2, 10) * Fraction(3, 4)
    assert format_score(summary.index) == "3,48"


def test_published_kota_kediri_2022_gives_3_31(default_rubric) -> None:  # type: ignore[no-untyped-def]
    # 3,3056 here: truncating instead of rounding would print 3,30.
    fours = {"baseline": 0, "output": 1, "outcome": 0, "impact": 4, "quickwin": 3}
    summary = summarise(default_rubric, _threes_and_fours(default_rubric, fours))
    assert format_score(summary.index) == "3,31"
