"""The scoring phase: rubric tree, the current item's levels and descriptors, live roll-ups.

Keyboard first (docs/live-session.md): with the tree or the level panel focused, a digit
sets the level, 0 or N marks N/A, Enter jumps to the next unscored item and typing a letter
starts the item's note. In a text field, typing is typing. Below the item's text note on
its evidence ("Bukti") sit the thumbnails of the evidence attached to it (evidence_strip.py),
shown only when there is some.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scorer.core.model import PreviousItem
from scorer.core.rubric import Item
from scorer.storage import evidence
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.session.panes import PaneSplitter
from scorer.ui.session.rollups import RollupPanel
from scorer.ui.session.rubric_model import RubricTreeModel
from scorer.ui.undo import SetLevel, SetScoreText

if TYPE_CHECKING:
    from scorer.ui.session.evidence_strip import EvidenceStrip, Thumbnails

NA_KEYS = (Qt.Key.Key_0, Qt.Key.Key_N)


class ScoringPage(QWidget):
    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        rubric = context.store.rubric
        self.rubric = rubric
        self.lang = context.lang
        self.model = RubricTreeModel(rubric, self.lang, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setObjectName("rubricTree")
        self.tree.setAccessibleName(self.tr("Pohon rubrik"))
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.expandAll()
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        # A fixed score column: ResizeToContents re-measures every row on every score change.
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.Fixed)
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance("Nilai 0,00 "))
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.title = QLabel()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.level_buttons: dict[int | None, QPushButton] = {}
        self.descriptors = QLabel()
        self.descriptors.setWordWrap(True)
        self.descriptors.setTextFormat(Qt.TextFormat.RichText)
        self.descriptors.setObjectName("descriptors")
        buttons = QWidget()
        row = QFormLayout(buttons)
        row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        button_row = QWidget()
        button_layout = QHBoxLayout(button_row)
        button_layout.setContentsMargins(0, 0, 0, 0)
        for level in [*rubric.levels, None]:
            text = "N/A" if level is None else str(level)
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(
                self.tr("Tidak berlaku")
                if level is None
                else self.tr("Tingkat %1").replace(
                    "%1", f"{level} {rubric.level_name(level, self.lang)}"
                )
            )
            button.clicked.connect(lambda _=False, lv=level: self.set_level(lv))
            button_layout.addWidget(button)
            self.level_buttons[level] = button
        button_layout.addStretch(1)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setAccessibleName(self.tr("Persentase realisasi"))
        self.percent.editingFinished.connect(self._on_percent)
        self.note = QPlainTextEdit()
        self.note.setObjectName("itemNote")
        self.note.setAccessibleName(self.tr("Catatan butir"))
        self.note.setPlaceholderText(self.tr("Catatan untuk butir ini…"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(lambda: self._on_text("note", self.note.toPlainText()))
        self.evidence = QLineEdit()
        self.evidence.setObjectName("itemEvidence")
        self.evidence.setAccessibleName(self.tr("Bukti dukung"))
        self.evidence.setPlaceholderText(self.tr("Bukti dukung (slide, dokumen, tautan)…"))
        self.evidence.textEdited.connect(lambda text: self._on_text("evidence", text))
        row.addRow(self.tr("Tingkat"), button_row)
        self.percent_label = QLabel(self.tr("Realisasi"))
        row.addRow(self.percent_label, self.percent)
        row.addRow(self.tr("Catatan"), self.note)
        row.addRow(self.tr("Bukti"), self.evidence)
        self.form = row
        # Built when an item with evidence is first shown (a session without any never
        # imports the strip's module); hidden, out of the Tab order, for items without.
        self.strip: EvidenceStrip | None = None
        self._thumbnails: Thumbnails | None = None

        self.level_panel = QWidget()
        self.level_panel.setObjectName("levelPanel")
        self.level_panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        panel_layout = QVBoxLayout(self.level_panel)
        panel_layout.addWidget(self.title)
        panel_layout.addWidget(self.descriptors)
        panel_layout.addWidget(buttons, 1)

        self.rollups = RollupPanel(rubric, self.lang)
        self.previous_items: dict[str, PreviousItem] | None = None
        self._load_previous()
        self.splitter = PaneSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.level_panel)
        self.splitter.addWidget(self.rollups)
        # Small explicit minimums: the wide layout never forces the window wider than the
        # compact layout needs, so narrowing the window always reaches the compact switch.
        for pane, minimum in ((self.tree, 120), (self.level_panel, 280), (self.rollups, 100)):
            pane.setMinimumWidth(minimum)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for widget in (self.tree, self.level_panel):
            widget.installEventFilter(self)
        order = (self.tree, self.level_panel, self.percent, self.note, self.evidence)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        context.hub.changed.connect(self._on_changed)
        self.refresh_scores()
        self.select_item(self._first_unscored() or rubric.items[0].id)
        self._apply_item_fields()

    # Selection

    def current_item(self) -> str | None:
        item = self.model.item_at(self.tree.currentIndex())
        return item.id if item else None

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current)
        if item is not None:
            self._show_item(item)
            self.context.hub.item_selected.emit(item.id)
        elif current.isValid():
            self._show_component(current)

    def _show_component(self, index: QModelIndex) -> None:
        """A component's row: its name and how to reach its items. The item's fields are
        emptied and disabled: text typed there would belong to no item and be lost."""
        name = index.sibling(index.row(), 0).data()
        self.title.setText(f"<b>{name}</b>")
        count = self.model.rowCount(index.sibling(index.row(), 0))
        self.descriptors.setText(
            self.tr("Komponen dengan %1 butir: ↓ atau → ke butirnya untuk menilai.").replace(
                "%1", str(count)
            )
        )
        for button in self.level_buttons.values():
            button.setChecked(False)
        for widget in (self.note, self.evidence):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.percent.setVisible(False)
        self.percent_label.setVisible(False)
        if self.strip is not None:
            self._show_evidence("")
        self._apply_item_fields()

    def _show_item(self, item: Item) -> None:
        self._apply_item_fields()
        self.title.setText(f"<b>{item.id}</b> · {item.name.text(self.lang)}")
        state = self.context.store.score(item.id)
        chosen = state.level if state and not state.not_applicable else None
        lines = []
        for scale_level in self.rubric.levels:
            text = (
                f"<b>{scale_level}</b> {self.rubric.level_name(scale_level, self.lang)} – "
                f"{item.descriptors[scale_level].text(self.lang)}"
            )
            lines.append(f"<b>{text} ◀</b>" if scale_level == chosen else text)
        if self.previous_items is not None:
            lines.append(self._previous_line(item.id))
        self.descriptors.setText("<br>".join(lines))
        for level, button in self.level_buttons.items():
            checked = state is not None and (
                state.not_applicable
                if level is None
                else state.level == level and not state.not_applicable
            )
            button.setChecked(bool(checked))
        self._show_evidence(item.id)
        is_percent = item.percent_thresholds is not None
        self.percent.setVisible(is_percent)
        self.percent_label.setVisible(is_percent)
        if is_percent:
            self.percent.blockSignals(True)
            self.percent.setValue(float(state.percent) if state and state.percent else 0.0)
            self.percent.blockSignals(False)
        for widget, text in (
            (self.note, state.note if state else ""),
            (self.evidence, state.evidence if state else ""),
        ):
            current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if current != text:
                widget.blockSignals(True)
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
                widget.blockSignals(False)

    @property
    def thumbnails(self) -> Thumbnails:
        """Decoded thumbnails, shared by the strip and the gallery (cached by SHA-256)."""
        if self._thumbnails is None:
            from scorer.ui.session.evidence_strip import Thumbnails

            side = self.fontMetrics().lineSpacing() * 7
            self._thumbnails = Thumbnails(self.context, side, self)
        return self._thumbnails

    def _show_evidence(self, item_id: str) -> None:
        """The item's pieces as thumbnails; the strip is hidden (out of the Tab order) when
        there are none, and focus on an emptied strip moves to the tree."""
        pieces = evidence.pieces(self.context.store, item_id)
        if self.strip is None:
            if not pieces:
                return
            from scorer.ui.session.evidence_strip import EvidenceStrip

            self.strip = EvidenceStrip(self.context, self.thumbnails)
            self.form.addRow("", self.strip)
            QWidget.setTabOrder(self.evidence, self.strip)
        had_focus = self.strip.hasFocus()
        self.strip.set_pieces(pieces)
        if self.strip.isVisibleTo(self) != bool(pieces):  # setting it anew re-lays the window out
            self.form.setRowVisible(self.strip, bool(pieces))
        if had_focus and not pieces:
            # The tree, where Ctrl+Z is the session's undo (in a text field it is the
            # field's own): the piece just deleted comes back with the next key.
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # Editing

    def set_level(self, level: int | None) -> None:
        item_id = self.current_item()
        if item_id is None:
            self.context.hub.said.emit(self.tr("Pilih butir untuk dinilai (↓ atau →)"))
            return
        if self.context.read_only:
            return
        self.context.undo_stack.push(SetLevel(self.context, item_id, level, level is None))

    def _on_text(self, field: str, text: str) -> None:
        item_id = self.current_item()
        if item_id is None or self.context.read_only:
            return
        self.context.undo_stack.push(SetScoreText(self.context, item_id, field, text))

    def _on_percent(self) -> None:
        item_id = self.current_item()
        if item_id is None or self.context.read_only:
            return
        percent = Decimal(str(self.percent.value()))
        self.context.run(lambda: self.context.store.set_percent(item_id, percent))

    def next_unscored(self) -> None:
        current = self.current_item()
        ids = [item.id for item in self.rubric.items]
        start = ids.index(current) + 1 if current in ids else 0
        for item_id in ids[start:] + ids[:start]:
            if item_id not in self.model.values:
                self.select_item(item_id)
                return
        self.context.hub.said.emit(self.tr("Semua butir sudah dinilai"))

    def focus_work(self) -> None:
        """The first unscored item, focused in the tree: the next digit scores it."""
        first = self._first_unscored()
        if first is not None:
            self.select_item(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_unscored(self) -> str | None:
        return next((i.id for i in self.rubric.items if i.id not in self.model.values), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        digit = key - Qt.Key.Key_0
        if digit in self.rubric.levels:
            self.set_level(digit)
            return True
        if key in NA_KEYS:
            self.set_level(None)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.evidence.hasFocus() or self.percent.hasFocus():
                # Enter ends typing in a field (it arrives here as the field passes it on):
                # back to the tree on the same item, never on to another item while the
                # keys still go to the field.
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.next_unscored()
            return True
        text = event.text()
        if text and text.isprintable() and text.isalpha() and not self.context.read_only:
            if self.current_item() is None:  # a component's row: the note would be no item's
                self.context.hub.said.emit(self.tr("Pilih butir untuk dinilai (↓ atau →)"))
                return True
            self.note.setFocus()
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
            written = self.note.toPlainText()
            # A letter typed on the tree adds to the note: as a new word, not glued on.
            self.note.insertPlainText(text if not written or written[-1].isspace() else f" {text}")
            return True
        return False

    def _load_previous(self) -> None:
        """The evaluation this session follows up (linked at creation or later)."""
        previous = self.context.store.previous()
        self.previous_items = {i.item_id: i for i in previous.items} if previous else None
        self.rollups.previous = previous

    def _previous_line(self, item_id: str) -> str:
        """The item's value in the evaluation this session follows up, beside the levels."""
        assert self.previous_items is not None
        before = self.previous_items.get(item_id)
        if before is None:
            value = self.tr("butir baru, tidak dibandingkan")
        elif before.not_applicable:
            value = "N/A"
        else:
            from scorer.core.followup import format_figure  # only a follow-up session needs it

            value = format_figure(before.value, self.rubric.decimals, self.lang)
        return f"<i>{self.tr('Evaluasi sebelumnya: %1').replace('%1', value)}</i>"

    # Redrawing

    def refresh_scores(self) -> None:
        self.model.set_values(self.context.store.values())
        self.rollups.show_summary(self.model.summary)

    def _on_changed(self, changes: Changes) -> None:
        if changes.follow_up:
            self._load_previous()
        if changes.scores:
            self.refresh_scores()
            item_id = self.current_item()
            if item_id is not None:
                self._show_item(self.rubric.item(item_id))
        elif changes.evidence:
            item_id = self.current_item()
            if item_id is not None:
                self._show_evidence(item_id)
        if changes.signoff:
            self._apply_item_fields()

    def _apply_item_fields(self) -> None:
        """What the item's fields take: nothing on a component's row (text typed there
        would belong to no item), no edit once the session is read-only."""
        on_item = self.current_item() is not None
        read_only = self.context.read_only
        for button in self.level_buttons.values():
            button.setEnabled(on_item and not read_only)
        for field in (self.note, self.evidence, self.percent):
            field.setEnabled(on_item)
            field.setReadOnly(read_only)

    def set_compact(self, compact: bool) -> None:
        self.splitter.set_stacked(compact)
        self.rollups.set_compact(compact)
