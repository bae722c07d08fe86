"""`check FILE...`: is each file a valid scoring file, how complete is it, is it intact, and
what supporting evidence it carries (after the completeness lines, which stay as they
were: scripts read them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.cli.common import add_command
from scorer.cli.faults import using
from scorer.core.errors import ScorerError

if TYPE_CHECKING:
    from scorer.core.model import Evidence, EvidenceRequest, ScoringRecord


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "check",
        "report validity and completeness of scoring files",
        "Report, for each file: whether it is a valid scoring file, the evaluation, the "
        "rubric, how many items are scored, the index so far, the sign-off state, and the "
        "supporting evidence (pieces, images and PDFs, bytes stored, open and fulfilled "
        "requests; per assessor in a panel file). Exit code 1 if any file is not a valid "
        "scoring file or was altered after sign-off.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".scoring files")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from scorer.core.report import completeness_lines
    from scorer.storage.reading import read_any

    failed = False
    for name in args.files:
        path = Path(name)
        try:
            with using(path, writing=False):
                record = read_any(path)
            lines, ok = completeness_lines(record)
        except ScorerError as exc:
            print(f"scorer: error: {exc}", file=sys.stderr)
            failed = True
            continue
        print(f"{path}: {'OK' if ok else 'PROBLEM'}")
        for line in lines + evidence_lines(record):
            print(f"  {line}")
        failed = failed or not ok
    return 1 if failed else 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def evidence_lines(record: ScoringRecord) -> list[str]:
    """The evidence a file carries: pieces by kind, the bytes its distinct contents take
    (what counts against the file's limit), the requests; each assessor's share when more
    than one assessor attached or asked (a panel file)."""
    from scorer.core.evidence import MAX_TOTAL_BYTES, PDF_MEDIA_TYPE

    pdf = {sha for sha, blob in record.blobs.items() if blob.media_type == PDF_MEDIA_TYPE}

    def kinds(pieces: list[Evidence]) -> str:
        pdfs = sum(1 for e in pieces if e.sha256 in pdf)
        return (
            f"{_count(len(pieces), 'piece', 'pieces')} "
            f"({_count(len(pieces) - pdfs, 'image', 'images')}, {_count(pdfs, 'PDF', 'PDFs')})"
        )

    def requests(asked: list[EvidenceRequest]) -> str:
        waiting = sum(1 for q in asked if q.open)
        return f"{waiting:,} open, {len(asked) - waiting:,} fulfilled"

    stored = sum(blob.size for blob in record.blobs.values())
    lines = [
        "Evidence:   none"
        if not record.evidence
        else f"Evidence:   {kinds(record.evidence)}; {_count(stored, 'byte', 'bytes')} stored "
        f"in {_count(len(record.blobs), 'distinct content', 'distinct contents')} (limit "
        f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB)",
        "Requests:   none"
        if not record.requests
        else f"Requests:   {_count(len(record.requests), 'evidence request', 'evidence requests')}"
        f": {requests(record.requests)}",
    ]
    names = {a.key: a.name for a in record.assessors}
    keys = {e.assessor for e in record.evidence} | {q.assessor for q in record.requests}
    if len(keys) > 1:
        roster = [a.key for a in record.assessors if a.key in keys]
        for key in roster + sorted(keys - set(roster)):
            own = [e for e in record.evidence if e.assessor == key]
            asked = [q for q in record.requests if q.assessor == key]
            lines.append(f"  by {names.get(key, key)}: {kinds(own)}; requests {requests(asked)}")
    return lines
