"""One editor per scoring file: a second instance of the app gets the file read-only.

A lock file in the data folder, keyed by the scoring file's resolved path, held with
QLockFile: it records the holder's process id, so a lock left by a crashed instance is
recognised as stale and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile

from scorer.paths import data_dir


class InstanceLock:
    def __init__(self, scoring_file: Path) -> None:
        # Qt's SHA-256 (the same name hashlib gives), as Qt is loaded and OpenSSL need not be.
        digest = QCryptographicHash.hash(
            str(scoring_file.resolve()).encode("utf-8"), QCryptographicHash.Algorithm.Sha256
        )
        key = bytes(digest.toHex().data()).decode("ascii")[:24]
        folder = data_dir() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(folder / f"{key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        return bool(self.lock.tryLock(0))

    def release(self) -> None:
        self.lock.unlock()
