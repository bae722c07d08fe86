"""`merge` and `consensus`: the coordinator's commands."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.cli.common import add_command, output_path
from scorer.cli.faults import editing, using
from scorer.cli.layout import laying_out
from scorer.core.errors import ScorerError

if TYPE_CHECKING:
    from scorer.core.model import ScoringRecord
    from scorer.merge.aggregate import PanelResult
    from scorer.merge.merge import MergePlan


def register(commands: Any) -> None:
    merge = add_command(
        commands,
        "merge",
        "merge the panel's scoring files into one panel result",
        "Merge assessors' .scoring files of one evaluation into a panel file that keeps each "
        "assessor's scores apart. Inputs are never modified. By default any problem file "
        "stops the merge (each is listed with its problem); --skip-bad merges the rest.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="assessors' .scoring files")
    merge.add_argument("-o", "--output", required=True, metavar="PANEL", help="panel .scoring")
    merge.add_argument("--report", metavar="PDF", help="also write the panel report")
    merge.add_argument(
        "--csv", metavar="CSV", help="also write items, summary, assessors and agreement as CSV"
    )
    merge.add_argument("--xlsx", metavar="XLSX", help="also write the same as XLSX, one sheet each")
    merge.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help="language of the CSV/XLSX headers and flags (default id: ';' and decimal commas "
        "in the CSV); the report is in Indonesian",
    )
    merge.add_argument(
        "--coordinator",
        metavar="NAME",
        default="",
        help="the coordinator's name under the report's signature (default: a blank line)",
    )
    merge.add_argument(
        "--require-signoff", action="store_true", help="refuse files that are not signed off"
    )
    merge.add_argument("--skip-bad", action="store_true", help="merge the rest of the files")
    merge.add_argument("--force", action="store_true", help="overwrite outputs that exist")
    merge.set_defaults(handler=handle_merge)

    consensus = add_command(
        commands,
        "consensus",
        "set the panel's consensus level for an item",
        "Record a consensus level for an item of a panel file, with a required reason; the "
        "decision, with the values before it, is kept in the audit log and the report.",
    )
    consensus.add_argument("panel", metavar="PANEL", help="panel .scoring file")
    consensus.add_argument("item", metavar="ITEM", help="rubric item id, e.g. OP4")
    consensus.add_argument("level", type=int, metavar="LEVEL", help="the agreed level")
    consensus.add_argument("--reason", required=True, help="why the panel agreed on it")
    consensus.set_defaults(handler=handle_consensus)


def handle_merge(args: argparse.Namespace) -> int:
    from scorer.merge.aggregate import aggregate
    from scorer.merge.merge import build_panel, plan_merge
    from scorer.storage.scoringfile import atomic_new_file, fsync_file

    panel_path = output_path(args.output, force=args.force, suffix=".scoring")
    extras = {
        name: output_path(value, force=args.force, suffix=suffix)
        for name, value, suffix in (
            ("report", args.report, ".pdf"),
            ("csv", args.csv, ".csv"),
            ("xlsx", args.xlsx, ".xlsx"),
        )
        if value
    }
    inputs = [Path(name) for name in args.files]
    if panel_path.resolve() in {p.resolve() for p in inputs} and not args.force:
        raise ScorerError("the output is also an input; write the panel to a new file")
    with using(*inputs, writing=False):
        plan = plan_merge(inputs, require_signoff=args.require_signoff)
    for problem in plan.problems:
        print(f"scorer: {'skipped' if args.skip_bad else 'error'}: {problem}", file=sys.stderr)
    if plan.problems and not args.skip_bad:
        print(
            f"scorer: merge stopped: {len(plan.problems)} problem file(s); fix or leave them "
            "out, or pass --skip-bad to merge the rest",
            file=sys.stderr,
        )
        return 1
    record = build_panel(plan)
    result = aggregate(record)
    outputs = {"panel": panel_path, **extras}
    # All or nothing: each output is written beside its place, on the disk, and renamed
    # there only when every one is complete. A failure leaves no output, and an input given
    # as the output with --force (merging into an existing panel) keeps its old content.
    with using(*outputs.values(), writing=True), contextlib.ExitStack() as staged:
        for name, path in outputs.items():
            with using(path, writing=True):
                temp = staged.enter_context(atomic_new_file(path))
                _write_output(name, temp, record, result, plan, args)
                fsync_file(temp)  # so that atomic_new_file's own sync finds nothing left to fail
    for note in plan.duplicates + plan.replacements:
        print(f"note: {note}")
    index = result.panel.index
    from scorer.core.scoring import format_score

    print(
        f"Merged {len(plan.contributions)} assessors into {panel_path}; panel index "
        f"{format_score(index, result.rubric.decimals, 'en')}"
    )
    return 0


def _write_output(
    name: str,
    path: Path,
    record: ScoringRecord,
    result: PanelResult,
    plan: MergePlan,
    args: argparse.Namespace,
) -> None:
    """One of the merge's outputs: the panel file, its report, CSV or XLSX. The plan's
    inputs tell the report and the exports whether each merged file was signed off."""
    if name == "panel":
        from scorer.storage.store import create_file

        create_file(path, record)
    elif name == "csv":
        from scorer.merge.exports import write_csv

        write_csv(record, result, path, args.lang, plan.contributions)
    elif name == "xlsx":
        from scorer.merge.exports import write_xlsx

        write_xlsx(record, result, path, args.lang, plan.contributions)
    else:
        from scorer.reports.panel_report import write_panel_report

        instead = "Merge without --report to have the panel file (and any CSV or XLSX) now"
        with laying_out(Path(args.report), "panel report", instead):
            write_panel_report(
                record, result, path, inputs=plan.contributions, coordinator=args.coordinator
            )


def handle_consensus(args: argparse.Namespace) -> int:
    from scorer.merge.aggregate import aggregate

    path = Path(args.panel)
    with editing(path) as store:
        result = aggregate(store.record())
        row = next((r for r in result.items if r.item_id == args.item), None)
        if row is None:
            raise ScorerError(f"no item {args.item!r} in this panel's rubric", path=path)
        before = ", ".join(
            f"{a.name}: {row.levels[a.key] if row.levels[a.key] is not None else '–'}"
            for a in result.assessors
        )
        store.record_consensus(args.item, args.level, args.reason, before)
    print(f"Consensus for {args.item}: level {args.level} ({args.reason})")
    return 0
