"""PySide6 6.12 drops references to None (void calls) and True (signals emitted from
Python); before Python 3.12 the interpreter aborts once they run out, hours into a session.
Importing the UI package keeps them alive. Checked in child processes: the failure is an
abort of the whole interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LONG_SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.argv[1] == "with-ui":
    import scorer.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Hub(QObject):
    changed = Signal()

app = QApplication([])
hub, label = Hub(), QLabel()
for _ in range(100_000):
    hub.changed.emit()
    label.setText("x")
print("still here")
"""


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LONG_SESSION, mode],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
        cwd=ROOT,  # `python -c` finds the package in its working directory
    )


def test_a_long_session_of_calls_and_signals_does_not_abort() -> None:
    result = _run("with-ui")
    assert result.returncode == 0 and "still here" in result.stdout, result.stderr


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal")
def test_without_the_guard_the_interpreter_aborts() -> None:
    """The guard is needed (remove it, and this test tells when PySide6 is fixed)."""
    result = _run("plain")
    assert result.returncode != 0 and "dealloc" in result.stderr
