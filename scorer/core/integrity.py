"""Whether a signed-off record still holds the content its sign-off vouched for."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from scorer.core.canonical import content_sha256
from scorer.core.model import ScoringRecord, SignOff


@dataclass(frozen=True)
class SignOffState:
    active: SignOff | None
    record: ScoringRecord = field(repr=False, compare=False)

    @functools.cached_property
    def current_sha256(self) -> str:
        """Hashed when first asked: the whole record, every evidence image's bytes too,
        which a caller asking only whether the session is locked never needs."""
        return content_sha256(self.record)

    @property
    def locked(self) -> bool:
        return self.active is not None

    @property
    def tampered(self) -> bool:
        return self.active is not None and self.active.content_sha256 != self.current_sha256

    def describe(self) -> str:
        if self.active is None:
            return "not signed off"
        when = self.active.signed_at.strftime("%Y-%m-%d %H:%M UTC")
        if self.tampered:
            return (
                f"TAMPERED: signed off by {self.active.signed_by} at {when}, but the content "
                "was changed afterwards outside the app"
            )
        return f"signed off by {self.active.signed_by} at {when}; locked; content intact"


def signoff_state(record: ScoringRecord) -> SignOffState:
    active = next((s for s in reversed(record.signoffs) if s.voided_at is None), None)
    return SignOffState(active, record)
