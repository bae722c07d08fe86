"""Evaluasi lanjutan…: a new session from the previous evaluation of the region, as
`scorer follow-up PREVIOUS -o NEW` does (docs/follow-up.md), with its defaults: the next
stage, today's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scorer.core.model import ScoringRecord
from scorer.ui.prompts import Prompts


def plan_from_previous(prompts: Prompts) -> tuple[Path, ScoringRecord] | None:
    """Ask for PREVIOUS and where to save the new file; None when either is dismissed.

    Raises ScorerError (shown by the caller) when PREVIOUS cannot be followed up."""
    from scorer.core.followup import plan_follow_up
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path
    from scorer.storage.reading import read_any

    files = QCoreApplication.translate("FollowUpStart", "Berkas penilaian (*.scoring)")
    previous = prompts.open_path(
        QCoreApplication.translate("FollowUpStart", "Evaluasi sebelumnya"), files
    )
    if previous is None:
        return None
    plan = plan_follow_up(
        read_any(previous), previous, load_rubric(default_rubric_path()), date=dt.date.today()
    )
    ev = plan.record.evaluation
    path = prompts.save_path(
        QCoreApplication.translate("FollowUpStart", "Simpan evaluasi lanjutan"),
        f"{ev.region} Tahap {ev.stage_roman} {ev.year}.scoring",
        files,
    )
    return None if path is None else (path, plan.record)
