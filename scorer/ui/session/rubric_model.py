"""The rubric tree (component → item) with each item's state and each component's score."""

from __future__ import annotations

from typing import Any, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from scorer.core.rubric import Item, Rubric
from scorer.core.scoring import NA, ItemValue, format_score, summarise

Index = QModelIndex | QPersistentModelIndex
SCORED_MARK, UNSCORED_MARK = "✓", "○"


class RubricTreeModel(QAbstractItemModel):
    """Two levels: components (internal id 0) and items (internal id = component row + 1)."""

    def __init__(self, rubric: Rubric, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.lang = lang
        self.values: dict[str, ItemValue] = {}
        self.summary = summarise(rubric, self.values)
        self.items = [rubric.items_of(c.id) for c in rubric.components]

    def set_values(self, values: dict[str, ItemValue]) -> None:
        """New scores: signal only the items that changed and the component scores."""
        changed = {k for k in set(self.values) | set(values) if self.values.get(k) != values.get(k)}
        self.values = dict(values)
        self.summary = summarise(self.rubric, self.values)
        for row, items in enumerate(self.items):
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(row, 1), self.index(row, 1))
            for position, item in enumerate(items):
                if item.id in changed:
                    self.dataChanged.emit(
                        self.index(position, 0, parent), self.index(position, 1, parent)
                    )

    def item_at(self, index: Index) -> Item | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.items[index.internalId() - 1][index.row()]

    def index_of(self, item_id: str) -> QModelIndex:
        for row, items in enumerate(self.items):
            for position, item in enumerate(items):
                if item.id == item_id:
                    return self.index(position, 0, self.index(row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, index: Index) -> QModelIndex: ...
    def parent(self, index: Index | None = None) -> QObject | QModelIndex:
        """Both QObject.parent() and the model's parent(index): Qt calls each."""
        if index is None:
            owner = QObject.parent(self)
            return owner if owner is not None else QModelIndex()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.items)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.items[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if item is None:
            component = self.rubric.components[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return (
                        f"{component.name.text(self.lang)} ({float(component.weight * 100):.0f} %)"
                    )
                score = self.summary.components[component.id].value
                return format_score(score, self.rubric.decimals, self.lang)
            return None
        value = self.values.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                mark = UNSCORED_MARK if value is None else SCORED_MARK
                return f"{mark} {item.id} {item.name.text(self.lang)}"
            if value is None:
                return "–"
            return "N/A" if value is NA else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.name.text(self.lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "–" if value is None else ("N/A" if value is NA else str(value))
            return f"{item.id} {item.name.text(self.lang)}: {state}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Butir rubrik"), self.tr("Nilai"))[section]
        return None


_TOP = 0
