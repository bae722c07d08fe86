"""Planning a merge (what counts, what is refused, what replaces what) and building the
panel record. The result depends only on the set of inputs, never on their order: the
panel file's id and times derive from its sources, so merging twice equals merging once.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scorer import __version__
from scorer.core.errors import ScorerError
from scorer.core.model import AuditEntry, MergeSource, Role, ScoringRecord
from scorer.merge.evidence import merge_evidence
from scorer.merge.inputs import Contribution, Problem, read_input

PANEL_NAMESPACE = uuid.UUID("6f1c2a4e-52c0-4d0e-9a57-4d45524745aa")

Progress = Callable[[int, int], None]


@dataclass
class MergePlan:
    contributions: list[Contribution] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    replacements: list[str] = field(default_factory=list)


def plan_merge(
    paths: Sequence[Path], *, require_signoff: bool = False, progress: Progress | None = None
) -> MergePlan:
    """Read every input, then keep one contribution per assessor: the newest revision."""
    plan = MergePlan()
    found: list[Contribution] = []
    for done, path in enumerate(paths, start=1):
        result = read_input(path, require_signoff=require_signoff)
        if isinstance(result, Problem):
            plan.problems.append(result)
        else:
            found.extend(result)
        if progress is not None:
            progress(done, len(paths))
    if not found:
        return plan
    # The evaluation is the one most assessors scored (ties: the smallest identity), so
    # the outcome does not depend on which file came first.
    counts = Counter(c.identity for c in {c.assessor.key: c for c in found}.values())
    reference = min(counts, key=lambda identity: (-counts[identity], repr(identity)))
    kept: dict[str, Contribution] = {}
    for contribution in sorted(found, key=lambda c: (c.source_file_id, c.content_sha256)):
        if contribution.identity != reference:
            problem = _mismatch(contribution, reference)
            if all(p.path != problem.path for p in plan.problems):
                plan.problems.append(problem)
            continue
        key = contribution.assessor.key
        previous = kept.get(key)
        if previous is None:
            kept[key] = contribution
            continue
        same = (previous.source_file_id, previous.content_sha256) == (
            contribution.source_file_id,
            contribution.content_sha256,
        )
        if same:
            plan.duplicates.append(
                f"{contribution.path}: {contribution.assessor.name} is already counted "
                f"(same file as {previous.path})"
            )
            continue
        newer, older = sorted(
            (previous, contribution), key=lambda c: (c.revision_at, c.content_sha256), reverse=True
        )
        kept[key] = newer
        plan.replacements.append(
            f"{newer.path}: a newer revision of {newer.assessor.name}'s scores "
            f"({newer.revision_at:%Y-%m-%d %H:%M} UTC) replaces {older.path} "
            f"({older.revision_at:%Y-%m-%d %H:%M} UTC)"
        )
    plan.contributions = sorted(kept.values(), key=lambda c: c.assessor.key)
    plan.problems.sort(key=lambda p: str(p.path))
    return plan


def _mismatch(contribution: Contribution, reference: tuple[object, str]) -> Problem:
    evaluation, rubric_hash = contribution.identity
    if evaluation != reference[0]:
        ev = contribution.record.evaluation
        return Problem(
            contribution.path,
            "different-evaluation",
            f"a different evaluation ({ev.region}, stage {ev.stage} {ev.year})",
        )
    return Problem(
        contribution.path,
        "different-rubric",
        f"scored with a different rubric or rubric version (sha256 {rubric_hash[:12]}…)",
    )


def build_panel(plan: MergePlan) -> ScoringRecord:
    """One scoring file holding every assessor's scores apart, with their provenance."""
    if not plan.contributions:
        raise ScorerError("nothing to merge: no valid scoring file among the inputs")
    contributions = plan.contributions
    chair = next((c for c in contributions if c.assessor.role is Role.CHAIR), contributions[0])
    lead = chair.record
    key = "|".join(sorted(f"{c.source_file_id}:{c.content_sha256}" for c in contributions))
    merged_at = max(c.revision_at for c in contributions)
    assessors = {c.assessor.key: c.assessor for c in contributions}
    # Panel members the chair listed who sent no file; a member who did is already there
    # under the key of their own file (keys differ between files, names do not).
    names = {a.name.casefold() for a in assessors.values()}
    for member in lead.assessors:
        if member.name.casefold() not in names:
            assessors.setdefault(member.key, member)
    # The chair's roster order (the order the minutes list the panel in); members the chair
    # did not list follow in the order of their files.
    roster = {member.name.casefold(): n for n, member in enumerate(lead.assessors)}
    ordered = sorted(assessors.values(), key=lambda a: roster.get(a.name.casefold(), len(roster)))
    scores = [s for c in contributions for s in c.record.scores if s.assessor == c.assessor.key]
    notes = [n for c in contributions for n in c.record.notes if n.assessor == c.assessor.key]
    notes.sort(key=lambda n: (n.created_at, n.assessor, n.text))
    sources = [
        MergeSource(
            c.source_file_id,
            c.assessor.key,
            c.source_name,
            c.content_sha256,
            c.revision_at,
            merged_at,
        )
        for c in contributions
    ]
    audit = [
        AuditEntry(
            merged_at,
            chair.assessor.name,
            "merge",
            "file",
            "",
            None,
            f"{len(contributions)} assessors: "
            + ", ".join(f"{c.assessor.name} ({c.source_name})" for c in contributions),
        )
    ]
    evidence, requests, blobs = merge_evidence(contributions)
    return ScoringRecord(
        file_id=str(uuid.uuid5(PANEL_NAMESPACE, key)),
        created_at=merged_at,
        app_version=__version__,
        rubric_source=lead.rubric_source,
        rubric_sha256=lead.rubric_sha256,
        evaluation=lead.evaluation,
        session=lead.session,
        owner=chair.assessor.key,
        assessors=ordered,
        attendees=list(lead.attendees),
        scores=sorted(scores, key=lambda s: (s.assessor, s.item_id)),
        notes=notes,
        qa=list(lead.qa),
        conclusions=list(lead.conclusions),
        recommendations=list(lead.recommendations),
        audit=audit,
        sources=sorted(sources, key=lambda m: m.file_id),
        # Like the conclusions: the chair's link to the previous evaluation, and statuses.
        previous=lead.previous,
        follow_up=list(lead.follow_up),
        evidence=evidence,
        requests=requests,
        blobs=blobs,
    )
