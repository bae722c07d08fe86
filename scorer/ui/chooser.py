"""Choosing one of many by typing: a filter line over a list (items by "OP4" or by name,
pieces of evidence by number or caption).

The filter line has focus; typing narrows the list, ↑/↓ move in it, Enter (or Ctrl+Enter)
chooses the highlighted option, Esc cancels. Opened window-modal with `open()`; the choice
arrives as `chosen` with the option's index in the list given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from scorer.ui.keyboard import prepare_dialog


class ChooserDialog(QDialog):
    chosen = Signal(int)

    def __init__(
        self, title: str, options: list[str], current: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.options = QStringListModel(options, self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.options)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("chooserFilter")
        self.filter.setPlaceholderText(self.tr("Ketik untuk menyaring…"))
        self.filter.setAccessibleName(title)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the filter line drives it
        self.list.setCurrentIndex(self.filtered.index(current, 0))
        self.list.activated.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(title)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())
        prepare_dialog(self, self.filter)

    def _on_filter(self, text: str) -> None:
        self.filtered.setFilterFixedString(text.strip())
        self.list.setCurrentIndex(self.filtered.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑/↓/PgUp/PgDn typed in the filter line move in the list."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if event.key() in moves:
                QListView.keyPressEvent(self.list, event)
                return True
        return False

    def accept(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return  # nothing matches what was typed: keep typing
        self.chosen.emit(self.filtered.mapToSource(index).row())
        super().accept()
