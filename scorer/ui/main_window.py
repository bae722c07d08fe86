"""The main window: the start screen, or an open session with its menus and shortcuts.

Closing never asks to save: every edit is already in the file. Reopening a file restores
its phase (from the file), the selected item and the window layout (from the settings).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
)

from scorer import APP_NAME
from scorer.core.errors import ScorerError
from scorer.ui import settings as S
from scorer.ui.i18n import apply_language
from scorer.ui.instance_lock import InstanceLock
from scorer.ui.prompts import DialogPrompts, Prompts

if TYPE_CHECKING:
    from scorer.core.model import ScoringRecord
    from scorer.storage.store import ScoringStore
    from scorer.ui.context import SessionContext
    from scorer.ui.new_evaluation import NewEvaluationDialog
    from scorer.ui.session.screen_capture import ScreenCapture
    from scorer.ui.session.view import SessionView
    from scorer.ui.start_screen import StartScreen

STATUS_WORD_MS = 5000  # how long a passing word stays on the status line
COMPACT_BELOW = 900  # window width in pixels under which the compact layout is used
# Phase keys: text fields, tables and trees leave Ctrl+PgDown/PgUp alone (as tabbed apps do).
NEXT_PHASE_KEY, PREVIOUS_PHASE_KEY = "Ctrl+PgDown", "Ctrl+PgUp"
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: S.Settings | None = None,
        prompts: Prompts | None = None,
        *,
        start_screen: bool = True,
    ) -> None:
        """`start_screen=False`: a window about to open a file (`main.py FILE`) goes
        straight to the session; the start screen is built only if it is ever needed."""
        super().__init__()
        self.settings = settings or S.Settings()
        self.prompts: Prompts = prompts or DialogPrompts(self)
        self.lang = self.settings.get(S.LANGUAGE)
        apply_language(self.lang)
        self.setLocale(QLocale())  # widgets take the language's dates and numbers from here
        self.store: ScoringStore | None = None
        self.lock: InstanceLock | None = None
        self.context: SessionContext | None = None
        self.session: SessionView | None = None
        self.undo_stack = QUndoStack(self)
        self.capture: ScreenCapture | None = None
        self.setAcceptDrops(True)
        self.compact = False
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.resize(1280, 800)
        self.start: StartScreen | None = None
        self._build(start_screen)

    # Building (again after a language switch)

    def _build(self, start_screen: bool) -> None:
        self.setWindowTitle(APP_NAME)
        self.menuBar().clear()
        self._build_menus()
        if start_screen:
            self.show_start()

    def show_start(self) -> None:
        if self.start is None:
            from scorer.ui.start_screen import StartScreen

            self.start = StartScreen(self.settings.get(S.RECENT_FILES))
            self.start.new_requested.connect(self.new_evaluation)
            self.start.follow_up_requested.connect(self.follow_up_evaluation)
            self.start.open_requested.connect(self.choose_file)
            self.start.merge_requested.connect(self.open_merge)
            self.start.recent_chosen.connect(lambda name: self._open_reporting(Path(name)))
            self.stack.addWidget(self.start)
        else:
            self.start.set_recent(self.settings.get(S.RECENT_FILES))
        self.stack.setCurrentWidget(self.start)
        self.start.new_button.setFocus()  # the session that had focus is gone

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every key the platform binds (Close: Ctrl+W and Ctrl+F4), not just the first.
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        self._action(
            file_menu, self.tr("Evaluasi bar&u…"), self.new_evaluation, QKeySequence.StandardKey.New
        )
        self._action(file_menu, self.tr("Evaluasi &lanjutan…"), self.follow_up_evaluation)
        self._action(file_menu, self.tr("&Buka…"), self.choose_file, QKeySequence.StandardKey.Open)
        self._action(
            file_menu, self.tr("&Tutup sesi"), self.close_session, QKeySequence.StandardKey.Close
        )
        # No Quit key: GNOME and KDE bind it to Ctrl+Q, which adds a Q&A entry here (a key
        # on two actions fires neither). Alt+F4 closes the window.
        self._action(file_menu, self.tr("&Keluar"), self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Urungkan"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Ula&ngi"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        session = bar.addMenu(self.tr("&Sesi"))
        self._action(
            session,
            self.tr("Fase &berikutnya"),
            lambda: self._session("next_phase"),
            NEXT_PHASE_KEY,
        )
        self._action(
            session,
            self.tr("Fase &sebelumnya"),
            lambda: self._session("previous_phase"),
            PREVIOUS_PHASE_KEY,
        )
        note = self._action(
            session, self.tr("&Catatan cepat"), lambda: self._session("focus_note"), "Ctrl+Return"
        )
        note.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self._action(
            session, self.tr("&Tanya jawab baru"), lambda: self._session("add_qa"), "Ctrl+Q"
        )
        self._action(
            session,
            self.tr("Tempel bukti &dukung"),
            lambda: self._session("paste_evidence"),
            "Ctrl+Shift+V",
        )
        self._action(
            session,
            self.tr("&Galeri bukti"),
            lambda: self._session("evidence_gallery"),
            "Ctrl+Shift+B",
        )
        self._action(
            session,
            self.tr("Per&mintaan bukti…"),
            lambda: self._session("evidence_requests"),
            "Ctrl+Shift+R",
        )
        self._action(
            session, self.tr("Tangkap &layar bukti…"), self.capture_evidence, "Ctrl+Shift+S"
        )
        view = bar.addMenu(self.tr("&Tampilan"))
        self.compact_action = self._action(
            view, self.tr("Tata letak &ringkas"), self.toggle_compact, "Ctrl+Shift+L"
        )
        self.compact_action.setCheckable(True)
        self.on_top_action = self._action(
            view, self.tr("Selalu di &atas"), self.toggle_on_top, "Ctrl+Shift+T"
        )
        self.on_top_action.setCheckable(True)
        self.on_top_action.setChecked(self.settings.get(S.ALWAYS_ON_TOP))
        language = view.addMenu(self.tr("&Bahasa"))
        self._action(language, "Bahasa Indonesia", lambda: self.set_language("id"))
        self._action(language, "English", lambda: self.set_language("en"))
        help_menu = bar.addMenu(self.tr("Ba&ntuan"))
        self._action(
            help_menu,
            self.tr("&Pintasan papan ketik"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )

    def _session(self, method: str) -> None:
        if self.session is not None:
            getattr(self.session, method)()

    # Evidence: a screen capture, or files and images dropped on the window

    def capture_evidence(self) -> None:
        if self.session is not None:
            if self.capture is None:  # built on first use: start-up does not pay for it
                from scorer.ui.session.screen_capture import ScreenCapture

                self.capture = ScreenCapture(self.prompts, self)
            self.capture.start(self.session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None:  # again after a re-created native window: Qt keeps one copy
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files and images dragged onto the window are evidence, wherever they land: taken
        at the window before Qt hands them to the widget under the pointer, where a text
        field would otherwise paste a file's path as text. Plain text drags pass."""
        if (
            watched is self.windowHandle()
            and event.type() in _DRAG_EVENTS
            and isinstance(event, QDropEvent)
            and self.session is not None
            and (event.mimeData().hasUrls() or event.mimeData().hasImage())
        ):
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.session.drop_evidence(event.mimeData())
            return True
        return super().eventFilter(watched, event)

    # Files

    def choose_file(self) -> None:
        path = self.prompts.open_path(
            self.tr("Buka berkas penilaian"), self.tr("Berkas penilaian (*.scoring)")
        )
        if path is not None:
            self._open_reporting(path)

    def _open_reporting(self, path: Path) -> None:
        try:
            self.open_file(path)
        except ScorerError as exc:
            self.prompts.error(str(exc))

    def new_evaluation(self) -> None:
        """Window-modal, not a nested event loop: the dialog validates before it closes."""
        from scorer.ui.new_evaluation import NewEvaluationDialog

        dialog = NewEvaluationDialog(self.settings, self.prompts, self, write_file=self._create_new)
        dialog.accepted.connect(lambda: self._open_created(dialog))
        self._open_modal(dialog)

    def _open_created(self, dialog: NewEvaluationDialog) -> None:
        if dialog.created is not None:
            self.open_file(dialog.created)

    def _create_new(self, record: ScoringRecord) -> Path | None:
        """The new evaluation's file, asked for while its dialog is still open."""
        path = self.prompts.save_path(
            self.tr("Simpan berkas penilaian"),
            f"{record.evaluation.region} {record.session.date.isoformat()}.scoring",
            self.tr("Berkas penilaian (*.scoring)"),
        )
        if path is None:
            return None
        try:
            return self._write_new(path, record)
        except ScorerError as exc:
            self.prompts.error(str(exc))
            return None

    def follow_up_evaluation(self) -> None:
        """A new session from the previous evaluation (docs/follow-up.md)."""
        from scorer.ui.follow_up_start import plan_from_previous

        try:
            chosen = plan_from_previous(self.prompts)
            if chosen is not None:
                self.create_and_open(*chosen)
        except ScorerError as exc:
            self.prompts.error(str(exc))

    def create_and_open(self, path: Path, record: ScoringRecord) -> None:
        self.open_file(self._write_new(path, record))

    def _write_new(self, path: Path, record: ScoringRecord) -> Path:
        from scorer.storage.store import create_file

        if path.suffix != ".scoring":
            path = path.with_suffix(".scoring")
        create_file(path, record)
        return path

    def announce_opening(self, path: Path) -> None:
        """Before the session loads: say which evaluation is coming. One query, not the
        whole record: the session reads that right after."""
        from scorer.storage.scoringfile import region_of

        region = region_of(path)
        if region is None:
            return  # open_file reports the problem
        self.setWindowTitle(f"{region} — {path.name} — {APP_NAME}")
        self.statusBar().showMessage(self.tr("Membuka %1…").replace("%1", region))

    def open_file(self, path: Path) -> None:
        """Open a file for editing, or read-only if another instance of the app has it."""
        # Loaded here, not at start-up: SQLAlchemy alone costs more than the first paint.
        from scorer.storage.store import ScoringStore
        from scorer.ui.context import Hub, SessionContext
        from scorer.ui.session.view import SessionView

        if self.store is not None and self.store.path.resolve() == path.resolve():
            self._end_session()  # reopening our own file must not meet our own lock
        lock = InstanceLock(path)
        read_only = not lock.acquire()
        store = ScoringStore.open(path, read_only=read_only)
        self._end_session()
        self.store, self.lock = store, (None if read_only else lock)
        self.undo_stack.clear()
        hub = Hub(self)
        hub.saved.connect(self._show_saved)
        hub.storage.connect(self._show_unsaved)
        hub.refused.connect(self.prompts.error)
        hub.said.connect(lambda text: self.statusBar().showMessage(text, STATUS_WORD_MS))
        self.context = SessionContext(store, self.undo_stack, hub, self.lang, self.prompts)
        self.session = SessionView(self.context)
        self.session.storage_banner.relocated.connect(self._relocated)
        self.stack.addWidget(self.session)
        self.stack.setCurrentWidget(self.session)
        selected = self.settings.selected_item(store.file_id)
        if selected and store.rubric.has_item(selected):
            self.session.scoring_page.select_item(selected)
        panes = self.settings.get(S.SCORING_PANES)
        self.session.scoring_page.splitter.set_widths([int(w) for w in panes if w.isdigit()])
        geometry, state = self.settings.window_state(store.file_id)
        if geometry is not None:
            self.restoreGeometry(geometry)
            # A narrow saved window is clamped by the wide layout's minimum until the
            # compact layout is on; restoring again then gives the saved size.
            self._apply_compact()
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.settings.add_recent(str(path.resolve()))
        self.statusBar().clearMessage()
        record = store.record()
        self.setWindowTitle(f"{record.evaluation.region} — {path.name} — {APP_NAME}")
        self._apply_compact()
        self.session.focus_work()
        if store.migration_backup is not None:
            self.statusBar().showMessage(
                self.tr("Berkas diperbarui; salinan lama: %1").replace(
                    "%1", str(store.migration_backup)
                )
            )

    def _relocated(self, path: Path) -> None:
        """After "Simpan sebagai…" the session lives at `path`: lock it there instead."""
        lock = InstanceLock(path)
        if lock.acquire():
            if self.lock is not None:
                self.lock.release()
            self.lock = lock
        self.settings.add_recent(str(path.resolve()))
        if self.store is not None:
            region = self.store.record().evaluation.region
            self.setWindowTitle(f"{region} — {path.name} — {APP_NAME}")

    def _may_close(self) -> bool:
        """While the file refuses writes, closing would leave the edits in the journal only:
        try once more, then let the user save elsewhere, close anyway, or stay."""
        store = self.store
        if store is None or store.fault is None or store.flush():
            return True
        save = self.tr("Simpan sebagai…")
        keep = self.tr("Tutup (perubahan tetap di jurnal pemulihan)")
        cancel = self.tr("Batal")
        # Without a journal, closing would lose the edits: that choice is not offered.
        options = [save, cancel] if store.journal_failed else [save, keep, cancel]
        choice = self.prompts.choose(
            APP_NAME,
            self.tr("%1 perubahan belum tersimpan ke berkas.").replace(
                "%1", str(store.pending_count)
            ),
            options,
        )
        picked = cancel if choice is None else options[choice]
        if picked == save and self.session is not None:
            self.session.storage_banner.save_as()
            return store.fault is None
        return picked == keep

    def offer_recovery(self) -> None:
        """Journals left behind by a session that ended while its file refused writes."""
        from scorer.paths import recovery_dir
        from scorer.storage.recovery import journals, restore

        for recovery in journals(recovery_dir()):
            if self.store is not None and self.store.file_id == recovery.file_id:
                continue
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(recovery.started_at.timestamp())),
                "d MMMM yyyy HH.mm",
            )
            question = (
                self.tr(
                    "Ada %1 perubahan yang belum tersimpan ke %2 (sejak %3). Pulihkan sekarang?"
                )
                .replace("%1", str(len(recovery.transactions)))
                .replace("%2", str(recovery.path))
                .replace("%3", when)
            )
            options = [
                self.tr("Pulihkan ke berkasnya"),
                self.tr("Pulihkan ke berkas lain…"),
                self.tr("Nanti"),
            ]
            choice = self.prompts.choose(APP_NAME, question, options)
            target: Path | None = recovery.path
            if choice == 1:
                target = self.prompts.save_path(
                    self.tr("Pulihkan ke"),
                    str(recovery.path),
                    self.tr("Berkas penilaian (*.scoring)"),
                )
            elif choice != 0:
                continue
            if target is None:
                continue
            try:
                restored = restore(recovery, target)
            except OSError as exc:
                self.prompts.error(
                    self.tr("Pemulihan gagal: %1").replace("%1", f"{target}: {exc.strerror}")
                )
                continue
            self.statusBar().showMessage(
                self.tr("Dipulihkan: %1").replace("%1", str(restored)), 10_000
            )

    def close_session(self) -> None:
        self._end_session()
        self.show_start()

    def _end_session(self) -> None:
        focused = QApplication.focusWidget()
        if self.session is not None and focused is not None and self.session.isAncestorOf(focused):
            # An open cell editor or a half-typed field saves as focus leaves it: now,
            # while the file is still open.
            focused.clearFocus()
        if self.store is not None:
            item = self.session.scoring_page.current_item() if self.session else None
            if item:  # saved once on closing, not on every arrow key
                self.settings.save_selected_item(self.store.file_id, item)
            self.settings.save_window_state(
                self.store.file_id, self.saveGeometry(), self.saveState()
            )
            splitter = self.session.scoring_page.splitter if self.session else None
            panes = splitter.widths() if splitter is not None and splitter.dragged else []
            if panes:
                self.settings.set(S.SCORING_PANES, [str(width) for width in panes])
            if self.capture is not None:
                self.capture.cancel()
            if self.session is not None:
                self.session.stop_intake()
            self.store.close()
        if self.lock is not None:
            self.lock.release()
        if self.session is not None:
            self.stack.removeWidget(self.session)
            self.session.deleteLater()
        self.store = self.lock = self.context = self.session = None
        self.undo_stack.clear()

    def _show_unsaved(self, fault: object) -> None:
        if fault is not None:
            self.saved_label.setText("⚠ " + self.tr("Belum tersimpan ke berkas"))

    def _show_saved(self, at: object) -> None:
        time = QTime.currentTime()
        self.saved_label.setText(
            self.tr("Tersimpan %1").replace("%1", QLocale().toString(time, "HH.mm.ss"))
        )

    def open_merge(self) -> None:
        from scorer.ui.merge_dialog import MergeDialog

        self._open_modal(MergeDialog(self.prompts, self))

    # View

    def toggle_compact(self) -> None:
        self.settings.set(S.COMPACT, "on" if self.compact_action.isChecked() else "off")
        self._apply_compact()

    def _apply_compact(self) -> None:
        mode = self.settings.get(S.COMPACT)
        compact = mode == "on" or (mode == "auto" and self.width() < COMPACT_BELOW)
        self.compact = compact
        self.compact_action.setChecked(compact)
        if self.session is not None:
            self.session.set_compact(compact)
        # The window keeps the first minimum its layout gave it; clearing it lets the
        # layout set the new layout's minimum when it next activates.
        self.setMinimumSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            self.settings.get(S.COMPACT) == "auto"
            and (self.width() < COMPACT_BELOW) != self.compact
        ):
            self._apply_compact()

    def toggle_on_top(self) -> None:
        on_top = self.on_top_action.isChecked()
        self.settings.set(S.ALWAYS_ON_TOP, on_top)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on_top)
        self.show()

    def show_shortcuts(self) -> None:
        from scorer.ui.shortcuts import ShortcutsDialog

        self._open_modal(ShortcutsDialog(self))

    def _open_modal(self, dialog: QDialog) -> None:
        """Window-modal without a nested event loop; focus comes back here when it closes."""
        dialog.finished.connect(dialog.deleteLater)
        # Without a window manager (offscreen, some kiosks) nothing else reactivates us.
        dialog.finished.connect(self.activateWindow)
        dialog.open()

    def set_language(self, lang: str) -> None:
        """Switch at run time: install the translator and rebuild the views from the file."""
        self.settings.set(S.LANGUAGE, lang)
        self.lang = lang
        apply_language(lang)
        self.setLocale(QLocale())
        path = self.store.path if self.store is not None else None
        item = self.session.scoring_page.current_item() if self.session else None
        self._end_session()
        if self.start is not None:
            self.stack.removeWidget(self.start)
            self.start.deleteLater()
            self.start = None
        self._build(start_screen=path is None)
        if path is not None:
            self.open_file(path)
            if item and self.session is not None:
                self.session.scoring_page.select_item(item)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        self._end_session()
        super().closeEvent(event)
