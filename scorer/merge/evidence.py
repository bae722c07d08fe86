"""Carrying the assessors' supporting evidence and evidence requests into the panel file.

Provenance is the assessor key every piece keeps (its assessor is in the panel's roster);
content is stored once per SHA-256, so the same slide captured by two assessors takes its
bytes once. Ids are given anew in an order that depends only on the content, never on the
order of the input files, and a request's fulfilling evidence follows its new id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from scorer.core.model import Blob, Evidence, EvidenceRequest
from scorer.merge.inputs import Contribution


def merge_evidence(
    contributions: Sequence[Contribution],
) -> tuple[list[Evidence], list[EvidenceRequest], dict[str, Blob]]:
    pieces = [e for c in contributions for e in c.record.evidence if e.assessor == c.assessor.key]
    pieces.sort(
        key=lambda e: (
            e.captured_at,
            e.assessor,
            e.sha256,
            e.item_id or "",
            e.caption,
            e.original_name,
            e.id,
        )
    )
    new_ids = {(e.assessor, e.id): n for n, e in enumerate(pieces, start=1)}
    evidence = [dataclasses.replace(e, id=new_ids[(e.assessor, e.id)]) for e in pieces]
    blobs: dict[str, Blob] = {}
    for c in contributions:
        for e in c.record.evidence:
            if e.assessor == c.assessor.key and e.sha256 in c.record.blobs:
                blobs.setdefault(e.sha256, c.record.blobs[e.sha256])
    asked = [q for c in contributions for q in c.record.requests if q.assessor == c.assessor.key]
    asked.sort(key=lambda q: (q.requested_at, q.assessor, q.item_id, q.what, q.id))
    requests = [
        dataclasses.replace(
            q,
            id=n,
            evidence_id=None if q.evidence_id is None else new_ids.get((q.assessor, q.evidence_id)),
        )
        for n, q in enumerate(asked, start=1)
    ]
    return evidence, requests, dict(sorted(blobs.items()))
