"""The app by keyboard alone: every key goes to QApplication.focusWidget(), and after each
step the test asserts where focus landed. No mouse event, no slot called directly; the only
stand-in is the file dialog (the app reaches it through `Prompts`)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

from scorer.core.model import Phase
from scorer.storage.store import ScoringStore
from tests.conftest import SLOW_WORK_MS
from tests.fake_prompts import FakePrompts
from tests.keys import ALT, CTRL, SHIFT, active, focus, key, type_text

pytestmark = pytest.mark.gui


class KeyboardPrompts(FakePrompts):
    """The file dialogs' answers: save the new evaluation here, add no files to a merge."""

    def open_paths(self, title: str, file_filter: str) -> list[Path]:
        return []


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from scorer.ui.main_window import MainWindow

    prompts = KeyboardPrompts()
    prompts.path = tmp_path / "uji.scoring"
    main = MainWindow(prompts=prompts)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
    yield main
    main.close()


def test_a_whole_session_by_keyboard_alone(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.new_evaluation import NewEvaluationDialog

    # The start screen; Ctrl+N opens the dialog on its first field.
    assert focus() is window.start.new_button
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewEvaluationDialog)
    active(qtbot, dialog)
    assert focus() is dialog.region
    type_text(qtbot, "Kota Uji")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.kind
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.province
    type_text(qtbot, "Jawa Tengah")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.stage
    key(qtbot, Qt.Key.Key_Down)  # Tahap II
    for expected in (dialog.year, dialog.date, dialog.timezone, dialog.programme, dialog.name):
        key(qtbot, Qt.Key.Key_Tab)  # the date too: Tab leaves it, not walks its parts
        assert focus() is expected
    # Accepting with a name missing keeps the dialog open on the missing field.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.activeModalWidget() is dialog and dialog.error.isVisible()
    assert focus() is dialog.name and "Nama asesor" in dialog.error.text()
    type_text(qtbot, "Dr. Asesor Uji")
    for expected in (dialog.nip, dialog.institution, dialog.role, dialog.panel):
        key(qtbot, Qt.Key.Key_Tab)
        assert focus() is expected
    # The panel table: typing on its empty row adds a member; Tab leaves the table.
    type_text(qtbot, "Ir. Anggota Satu")
    key(qtbot, Qt.Key.Key_Return)
    assert [a.name for a in dialog.panel.people.rows] == ["Ir. Anggota Satu"]
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.attendees
    QGuiApplication.clipboard().setText(
        "H. Wali Uji (Wali Kota, Pemkot Uji)\nSekda Uji (Sekretaris Daerah)\n"
    )
    key(qtbot, Qt.Key.Key_V, CTRL)
    assert [a.name for a in dialog.attendees.people.rows] == ["H. Wali Uji", "Sekda Uji"]
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.rubric_path
    key(qtbot, Qt.Key.Key_Return, CTRL)

    # The session opens on Persiapan with the attendees table focused.
    session = window.session
    assert session is not None and QApplication.activeModalWidget() is None
    active(qtbot, window)
    assert session.phase is Phase.PREPARATION
    overview = session.pages[Phase.PREPARATION]
    assert focus() is overview.attendees
    record = window.store.record()
    assert [a.name for a in record.assessors] == ["Dr. Asesor Uji", "Ir. Anggota Satu"]
    assert [(a.name, a.position, a.organisation) for a in record.attendees] == [
        ("H. Wali Uji", "Wali Kota", "Pemkot Uji"),
        ("Sekda Uji", "Sekretaris Daerah", ""),
    ]

    # Attendees during the call: Insert types a new one, Alt+Up moves it, Space on "Hadir"
    # marks someone absent, Delete removes, Ctrl+Z brings back; all in the file.
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Budi Hartono")
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is overview.attendees
    assert overview.attendees.people.is_new(overview.attendees.currentIndex().row())
    key(qtbot, Qt.Key.Key_Up)  # Enter went on to the row for the next person: back up
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert [a.name for a in window.store.record().attendees] == [
        "H. Wali Uji",
        "Budi Hartono",
        "Sekda Uji",
    ]
    assert overview.attendees.currentIndex().row() == 1
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    assert [a.present for a in window.store.record().attendees] == [True, False, True]
    key(qtbot, Qt.Key.Key_Delete)
    assert [a.name for a in window.store.record().attendees] == ["H. Wali Uji", "Sekda Uji"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert [a.name for a in window.store.record().attendees][1] == "Budi Hartono"
    assert overview.attendees.people.rows[1].name == "Budi Hartono"

    # The venue, then the phase key from inside that line: the venue is saved on leaving.
    for expected in (overview.panel, overview.date, overview.medium, overview.venue):
        key(qtbot, Qt.Key.Key_Tab)
        assert focus() is expected
    type_text(qtbot, "Balai Kota Uji")
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert session.phase is Phase.PRESENTATION
    assert window.store.record().session.venue == "Balai Kota Uji"

    # Presentasi: the note line, no tag; Enter saves the note.
    assert focus() is session.note_line.edit
    assert session.note_line.tag.currentIndex() == 0
    type_text(qtbot, "Pembukaan oleh Wali Kota")
    key(qtbot, Qt.Key.Key_Return)
    note = window.store.record().notes[-1]
    assert note.text == "Pembukaan oleh Wali Kota" and note.item_id is None
    assert note.dimension_id is None and note.phase is Phase.PRESENTATION

    # Tanya Jawab from inside the note line: focus on the new question.
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert session.phase is Phase.QA
    qa = session.qa_page
    assert focus() is qa.table and qa.table.currentIndex().row() == qa.model.new_row()
    type_text(qtbot, "Bagaimana integrasi data?")
    key(qtbot, Qt.Key.Key_Tab)  # saves the question, moves on to the asker
    entry = window.store.record().qa[0]
    assert (entry.question, entry.asker, entry.responder) == (
        "Bagaimana integrasi data?",
        "Dr. Asesor Uji",
        "H. Wali Uji",
    )
    key(qtbot, Qt.Key.Key_Tab)  # the asker stays; on to the answer
    type_text(qtbot, "Melalui satu data")
    key(qtbot, Qt.Key.Key_Return)
    assert window.store.record().qa[0].answer == "Melalui satu data"
    assert focus() is qa.table

    # Penilaian from inside a cell editor: the first unscored item, focused in the tree.
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Home)  # the new row's question
    type_text(qtbot, "Pertanyaan kedua")
    assert isinstance(focus(), QLineEdit) and focus().parent().parent() is qa.table
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert session.phase is Phase.SCORING
    assert [e.question for e in window.store.record().qa][1] == "Pertanyaan kedua"
    page = session.scoring_page
    rubric = window.store.rubric
    assert focus() is page.tree and page.current_item() == rubric.items[0].id
    assert session.note_line.tag.currentData() == f"item:{rubric.items[0].id}"
    for position, item in enumerate(rubric.items):
        assert page.current_item() == item.id and focus() is page.tree
        level = Qt.Key.Key_N if position == 3 else getattr(Qt.Key, f"Key_{1 + position % 4}")
        key(qtbot, level)
        key(qtbot, Qt.Key.Key_Return)  # the next unscored item
    assert len(window.store.values()) == len(rubric.items)
    last = rubric.items[-1].id
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.score(last).level is None and list(page.model.summary.unscored) == [last]
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.store.score(last).level is not None and not page.model.summary.unscored

    # A quick note from the tree is tagged to the current item; Esc goes back to the tree.
    current = page.current_item()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert focus() is session.note_line.edit
    type_text(qtbot, "Data BRT belum di dasbor")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is page.tree
    assert window.store.record().notes[-1].item_id == current

    # A letter on the tree starts the item's note; the phase key leaves the note too.
    type_text(qtbot, "CCTV")
    assert focus() is page.note and page.note.toPlainText() == "CCTV"
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert session.phase is Phase.CONCLUSIONS
    conclusions = session.pages[Phase.CONCLUSIONS]
    assert focus() is conclusions.conclusions  # the first empty field
    type_text(qtbot, "Integrasi data berjalan")
    key(qtbot, Qt.Key.Key_Return)
    assert window.store.record().conclusions == ["Integrasi data berjalan"]
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the table
    assert focus() is conclusions.recommendations
    type_text(qtbot, "Bangun SOC")
    key(qtbot, Qt.Key.Key_Return)
    assert [r.text for r in window.store.record().recommendations] == ["Bangun SOC"]
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert session.phase is Phase.SIGNOFF
    assert focus() is session.pages[Phase.SIGNOFF].sign_button

    # Back with Ctrl+PgUp: Kesimpulan now opens on its first empty field.
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert session.phase is Phase.CONCLUSIONS and focus() is conclusions.recommendations
    assert conclusions.recommendations.currentIndex().row() == 1  # the new recommendation
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert session.phase is Phase.SCORING and focus() is page.tree  # nothing left unscored
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # from the tree
    assert session.phase is Phase.QA and focus() is qa.table
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # from the table
    assert session.phase is Phase.PRESENTATION and focus() is session.note_line.edit

    # Ctrl+Q from anywhere: Tanya Jawab, the new question's cell open for typing.
    key(qtbot, Qt.Key.Key_Q, CTRL)
    assert session.phase is Phase.QA and isinstance(focus(), QLineEdit)
    type_text(qtbot, "Pertanyaan ketiga")
    key(qtbot, Qt.Key.Key_Return)

    # To signed minutes: Tanda Tangan by the phase key, Space signs, Space exports.
    while session.phase is not Phase.SIGNOFF:
        key(qtbot, Qt.Key.Key_PageDown, CTRL)
    signoff = session.pages[Phase.SIGNOFF]
    assert focus() is signoff.sign_button
    window.prompts.answers = ["Dr. Asesor Uji"]
    key(qtbot, Qt.Key.Key_Space)
    assert window.store.active_signoff()
    assert focus() is signoff.export_button
    window.prompts.path = tmp_path / "notula.pdf"
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: (tmp_path / "notula.pdf").exists(), timeout=SLOW_WORK_MS)
    assert (tmp_path / "notula.pdf").read_bytes().startswith(b"%PDF")

    window.close_session()
    with sqlite3.connect(tmp_path / "uji.scoring") as db:
        questions = [r[0] for r in db.execute("SELECT question FROM qa_entry ORDER BY id")]
        venue = db.execute("SELECT venue FROM session_info").fetchone()[0]
        scored = db.execute("SELECT count(*) FROM score").fetchone()[0]
        audited = {r[0] for r in db.execute("SELECT entity FROM audit_log")}
    db.close()
    assert questions == ["Bagaimana integrasi data?", "Pertanyaan kedua", "Pertanyaan ketiga"]
    assert venue == "Balai Kota Uji" and scored == len(rubric.items)
    assert {"attendees", "session"} <= audited


def test_facts_are_read_only_after_sign_off(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from scorer.storage.signoff import sign_off

    with ScoringStore.open(demo_file) as store:
        sign_off(store, "Dr. Ratna Wulandari, M.T.")
    window.open_file(demo_file)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)  # browsing phases still works when locked
    overview = window.session.pages[Phase.PREPARATION]
    assert focus() is overview.attendees
    rows = len(window.store.record().attendees)
    QGuiApplication.clipboard().setText("Orang Baru")
    key(qtbot, Qt.Key.Key_V, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    assert len(window.store.record().attendees) == rows
    assert overview.attendees.people.rowCount() == rows  # no row to type a new one into
    assert overview.venue.isReadOnly() and overview.agenda.isReadOnly()


def test_dialogs_open_on_their_first_field_and_close_by_keys(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.merge_dialog import MergeDialog
    from scorer.ui.shortcuts import ShortcutsDialog

    key(qtbot, Qt.Key.Key_F1)
    shortcuts = QApplication.activeModalWidget()
    assert isinstance(shortcuts, ShortcutsDialog)
    active(qtbot, shortcuts)
    assert "Ctrl+PgDown" in shortcuts.findChild(QLabel, "shortcutTable").text()
    assert isinstance(focus(), QAbstractButton) and focus().window() is shortcuts
    key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is None
    active(qtbot, window)
    assert focus() is window.start.new_button

    key(qtbot, Qt.Key.Key_G, ALT)  # the start screen's "Gabungkan berkas tim…"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)  # an animated click
    merge = QApplication.activeModalWidget()
    assert isinstance(merge, MergeDialog)
    active(qtbot, merge)
    assert focus() is merge.add_button
    key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is None
    active(qtbot, window)


def test_new_evaluation_dialog_fits_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.new_evaluation import NewEvaluationDialog

    dialog = NewEvaluationDialog(window.settings, window.prompts, window)
    qtbot.addWidget(dialog)
    dialog.fit_to(QRect(0, 0, 1920, 1080))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.scroll_area.verticalScrollBar().isVisible())
    assert dialog.width() >= 40 * dialog.fontMetrics().horizontalAdvance("M")
    dialog.fit_to(QRect(0, 0, 640, 720))
    assert dialog.width() <= 640 and dialog.height() <= 720
    qtbot.waitUntil(dialog.scroll_area.verticalScrollBar().isVisible)  # scrolls instead


# Mnemonics: one Alt+letter, one target, in every window


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of what Alt+letter reaches in `window` as shown now."""
    texts = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [(m, text) for text in texts if (m := _mnemonic(text))]


def _assert_unique(pairs: list[tuple[str, str]], where: str) -> None:
    letters = [m for m, _ in pairs]
    clashes = {m: [t for n, t in pairs if n == m] for m in letters if letters.count(m) > 1}
    assert not clashes, f"{where}: {clashes}"


def _menus(menu: QMenu) -> list[QMenu]:
    subs = [a.menu() for a in menu.actions() if a.menu() is not None]
    return [menu, *(m for sub in subs for m in _menus(sub))]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_mnemonics_are_unique_in_every_window(qtbot, window, demo_file: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    from scorer.ui.chooser import ChooserDialog
    from scorer.ui.merge_dialog import MergeDialog
    from scorer.ui.new_evaluation import NewEvaluationDialog
    from scorer.ui.session.evidence_gallery import EvidenceGallery
    from scorer.ui.session.evidence_requests import NewRequestDialog, RequestsDialog
    from scorer.ui.shortcuts import ShortcutsDialog

    window.set_language(lang)  # the English letters come from the translation

    def check_menus() -> None:
        for top in window.menuBar().actions():
            for menu in _menus(top.menu()):
                pairs = [(m, a.text()) for a in menu.actions() if (m := _mnemonic(a.text()))]
                _assert_unique(pairs, menu.title())

    _assert_unique(_window_mnemonics(window), "start screen")
    check_menus()
    window.open_file(demo_file)
    check_menus()
    for phase in Phase:
        window.session.go_to_phase(phase)
        window.session.storage_banner.show()  # as when the file refuses writes
        _assert_unique(_window_mnemonics(window), phase.value)
    session = window.session
    dialogs: list[QDialog] = [
        NewEvaluationDialog(window.settings, window.prompts, window),
        MergeDialog(window.prompts, window),
        ShortcutsDialog(window),
        EvidenceGallery(window.context, session.scoring_page.thumbnails, Phase.SCORING, session),
        RequestsDialog(window.context, "OP1", session),
        NewRequestDialog(window.context, "OP1", session),
        ChooserDialog("OP", ["OP1", "OP2"], 0, session),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        _assert_unique(_window_mnemonics(dialog), type(dialog).__name__)
        dialog.close()


def test_qt_standard_strings_follow_the_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    def texts() -> tuple[list[str], list[str], list[str]]:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        line = QLineEdit()
        menu = line.createStandardContextMenu()
        files = QFileDialog(window)
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in files.findChildren(QLabel)]
        result = [b.text() for b in box.buttons()], [a.text() for a in menu.actions()], labels
        for widget in (box, line, menu, files):
            widget.deleteLater()
        return result

    buttons, menu, labels = texts()
    assert sorted(buttons) == ["Batal", "OK"]
    assert "&Salin\tCtrl+C" in menu and "&Tempel\tCtrl+V" in menu
    assert "&Cari di:" in labels and "&Nama berkas:" in labels
    window.set_language("en")
    buttons, menu, labels = texts()
    assert sorted(buttons) == ["Cancel", "OK"]
    assert "&Copy\tCtrl+C" in menu and "File &name:" in labels
    window.set_language("id")


# The people tables


def test_people_model_is_a_sound_qt_model_and_edits_plain_lists(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from scorer.core.model import Attendee
    from scorer.ui.people_table import PeopleModel, attendee_kind

    model = PeopleModel(attendee_kind(), [Attendee("A", "Wali Kota", "Pemkot")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the person and the row to type a new one into
    assert model.setData(model.index(1, 0), "B")
    assert model.setData(
        model.index(0, 3), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.insert_pasted(1, "C (Sekda, Pemkot)\n\nD")
    assert model.move(3, -3)
    assert [(a.name, a.present) for a in model.rows] == [
        ("B", True),
        ("A", False),
        ("C", True),
        ("D", True),
    ]
    assert not model.setData(model.index(4, 0), "  ")  # nothing typed: nobody added
    assert model.remove(0) and [a.name for a in model.rows] == ["A", "C", "D"]
    model.set_read_only(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and not model.remove(0)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_panel_and_planned_minutes_on_persiapan(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    overview = window.session.pages[Phase.PREPARATION]
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is overview.panel
    owner = window.store.record().assessors[0]
    # Removing the owner (whose scores are in the file) is refused, and said.
    key(qtbot, Qt.Key.Key_Delete)
    assert window.store.record().assessors[0] == owner
    assert overview.problem.isVisible()
    key(qtbot, Qt.Key.Key_Down)  # a member without scores in this file can go
    key(qtbot, Qt.Key.Key_Delete)
    assert len(window.store.record().assessors) == 4
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.store.record().assessors[1].name == "Ir. Bambang Hartono, M.Sc."
    # A new member typed on the empty row, ticked as chair with Space.
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Dr. Anggota Baru")
    key(qtbot, Qt.Key.Key_Return)
    assert not overview.problem.isVisible()
    key(qtbot, Qt.Key.Key_Up)  # from the row for the next member to the one just typed
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    added = window.store.record().assessors[-1]
    assert added.name == "Dr. Anggota Baru" and added.role.value == "chair"
    # The next column makes them the minute-taker instead (one role: the chair tick goes).
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    added = window.store.record().assessors[-1]
    assert added.role.value == "secretary"
    assert (
        overview.panel.people.data(
            overview.panel.people.index(len(window.store.record().assessors) - 1, 3),
            Qt.ItemDataRole.CheckStateRole,
        )
        == Qt.CheckState.Unchecked
    )
    # The agenda saves on leaving it (Tab leaves it), the planned minutes on Enter.
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Tab)
    assert focus() is overview.agenda
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Pembukaan")
    key(qtbot, Qt.Key.Key_Tab)
    assert window.store.record().session.agenda == "Pembukaan"
    assert focus() is overview.minutes[Phase.PREPARATION]
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "25")
    key(qtbot, Qt.Key.Key_Return)
    planned = {p.phase: p.planned_minutes for p in window.store.record().session.phases}
    assert planned[Phase.PREPARATION] == 25
    # Text fields keep Ctrl+Z for their own typing: undo the edit from the page's table.
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert focus() is overview.attendees
    key(qtbot, Qt.Key.Key_Z, CTRL)
    planned = {p.phase: p.planned_minutes for p in window.store.record().session.phases}
    assert planned[Phase.PREPARATION] != 25
    assert overview.minutes[Phase.PREPARATION].value() == planned[Phase.PREPARATION]


def test_dates_in_fields_follow_the_language(window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    assert window.session.pages[Phase.PREPARATION].date.text() == "Selasa, 21 Oktober 2025"
    window.set_language("en")
    assert window.session.pages[Phase.PREPARATION].date.text() == "Tuesday, 21 October 2025"
    window.set_language("id")


def test_ctrl_enter_in_a_cell_being_typed_keeps_what_was_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    active(qtbot, dialog)
    for text in ("Kota Uji", "\t\tJawa Tengah"):
        type_text(qtbot, text)
    while focus() is not dialog.name:
        key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dr. Asesor Uji")
    while focus() is not dialog.attendees:
        key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Budi Hartono")  # the cell editor is still open
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.session is not None)
    assert [a.name for a in window.store.record().attendees] == ["Budi Hartono"]


def test_tab_and_shift_tab_leave_every_field(qtbot, window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    """Walk each window's focus chain both ways: every key press moves focus on."""

    def walk(presses: int) -> set[QWidget]:
        seen = set()
        for modifiers in (Qt.KeyboardModifier.NoModifier, SHIFT):
            for _ in range(presses):
                before = focus()
                key(
                    qtbot,
                    Qt.Key.Key_Tab
                    if modifiers == Qt.KeyboardModifier.NoModifier
                    else Qt.Key.Key_Backtab,
                    modifiers,
                )
                assert focus() is not before, f"Tab is trapped in {before!r}"
                seen.add(focus())
        return seen

    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    active(qtbot, dialog)
    assert {dialog.panel, dialog.attendees, dialog.date, dialog.rubric_path} <= walk(25)
    key(qtbot, Qt.Key.Key_Escape)
    active(qtbot, window)
    window.open_file(demo_file)
    while window.session.phase is not Phase.PREPARATION:
        key(qtbot, Qt.Key.Key_PageUp, CTRL)
    for phase in Phase:
        walk(20)
        if phase is not Phase.SIGNOFF:
            key(qtbot, Qt.Key.Key_PageDown, CTRL)
