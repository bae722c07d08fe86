"""A plain-text summary of a record: what `check` prints."""

from __future__ import annotations

from scorer.core.integrity import signoff_state
from scorer.core.model import ScoringRecord
from scorer.core.rubric import stored_rubric
from scorer.core.scoring import NA, ItemValue, format_score, item_value, summarise


def owner_values(record: ScoringRecord, assessor: str) -> dict[str, ItemValue]:
    values: dict[str, ItemValue] = {}
    for score in record.scores:
        value = item_value(score.level, score.not_applicable)
        if score.assessor == assessor and value is not None:
            values[score.item_id] = value
    return values


def completeness_lines(record: ScoringRecord) -> tuple[list[str], bool]:
    """Lines for a person, and whether the file is intact (False if tampered)."""
    rubric = stored_rubric(record.rubric_source)
    ev = record.evaluation
    lines = [
        f"Evaluation: {ev.programme} · {ev.region} ({ev.province}) · stage {ev.stage} "
        f"{ev.year} · {ev.timezone.value}",
        f"Session:    {record.session.date.isoformat()} · {record.session.medium}",
        f"Rubric:     {rubric.id} {rubric.version} (sha256 {record.rubric_sha256[:12]}…), "
        f"{len(rubric.items)} items",
    ]
    intact = True
    assessors = [a for a in record.assessors if any(s.assessor == a.key for s in record.scores)]
    owner = next(a for a in record.assessors if a.key == record.owner)
    for assessor in assessors or [owner]:
        values = owner_values(record, assessor.key)
        summary = summarise(rubric, values)
        na = sum(1 for v in values.values() if v is NA)
        state = "complete" if summary.complete else f"{len(summary.unscored)} unscored"
        index = format_score(summary.index, rubric.decimals, "en")
        if summary.provisional and summary.index is not None:
            index += " (provisional)"
        lines.append(f"Assessor:   {assessor.name} ({assessor.role.value})")
        lines.append(
            f"  scored {len(rubric.items) - len(summary.unscored)} of {len(rubric.items)} "
            f"items ({na} N/A), {state}; index {index}"
        )
        if summary.unscored:
            lines.append(f"  unscored: {', '.join(summary.unscored)}")
    previous = record.previous
    if previous is not None:
        given = sum(1 for f in record.follow_up if f.status is not None)
        lines.append(
            f"Follows up: {previous.kind.value} file {previous.file_name} (stage "
            f"{previous.stage} {previous.year}), index "
            f"{'–' if previous.index is None else previous.index}; {given} of "
            f"{len(previous.recommendations)} recommendations with a follow-up status"
        )
    signoff = signoff_state(record)
    lines.append(f"Sign-off:   {signoff.describe()}")
    if signoff.tampered:
        intact = False
    return lines, intact
