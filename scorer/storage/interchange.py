"""Reading the JSON interchange format (docs/json-format.md); writing is `core.canonical`.

Export → import → export gives the same bytes: every value is written in one canonical
form (UTC times to the millisecond, decimals as text, keys in a fixed order).

A document from elsewhere is bounded before it is parsed: at most `MAX_DOCUMENT_BYTES`, and
nesting deeper than Python's recursion limit is refused (an export is four levels deep).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import math
import os
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from scorer.core.canonical import FORMAT_NAME, FORMAT_VERSION, READABLE_VERSIONS, dumps
from scorer.core.digest import sha256_hex, sha256_text
from scorer.core.errors import InterchangeError, RubricError
from scorer.core.evidence import JPEG_MEDIA_TYPE, PDF_MEDIA_TYPE
from scorer.core.model import (
    Assessor,
    Attendee,
    AuditEntry,
    Blob,
    Evaluation,
    Evidence,
    EvidenceRequest,
    FollowUpState,
    FollowUpStatus,
    MergeSource,
    Note,
    Phase,
    PhaseTime,
    PreviousEvaluation,
    QAEntry,
    Recommendation,
    RegionKind,
    Role,
    Score,
    ScoringRecord,
    SessionInfo,
    SignOff,
    TimeZoneName,
    text_to_time,
    time_to_text,
)
from scorer.core.rubric import load_rubric_text
from scorer.core.snapshot import SnapshotError, snapshot_from_dict, snapshot_sha256, snapshot_text

__all__ = ["MAX_DOCUMENT_BYTES", "dumps", "load_file", "loads"]

# A real export is tens of kilobytes per assessor and session (the demo's: 44 KB; a panel of
# five with a long audit log stays under a few MB). The limit keeps a hostile or mistaken
# file from taking the memory: a valid 64 MB document (200,000 notes) takes ~300 MB and ~6 s
# to read and check.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

T = TypeVar("T")


class _Reader:
    """Typed access to a JSON document; each error names the field by its path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> InterchangeError:
        return InterchangeError(f"field '{where}': {message}", path=self.source)

    def obj(self, data: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "must be an object")
        return data

    def items(self, data: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list):
            raise self.fail(f"{where}{key}", "must be an array")
        return value

    def get(self, data: Mapping[str, Any], key: str, where: str, kind: type[T]) -> T:
        if key not in data:
            raise self.fail(f"{where}{key}", "is missing")
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(f"{where}{key}", f"must be {_KIND_NAMES[kind]}")
        return value

    def optional(self, data: Mapping[str, Any], key: str, where: str, kind: type[T]) -> T | None:
        if data.get(key) is None:
            return None
        return self.get(data, key, where, kind)

    def convert(
        self, data: Mapping[str, Any], key: str, where: str, parse: Callable[[str], T], what: str
    ) -> T:
        text = self.get(data, key, where, str)
        try:
            return parse(text)
        except (ValueError, InvalidOperation):
            raise self.fail(f"{where}{key}", f"must be {what} (found {text!r})") from None

    def time(self, data: Mapping[str, Any], key: str, where: str) -> dt.datetime:
        return self.convert(
            data, key, where, _parse_time, "a UTC time like 2025-10-21T07:20:00.000Z"
        )

    def optional_time(self, data: Mapping[str, Any], key: str, where: str) -> dt.datetime | None:
        return None if data.get(key) is None else self.time(data, key, where)

    def date(self, data: Mapping[str, Any], key: str, where: str) -> dt.date | None:
        if data.get(key) is None:
            return None
        return self.convert(data, key, where, dt.date.fromisoformat, "a date like 2025-10-21")


_KIND_NAMES: dict[type, str] = {
    str: "a text",
    int: "an integer",
    bool: "true or false",
    list: "an array",
    dict: "an object",
}


def _parse_time(text: str) -> dt.datetime:
    if not text.endswith("Z"):
        raise ValueError(text)
    parsed = text_to_time(text)
    if time_to_text(parsed) != text:
        raise ValueError(text)
    return parsed


def _enum(reader: _Reader, data: Mapping[str, Any], key: str, where: str, kind: type[T]) -> T:
    text = reader.get(data, key, where, str)
    try:
        return kind(text)  # type: ignore[call-arg]
    except ValueError:
        allowed = ", ".join(str(member) for member in kind)  # type: ignore[attr-defined]
        raise reader.fail(f"{where}{key}", f"must be one of {allowed} (found {text!r})") from None


def _too_large(size: int | None) -> str:
    # Rounded up, so that a file over the limit never reads as the limit itself.
    found = f"{math.ceil(size / 104_857.6) / 10} MB" if size is not None else "more than that"
    return (
        f"too large for a scoring export (the limit is {MAX_DOCUMENT_BYTES // 1_048_576} MB; "
        f"this is {found}); check that this is the right file"
    )


def load_file(path: Path) -> ScoringRecord:
    """Read and parse an export file; one over the size limit is refused before it is read
    (a growing or special file is read no further than the limit)."""
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InterchangeError(_too_large(size), path=path)
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:  # a stream, or a file that grew while it was read
        raise InterchangeError(_too_large(None), path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InterchangeError("not UTF-8 text, so not a JSON export", path=path) from None
    return loads(text, str(path))


def loads(text: str, source: str) -> ScoringRecord:
    """Parse and validate an interchange document; every error names the field."""
    if len(text) > MAX_DOCUMENT_BYTES:
        raise InterchangeError(_too_large(None), path=source)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path=source
        ) from None
    except RecursionError:
        raise InterchangeError(
            "arrays or objects nested too deeply (hundreds of levels; an export has four); "
            "this is not a scoring export",
            path=source,
        ) from None
    except ValueError:  # Python refuses to convert integers longer than 4,300 digits
        raise InterchangeError(
            "holds a number with too many digits; this is not a scoring export", path=source
        ) from None
    r = _Reader(source)
    doc = r.obj(raw, "(document)")
    if doc.get("format") != FORMAT_NAME:
        raise r.fail("format", f"must be {FORMAT_NAME!r}: this is not a scoring export")
    version = r.get(doc, "format_version", "", int)
    if version not in READABLE_VERSIONS:
        raise r.fail(
            "format_version",
            f"is {version}, this app reads versions "
            f"{', '.join(str(v) for v in READABLE_VERSIONS)}"
            + ("; update the app" if version > FORMAT_VERSION else ""),
        )
    rubric_doc = r.obj(doc.get("rubric"), "rubric")
    rubric_source = r.get(rubric_doc, "source", "rubric.", str)
    rubric_sha = r.get(rubric_doc, "sha256", "rubric.", str)
    if sha256_text(rubric_source) != rubric_sha:
        raise r.fail("rubric.sha256", "does not match the rubric text; the export was altered")
    try:
        rubric = load_rubric_text(rubric_source, f"{source} (field 'rubric.source')")
    except RubricError as exc:
        raise InterchangeError(exc.bare_message, path=exc.path) from None

    ev = r.obj(doc.get("evaluation"), "evaluation")
    w = "evaluation."
    evaluation = Evaluation(
        programme=r.get(ev, "programme", w, str),
        region=r.get(ev, "region", w, str),
        region_kind=_enum(r, ev, "region_kind", w, RegionKind),
        province=r.get(ev, "province", w, str),
        stage=r.get(ev, "stage", w, int),
        year=r.get(ev, "year", w, int),
        timezone=_enum(r, ev, "timezone", w, TimeZoneName),
    )
    if evaluation.stage not in (1, 2):
        raise r.fail("evaluation.stage", "must be 1 or 2")

    se = r.obj(doc.get("session"), "session")
    w = "session."
    session_date = r.date(se, "date", w)
    if session_date is None:
        raise r.fail("session.date", "is missing")
    phases = []
    for n, entry in enumerate(r.items(se, "phases", w)):
        pw = f"session.phases[{n}]."
        p = r.obj(entry, pw[:-1])
        phases.append(
            PhaseTime(
                phase=_enum(r, p, "phase", pw, Phase),
                planned_minutes=r.get(p, "planned_minutes", pw, int),
                started_at=r.optional_time(p, "started_at", pw),
                ended_at=r.optional_time(p, "ended_at", pw),
            )
        )
    session = SessionInfo(
        date=session_date,
        medium=r.get(se, "medium", w, str),
        venue=r.get(se, "venue", w, str),
        agenda=r.get(se, "agenda", w, str),
        current_phase=_enum(r, se, "current_phase", w, Phase),
        phases=phases,
    )

    assessors = []
    for n, entry in enumerate(r.items(doc, "assessors", "")):
        aw = f"assessors[{n}]."
        a = r.obj(entry, aw[:-1])
        assessors.append(
            Assessor(
                key=r.get(a, "key", aw, str),
                name=r.get(a, "name", aw, str),
                institution=r.get(a, "institution", aw, str),
                role=_enum(r, a, "role", aw, Role),
                nip=r.get(a, "nip", aw, str),
            )
        )
    keys = {a.key for a in assessors}
    owner = r.get(doc, "owner", "", str)
    if owner not in keys:
        raise r.fail("owner", f"names no assessor in 'assessors' ({owner!r})")

    attendees = []
    for n, entry in enumerate(r.items(doc, "attendees", "")):
        aw = f"attendees[{n}]."
        a = r.obj(entry, aw[:-1])
        attendees.append(
            Attendee(
                r.get(a, "name", aw, str),
                r.get(a, "position", aw, str),
                r.get(a, "organisation", aw, str),
                r.optional(a, "present", aw, bool) is not False,
            )
        )

    scores = []
    for n, entry in enumerate(r.items(doc, "scores", "")):
        sw = f"scores[{n}]."
        s = r.obj(entry, sw[:-1])
        item_id = r.get(s, "item_id", sw, str)
        if not rubric.has_item(item_id):
            raise r.fail(f"{sw}item_id", f"names no item of the rubric ({item_id!r})")
        assessor = r.get(s, "assessor", sw, str)
        if assessor not in keys:
            raise r.fail(f"{sw}assessor", f"names no assessor ({assessor!r})")
        level = r.optional(s, "level", sw, int)
        if level is not None and level not in rubric.levels:
            raise r.fail(f"{sw}level", f"must be one of {list(rubric.levels)} or null")
        not_applicable = r.get(s, "not_applicable", sw, bool)
        if not_applicable and level is not None:
            raise r.fail(f"{sw}level", "must be null when not_applicable is true")
        percent = (
            None
            if s.get("percent") is None
            else r.convert(s, "percent", sw, Decimal, "a decimal number written as text")
        )
        scores.append(
            Score(
                assessor=assessor,
                item_id=item_id,
                level=level,
                not_applicable=not_applicable,
                updated_at=r.time(s, "updated_at", sw),
                note=r.get(s, "note", sw, str),
                evidence=r.get(s, "evidence", sw, str),
                percent=percent,
            )
        )
    if len({(s.assessor, s.item_id) for s in scores}) != len(scores):
        raise r.fail("scores", "holds the same assessor and item twice")

    notes = []
    for n, entry in enumerate(r.items(doc, "notes", "")):
        nw = f"notes[{n}]."
        o = r.obj(entry, nw[:-1])
        notes.append(
            Note(
                created_at=r.time(o, "created_at", nw),
                phase=_enum(r, o, "phase", nw, Phase),
                elapsed_seconds=r.get(o, "elapsed_seconds", nw, int),
                text=r.get(o, "text", nw, str),
                assessor=r.get(o, "assessor", nw, str),
                item_id=r.optional(o, "item_id", nw, str),
                dimension_id=r.optional(o, "dimension_id", nw, str),
            )
        )
        if notes[-1].assessor not in keys:
            raise r.fail(f"{nw}assessor", f"names no assessor ({notes[-1].assessor!r})")

    qa = []
    for n, entry in enumerate(r.items(doc, "qa", "")):
        qw = f"qa[{n}]."
        o = r.obj(entry, qw[:-1])
        dimensions = r.get(o, "dimensions", qw, list)
        if not all(isinstance(d, str) for d in dimensions):
            raise r.fail(f"{qw}dimensions", "must be an array of dimension ids")
        qa.append(
            QAEntry(
                question=r.get(o, "question", qw, str),
                asker=r.get(o, "asker", qw, str),
                answer=r.get(o, "answer", qw, str),
                responder=r.get(o, "responder", qw, str),
                asked_at=r.time(o, "asked_at", qw),
                dimensions=tuple(dimensions),
            )
        )

    conclusions = r.items(doc, "conclusions", "")
    for n, text_value in enumerate(conclusions):
        if not isinstance(text_value, str):
            raise r.fail(f"conclusions[{n}]", "must be a text")

    recommendations = []
    for n, entry in enumerate(r.items(doc, "recommendations", "")):
        rw = f"recommendations[{n}]."
        o = r.obj(entry, rw[:-1])
        recommendations.append(
            Recommendation(
                r.get(o, "text", rw, str),
                r.get(o, "person_in_charge", rw, str),
                r.date(o, "deadline", rw),
            )
        )

    signoffs = []
    for n, entry in enumerate(r.items(doc, "signoffs", "")):
        gw = f"signoffs[{n}]."
        o = r.obj(entry, gw[:-1])
        signoffs.append(
            SignOff(
                signed_by=r.get(o, "signed_by", gw, str),
                signed_at=r.time(o, "signed_at", gw),
                content_sha256=r.get(o, "content_sha256", gw, str),
                voided_at=r.optional_time(o, "voided_at", gw),
                voided_by=r.optional(o, "voided_by", gw, str),
                void_reason=r.optional(o, "void_reason", gw, str),
            )
        )

    audit = []
    for n, entry in enumerate(r.items(doc, "audit", "")):
        uw = f"audit[{n}]."
        o = r.obj(entry, uw[:-1])
        audit.append(
            AuditEntry(
                at=r.time(o, "at", uw),
                actor=r.get(o, "actor", uw, str),
                action=r.get(o, "action", uw, str),
                entity=r.get(o, "entity", uw, str),
                key=r.get(o, "key", uw, str),
                old=r.optional(o, "old", uw, str),
                new=r.optional(o, "new", uw, str),
            )
        )

    sources = []
    for n, entry in enumerate(doc.get("sources", [])):  # absent in exports of single files
        mw = f"sources[{n}]."
        o = r.obj(entry, mw[:-1])
        sources.append(
            MergeSource(
                file_id=r.get(o, "file_id", mw, str),
                assessor=r.get(o, "assessor", mw, str),
                file_name=r.get(o, "file_name", mw, str),
                content_sha256=r.get(o, "content_sha256", mw, str),
                revision_at=r.time(o, "revision_at", mw),
                merged_at=r.time(o, "merged_at", mw),
            )
        )

    previous, follow_up = _follow_up(r, doc)
    blobs, evidence, requests = _evidence(r, doc, keys, rubric.has_item)

    return ScoringRecord(
        file_id=r.get(doc, "file_id", "", str),
        created_at=r.time(doc, "created_at", ""),
        app_version=r.get(doc, "app_version", "", str),
        rubric_source=rubric_source,
        rubric_sha256=rubric_sha,
        evaluation=evaluation,
        session=session,
        owner=owner,
        assessors=assessors,
        attendees=attendees,
        scores=scores,
        notes=notes,
        qa=qa,
        conclusions=list(conclusions),
        recommendations=recommendations,
        signoffs=signoffs,
        audit=audit,
        sources=sources,
        previous=previous,
        follow_up=follow_up,
        evidence=evidence,
        requests=requests,
        blobs=blobs,
    )


def _follow_up(
    r: _Reader, doc: Mapping[str, Any]
) -> tuple[PreviousEvaluation | None, list[FollowUpStatus]]:
    """Version 2's "previous" and "follow_up" (absent in version 1 and without a follow-up)."""
    previous = None
    if doc.get("previous") is not None:
        link = r.obj(doc["previous"], "previous")
        snapshot = r.obj(link.get("snapshot"), "previous.snapshot")
        try:
            parsed = snapshot_from_dict(snapshot)
        except SnapshotError as exc:
            raise InterchangeError(exc.bare_message, path=r.source) from None
        if snapshot_sha256(snapshot_text(parsed)) != r.get(
            link, "snapshot_sha256", "previous.", str
        ):
            raise r.fail(
                "previous.snapshot_sha256", "does not match the snapshot; the export was altered"
            )
        previous = dataclasses.replace(parsed, linked_at=r.time(link, "linked_at", "previous."))
    statuses = []
    positions = len(previous.recommendations) if previous is not None else 0
    for n, entry in enumerate(doc.get("follow_up") or []):
        fw = f"follow_up[{n}]."
        o = r.obj(entry, fw[:-1])
        position = r.get(o, "position", fw, int)
        if not 0 <= position < positions:
            raise r.fail(f"{fw}position", "names no recommendation of the previous evaluation")
        status = None if o.get("status") is None else _enum(r, o, "status", fw, FollowUpState)
        statuses.append(FollowUpStatus(position, status, r.get(o, "note", fw, str)))
    if len({s.position for s in statuses}) != len(statuses):
        raise r.fail("follow_up", "holds the same position twice")
    return previous, statuses


def _evidence(
    r: _Reader, doc: Mapping[str, Any], keys: set[str], has_item: Callable[[str], bool]
) -> tuple[dict[str, Blob], list[Evidence], list[EvidenceRequest]]:
    """Version 3's "blobs", "evidence" and "evidence_requests" (absent before, and when a
    session has no evidence). Each blob's bytes must hash to its name, and every reference
    must resolve: a file built from the document is as consistent as one the app wrote."""
    blobs: dict[str, Blob] = {}
    for n, entry in enumerate(doc.get("blobs") or []):
        bw = f"blobs[{n}]."
        o = r.obj(entry, bw[:-1])
        try:
            data = base64.b64decode(r.get(o, "data", bw, str), validate=True)
        except (binascii.Error, ValueError):
            raise r.fail(f"{bw}data", "must be base64") from None
        sha256 = r.get(o, "sha256", bw, str)
        if sha256_hex(data) != sha256:
            raise r.fail(f"{bw}sha256", "does not match the data; the export was altered")
        if r.get(o, "size", bw, int) != len(data):
            raise r.fail(f"{bw}size", "does not match the data")
        media_type = r.get(o, "media_type", bw, str)
        if media_type not in (JPEG_MEDIA_TYPE, PDF_MEDIA_TYPE):
            raise r.fail(f"{bw}media_type", f"must be {JPEG_MEDIA_TYPE} or {PDF_MEDIA_TYPE}")
        blobs[sha256] = Blob(sha256, media_type, data)
    evidence = []
    for n, entry in enumerate(doc.get("evidence") or []):
        ew = f"evidence[{n}]."
        o = r.obj(entry, ew[:-1])
        item = Evidence(
            id=r.get(o, "id", ew, int),
            sha256=r.get(o, "sha256", ew, str),
            phase=_enum(r, o, "phase", ew, Phase),
            captured_at=r.time(o, "captured_at", ew),
            assessor=r.get(o, "assessor", ew, str),
            item_id=r.optional(o, "item_id", ew, str),
            caption=r.get(o, "caption", ew, str),
            original_name=r.get(o, "original_name", ew, str),
            width=r.optional(o, "width", ew, int),
            height=r.optional(o, "height", ew, int),
        )
        if item.sha256 not in blobs:
            raise r.fail(f"{ew}sha256", "names no entry of 'blobs'")
        if item.assessor not in keys:
            raise r.fail(f"{ew}assessor", f"names no assessor ({item.assessor!r})")
        if item.item_id is not None and not has_item(item.item_id):
            raise r.fail(f"{ew}item_id", f"names no item of the rubric ({item.item_id!r})")
        evidence.append(item)
    ids = {e.id for e in evidence}
    if len(ids) != len(evidence):
        raise r.fail("evidence", "holds the same id twice")
    if set(blobs) != {e.sha256 for e in evidence}:
        raise r.fail("blobs", "holds content no evidence refers to")
    requests = []
    for n, entry in enumerate(doc.get("evidence_requests") or []):
        qw = f"evidence_requests[{n}]."
        o = r.obj(entry, qw[:-1])
        req = EvidenceRequest(
            id=r.get(o, "id", qw, int),
            item_id=r.get(o, "item_id", qw, str),
            what=r.get(o, "what", qw, str),
            due_at=r.time(o, "due_at", qw),
            requested_at=r.time(o, "requested_at", qw),
            assessor=r.get(o, "assessor", qw, str),
            fulfilled_at=r.optional_time(o, "fulfilled_at", qw),
            fulfilled_by=r.optional(o, "fulfilled_by", qw, str),
            evidence_id=r.optional(o, "evidence_id", qw, int),
        )
        if not has_item(req.item_id):
            raise r.fail(f"{qw}item_id", f"names no item of the rubric ({req.item_id!r})")
        if req.assessor not in keys:
            raise r.fail(f"{qw}assessor", f"names no assessor ({req.assessor!r})")
        if req.evidence_id is not None and req.evidence_id not in ids:
            raise r.fail(f"{qw}evidence_id", "names no entry of 'evidence'")
        requests.append(req)
    if len({q.id for q in requests}) != len(requests):
        raise r.fail("evidence_requests", "holds the same id twice")
    return blobs, evidence, requests
