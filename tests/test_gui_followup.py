"""The Tindak lanjut list on Persiapan, by keyboard alone: statuses by digit keys, the note
by Enter, every change audited in the file and undone by Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from scorer.core.model import FollowUpState, FollowUpStatus, Phase
from tests.keys import ALT, CTRL, focus, key, type_text
from tests.test_followup import _follow_up_file
from tests.test_gui_keyboard import window

pytestmark = pytest.mark.gui
__all__ = ["window"]  # the fixture, shared with the keyboard tests


def test_follow_up_statuses_by_keyboard_audited_and_undoable(
    qtbot, window, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    path, before = _follow_up_file(tmp_path, default_rubric)
    window.open_file(path)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    overview = window.session.pages[Phase.PREPARATION]
    assert "Evaluasi sebelumnya" in overview.facts.text() and "3,06" in overview.facts.text()
    key(qtbot, Qt.Key.Key_J, ALT)
    assert focus() is overview.follow_up
    model = overview.follow_up.follow_up
    assert model.rowCount() == len(before.recommendations)

    key(qtbot, Qt.Key.Key_1)
    assert window.store.record().follow_up == [FollowUpStatus(0, FollowUpState.DONE, "")]
    assert model.data(model.index(0, 3)) == "Selesai"
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_4)
    assert window.store.record().follow_up[1] == FollowUpStatus(1, FollowUpState.NOT_RELEVANT, "")
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.record().follow_up[1].status is None
    assert model.data(model.index(1, 3)) == "–"
    assert focus() is overview.follow_up

    # Enter opens the note of the current row; Enter again saves it.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Perwali terbit")
    key(qtbot, Qt.Key.Key_Return)
    assert window.store.record().follow_up[0] == FollowUpStatus(
        0, FollowUpState.DONE, "Perwali terbit"
    )
    assert focus() is overview.follow_up
    key(qtbot, Qt.Key.Key_0)
    assert window.store.record().follow_up[0].status is None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.record().follow_up[0] == FollowUpStatus(
        0, FollowUpState.DONE, "Perwali terbit"
    )
    audited = [a for a in window.store.record().audit if a.entity == "follow_up"]
    assert len(audited) == 6  # 1, 4, undo, note, 0, undo


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_list_mnemonic_is_unique_on_persiapan(
    qtbot, window, tmp_path: Path, default_rubric, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_gui_keyboard import _assert_unique, _window_mnemonics

    window.set_language(lang)
    path, _ = _follow_up_file(tmp_path, default_rubric)
    window.open_file(path)
    window.session.go_to_phase(Phase.PREPARATION)
    window.session.storage_banner.show()
    pairs = _window_mnemonics(window)
    assert "j" in [m for m, _ in pairs] or lang == "en"
    _assert_unique(pairs, "persiapan with a follow-up")


def test_the_list_is_read_only_after_sign_off(
    qtbot, window, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from scorer.storage.signoff import sign_off
    from scorer.storage.store import ScoringStore

    path, _ = _follow_up_file(tmp_path, default_rubric)
    with ScoringStore.open(path) as store:
        sign_off(store, "Dr. Ratna Wulandari, M.T.")
    window.open_file(path)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    overview = window.session.pages[Phase.PREPARATION]
    key(qtbot, Qt.Key.Key_J, ALT)
    assert focus() is overview.follow_up
    key(qtbot, Qt.Key.Key_1)
    assert window.store.record().follow_up == []
    model = overview.follow_up.follow_up
    assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable


def test_scoring_shows_the_previous_value_and_the_change_as_scores_come_in(
    qtbot, window, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_followup import GIVES_3_31, threes_and_fours

    path, _ = _follow_up_file(tmp_path, default_rubric)
    window.open_file(path)
    while window.session.phase is not Phase.SCORING:
        key(qtbot, Qt.Key.Key_PageDown, CTRL)
    page = window.session.scoring_page
    assert focus() is page.tree
    first = default_rubric.items[0].id
    assert page.current_item() == first
    assert "Evaluasi sebelumnya: 3,00" in page.descriptors.text()
    assert "Indeks – (\u2014)" in page.rollups.strip.text().replace(
        "\u00a0", " "
    )  # nothing to compare yet
    levels = threes_and_fours(default_rubric, GIVES_3_31)
    for item in default_rubric.items:
        assert page.current_item() == item.id and focus() is page.tree
        key(qtbot, getattr(Qt.Key, f"Key_{levels[item.id]}"))
        key(qtbot, Qt.Key.Key_Return)  # the next unscored item
    assert "Indeks 3,31 (+0,25)" in page.rollups.strip.text().replace("\u00a0", " ")
    shown = [label.text() for label in page.rollups.detail.findChildren(QLabel)]
    assert "+0,33" in shown  # Smart Branding, 3,00 then


def test_evaluasi_lanjutan_from_the_start_screen(
    qtbot, window, tmp_path: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    previous = tmp_path / "2025.scoring"
    create_file(previous, demo_record(default_rubric))
    bogus = tmp_path / "bukan.scoring"
    bogus.write_text("not a scoring file", encoding="utf-8")
    answers = [bogus, previous]
    window.prompts.open_path = lambda _title, _filter: answers.pop(0)  # the file dialog

    assert focus() is window.start.new_button
    key(qtbot, Qt.Key.Key_L, ALT)  # PREVIOUS is not a scoring file: said, nothing opened
    qtbot.waitUntil(lambda: bool(window.prompts.errors))  # a mnemonic clicks after a short flash
    assert len(window.prompts.errors) == 1 and str(bogus) in window.prompts.errors[0]
    assert window.session is None and not window.prompts.path.exists()

    key(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.store.path == window.prompts.path
    record = window.store.record()
    assert record.previous is not None and record.previous.file_name == "2025.scoring"
    assert (record.evaluation.stage, record.evaluation.year) == (1, 2026)  # after Tahap II 2025
    assert window.session.phase is Phase.PREPARATION
    key(qtbot, Qt.Key.Key_J, ALT)
    assert focus() is window.session.pages[Phase.PREPARATION].follow_up


def test_link_a_previous_evaluation_from_persiapan(
    qtbot, window, tmp_path: Path, demo_file: Path, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    from scorer.core.demo import demo_record
    from scorer.storage.store import create_file

    older = demo_record(default_rubric, 2)
    older.evaluation.year = 2024
    previous = tmp_path / "2024.scoring"
    create_file(previous, older)
    elsewhere = demo_record(default_rubric, 3)
    elsewhere.evaluation.year = 2024
    elsewhere.evaluation.region = "Kota Lain"
    other = tmp_path / "lain.scoring"
    create_file(other, elsewhere)
    answers = [previous, other]
    window.prompts.open_path = lambda _title, _filter: answers.pop(0)  # the file dialog

    window.open_file(demo_file)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    overview = window.session.pages[Phase.PREPARATION]
    assert not overview.follow_up.isVisible()
    key(qtbot, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: window.store.record().previous is not None)
    assert window.store.record().previous.file_name == "2024.scoring"
    assert overview.follow_up.isVisible() and "Evaluasi sebelumnya" in overview.facts.text()
    page = window.session.scoring_page
    assert page.rollups.previous is not None and "(" in page.rollups.strip.text().replace(
        "\u00a0", " "
    )
    key(qtbot, Qt.Key.Key_J, ALT)
    assert focus() is overview.follow_up
    key(qtbot, Qt.Key.Key_2)
    assert window.store.record().follow_up[0].status is FollowUpState.PARTLY

    # Another region: asked first; declining keeps the link (and its statuses).
    window.prompts.confirmation = False
    key(qtbot, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: bool(window.prompts.questions))
    assert "Kota Lain" in window.prompts.questions[-1]
    record = window.store.record()
    assert record.previous.file_name == "2024.scoring" and record.follow_up[0].status
