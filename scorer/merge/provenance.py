"""Which file each panel member's scores came from, and whether it was signed off.

The panel file records each contribution (`merge_source`: file name, content SHA-256) but
not the sign-off of the file it came from: that is read from the inputs while merging. A
contribution taken from an earlier panel file carries no sign-off of its own file, so it is
reported as unknown rather than as unsigned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from scorer.core.integrity import signoff_state
from scorer.core.model import Assessor, MergeSource, ScoringRecord
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
