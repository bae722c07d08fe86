"""SHA-256 in hex: the one hash the scoring files, rubrics, evidence and sign-offs use.

hashlib is imported on the first call, not at start-up: loading it (it is OpenSSL's) is
about 11M instructions, some 2 % of opening a session, which hashes nothing.
"""

from __future__ import annotations


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    """Of a text's UTF-8 bytes: rubric sources, snapshots, canonical content."""
    return sha256_hex(text.encode("utf-8"))
