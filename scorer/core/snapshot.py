"""A previous evaluation's snapshot as canonical JSON: what a follow-up file stores.

The snapshot is kept as one text with its own SHA-256 (`previous_evaluation` table), so
what was linked cannot drift: the same text is written, read, exported and hashed. The
JSON interchange embeds the same dictionary (core/canonical.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from scorer.core.digest import sha256_text
from scorer.core.errors import ScorerError
from scorer.core.model import (
    PreviousEvaluation,
    PreviousFigure,
    PreviousItem,
    PreviousKind,
    Recommendation,
)


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _figures(figures: tuple[PreviousFigure, ...]) -> list[dict[str, Any]]:
    return [
        {"id": f.id, "name": f.name, "value": _decimal(f.value)}
        | ({} if f.weight is None else {"weight": f.weight})
        for f in figures
    ]


def snapshot_to_dict(previous: PreviousEvaluation) -> dict[str, Any]:
    """The snapshot as plain JSON values in a fixed key order (`linked_at` is not in it)."""
    return {
        "kind": previous.kind.value,
        "file_id": previous.file_id,
        "content_sha256": previous.content_sha256,
        "file_name": previous.file_name,
        "programme": previous.programme,
        "region": previous.region,
        "stage": previous.stage,
        "year": previous.year,
        "date": previous.date.isoformat(),
        "assessor": previous.assessor,
        "rubric": {
            "id": previous.rubric_id,
            "version": previous.rubric_version,
            "sha256": previous.rubric_sha256,
            "decimals": previous.decimals,
        },
        "items": [
            {
                "item_id": i.item_id,
                "name": i.name,
                "value": _decimal(i.value),
                "not_applicable": i.not_applicable,
                "consensus": i.consensus,
            }
            for i in previous.items
        ],
        "components": _figures(previous.components),
        "dimensions": _figures(previous.dimensions),
        "aspects": _figures(previous.aspects),
        "index": _decimal(previous.index),
        "provisional": previous.provisional,
        "recommendations": [
            {
                "text": r.text,
                "person_in_charge": r.person_in_charge,
                "deadline": None if r.deadline is None else r.deadline.isoformat(),
            }
            for r in previous.recommendations
        ],
    }


def snapshot_text(previous: PreviousEvaluation) -> str:
    """The stored form: compact, sorted keys, UTF-8 as is."""
    return json.dumps(
        snapshot_to_dict(previous), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def snapshot_sha256(text: str) -> str:
    return sha256_text(text)


class SnapshotError(ScorerError):
    """A stored or imported snapshot does not have the documented shape."""


def _get(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SnapshotError(f"previous evaluation: field '{where}{key}' is missing or malformed")
    return value


def _optional_decimal(data: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    if data.get(key) is None:
        return None
    text = _get(data, key, str, where)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise SnapshotError(f"previous evaluation: field '{where}{key}' is not a decimal") from None


def _figures_from(data: Mapping[str, Any], key: str) -> tuple[PreviousFigure, ...]:
    out = []
    for n, entry in enumerate(_get(data, key, list, "")):
        where = f"{key}[{n}]."
        figure = _get({"f": entry}, "f", dict, where)
        weight = figure.get("weight")
        if weight is not None and not isinstance(weight, str):
            raise SnapshotError(f"previous evaluation: field '{where}weight' is malformed")
        out.append(
            PreviousFigure(
                _get(figure, "id", str, where),
                _get(figure, "name", str, where),
                _optional_decimal(figure, "value", where),
                weight,
            )
        )
    return tuple(out)


def _date(text: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise SnapshotError(f"previous evaluation: field '{where}' is not a date") from None


def snapshot_from_dict(data: Mapping[str, Any]) -> PreviousEvaluation:
    """Parse a snapshot; every error names the field."""
    rubric = _get(data, "rubric", dict, "")
    try:
        kind = PreviousKind(_get(data, "kind", str, ""))
    except ValueError:
        raise SnapshotError("previous evaluation: field 'kind' must be panel or assessor") from None
    items = []
    for n, entry in enumerate(_get(data, "items", list, "")):
        where = f"items[{n}]."
        item = _get({"i": entry}, "i", dict, where)
        consensus = item.get("consensus")
        if consensus is not None and (
            not isinstance(consensus, int) or isinstance(consensus, bool)
        ):
            raise SnapshotError(f"previous evaluation: field '{where}consensus' is malformed")
        items.append(
            PreviousItem(
                _get(item, "item_id", str, where),
                _get(item, "name", str, where),
                _optional_decimal(item, "value", where),
                _get(item, "not_applicable", bool, where),
                consensus,
            )
        )
    recommendations = []
    for n, entry in enumerate(_get(data, "recommendations", list, "")):
        where = f"recommendations[{n}]."
        rec = _get({"r": entry}, "r", dict, where)
        deadline = rec.get("deadline")
        recommendations.append(
            Recommendation(
                _get(rec, "text", str, where),
                _get(rec, "person_in_charge", str, where),
                None if deadline is None else _date(str(deadline), f"{where}deadline"),
            )
        )
    return PreviousEvaluation(
        kind=kind,
        file_id=_get(data, "file_id", str, ""),
        content_sha256=_get(data, "content_sha256", str, ""),
        file_name=_get(data, "file_name", str, ""),
        programme=_get(data, "programme", str, ""),
        region=_get(data, "region", str, ""),
        stage=_get(data, "stage", int, ""),
        year=_get(data, "year", int, ""),
        date=_date(_get(data, "date", str, ""), "date"),
        assessor=_get(data, "assessor", str, ""),
        rubric_id=_get(rubric, "id", str, "rubric."),
        rubric_version=_get(rubric, "version", str, "rubric."),
        rubric_sha256=_get(rubric, "sha256", str, "rubric."),
        decimals=_get(rubric, "decimals", int, "rubric."),
        items=tuple(items),
        components=_figures_from(data, "components"),
        dimensions=_figures_from(data, "dimensions"),
        aspects=_figures_from(data, "aspects"),
        index=_optional_decimal(data, "index", ""),
        provisional=_get(data, "provisional", bool, ""),
        recommendations=tuple(recommendations),
    )


def snapshot_from_text(
    text: str, sha256: str, *, linked_at: dt.datetime | None
) -> PreviousEvaluation:
    """The stored snapshot, checked against its own hash: an edit outside the app shows."""
    if snapshot_sha256(text) != sha256:
        raise SnapshotError(
            "the previous evaluation's snapshot does not match its SHA-256; "
            "it was changed outside the app"
        )
    try:
        data = json.loads(text)
    except ValueError:
        raise SnapshotError("the previous evaluation's snapshot is not valid JSON") from None
    if not isinstance(data, dict):
        raise SnapshotError("the previous evaluation's snapshot is not a JSON object")
    return dataclasses.replace(snapshot_from_dict(data), linked_at=linked_at)
