"""Which file each panel member's scores came from, and whether it was signed off.

The panel file records each contribution (`merge_source`: file name, content SHA-256) but
not the sign-off of the file it came from: that is read from the inputs while merging. A
contribution taken from an earlier panel file carries no sign-off of its own file, so it is
reported as unknown rather than as unsigned.

Follow-up statuses likewise: the panel file keeps the chair's statuses (as it keeps the
chair's recommendations), and each other member's are read from their own file among the
inputs, so the report can set them side by side without the panel file storing them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from scorer.core.integrity import signoff_state
from scorer.core.model import Assessor, FollowUpStatus, MergeSource, ScoringRecord
from scorer.merge.inputs import Contribution

FINGERPRINT_HEX = 12  # as the reports' footers print a content hash


@dataclass(frozen=True)
class MemberSource:
    """One panel member: their file (None: sent none) and its sign-off."""

    assessor: Assessor
    source: MergeSource | None
    signoff_known: bool = False  # False: merged from an earlier panel file, or no file
    signed_by: str | None = None
    signed_at: dt.datetime | None = None

    @property
    def fingerprint(self) -> str:
        return "" if self.source is None else self.source.content_sha256[:FINGERPRINT_HEX]


def member_sources(
    record: ScoringRecord, inputs: Sequence[Contribution] = ()
) -> list[MemberSource]:
    """Every member of the panel file's roster, in its order, with their file if any."""
    by_assessor = {source.assessor: source for source in record.sources}
    by_origin = {(c.source_file_id, c.content_sha256): c for c in inputs}
    members = []
    for assessor in record.assessors:
        source = by_assessor.get(assessor.key)
        contribution = (
            None if source is None else by_origin.get((source.file_id, source.content_sha256))
        )
        if contribution is None or contribution.record.sources:
            members.append(MemberSource(assessor, source))
            continue
        active = signoff_state(contribution.record).active
        members.append(
            MemberSource(
                assessor,
                source,
                signoff_known=True,
                signed_by=None if active is None else active.signed_by,
                signed_at=None if active is None else active.signed_at,
            )
        )
    return members


@dataclass(frozen=True)
class StatusColumn:
    """One panel member's follow-up statuses, by the recommendation's position."""

    assessor: Assessor
    statuses: dict[int, FollowUpStatus]
    from_panel: bool  # the panel file's own (the chair's), not read from an input file


def statuses_differ(columns: Sequence[StatusColumn], position: int) -> bool:
    """Whether the members gave the recommendation at `position` different statuses."""
    given = {c.statuses[position].status for c in columns if position in c.statuses}
    return len(given - {None}) > 1


def status_columns(
    record: ScoringRecord, inputs: Sequence[Contribution] = ()
) -> list[StatusColumn]:
    """Every member who gave follow-up statuses to the panel's previous evaluation, in roster
    order: the chair's from the panel file, the others' from their own files among `inputs`
    when those link the same previous evaluation (statuses to another evaluation's
    recommendations, or from an earlier panel file, cannot be told apart and are left out)."""
    previous = record.previous
    if previous is None:
        return []
    by_assessor = {source.assessor: source for source in record.sources}
    by_origin = {(c.source_file_id, c.content_sha256): c for c in inputs}
    columns = []
    for assessor in record.assessors:
        if assessor.key == record.owner:
            statuses, from_panel = record.follow_up, True
        else:
            source = by_assessor.get(assessor.key)
            contribution = (
                None if source is None else by_origin.get((source.file_id, source.content_sha256))
            )
            own = None if contribution is None else contribution.record
            if own is None or own.sources or own.previous is None:
                continue
            if (own.previous.file_id, own.previous.content_sha256) != (
                previous.file_id,
                previous.content_sha256,
            ):
                continue
            statuses, from_panel = own.follow_up, False
        given = {s.position: s for s in statuses if s.status is not None or s.note}
        if given:
            columns.append(StatusColumn(assessor, given, from_panel))
    return columns
