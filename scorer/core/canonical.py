"""The canonical form of a record: the JSON interchange layout and the content hash.

One form serves both: the export writes it, and a sign-off hashes it, so what a
signature vouches for is exactly what an export shows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from scorer.core.digest import sha256_hex, sha256_text
from scorer.core.model import ScoringRecord, time_to_text
from scorer.core.snapshot import snapshot_sha256, snapshot_text, snapshot_to_dict

FORMAT_NAME = "smart-city-scorer/scoring"
# 2 added "previous" and "follow_up", 3 "blobs", "evidence" and "evidence_requests"
# (docs/json-format.md)
FORMAT_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
# The content hash keeps the layout of version 1: a session signed off before version 2
# hashes exactly as it did, and a follow-up's or evidence's keys enter the hash only when
# present.
HASH_LAYOUT_VERSION = 1


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else time_to_text(value)


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def record_to_dict(record: ScoringRecord, *, for_hash: bool = False) -> dict[str, Any]:
    """The record as plain JSON values; `for_hash` leaves out what is not scored content."""
    ev = record.evaluation
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "file_id": record.file_id,
        "created_at": _time(record.created_at),
        "app_version": record.app_version,
        "owner": record.owner,
        "rubric": {"sha256": record.rubric_sha256, "source": record.rubric_source},
        "evaluation": {
            "programme": ev.programme,
            "region": ev.region,
            "region_kind": ev.region_kind.value,
            "province": ev.province,
            "stage": ev.stage,
            "year": ev.year,
            "timezone": ev.timezone.value,
        },
        "session": {
            "date": _date(record.session.date),
            "medium": record.session.medium,
            "venue": record.session.venue,
            "agenda": record.session.agenda,
            "current_phase": record.session.current_phase.value,
            "phases": [
                {
                    "phase": p.phase.value,
                    "planned_minutes": p.planned_minutes,
                    "started_at": _time(p.started_at),
                    "ended_at": _time(p.ended_at),
                }
                for p in record.session.phases
            ],
        },
        "assessors": [
            {
                "key": a.key,
                "name": a.name,
                "nip": a.nip,
                "institution": a.institution,
                "role": a.role.value,
            }
            for a in record.assessors
        ],
        # "present" only when absent: files from before attendance was kept hash as they did.
        "attendees": [
            {"name": a.name, "position": a.position, "organisation": a.organisation}
            | ({} if a.present else {"present": False})
            for a in record.attendees
        ],
        "scores": [
            {
                "assessor": s.assessor,
                "item_id": s.item_id,
                "level": s.level,
                "not_applicable": s.not_applicable,
                "percent": None if s.percent is None else str(s.percent),
                "note": s.note,
                "evidence": s.evidence,
                "updated_at": _time(s.updated_at),
            }
            for s in record.scores
        ],
        "notes": [
            {
                "created_at": _time(n.created_at),
                "phase": n.phase.value,
                "elapsed_seconds": n.elapsed_seconds,
                "text": n.text,
                "assessor": n.assessor,
                "item_id": n.item_id,
                "dimension_id": n.dimension_id,
            }
            for n in record.notes
        ],
        "qa": [
            {
                "question": q.question,
                "asker": q.asker,
                "answer": q.answer,
                "responder": q.responder,
                "asked_at": _time(q.asked_at),
                "dimensions": list(q.dimensions),
            }
            for q in record.qa
        ],
        "conclusions": list(record.conclusions),
        "recommendations": [
            {"text": r.text, "person_in_charge": r.person_in_charge, "deadline": _date(r.deadline)}
            for r in record.recommendations
        ],
        "signoffs": [
            {
                "signed_by": s.signed_by,
                "signed_at": _time(s.signed_at),
                "content_sha256": s.content_sha256,
                "voided_at": _time(s.voided_at),
                "voided_by": s.voided_by,
                "void_reason": s.void_reason,
            }
            for s in record.signoffs
        ],
        "audit": [
            {
                "at": _time(a.at),
                "actor": a.actor,
                "action": a.action,
                "entity": a.entity,
                "key": a.key,
                "old": a.old,
                "new": a.new,
            }
            for a in record.audit
        ],
        "sources": [
            {
                "file_id": m.file_id,
                "assessor": m.assessor,
                "file_name": m.file_name,
                "content_sha256": m.content_sha256,
                "revision_at": _time(m.revision_at),
                "merged_at": _time(m.merged_at),
            }
            for m in record.sources
        ],
    }
    # Only when present: a record without a follow-up exports and hashes as in version 1.
    if record.previous is not None:
        data["previous"] = {
            "snapshot": snapshot_to_dict(record.previous),
            "snapshot_sha256": snapshot_sha256(snapshot_text(record.previous)),
            "linked_at": _time(record.previous.linked_at),
        }
    if record.follow_up:
        data["follow_up"] = [
            {
                "position": f.position,
                "status": None if f.status is None else f.status.value,
                "note": f.note,
            }
            for f in record.follow_up
        ]
    if record.evidence or record.requests:
        data |= _evidence(record, for_hash)
    if for_hash:
        data["format_version"] = HASH_LAYOUT_VERSION
        for key in ("app_version", "signoffs", "audit"):
            del data[key]
        if "previous" in data:
            del data["previous"]["linked_at"]
        data["session"] = {k: v for k, v in data["session"].items() if k != "current_phase"}
        for score in data["scores"]:
            del score["updated_at"]
        for source in data["sources"]:
            del source["merged_at"]
    return data


def _evidence(record: ScoringRecord, for_hash: bool) -> dict[str, Any]:
    """Evidence, requests and (exports only) the content as base64. The hash takes each
    piece's SHA-256 from the stored bytes themselves, not from the name they are stored
    under: content altered after sign-off changes the hash, and the file reads as tampered."""

    def sha256_of(name: str) -> str:
        blob = record.blobs.get(name)
        return sha256_hex(blob.data) if blob is not None else "missing"

    def media_type(name: str) -> str | None:
        blob = record.blobs.get(name)
        return None if blob is None else blob.media_type

    data: dict[str, Any] = {
        "evidence": [
            {
                "id": e.id,
                "sha256": sha256_of(e.sha256) if for_hash else e.sha256,
                "media_type": media_type(e.sha256),
                "item_id": e.item_id,
                "phase": e.phase.value,
                "captured_at": _time(e.captured_at),
                "caption": e.caption,
                "assessor": e.assessor,
                "original_name": e.original_name,
                "width": e.width,
                "height": e.height,
            }
            for e in record.evidence
        ],
        "evidence_requests": [
            {
                "id": q.id,
                "item_id": q.item_id,
                "what": q.what,
                "due_at": _time(q.due_at),
                "requested_at": _time(q.requested_at),
                "assessor": q.assessor,
                "fulfilled_at": _time(q.fulfilled_at),
                "fulfilled_by": q.fulfilled_by,
                "evidence_id": q.evidence_id,
            }
            for q in record.requests
        ],
    }
    if not for_hash:
        data["blobs"] = [
            {
                "sha256": b.sha256,
                "media_type": b.media_type,
                "size": b.size,
                "data": base64.b64encode(b.data).decode("ascii"),
            }
            for b in sorted(record.blobs.values(), key=lambda b: b.sha256)
        ]
    return data


def dumps(record: ScoringRecord) -> str:
    return json.dumps(record_to_dict(record), ensure_ascii=False, indent=2) + "\n"


def content_sha256(record: ScoringRecord) -> str:
    """SHA-256 of the canonical scored content: what a sign-off vouches for.

    Leaves out what changes without changing the content: the audit log, sign-off records,
    the app version, the phase the UI is on and when each score was last touched.
    """
    canonical = json.dumps(
        record_to_dict(record, for_hash=True),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return sha256_text(canonical)
