"""Quick notes: one line, one key away, stamped with clock time and time into the phase."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scorer.core.model import Note, Phase, ScoringRecord, utc_now
from scorer.storage.store import Changes
from scorer.ui.context import SessionContext
from scorer.ui.focus import focus_to_come_back_to, give_focus_back
from scorer.ui.undo import AddNote


def stamp(record: ScoringRecord, at: dt.datetime) -> tuple[str, int]:
    """Clock time "14.31" in the session's zone, and seconds since the current phase began."""
    zone = record.evaluation.timezone
    clock = at.astimezone(zone.tzinfo).strftime("%H.%M")
    phase = next(
        (p for p in record.session.phases if p.phase is record.session.current_phase), None
    )
    started = phase.started_at if phase and phase.started_at else at
    return f"{clock} {zone.value}", max(0, int((at - started).total_seconds()))


NO_TAG = ""  # tags are "item:BL1", "dimension:governance" or none


def note_tags(context: SessionContext) -> list[tuple[str, str]]:
    """(label, tag) of every tag a note can have: none, each dimension, each item."""
    rubric = context.store.rubric
    none = QCoreApplication.translate("NoteLine", "Tanpa tanda")
    return [
        (none, NO_TAG),
        *((d.name.text(context.lang), f"dimension:{d.id}") for d in rubric.dimensions),
        *((f"{i.id} · {i.name.text(context.lang)}", f"item:{i.id}") for i in rubric.items),
    ]


def tag_of(note: Note) -> str:
    if note.item_id:
        return f"item:{note.item_id}"
    return f"dimension:{note.dimension_id}" if note.dimension_id else NO_TAG


def tag_ids(tag: str) -> tuple[str | None, str | None]:
    """(item_id, dimension_id) of a tag."""
    kind, _, key = tag.partition(":")
    return (key if kind == "item" else None, key if kind == "dimension" else None)


class NoteLine(QWidget):
    """The note line: Enter saves a note; Esc returns to where Ctrl+Enter came from.

    The tag follows the phase: the current item while scoring, none elsewhere (a note on
    the opening speech belongs to no item); any dimension or item can be chosen.
    """

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.phase: Phase | None = None
        self.current_item: str | None = None
        self.return_to: QWidget | None = None
        self.label = QLabel(self.tr("Catatan ▸"))
        self.tag = QComboBox()
        self.tag.setObjectName("noteTag")
        self.tag.setAccessibleName(self.tr("Tanda catatan"))
        for label, tag in note_tags(context):
            self.tag.addItem(label, tag)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(14)
        self.edit = QLineEdit()
        self.edit.setObjectName("noteLine")
        self.edit.setAccessibleName(self.tr("Catatan cepat"))
        self.edit.setPlaceholderText(
            self.tr("Ketik catatan lalu Enter (Ctrl+Enter dari mana saja, Esc kembali)")
        )
        self.edit.returnPressed.connect(self.save)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.tag)
        context.hub.item_selected.connect(self._on_item)
        self.edit.setEnabled(not context.read_only)
        context.hub.changed.connect(self._on_changed)

    def set_phase(self, phase: Phase) -> None:
        """A new phase resets the tag to its default (a choice holds within the phase)."""
        if phase is not self.phase:
            self.phase = phase
            self._tag_default()

    def _on_item(self, item_id: str) -> None:
        self.current_item = item_id
        self._tag_default()

    def _tag_default(self) -> None:
        scoring = self.phase is Phase.SCORING and self.current_item
        index = self.tag.findData(f"item:{self.current_item}") if scoring else 0
        self.tag.setCurrentIndex(max(0, index))

    def _on_changed(self, changes: Changes) -> None:
        if changes.signoff:  # signed: no new notes; reopened: notes again
            self.edit.setEnabled(not self.context.read_only)

    def focus_note(self) -> None:
        if not self.edit.isEnabled():
            self.context.hub.said.emit(
                self.tr("Sesi terkunci (sudah ditandatangani): catatan baru tidak dapat dibuat")
            )
            return
        focused = focus_to_come_back_to()
        if focused is not None and focused is not self.edit:
            self.return_to = focused
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.go_back()
            return True
        return False

    def go_back(self) -> None:
        """Back to the field the note was started from, if it is still there to go back to."""
        target, self.return_to = self.return_to, None
        give_focus_back(target)

    def save(self) -> None:
        text = self.edit.text().strip()
        if not text or self.context.read_only:
            return
        record = self.context.store.record()
        now = utc_now()
        _clock, elapsed = stamp(record, now)
        item_id, dimension_id = tag_ids(str(self.tag.currentData() or NO_TAG))
        note = Note(
            created_at=now,
            phase=record.session.current_phase,
            elapsed_seconds=elapsed,
            text=text,
            assessor=self.context.store.owner,
            item_id=item_id,
            dimension_id=dimension_id,
        )
        self.context.undo_stack.push(AddNote(self.context, note))
        self.edit.clear()
