"""Building a new evaluation session record."""

from __future__ import annotations

import datetime as dt
import uuid

from scorer import __version__
from scorer.core.model import (
    Assessor,
    Attendee,
    Evaluation,
    Phase,
    PhaseTime,
    ScoringRecord,
    SessionInfo,
    utc_now,
)
from scorer.core.rubric import Rubric

# Planned length of each phase in minutes: a typical two-hour stage II session.
DEFAULT_PLANNED_MINUTES: dict[Phase, int] = {
    Phase.PREPARATION: 10,
    Phase.PRESENTATION: 20,
    Phase.QA: 40,
    Phase.SCORING: 20,
    Phase.CONCLUSIONS: 15,
    Phase.SIGNOFF: 5,
}


def default_phases() -> list[PhaseTime]:
    return [PhaseTime(phase, minutes) for phase, minutes in DEFAULT_PLANNED_MINUTES.items()]


def new_record(
    *,
    rubric: Rubric,
    evaluation: Evaluation,
    date: dt.date,
    medium: str,
    venue: str,
    me: Assessor,
    panel: list[Assessor] | None = None,
    attendees: list[Attendee] | None = None,
    agenda: str = "",
) -> ScoringRecord:
    """A fresh record owned by `me`; `panel` lists the other assessors."""
    return ScoringRecord(
        file_id=str(uuid.uuid4()),
        created_at=utc_now(),
        app_version=__version__,
        rubric_source=rubric.source,
        rubric_sha256=rubric.sha256,
        evaluation=evaluation,
        session=SessionInfo(
            date=date, medium=medium, venue=venue, agenda=agenda, phases=default_phases()
        ),
        owner=me.key,
        assessors=[me, *(panel or [])],
        attendees=list(attendees or []),
    )


def new_assessor_key() -> str:
    return str(uuid.uuid4())
