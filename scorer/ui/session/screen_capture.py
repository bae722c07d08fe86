"""Ctrl+Shift+S: grab the screens, let the assessor pick a part, attach it as evidence.

The target (item or phase, time) and the focus are taken at the keystroke; after Esc focus
returns exactly there, and after Enter too until the caption line takes it. Where the
platform refuses grabs, a dialog says so once per run and offers the clipboard path.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication
from shiboken6 import isValid

from scorer import APP_NAME
from scorer.ui.focus import give_focus_back
from scorer.ui.prompts import Prompts
from scorer.ui.session.capture_overlay import CaptureOverlay, Selection, screen_under_cursor
from scorer.ui.session.evidence_intake import CAPTURE_NAME, ImageSource, Target
from scorer.ui.session.screen_grab import Desktop, grab_desktop

if TYPE_CHECKING:
    from scorer.ui.session.view import SessionView


def system_tool() -> str:
    """The operating system's own screenshot-to-clipboard key, named in the refusal."""
    if sys.platform == "win32":
        return "Win+Shift+S"
    if sys.platform == "darwin":
        return "Cmd+Ctrl+Shift+4"
    return "Print Screen"


class _Unnoticed(QObject):
    """Keeps the focused widget from reacting while the overlay popup holds focus: it lies
    under a frozen picture meanwhile, and an item view repaints whole on losing and on
    regaining focus (the rubric tree: 20–40 ms each, doubling the capture's longest stall;
    bench/bench_capture.py)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (
            event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
            and isinstance(event, QFocusEvent)
            and event.reason() == Qt.FocusReason.PopupFocusReason
        )


class ScreenCapture(QObject):
    """One per main window: remembers that a refusal was said, and the capture under way."""

    def __init__(self, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.refusal_said = False
        self.overlay: CaptureOverlay | None = None
        self.session: SessionView | None = None
        self.target: Target | None = None
        self.desktop: Desktop | None = None
        self.selection: Selection | None = None
        self.unnoticed = _Unnoticed(self)

    def start(self, session: SessionView) -> None:
        if self.overlay is not None:
            return  # one capture at a time; the overlay has the keys meanwhile
        target = session.evidence_target()
        desktop = grab_desktop(QGuiApplication.screens())
        if desktop is None:
            self._refused(session, target)
            return
        self.session, self.target, self.desktop = session, target, desktop
        self.selection = Selection(desktop.bounds, self)
        self.overlay = CaptureOverlay(desktop, self.selection)
        self.overlay.accepted.connect(self._take)
        self.overlay.cancelled.connect(self._finish)
        if target.focus is not None:
            target.focus.installEventFilter(self.unnoticed)
        self.overlay.setFocus()  # the popup's focus widget: keys go to it once it is shown
        self.overlay.show()

    def _take(self) -> None:
        session, target, desktop = self.session, self.target, self.desktop
        if session is None or target is None or desktop is None or self.selection is None:
            return
        chosen = self.selection.rect
        if chosen is None:
            chosen = screen_under_cursor(self.overlay or session).geometry()
        self._finish()
        if isValid(session):
            session.intake.submit(
                [ImageSource(desktop.image, CAPTURE_NAME, desktop.crop(chosen))], target
            )

    def cancel(self) -> None:
        """The session is closing under the overlay."""
        self._finish()

    def _finish(self) -> None:
        """The overlay goes and focus returns to where the key was pressed."""
        overlay, self.overlay = self.overlay, None
        if overlay is not None:
            overlay.close()  # Qt gives focus back to the widget now, as a popup's focus
        target = self.target
        self.session = self.target = self.desktop = self.selection = None
        focus = target.focus if target is not None else None
        if focus is not None and isValid(focus):
            focus.removeEventFilter(self.unnoticed)
        give_focus_back(focus)

    def _refused(self, session: SessionView, target: Target) -> None:
        """Said in a dialog once per run; afterwards in the status line only."""
        if self.refusal_said:
            session.context.hub.said.emit(
                self.tr("Tangkap layar tidak tersedia di sini: gunakan Ctrl+Shift+V.")
            )
            return
        self.refusal_said = True
        platform = QGuiApplication.platformName()
        message = self.tr(
            "Sistem ini tidak mengizinkan aplikasi menangkap layar (platform %1). Tangkap "
            "dengan alat sistem (%2) ke papan klip, lalu tempel sebagai bukti dengan "
            "Ctrl+Shift+V."
        )
        message = message.replace("%1", platform).replace("%2", system_tool())
        options = [self.tr("Tempel dari papan klip sekarang"), self.tr("Tutup")]
        if self.prompts.choose(APP_NAME, message, options) == 0 and isValid(session):
            session.paste_evidence(target)
