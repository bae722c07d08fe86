"""The one-line caption asked right after a capture, paste or drop: Enter keeps it, Esc
skips it, and focus goes back to where the assessor was before the key that captured.

Inline in the session window (above the note line), not a popup: it needs no window
activation (which Zoom beside us may hold), and it says where the piece went. The piece is
already stored when the line appears, so abandoning the caption loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from scorer.core.evidence import MAX_CAPTION_CHARS
from scorer.ui.context import SessionContext
from scorer.ui.focus import give_focus_back
from scorer.ui.session.evidence_intake import Target
from scorer.ui.session.stepper import phase_names


class CaptionBar(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceCaptionBar")
        self.context = context
        self.ids: list[int] = []
        self.return_to: QWidget | None = None
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName("evidenceCaption")
        self.edit.setAccessibleName(self.tr("Keterangan bukti dukung"))
        self.edit.setMaxLength(MAX_CAPTION_CHARS)
        self.edit.setPlaceholderText(self.tr("Keterangan (Enter menyimpan, Esc melewati)"))
        self.edit.returnPressed.connect(self.keep)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.hide()

    def ask(self, ids: list[int], target: Target) -> None:
        """For pieces just stored: a caption typed for earlier pieces and not yet confirmed
        is kept, not lost, and focus still returns to where the first capture began."""
        if self.isVisible():
            self._save()
        else:
            focus = target.focus
            self.return_to = focus if focus is not None and not self.isAncestorOf(focus) else None
        self.ids = ids
        # An item by its id only: the line shares one row with the caption field, 640 px
        # wide in the compact layout, and the item's name is on the page above.
        where = target.item_id if target.item_id is not None else phase_names()[target.phase]
        self.label.setText(self.tr("Bukti tersimpan untuk %1. Keterangan:").replace("%1", where))
        self.edit.clear()
        self.show()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep(self) -> None:
        self._save()
        self._close()

    def skip(self) -> None:
        self._close()

    def _save(self) -> None:
        """One undo step after the attach's: Ctrl+Z takes the caption back first."""
        from scorer.ui.session.evidence_commands import SetEvidenceCaption

        caption = self.edit.text().strip()
        if not caption or not self.ids:
            return
        stack = self.context.undo_stack
        stack.beginMacro(caption[:40])
        for evidence_id in self.ids:
            stack.push(SetEvidenceCaption(self.context, evidence_id, "", caption))
        stack.endMacro()

    def _close(self) -> None:
        self.ids = []
        target, self.return_to = self.return_to, None
        self.hide()
        give_focus_back(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                self.skip()
                return True
            if (
                event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and event.reason()
                in (
                    Qt.FocusReason.MouseFocusReason,
                    Qt.FocusReason.TabFocusReason,
                    Qt.FocusReason.BacktabFocusReason,
                )
            ):
                # The assessor went on elsewhere in the window: what was typed is kept and
                # the line goes, focus staying where they went. (Switching to Zoom and
                # back keeps the line open.)
                self._save()
                self.ids = []
                self.return_to = None
                self.hide()
        return False
