"""`attach`, `request` and `evidence`: supporting evidence from the command line, for files
that arrive after the session by e-mail (docs/evidence.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.cli.common import add_command
from scorer.cli.faults import editing, using
from scorer.core.errors import ScorerError

if TYPE_CHECKING:
    from scorer.core.model import ScoringRecord


def _due(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a time like 2025-10-22T12:00 (found {text!r})"
        ) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a request number (found {text!r})")
    return int(text)


def register(commands: Any) -> None:
    attach = add_command(
        commands,
        "attach",
        "attach image or PDF files as supporting evidence",
        "Attach image or PDF files to FILE as evidence (bukti dukung) of the file's owner: to "
        "item ID, else to the current phase. Images are re-encoded compactly (longest side "
        "at most 1600 px, JPEG); PDFs are kept as they are, up to 10 MB. With --fulfils, the "
        "first file fulfils that evidence request (and goes on its item unless --item says "
        "otherwise). All files are attached, or none.",
    )
    attach.add_argument("file", metavar="FILE", help="the .scoring file")
    attach.add_argument("paths", nargs="+", metavar="PATH", help="image or PDF files")
    attach.add_argument("--item", metavar="ID", help="the rubric item the evidence supports")
    attach.add_argument("--caption", default="", metavar="TEXT", help="a one-line caption")
    attach.add_argument(
        "--fulfils", type=_positive, metavar="REQUEST", help="the request number it fulfils"
    )
    attach.set_defaults(handler=handle_attach)

    request = add_command(
        commands,
        "request",
        "record evidence the region still has to send",
        "Record an evidence request on item ID: what is missing and when it is due, in the "
        "session's time zone (default: the next working day, Monday to Friday, at 12.00).",
    )
    request.add_argument("file", metavar="FILE", help="the .scoring file")
    request.add_argument("--item", required=True, metavar="ID", help="the rubric item")
    request.add_argument("--what", required=True, metavar="TEXT", help="what is missing")
    request.add_argument(
        "--due", type=_due, metavar="YYYY-MM-DDTHH:MM", help="due time in the session's zone"
    )
    request.set_defaults(handler=handle_request)

    listing = add_command(
        commands,
        "evidence",
        "list the evidence and evidence requests of a file",
        "List FILE's evidence requests (open ones first) and its evidence, times in the "
        "session's zone.",
    )
    listing.add_argument("file", metavar="FILE", help="the .scoring file")
    listing.set_defaults(handler=handle_list)


def handle_attach(args: argparse.Namespace) -> int:
    from scorer.core.evidence import prepare
    from scorer.storage import evidence

    path = Path(args.file)
    pieces = []
    for name in args.paths:  # every input is read and checked before the file is opened
        source = Path(name)
        if not source.is_file():
            raise ScorerError("not found, or not a file", path=source)
        with using(source, writing=False):
            data = source.read_bytes()
        try:
            pieces.append(prepare(data, source.name))  # the name is kept, not the folders
        except ScorerError as exc:
            raise ScorerError(exc.bare_message, path=source) from None
    with editing(path) as store:
        ids, _ = evidence.attach(
            store, pieces, item_id=args.item, caption=args.caption, fulfils=args.fulfils
        )
    numbers = ", ".join(f"#{n}" for n in ids)
    fulfilled = f"; request #{args.fulfils} fulfilled" if args.fulfils else ""
    print(f"{path}: attached {numbers}{fulfilled}")
    return 0


def handle_request(args: argparse.Namespace) -> int:
    from scorer.core.evidence import default_due
    from scorer.core.model import utc_now
    from scorer.storage import evidence

    path = Path(args.file)
    with editing(path) as store:
        zone = evidence.session_zone(store)
        due = default_due(utc_now(), zone) if args.due is None else args.due.replace(tzinfo=zone)
        request_id, _ = evidence.request(store, args.item, args.what, due)
    print(f"{path}: request #{request_id} on {args.item}, due {_local(due, zone)}")
    return 0


def handle_list(args: argparse.Namespace) -> int:
    from scorer.storage.reading import read_any

    path = Path(args.file)
    with using(path, writing=False):
        record = read_any(path)
    for line in listing_lines(record):
        print(line)
    return 0


def _local(value: dt.datetime, zone: dt.tzinfo) -> str:
    return f"{value.astimezone(zone):%Y-%m-%d %H:%M} {zone.tzname(None)}"


def listing_lines(record: ScoringRecord) -> list[str]:
    """The requests, open first (by due time), then the evidence in the order attached."""
    zone = record.evaluation.timezone.tzinfo
    names = {a.key: a.name for a in record.assessors}
    requests = sorted(record.requests, key=lambda q: (not q.open, q.due_at, q.id))
    open_count = sum(q.open for q in record.requests)
    lines = [
        f"{len(record.evidence)} pieces of evidence; {len(record.requests)} evidence "
        f"requests, {open_count} open"
    ]
    if requests:
        lines.append("Requests (open first):")
    for q in requests:
        state = (
            f"OPEN, due {_local(q.due_at, zone)}"
            if q.fulfilled_at is None
            else f"fulfilled {_local(q.fulfilled_at, zone)} by {q.fulfilled_by} "
            f"(evidence #{q.evidence_id})"
        )
        asker = names.get(q.assessor, q.assessor)
        lines.append(f"  #{q.id} {q.item_id}: {q.what} [{state}; asked by {asker}]")
    if record.evidence:
        lines.append("Evidence:")
    for e in record.evidence:
        blob = record.blobs.get(e.sha256)
        kind = "missing content" if blob is None else f"{blob.media_type}, {blob.size // 1024} KB"
        size = f", {e.width}x{e.height}" if e.width and e.height else ""
        caption = f' "{e.caption}"' if e.caption else ""
        lines.append(
            f"  #{e.id} {e.item_id or '(' + e.phase.value + ')'}:{caption} "
            f"[{_local(e.captured_at, zone)}, {kind}{size}, {e.original_name or 'no name'}, "
            f"by {names.get(e.assessor, e.assessor)}]"
        )
    return lines
