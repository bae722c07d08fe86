"""The bundled rubric loads; malformed rubrics are refused naming file, item and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from scorer.core.digest import sha256_text
from scorer.core.errors import RubricError
from scorer.core.rubric import load_rubric
from scorer.paths import default_rubric_path


def test_default_rubric_matches_the_domain_proposal(default_rubric) -> None:  # type: ignore[no-untyped-def]
    rubric = default_rubric
    assert rubric.levels == (1, 2, 3, 4)
    assert [rubric.level_name(n) for n in rubric.levels] == [
        "Rintisan",
        "Berjalan",
        "Terintegrasi",
        "Berdampak",
    ]
    weights = {c.id: c.weight for c in rubric.components}
    assert {k: float(v) for k, v in weights.items()} == {
        "baseline": 0.1,
        "output": 0.2,
        "outcome": 0.3,
        "impact": 0.2,
        "quickwin": 0.2,
    }
    assert len(rubric.dimensions) == 6
    assert {a.id for a in rubric.aspects} == {"physical", "ict", "social"}
    for aspect in rubric.aspects:
        assert [i.id for i in rubric.items if i.aspect == aspect.id], aspect.id
    for item in rubric.items:
        assert set(item.descriptors) == {1, 2, 3, 4}
        assert all(d.id and d.en and "TODO" not in d.id for d in item.descriptors.values())
    realisation = [i for i in rubric.items if i.percent_thresholds]
    assert len(realisation) == 1 and realisation[0].component == "outcome"
    assert rubric.sha256 == sha256_text(default_rubric_path().read_text(encoding="utf-8"))


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = default_rubric_path().read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('weight = "0.30"', 'weight = "0.35"', "weights must add up to 1"),
        ('component = "output"', 'component = "outptu"', "item OP1: field 'component'"),
        ("descriptors.3 = {", "descriptorz.3 = {", "item BL1: field 'descriptors.3' must be"),
        (
            'descriptors.2 = { id = "Sebagian',
            'descriptors.2 = { ix = "Sebagian',
            "item BL1: field 'descriptors.2.id'",
        ),
        ('dimensions = ["governance"]', 'dimensions = ["govern"]', "item BL1: field 'dimensions'"),
        ('aspect = "ict"', 'aspect = "itc"', "item OP8: field 'aspect'"),
        ("format = 1", "format = 9", "field 'format' must be 1"),
        ('id = "OP2"', 'id = "OP1"', "item OP1: duplicate id"),
        ("level = 3", "level = 5", "scale level #3"),
        ("percent_thresholds = [25, 50, 75]", "percent_thresholds = [50, 25, 75]", "item OC7"),
        ('weight = "0.10"', "weight = 0.1", "field 'weight' must be a decimal written as text"),
    ],
)
def test_malformed_rubric_names_file_item_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert str(path) in message
    assert expected in message


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[rubric\nid=", encoding="utf-8")
    with pytest.raises(RubricError, match="not valid TOML"):
        load_rubric(path)
    with pytest.raises(RubricError, match="cannot read"):
        load_rubric(tmp_path / "missing.toml")
