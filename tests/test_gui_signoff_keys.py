"""Signing off by keys says what the minutes would lack; after sign-off the note line says
why it takes no note; an export gives focus back to its button and says where the PDF is."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scorer.core.model import EvidenceRequest, Phase, Role
from tests.conftest import SLOW_WORK_MS, shown_window
from tests.keys import CTRL, focus, key

pytestmark = pytest.mark.gui


@pytest.fixture
def unfinished_file(tmp_path: Path, default_rubric) -> Path:  # type: ignore[no-untyped-def]
    """Two items unscored, an open evidence request, no chair."""
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    record = demo_record(default_rubric)
    record.session.current_phase = Phase.SIGNOFF
    record.scores = record.scores[2:]
    record.assessors = [dataclasses.replace(a, role=Role.MEMBER) for a in record.assessors]
    now = dt.datetime(2025, 10, 21, 8, 0, tzinfo=dt.UTC)
    record.requests = [
        EvidenceRequest(1, default_rubric.items[5].id, "SK tim", now, now, record.owner)
    ]
    path = tmp_path / "kota.scoring"
    create_file(path, record)
    return path


@pytest.fixture
def window(qtbot, unfinished_file: Path):  # type: ignore[no-untyped-def]
    main = shown_window(qtbot, unfinished_file)
    yield main
    main.close()


def test_signing_off_an_unfinished_session_says_what_is_missing(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    signoff = window.session.pages[Phase.SIGNOFF]
    assert window.session.phase is Phase.SIGNOFF and focus() is signoff.sign_button
    window.prompts.answers = ["Dr. Asesor Uji"]
    window.prompts.confirmation = False  # the assessor reads the list and goes back
    key(qtbot, Qt.Key.Key_Space)
    (question,) = window.prompts.questions
    assert "2 butir belum dinilai" in question
    assert "1 permintaan bukti dukung masih terbuka" in question
    assert "Ketua tim asesor belum ditetapkan" in question
    assert not window.store.active_signoff() and focus() is signoff.sign_button

    # Signing anyway is the assessor's call.
    window.prompts.answers = ["Dr. Asesor Uji"]
    window.prompts.confirmation = True
    key(qtbot, Qt.Key.Key_Space)
    assert window.store.active_signoff() and focus() is signoff.export_button
    # The moment as the minutes print it: "25 November 2026 pukul 14.02 WIB".
    assert re.search(
        r"\d{1,2} \w+ \d{4} pukul\u00a0\d\d\.\d\d\u00a0WIB", signoff.state_label.text()
    )

    # The note line takes no note now, and says why.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert focus() is signoff.export_button
    assert "ditandatangani" in window.statusBar().currentMessage()

    # Export: focus comes back to the button; the status line says where the PDF is.
    window.prompts.path = tmp_path / "notula.pdf"
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: (tmp_path / "notula.pdf").exists(), timeout=SLOW_WORK_MS)
    qtbot.waitUntil(lambda: not signoff.busy, timeout=SLOW_WORK_MS)
    assert focus() is signoff.export_button
    assert "notula.pdf" in window.statusBar().currentMessage()
