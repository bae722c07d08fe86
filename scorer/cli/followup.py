"""`follow-up`: start the next evaluation of a region from the previous one, or link the
previous one into a session already created (docs/follow-up.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.cli.common import add_command, output_path
from scorer.cli.faults import editing, using
from scorer.core.errors import LockedError, ScorerError

if TYPE_CHECKING:
    from scorer.core.model import PreviousEvaluation, ScoringRecord

_STAGES = {"I": 1, "II": 2, "1": 1, "2": 2}


def _stage(text: str) -> int:
    try:
        return _STAGES[text.strip().upper()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"must be I or II (found {text!r})") from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date like 2026-03-17 (found {text!r})"
        ) from None


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "follow-up",
        "start the next evaluation of a region from the previous one",
        "Create a new evaluation of the same region from PREVIOUS (a panel file or an "
        "assessor's file): panel, attendees, medium and venue copied, the bundled rubric "
        "when the previous one differs from it (items matched by id), and a read-only "
        "snapshot of PREVIOUS stored in it: per item the previous value, the roll-ups and "
        "index as published, the recommendations to follow up. With --into, link PREVIOUS "
        "into a session already created instead (replacing an earlier link; audited). "
        "Without --stage and --year the new evaluation is the next stage: Tahap I is "
        "followed by Tahap II of the same year, Tahap II by Tahap I of the next year.",
    )
    parser.add_argument("previous", metavar="PREVIOUS", help="the previous .scoring file")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="NEW", help="the new .scoring file to create")
    target.add_argument("--into", metavar="EXISTING", help="a session to link PREVIOUS into")
    parser.add_argument("--stage", type=_stage, metavar="I|II", help="stage of the new evaluation")
    parser.add_argument("--year", type=int, metavar="YYYY", help="year of the new evaluation")
    parser.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="date of the session (default: today)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="overwrite NEW if it exists; with --into, link a session of another region or "
        "one older than PREVIOUS",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    previous_path = Path(args.previous)
    if args.into is not None:
        if args.stage is not None or args.year is not None or args.date is not None:
            raise ScorerError("--stage, --year and --date apply to a new file (-o), not --into")
        return _link_into(previous_path, Path(args.into), force=args.force)
    return _create(previous_path, args)


def _read_previous(path: Path) -> tuple[ScoringRecord, PreviousEvaluation]:
    """PREVIOUS and its snapshot; refused if it is not intact (altered after its sign-off)."""
    from scorer.core.followup import intact_snapshot
    from scorer.storage.reading import read_any

    with using(path, writing=False):
        record = read_any(path)
    return record, intact_snapshot(record, path)


def _create(previous_path: Path, args: argparse.Namespace) -> int:
    from scorer.core.followup import plan_follow_up
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage.reading import read_any
    from scorer.storage.store import create_file

    out = output_path(args.output, force=args.force, suffix=".scoring")
    if out.exists() and out.resolve() == previous_path.resolve():
        raise ScorerError("the new file would replace PREVIOUS; write it to a new file", path=out)
    with using(previous_path, writing=False):
        record = read_any(previous_path)
    plan = plan_follow_up(
        record,
        previous_path,
        load_rubric(default_rubric_path()),
        stage=args.stage,
        year=args.year,
        date=args.date or dt.date.today(),
    )
    new = plan.record
    with using(out, writing=True):
        create_file(out, new, overwrite=args.force)
    ev = new.evaluation
    print(
        f"Created the follow-up evaluation of {ev.region} (Tahap {ev.stage_roman} {ev.year}, "
        f"{new.session.date.isoformat()}) in {out}"
    )
    _describe(plan.snapshot, previous_path)
    if plan.rubric_changed:
        print("  rubric: today's bundled rubric (the previous one differs; items matched by id)")
    return 0


def _link_into(previous_path: Path, existing: Path, *, force: bool) -> int:
    from scorer.core.followup import order_key, same_region
    from scorer.storage.followups import link_previous

    _record, snapshot = _read_previous(previous_path)
    with editing(existing) as store:
        if store.active_signoff():
            raise LockedError(
                "signed off and locked; reopen it (`scorer reopen`) before linking a previous "
                "evaluation",
                path=existing,
            )
        current = store.record()
        if current.file_id == snapshot.file_id:
            raise ScorerError(f"is the previous evaluation {previous_path} itself", path=existing)
        ev = current.evaluation
        if not same_region(ev, snapshot) and not force:
            raise ScorerError(
                f"this session evaluates {ev.region}, but the previous evaluation "
                f"{previous_path} evaluates {snapshot.region}; pass --force to link it anyway",
                path=existing,
            )
        if (
            order_key(ev.stage, ev.year, current.session.date)
            < order_key(snapshot.stage, snapshot.year, snapshot.date)
            and not force
        ):
            raise ScorerError(
                f"this session (Tahap {ev.stage_roman} {ev.year}, "
                f"{current.session.date.isoformat()}) is "
                f"older than the previous evaluation {previous_path} (Tahap "
                f"{snapshot.stage_roman} {snapshot.year}, {snapshot.date.isoformat()}); pass "
                "--force to link it anyway",
                path=existing,
            )
        replaced = current.previous is not None
        link_previous(store, snapshot)
    print(
        f"Linked {previous_path} into {existing}"
        + (" (replacing the earlier link)" if replaced else "")
    )
    _describe(snapshot, previous_path)
    return 0


def _describe(snapshot: PreviousEvaluation, path: Path) -> None:
    from scorer.core.followup import format_figure

    index = format_figure(snapshot.index, snapshot.decimals, "en")
    print(
        f"  previous: {snapshot.kind.value} file {path} (Tahap {snapshot.stage_roman} "
        f"{snapshot.year}), index {index}, {len(snapshot.recommendations)} recommendation(s) "
        "to follow up"
    )
