"""The gallery (Ctrl+Shift+B): the evidence captured in one phase, a strip of thumbnails
per item in the rubric's order, then the pieces on the phase only.

Each group is an `EvidenceStrip` with its keys (open, delete, caption, move to another
item); ↑/↓ go to the group above or below, Tab as well; Alt+F reaches the phase chooser.
It opens on the phase on screen, focused on its first piece.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scorer.core.model import Evidence, Phase
from scorer.storage import evidence
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.keyboard import accept_on_ctrl_enter
from scorer.ui.session.dialogs import undo_keys
from scorer.ui.session.evidence_strip import EvidenceStrip, Thumbnails
from scorer.ui.session.stepper import phase_names


class EvidenceGallery(QDialog):
    def __init__(
        self,
        context: SessionContext,
        thumbnails: Thumbnails,
        phase: Phase,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceGallery")
        self.setWindowTitle(self.tr("Galeri bukti dukung"))
        self.context, self.thumbnails = context, thumbnails
        self.phase_choice = QComboBox()
        self.phase_choice.setObjectName("galleryPhase")
        for _shown in Phase:
            self.phase_choice.addItem("")  # named with its count in _grouped
        self.phase_choice.setCurrentIndex(list(Phase).index(phase))
        label = QLabel(self.tr("&Fase:"))
        label.setBuddy(self.phase_choice)
        top = QFormLayout()
        top.addRow(label, self.phase_choice)
        self.groups = QWidget()
        self.groups_layout = QVBoxLayout(self.groups)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.groups)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strips: dict[str | None, EvidenceStrip] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        accept_on_ctrl_enter(self)
        undo_keys(self, context)
        parent_size = parent.window().size() if parent is not None else self.size()
        self.resize(parent_size.width() * 9 // 10, parent_size.height() * 9 // 10)
        self.phase_choice.currentIndexChanged.connect(lambda _row: self.rebuild())
        context.hub.changed.connect(self._on_changed)
        self.rebuild()
        first = next(iter(self.strips.values()), None)
        (first or self.phase_choice).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def phase(self) -> Phase:
        return list(Phase)[self.phase_choice.currentIndex()]

    def _grouped(self) -> dict[str | None, list[Evidence]]:
        """The phase's pieces by item in the rubric's order; None (phase only) last."""
        order = {item.id: n for n, item in enumerate(self.context.store.rubric.items)}
        groups: dict[str | None, list[Evidence]] = {}
        every = evidence.pieces(self.context.store)
        for piece in sorted(every, key=lambda p: (order.get(p.item_id or "", len(order)), p.id)):
            if piece.phase is self.phase:
                groups.setdefault(piece.item_id, []).append(piece)
        counts: dict[Phase, int] = {}
        for piece in every:
            counts[piece.phase] = counts.get(piece.phase, 0) + 1
        for row, (shown, name) in enumerate(phase_names().items()):
            self.phase_choice.setItemText(row, f"{name} ({counts.get(shown, 0)})")
        return groups

    def rebuild(self) -> None:
        """Redraw the groups; focus stays in the group it was in (or the next one)."""
        keys = list(self.strips)
        focused = [k for k, s in self.strips.items() if s.hasFocus()]
        groups = self._grouped()
        for strip in self.strips.values():
            strip.removeEventFilter(self)
        while self.groups_layout.count():
            taken = self.groups_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # out of the focus chain now, deleted once events are done
                widget.deleteLater()
        self.strips = {}
        rubric, lang = self.context.store.rubric, self.context.lang
        for item_id, pieces in groups.items():
            title = (
                f"<b>{item_id}</b> · {rubric.item(item_id).name.text(lang)}"
                if item_id is not None
                else self.tr("<b>Tanpa butir</b> (hanya fase)")
            )
            header = QLabel(f"{title} ({len(pieces)})")
            strip = EvidenceStrip(self.context, self.thumbnails)
            strip.set_pieces(pieces)
            strip.setAccessibleName(header.text())
            strip.installEventFilter(self)
            self.groups_layout.addWidget(header)
            self.groups_layout.addWidget(strip)
            self.strips[item_id] = strip
        if not groups:
            self.groups_layout.addWidget(QLabel(self.tr("Belum ada bukti dukung di fase ini.")))
        self.groups_layout.addStretch(1)
        chain = [self.phase_choice, *self.strips.values(), self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if focused:
            self._refocus(focused[0], keys)

    def _refocus(self, key: str | None, before: list[str | None]) -> None:
        later = before[before.index(key) :] + before[: before.index(key)][::-1]
        target = next((self.strips[k] for k in later if k in self.strips), None)
        (target or self.phase_choice).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, changes: Changes) -> None:
        if changes.evidence:
            self.rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑/↓ on a strip: the group above or below."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        strips = list(self.strips.values())
        if step is None or event.modifiers() or watched not in strips:
            return False
        row = strips.index(watched) + step
        if 0 <= row < len(strips):
            strips[row].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(strips[row])
        return True
