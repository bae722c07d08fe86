"""The rubric as data: loading, validation and look-ups.

The rubric is a human-editable TOML file (see docs/rubric-format.md). A scoring file keeps
the exact text it was scored with and its SHA-256, so a file stays readable and
comparable even after the bundled rubric changes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from scorer.core.digest import sha256_text
from scorer.core.errors import RubricError

FORMAT_VERSION = 1
LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class Label:
    """A text in Indonesian and English; Indonesian is the reference language."""

    id: str
    en: str

    def text(self, lang: str = "id") -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True)
class ScaleLevel:
    level: int
    name: Label
    meaning: Label


@dataclass(frozen=True)
class Band:
    minimum: Fraction
    name: Label


@dataclass(frozen=True)
class Category:
    """A dimension, element or infrastructure aspect: a tag items carry."""

    id: str
    name: Label


@dataclass(frozen=True)
class Component:
    id: str
    name: Label
    weight: Fraction


@dataclass(frozen=True)
class Item:
    id: str
    component: str
    name: Label
    descriptors: Mapping[int, Label]
    dimensions: tuple[str, ...] = ()
    element: str | None = None
    aspect: str | None = None
    percent_thresholds: tuple[Fraction, ...] | None = None


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    name: Label
    decimals: int
    scale: tuple[ScaleLevel, ...]
    bands_enabled: bool
    bands: tuple[Band, ...]
    dimensions: tuple[Category, ...]
    elements: tuple[Category, ...]
    aspects: tuple[Category, ...]
    components: tuple[Component, ...]
    items: tuple[Item, ...]
    source: str = field(repr=False)

    @functools.cached_property
    def sha256(self) -> str:
        """Of the source text, when first asked: opening a session needs none."""
        return sha256_text(self.source)

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(level.level for level in self.scale)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.items)

    def items_of(self, component_id: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.component == component_id)

    def level_name(self, level: int, lang: str = "id") -> str:
        for scale_level in self.scale:
            if scale_level.level == level:
                return scale_level.name.text(lang)
        raise KeyError(level)

    def level_for_percent(self, item: Item, percent: Fraction) -> int:
        """Map a percentage to a level: below the first threshold is the lowest level."""
        if item.percent_thresholds is None:
            raise ValueError(f"item {item.id} is not scored by percentage")
        passed = sum(1 for threshold in item.percent_thresholds if percent >= threshold)
        return self.levels[passed]

    def band(self, index: Fraction) -> Band | None:
        if not self.bands_enabled:
            return None
        for band in sorted(self.bands, key=lambda b: b.minimum, reverse=True):
            if index >= band.minimum:
                return band
        return None


def parse_rubric_toml(text: str, source_name: str) -> dict[str, Any]:
    """The rubric's TOML as tables, before validation (storage/rubric_cache.py keeps them)."""
    import tomllib  # ~3 ms, and a session opened from the cache never needs it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RubricError(f"not valid TOML: {exc}", path=source_name) from None


def rubric_from_tables(data: Mapping[str, Any], text: str, source_name: str) -> Rubric:
    """Validate parsed rubric TOML; every error names the file, item and field."""
    return _Validator(source_name).rubric(data, text)


def load_rubric_text(text: str, source_name: str) -> Rubric:
    """Parse and validate rubric TOML."""
    return rubric_from_tables(parse_rubric_toml(text, source_name), text, source_name)


_PARSED: dict[str, Rubric] = {}  # by source text; the few most recent
_PARSED_KEPT = 8


def stored_rubric(source: str, parse: Callable[[], Rubric] | None = None) -> Rubric:
    """The rubric a scoring record carries, parsed once per process: a merge, an export and
    a follow-up read the same source again and again, and a parsed rubric is immutable.
    `parse` parses it on a miss instead of parsing the TOML here (the store goes through
    its parsed-rubric cache on disk, storage/rubric_cache.py)."""
    rubric = _PARSED.get(source)
    if rubric is None:
        rubric = parse() if parse is not None else load_rubric_text(source, "stored rubric")
        if len(_PARSED) >= _PARSED_KEPT:
            del _PARSED[next(iter(_PARSED))]
        _PARSED[source] = rubric
    return rubric


def load_rubric(path: object) -> Rubric:
    from pathlib import Path

    file_path = Path(str(path))
    try:
        raw = file_path.read_bytes()
    except OSError as exc:
        raise RubricError(f"cannot read the rubric: {exc.strerror}", path=file_path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RubricError("the rubric is not UTF-8 text", path=file_path) from None
    return load_rubric_text(text, str(file_path))


class _Validator:
    """Walks the parsed TOML, keeping a 'where' so each error says exactly what is wrong."""

    def __init__(self, source_name: str) -> None:
        self.source = source_name

    def fail(self, where: str, message: str) -> RubricError:
        return RubricError(f"{where}: {message}", path=self.source)

    def table(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(where, f"field '{key}' must be a table")
        return value

    def array(self, data: Mapping[str, Any], key: str, where: str) -> Sequence[Any]:
        value = data.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(where, f"field '{key}' must be a non-empty array")
        return value

    def string(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"field '{key}' must be a non-empty text")
        return value

    def label(
        self, data: Mapping[str, Any], key: str, where: str, field_name: str | None = None
    ) -> Label:
        name = field_name or key
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(where, f"field '{name}' must be a table with 'id' and 'en' texts")
        texts = []
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(where, f"field '{name}.{lang}' must be a non-empty text")
            texts.append(text)
        return Label(*texts)

    def decimal(self, data: Mapping[str, Any], key: str, where: str) -> Fraction:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise self.fail(
                where, f"field '{key}' must be a decimal written as text, e.g. \"0.20\""
            )
        try:
            return Fraction(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            raise self.fail(where, f"field '{key}' is not a number: {value!r}") from None

    def unique_ids(self, entries: Sequence[Any], kind: str) -> list[str]:
        ids: list[str] = []
        for position, entry in enumerate(entries, start=1):
            where = f"{kind} #{position}"
            if not isinstance(entry, dict):
                raise self.fail(where, "must be a table")
            entry_id = self.string(entry, "id", where)
            if entry_id in ids:
                raise self.fail(f"{kind} {entry_id}", "duplicate id")
            ids.append(entry_id)
        return ids

    def categories(self, data: Mapping[str, Any], key: str, kind: str) -> tuple[Category, ...]:
        entries = self.array(data, key, "rubric")
        self.unique_ids(entries, kind)
        return tuple(
            Category(entry["id"], self.label(entry, "name", f"{kind} {entry['id']}"))
            for entry in entries
        )

    def rubric(self, data: Mapping[str, Any], text: str) -> Rubric:
        if data.get("format") != FORMAT_VERSION:
            raise self.fail(
                "top level",
                f"field 'format' must be {FORMAT_VERSION} (found {data.get('format')!r})",
            )
        head = self.table(data, "rubric", "top level")
        decimals = head.get("decimals", 2)
        if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 4:
            raise self.fail("rubric", "field 'decimals' must be an integer from 0 to 4")
        scale = self.scale(data)
        dimensions = self.categories(data, "dimensions", "dimension")
        elements = self.categories(data, "elements", "element")
        aspects = self.categories(data, "aspects", "aspect")
        components = self.components(data)
        bands_enabled, bands = self.bands(data)
        items = self.items(
            data,
            levels=[level.level for level in scale],
            known={
                "component": {c.id for c in components},
                "dimensions": {c.id for c in dimensions},
                "element": {c.id for c in elements},
                "aspect": {c.id for c in aspects},
            },
        )
        for component in components:
            if not any(item.component == component.id for item in items):
                raise self.fail(f"component {component.id}", "has no items")
        return Rubric(
            id=self.string(head, "id", "rubric"),
            version=self.string(head, "version", "rubric"),
            name=self.label(head, "name", "rubric"),
            decimals=decimals,
            scale=scale,
            bands_enabled=bands_enabled,
            bands=bands,
            dimensions=dimensions,
            elements=elements,
            aspects=aspects,
            components=components,
            items=items,
            source=text,
        )

    def scale(self, data: Mapping[str, Any]) -> tuple[ScaleLevel, ...]:
        levels: list[ScaleLevel] = []
        for position, entry in enumerate(self.array(data, "scale", "top level"), start=1):
            where = f"scale level #{position}"
            if not isinstance(entry, dict):
                raise self.fail(where, "must be a table")
            level = entry.get("level")
            if not isinstance(level, int) or isinstance(level, bool) or level < 1:
                raise self.fail(where, "field 'level' must be a positive integer")
            if levels and level != levels[-1].level + 1:
                raise self.fail(where, "levels must be consecutive integers in rising order")
            levels.append(
                ScaleLevel(
                    level, self.label(entry, "name", where), self.label(entry, "meaning", where)
                )
            )
        if len(levels) < 2:
            raise self.fail("scale", "needs at least two levels")
        return tuple(levels)

    def components(self, data: Mapping[str, Any]) -> tuple[Component, ...]:
        entries = self.array(data, "components", "top level")
        self.unique_ids(entries, "component")
        components = []
        for entry in entries:
            where = f"component {entry['id']}"
            weight = self.decimal(entry, "weight", where)
            if weight <= 0:
                raise self.fail(where, "field 'weight' must be greater than 0")
            components.append(Component(entry["id"], self.label(entry, "name", where), weight))
        total = sum((c.weight for c in components), Fraction(0))
        if total != 1:
            raise self.fail(
                "components", f"weights must add up to 1 (they add up to {float(total):g})"
            )
        return tuple(components)

    def bands(self, data: Mapping[str, Any]) -> tuple[bool, tuple[Band, ...]]:
        raw = data.get("bands")
        if raw is None:
            return False, ()
        if not isinstance(raw, dict):
            raise self.fail("bands", "must be a table")
        enabled = raw.get("enabled", False)
        if not isinstance(enabled, bool):
            raise self.fail("bands", "field 'enabled' must be true or false")
        bands = []
        for position, entry in enumerate(raw.get("band", []), start=1):
            where = f"band #{position}"
            if not isinstance(entry, dict):
                raise self.fail(where, "must be a table")
            bands.append(Band(self.decimal(entry, "min", where), self.label(entry, "name", where)))
        return enabled, tuple(bands)

    def items(
        self, data: Mapping[str, Any], levels: list[int], known: Mapping[str, set[str]]
    ) -> tuple[Item, ...]:
        entries = self.array(data, "items", "top level")
        self.unique_ids(entries, "item")
        items = []
        for entry in entries:
            where = f"item {entry['id']}"
            component = self.string(entry, "component", where)
            if component not in known["component"]:
                raise self.fail(where, f"field 'component': unknown component '{component}'")
            dimensions = entry.get("dimensions", [])
            if not isinstance(dimensions, list) or not all(isinstance(d, str) for d in dimensions):
                raise self.fail(where, "field 'dimensions' must be an array of dimension ids")
            for dimension in dimensions:
                if dimension not in known["dimensions"]:
                    raise self.fail(where, f"field 'dimensions': unknown dimension '{dimension}'")
            tags: dict[str, str | None] = {}
            for key in ("element", "aspect"):
                value = entry.get(key)
                if value is not None and value not in known[key]:
                    raise self.fail(where, f"field '{key}': unknown {key} '{value}'")
                tags[key] = value
            items.append(
                Item(
                    id=entry["id"],
                    component=component,
                    name=self.label(entry, "name", where),
                    descriptors=self.descriptors(entry, levels, where),
                    dimensions=tuple(dimensions),
                    element=tags["element"],
                    aspect=tags["aspect"],
                    percent_thresholds=self.thresholds(entry, len(levels), where),
                )
            )
        return tuple(items)

    def descriptors(
        self, entry: Mapping[str, Any], levels: list[int], where: str
    ) -> Mapping[int, Label]:
        raw = self.table(entry, "descriptors", where)
        extra = set(raw) - {str(level) for level in levels}
        if extra:
            raise self.fail(where, f"field 'descriptors': no such level {sorted(extra)[0]}")
        return {
            level: self.label(raw, str(level), where, f"descriptors.{level}") for level in levels
        }

    def thresholds(
        self, entry: Mapping[str, Any], level_count: int, where: str
    ) -> tuple[Fraction, ...] | None:
        raw = entry.get("percent_thresholds")
        if raw is None:
            return None
        if not isinstance(raw, list) or len(raw) != level_count - 1:
            raise self.fail(
                where, f"field 'percent_thresholds' must list {level_count - 1} rising numbers"
            )
        values = [
            self.decimal({"t": value}, "t", f"{where}, field 'percent_thresholds'") for value in raw
        ]
        if values != sorted(values) or len(set(values)) != len(values):
            raise self.fail(where, "field 'percent_thresholds' must be strictly rising")
        return tuple(values)
