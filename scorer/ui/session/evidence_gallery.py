"""The gallery (Ctrl+Shift+B): the evidence captured in one phase, a strip of thumbnails
per item in the rubric's order, then the pieces on the phase only.

Each group is an `EvidenceStrip` with its keys (open, delete, caption, move to another
item); ↑/↓ go to the group above or below, Tab as well; Alt+F reaches the phase chooser.
It opens on the phase on screen, focused on its first piece.

A strip is a list view, and building and laying out one takes milliseconds: a phase with
evidence on 33 items stalled the event loop for 150–285 ms when every strip was built at
once. So the gallery opens with its first group only (focus goes there), and the others
wait in one blank gap of their height (one widget however many groups: the scroll bar is
right from the start). The gap gives way to the groups one per turn of the event loop
(the first screen is full a few turns later), and at once to the group that focus reaches
(↓/↑, Tab, Shift+Tab). Building the whole first screen before the first paint cost more
(bench/bench_evidence_views.py). A change to the evidence keeps the groups still shown,
each strip with its current piece.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextDocumentFragment
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


class _Group(QWidget):
    """One group: its header (item and count) and its strip."""

    def __init__(self, strip: EvidenceStrip) -> None:
        super().__init__()
        self.header = QLabel()
        self.strip = strip
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addWidget(self.header)
        self.rows.addWidget(strip)

    def show_pieces(self, title: str, pieces: list[Evidence]) -> None:
        self.header.setText(title)
        # Read aloud as words: the header's bold is markup a screen reader would spell out.
        self.strip.setAccessibleName(QTextDocumentFragment.fromHtml(title).toPlainText())
        self.strip.set_pieces(pieces)


class _Gap(QWidget):
    """The place of groups not built yet, one after the other: blank, of their height, and
    taking focus as their strips would (the gallery builds the strip then)."""

    def __init__(self, keys: list[str | None], height: int) -> None:
        super().__init__()
        self.keys = keys
        self.setFixedHeight(height)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


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
        self.groups_widget = QWidget()
        self.empty = QLabel(self.tr("Belum ada bukti dukung di fase ini."))
        self.groups_layout = QVBoxLayout()
        column = QVBoxLayout(self.groups_widget)
        column.addWidget(self.empty)
        column.addLayout(self.groups_layout)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.groups_widget)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grouped: dict[str | None, list[Evidence]] = {}  # the phase's, in order
        self.groups: dict[str | None, _Group] = {}  # those built
        self.gaps: list[_Gap] = []
        self.group_height: int | None = None  # known from the first group built
        self.builder = QTimer(self)  # builds the next group on a later turn
        self.builder.setSingleShot(True)
        self.builder.timeout.connect(self._build_next)
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
        self.phase_choice.currentIndexChanged.connect(lambda _row: self._switch_phase())
        context.hub.changed.connect(self._on_changed)
        self.rebuild()
        first = next(iter(self.strips.values()), None)
        (first or self.phase_choice).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def phase(self) -> Phase:
        return list(Phase)[self.phase_choice.currentIndex()]

    @property
    def strips(self) -> dict[str | None, EvidenceStrip]:
        """The strips built so far, in the order shown."""
        return {key: self.groups[key].strip for key in self.grouped if key in self.groups}

    def _grouped(self) -> dict[str | None, list[Evidence]]:
        """The phase's pieces by item in the rubric's order; None (phase only) last."""
        order = {item.id: n for n, item in enumerate(self.context.store.rubric.items)}
        groups: dict[str | None, list[Evidence]] = {}
        every = evidence.pieces(self.context.store)
        phase = self.phase
        for piece in sorted(every, key=lambda p: (order.get(p.item_id or "", len(order)), p.id)):
            if piece.phase is phase:
                groups.setdefault(piece.item_id, []).append(piece)
        counts: dict[Phase, int] = {}
        for piece in every:
            counts[piece.phase] = counts.get(piece.phase, 0) + 1
        for row, (shown, name) in enumerate(phase_names().items()):
            self.phase_choice.setItemText(row, f"{name} ({counts.get(shown, 0)})")
        return groups

    def _switch_phase(self) -> None:
        """Another phase opens at its top, where its first group is built."""
        self.scroll_area.verticalScrollBar().setValue(0)
        self.rebuild()

    def rebuild(self) -> None:
        """Show the phase's groups: a group still shown keeps its widgets (its strip its
        current piece), and focus stays in the group it was in (or goes to the next)."""
        before = list(self.grouped)
        focused = [k for k, s in self.strips.items() if s.hasFocus()]
        self.grouped = self._grouped()
        gone = [group for key, group in self.groups.items() if key not in self.grouped]
        self.groups = {k: g for k, g in self.groups.items() if k in self.grouped}
        for key, group in self.groups.items():
            group.show_pieces(self._title(key), self.grouped[key])
        first = list(self.grouped)[:1]
        if first and first[0] not in self.groups:  # where focus goes; each gap takes its height
            self._add_group(first[0])
        self._lay_out()
        self._build_next_later()
        if focused and focused[0] not in self.grouped:
            later = before[before.index(focused[0]) :] + before[: before.index(focused[0])][::-1]
            targets = [k for k in later if k in self.grouped]
            shown = self._strip(targets[0]) if targets else self.phase_choice
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        for group in gone:  # hidden once focus has left it (hiding passes focus on)
            group.hide()
            group.deleteLater()

    def _title(self, item_id: str | None) -> str:
        rubric, lang = self.context.store.rubric, self.context.lang
        title = (
            f"<b>{item_id}</b> · {rubric.item(item_id).name.text(lang)}"
            if item_id is not None
            else self.tr("<b>Tanpa butir</b> (hanya fase)")
        )
        return f"{title} ({len(self.grouped[item_id])})"

    def _add_group(self, key: str | None) -> _Group:
        strip = EvidenceStrip(self.context, self.thumbnails)
        strip.installEventFilter(self)
        group = _Group(strip)
        group.show_pieces(self._title(key), self.grouped[key])
        self.groups[key] = group
        if self.group_height is None:
            self.group_height = group.sizeHint().height()
        return group

    def _lay_out(self) -> None:
        """The built groups in order, each run of the others as one gap of their height;
        then the tab order through them."""
        while self.groups_layout.takeAt(0) is not None:
            pass
        for gap in self.gaps:  # not hidden: a hidden gap with focus would pass it on
            gap.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            gap.deleteLater()
        self.gaps = []
        bodies: list[QWidget] = []
        spacing = self.groups_layout.spacing()
        for built, run in itertools.groupby(self.grouped, key=lambda k: k in self.groups):
            keys = list(run)
            if built:
                bodies += [self.groups[key].strip for key in keys]
                shown: list[QWidget] = [self.groups[key] for key in keys]
            else:
                height = len(keys) * ((self.group_height or 0) + spacing) - spacing
                gap = _Gap(keys, height)
                gap.installEventFilter(self)
                self.gaps.append(gap)
                bodies.append(gap)
                shown = [gap]
            for widget in shown:
                self.groups_layout.addWidget(widget)
                widget.show()  # now, not on a later turn: Tab skips what is hidden
        self.empty.setVisible(not self.grouped)
        for first, second in itertools.pairwise([self.phase_choice, *bodies, self.close_button]):
            QWidget.setTabOrder(first, second)
        self.groups_layout.activate()  # the new strip's place is known at once (to scroll)

    def _strip(self, key: str | None) -> EvidenceStrip:
        """The group's strip, built and laid out now if it is not yet."""
        if key not in self.groups:
            self._add_group(key)
            self._lay_out()
            self.groups[key].rows.activate()
        return self.groups[key].strip

    def _build_next_later(self) -> None:
        if len(self.groups) < len(self.grouped):
            self.builder.start(0)

    def _build_next(self) -> None:
        if not self.isVisible():  # closed (its session perhaps too)
            return
        waiting = [key for key in self.grouped if key not in self.groups]
        if waiting:  # (a key can be None: the pieces on the phase only)
            self._strip(waiting[0])
        self._build_next_later()

    def _on_changed(self, changes: Changes) -> None:
        if changes.evidence:
            self.rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus on a gap: the strip of its first group (its last by Shift+Tab), built now.
        ↑/↓ on a strip: the group above or below."""
        if isinstance(watched, _Gap) and isinstance(event, QFocusEvent):
            if event.type() == QEvent.Type.FocusIn:
                backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
                self._strip(watched.keys[-1 if backwards else 0]).setFocus(event.reason())
            return False
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        at = [key for key, group in self.groups.items() if group.strip is watched]
        if step is None or event.modifiers() or not at:
            return False
        order = list(self.grouped)
        row = order.index(at[0]) + step
        if 0 <= row < len(order):
            self._strip(order[row]).setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.groups[order[row]])
        return True
