"""Follow-up between evaluations: the previous evaluation's snapshot, the next session
built from it, and the change from then to now (docs/follow-up.md).

The snapshot keeps the previous figures as they were published (rounded, with the
previous rubric's weights), so a later rubric never rewrites them. The change is the
current rounded figure minus the published one: exactly what a reader of both minutes
would subtract (3,31 − 3,06 = +0,25). Items present in only one of the two rubrics are
listed as new or dropped and never compared.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from scorer.core.canonical import content_sha256
from scorer.core.errors import ScorerError, ScoringFileError
from scorer.core.model import (
    Attendee,
    AuditEntry,
    Evaluation,
    PreviousEvaluation,
    PreviousFigure,
    PreviousItem,
    PreviousKind,
    ScoringRecord,
    stage_roman,
    utc_now,
)
from scorer.core.report import owner_values
from scorer.core.rubric import Category, Component, Rubric, stored_rubric
from scorer.core.scoring import (
    NA,
    ItemValue,
    Rollup,
    ScoreSummary,
    round_half_up,
    summarise,
)
from scorer.core.session import new_record
from scorer.core.snapshot import snapshot_sha256, snapshot_text

MINUS = "\u2212"  # a real minus sign: "−0,10", never a hyphen
NOT_COMPARABLE = "\u2014"  # "—"


def _published(value: Fraction | None, decimals: int) -> Decimal | None:
    return None if value is None else round_half_up(value, decimals)


def _figures(
    categories: Sequence[Category], rollups: Mapping[str, Rollup], decimals: int
) -> tuple[PreviousFigure, ...]:
    return tuple(
        PreviousFigure(c.id, c.name.text("id"), _published(rollups[c.id].value, decimals))
        for c in categories
    )


def _values_of(record: ScoringRecord) -> tuple[PreviousKind, dict[str, ItemValue], dict[str, int]]:
    """A panel file's panel values and consensus levels, or an assessor's own scores."""
    if record.sources:
        from scorer.merge.aggregate import aggregate

        result = aggregate(record)
        consensus = {r.item_id: r.consensus.level for r in result.items if r.consensus}
        return PreviousKind.PANEL, result.panel_values, consensus
    return PreviousKind.ASSESSOR, owner_values(record, record.owner), {}


def build_snapshot(
    record: ScoringRecord, file_name: str, content_hash: str | None = None
) -> PreviousEvaluation:
    """The read-only snapshot of `record` as a follow-up stores it. `content_hash`: the
    record's content SHA-256 if the caller has it already (hashing a record with evidence
    reads every image's bytes)."""
    rubric = stored_rubric(record.rubric_source)
    kind, values, consensus = _values_of(record)
    summary = summarise(rubric, values)
    decimals = rubric.decimals
    owner = next((a.name for a in record.assessors if a.key == record.owner), record.owner)
    items = []
    for item in rubric.items:
        value = values.get(item.id)
        items.append(
            PreviousItem(
                item.id,
                item.name.text("id"),
                _published(value, decimals) if isinstance(value, Fraction) else None,
                value is NA,
                consensus.get(item.id),
            )
        )
    components = tuple(
        PreviousFigure(
            c.id,
            c.name.text("id"),
            _published(summary.components[c.id].value, decimals),
            str(c.weight),
        )
        for c in rubric.components
    )
    ev = record.evaluation
    return PreviousEvaluation(
        kind=kind,
        file_id=record.file_id,
        content_sha256=content_hash or content_sha256(record),
        file_name=file_name,
        programme=ev.programme,
        region=ev.region,
        stage=ev.stage,
        year=ev.year,
        date=record.session.date,
        assessor=owner,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_sha256=record.rubric_sha256,
        decimals=decimals,
        items=tuple(items),
        components=components,
        dimensions=_figures(rubric.dimensions, summary.dimensions, decimals),
        aspects=_figures(rubric.aspects, summary.aspects, decimals),
        index=_published(summary.index, decimals),
        provisional=summary.provisional,
        recommendations=tuple(record.recommendations),
    )


# The next session


def next_stage(stage: int, year: int) -> tuple[int, int]:
    """Tahap I is followed by Tahap II of the same year, Tahap II by Tahap I of the next."""
    return (2, year) if stage == 1 else (1, year + 1)


def order_key(stage: int, year: int, date: dt.date) -> tuple[int, int, dt.date]:
    """Evaluations in time: by year, then stage, then the session's date."""
    return (year, stage, date)


def same_region(evaluation: Evaluation, previous: PreviousEvaluation) -> bool:
    return evaluation.region.casefold().strip() == previous.region.casefold().strip()


def follow_up_record(
    previous_record: ScoringRecord,
    snapshot: PreviousEvaluation,
    rubric: Rubric,
    *,
    stage: int,
    year: int,
    date: dt.date,
) -> ScoringRecord:
    """A new session of the same region: panel, attendees (all marked present again),
    medium and venue copied, nothing scored, and the snapshot linked (audited)."""
    ev = previous_record.evaluation
    owner = next(a for a in previous_record.assessors if a.key == previous_record.owner)
    record = new_record(
        rubric=rubric,
        evaluation=dataclasses.replace(ev, stage=stage, year=year),
        date=date,
        medium=previous_record.session.medium,
        venue=previous_record.session.venue,
        me=owner,
        panel=[a for a in previous_record.assessors if a.key != owner.key],
        attendees=[Attendee(a.name, a.position, a.organisation) for a in previous_record.attendees],
    )
    now = utc_now()
    record.previous = dataclasses.replace(snapshot, linked_at=now)
    link = {
        "file_id": snapshot.file_id,
        "snapshot_sha256": snapshot_sha256(snapshot_text(snapshot)),
    }
    record.audit.append(
        AuditEntry(now, owner.name, "link", "previous", snapshot.file_id, None, json.dumps(link))
    )
    return record


@dataclass(frozen=True)
class FollowUpPlan:
    """A new follow-up session, ready to be written, and what was decided for it."""

    record: ScoringRecord
    snapshot: PreviousEvaluation
    rubric_changed: bool  # PREVIOUS's rubric is not the bundled one: the bundled one is used


def intact_snapshot(record: ScoringRecord, path: Path) -> PreviousEvaluation:
    """The snapshot of PREVIOUS at `path`; refused if changed after its sign-off."""
    from scorer.core.integrity import signoff_state

    state = signoff_state(record)
    if state.tampered:
        raise ScoringFileError(
            "TAMPERED: changed after its sign-off; a follow-up needs the content that was "
            "signed (run `scorer check` on it)",
            path=path,
        )
    return build_snapshot(record, path.name, state.current_sha256)


def plan_follow_up(
    record: ScoringRecord,
    path: Path,
    bundled: Rubric,
    *,
    stage: int | None = None,
    year: int | None = None,
    date: dt.date,
) -> FollowUpPlan:
    """The next evaluation after PREVIOUS (`record`, read from `path`): by default the next
    stage; `stage` alone takes the first year in which it comes after PREVIOUS. PREVIOUS's
    rubric is kept when it is `bundled`, else `bundled` is used (items matched by id).
    Refused when the new evaluation would come before PREVIOUS."""
    snapshot = intact_snapshot(record, path)
    new_stage, new_year = next_stage(snapshot.stage, snapshot.year)
    if stage is not None:
        new_stage = stage
        new_year = snapshot.year if stage > snapshot.stage else snapshot.year + 1
    new_year = year if year is not None else new_year
    if order_key(new_stage, new_year, date) < order_key(
        snapshot.stage, snapshot.year, snapshot.date
    ):
        raise ScorerError(
            f"Tahap {stage_roman(new_stage)} {new_year} on {date.isoformat()} comes before the "
            f"previous evaluation {path} (Tahap {snapshot.stage_roman} {snapshot.year}, "
            f"{snapshot.date.isoformat()}); check the stage, year and date"
        )
    same = bundled.sha256 == record.rubric_sha256
    rubric = stored_rubric(record.rubric_source) if same else bundled
    new = follow_up_record(record, snapshot, rubric, stage=new_stage, year=new_year, date=date)
    return FollowUpPlan(new, snapshot, not same)


# The change from then to now


class ItemPresence(enum.StrEnum):
    BOTH = "both"
    NEW = "new"  # only in the current rubric: nothing to compare with
    DROPPED = "dropped"  # only in the previous rubric: shown, never compared


@dataclass(frozen=True)
class Change:
    """One figure then and now; `change` is None where the two are not comparable."""

    id: str
    name: str
    previous: Decimal | None
    current: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True)
class ItemChange:
    item: Change
    presence: ItemPresence
    previous_not_applicable: bool = False
    consensus: int | None = None


@dataclass(frozen=True)
class Comparison:
    components: tuple[Change, ...]
    dimensions: tuple[Change, ...]
    aspects: tuple[Change, ...]
    index: Change
    items: tuple[ItemChange, ...]
    across_rubrics: bool  # the weights changed: the previous index is as it was published

    @property
    def new_items(self) -> tuple[str, ...]:
        return tuple(i.item.id for i in self.items if i.presence is ItemPresence.NEW)

    @property
    def dropped_items(self) -> tuple[str, ...]:
        return tuple(i.item.id for i in self.items if i.presence is ItemPresence.DROPPED)


def weights_changed(previous: PreviousEvaluation, rubric: Rubric) -> bool:
    then = {c.id: c.weight for c in previous.components}
    now = {c.id: str(c.weight) for c in rubric.components}
    return then != now


def _category_changes(
    figures: Sequence[PreviousFigure],
    categories: Sequence[Category | Component],
    rollups: Mapping[str, Rollup],
    decimals: int,
) -> tuple[Change, ...]:
    """Current categories in the rubric's order, then any only the previous one had."""
    then = {f.id: f for f in figures}
    rows = [
        Change(
            c.id,
            c.name.text("id"),
            then[c.id].value if c.id in then else None,
            _published(rollups[c.id].value, decimals),
        )
        for c in categories
    ]
    known = {c.id for c in categories}
    rows += [Change(f.id, f.name, f.value, None) for f in figures if f.id not in known]
    return tuple(rows)


def summary_changes(
    previous: PreviousEvaluation, rubric: Rubric, summary: ScoreSummary
) -> Comparison:
    """The roll-ups and the index, then (as published) against now; no items. Cheap enough
    for every score typed (the live roll-ups pane)."""
    decimals = rubric.decimals
    return Comparison(
        components=_category_changes(
            previous.components, rubric.components, summary.components, decimals
        ),
        dimensions=_category_changes(
            previous.dimensions, rubric.dimensions, summary.dimensions, decimals
        ),
        aspects=_category_changes(previous.aspects, rubric.aspects, summary.aspects, decimals),
        index=Change("index", "Indeks", previous.index, _published(summary.index, decimals)),
        items=(),
        across_rubrics=weights_changed(previous, rubric),
    )


def compare(
    previous: PreviousEvaluation, rubric: Rubric, values: Mapping[str, ItemValue]
) -> Comparison:
    """Then (as published) against now: `values` (an assessor's scores or a panel's values)
    summed up with the current rubric, item by item too."""
    decimals = rubric.decimals
    then_items = {i.item_id: i for i in previous.items}
    items: list[ItemChange] = []
    for item in rubric.items:
        now = _published(_fraction(values.get(item.id)), decimals)
        before = then_items.get(item.id)
        if before is None:
            items.append(
                ItemChange(Change(item.id, item.name.text("id"), None, now), ItemPresence.NEW)
            )
        else:
            items.append(
                ItemChange(
                    Change(item.id, item.name.text("id"), before.value, now),
                    ItemPresence.BOTH,
                    before.not_applicable,
                    before.consensus,
                )
            )
    items += [
        ItemChange(Change(i.item_id, i.name, i.value, None), ItemPresence.DROPPED)
        for i in previous.items
        if not rubric.has_item(i.item_id)
    ]
    changes = summary_changes(previous, rubric, summarise(rubric, values))
    return dataclasses.replace(changes, items=tuple(items))


def _fraction(value: ItemValue | None) -> Fraction | None:
    return value if isinstance(value, Fraction) else None


def current_values(record: ScoringRecord) -> dict[str, ItemValue]:
    """What a session's figures rest on now: a panel's values, or the owner's own scores."""
    return _values_of(record)[1]


def compare_record(record: ScoringRecord) -> Comparison | None:
    """The change from the linked previous evaluation to `record` now; None if none is linked."""
    if record.previous is None:
        return None
    rubric = stored_rubric(record.rubric_source)
    return compare(record.previous, rubric, current_values(record))


# Printing


def format_change(change: Decimal | None, decimals: int = 2, lang: str = "id") -> str:
    """ "+0,25", "−0,10" (a real minus sign), "0,00", or "—" where not comparable."""
    from scorer.core.scoring import format_number

    if change is None:
        return NOT_COMPARABLE
    text = format_number(abs(change).quantize(Decimal(1).scaleb(-decimals)), lang)
    if change > 0:
        return f"+{text}"
    return f"{MINUS}{text}" if change < 0 else text


def format_figure(value: Decimal | None, decimals: int = 2, lang: str = "id") -> str:
    """A published figure with the decimal comma; an en dash when there is none."""
    from scorer.core.scoring import format_number

    if value is None:
        return "\u2013"
    return format_number(value.quantize(Decimal(1).scaleb(-decimals)), lang)
