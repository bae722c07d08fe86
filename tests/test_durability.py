"""A child process writes edits and is killed with SIGKILL at a random moment, repeatedly:
every edit it acknowledged is in the file, and the file passes SQLite's integrity check."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scorer.storage.scoringfile import inspect

WRITER = """
import sys
from pathlib import Path
from scorer.core.model import Note, Phase, utc_now
from scorer.storage.store import ScoringStore

store = ScoringStore.open(Path(sys.argv[1]))
items = [item.id for item in store.rubric.items]
seq = int(sys.argv[2])
while True:
    seq += 1
    store.add_note(Note(utc_now(), Phase.QA, seq, f"edit {seq}", store.owner))
    item = items[seq % len(items)]
    store.set_level(item, 1 + seq % 4)
    print(seq, item, 1 + seq % 4, flush=True)
"""

pytestmark = pytest.mark.slow


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_edits_survive_sigkill(demo_file: Path) -> None:
    rng = random.Random(20251021)
    acknowledged: dict[str, int] = {}
    last_seq = 0
    for _round in range(8):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(demo_file), str(last_seq)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ},
        ) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # wait until the writer is really writing
            assert first, "the writer did not start"
            time.sleep(rng.uniform(0.0, 0.4))
            child.send_signal(signal.SIGKILL)
            rest = child.stdout.read()
        lines = [first, *rest.splitlines()]
        acks = [line.split() for line in lines if line.strip()]
        # A line cut by the kill may be partial; only whole lines were acknowledged.
        acks = [a for a in acks if len(a) == 3]
        for seq, item, level in acks:
            acknowledged[item] = int(level)
            last_seq = max(last_seq, int(seq))

        inspect(demo_file)  # recognised and passes quick_check (raises otherwise)
        with sqlite3.connect(demo_file) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            notes = {
                int(text.split()[1])
                for (text,) in db.execute("SELECT text FROM note WHERE text LIKE 'edit %'")
            }
            levels = dict(db.execute("SELECT item_id, level FROM score"))
        assert all(n in notes for n in range(1, last_seq + 1)), "an acknowledged note is lost"
        for item, level in acknowledged.items():
            # The writer may have committed one more edit after its last acknowledgement.
            assert levels[item] in (level, 1 + (last_seq + 1) % 4), item
    assert last_seq > 8
