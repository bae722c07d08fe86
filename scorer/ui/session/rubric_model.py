"""The rubric tree (component → item) with each item's state and each component's score.

A QStandardItemModel whose texts are set from Python when scores change: painting the tree
then never calls into Python. A Python model's data() was ~530 calls a paint, each of which
had to win the GIL back from any worker (evidence encoding, chart rendering): a repaint
during a capture took 100–190 ms under X11 (bench/bench_capture.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from scorer.core.rubric import Item, Rubric
from scorer.core.scoring import NA, ItemValue, format_score, summarise

Index = QModelIndex | QPersistentModelIndex
SCORED_MARK, UNSCORED_MARK = "✓", "○"
ITEM_ID = Qt.ItemDataRole.UserRole + 1  # on an item's row: its rubric id


class RubricTreeModel(QStandardItemModel):
    """Two levels: components, then their items; two columns: name and value."""

    def __init__(self, rubric: Rubric, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.lang = lang
        self.values: dict[str, ItemValue] = {}
        self.summary = summarise(rubric, self.values)
        self.setHorizontalHeaderLabels([self.tr("Butir rubrik"), self.tr("Nilai")])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self._rows: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._component_scores: list[tuple[str, QStandardItem]] = []
        for component in rubric.components:
            name = _cell(f"{component.name.text(lang)} ({float(component.weight * 100):.0f} %)")
            score = _cell("", right)
            for item in rubric.items_of(component.id):
                title, value = _cell(""), _cell("", right)
                title.setData(item.id, ITEM_ID)
                title.setToolTip(item.name.text(lang))
                name.appendRow([title, value])
                self._rows[item.id] = (title, value)
                self._show(item, None)
            self.appendRow([name, score])
            self._component_scores.append((component.id, score))
        self._show_components()

    def _show(self, item: Item, value: ItemValue | None) -> None:
        title, cell = self._rows[item.id]
        name = item.name.text(self.lang)
        mark = UNSCORED_MARK if value is None else SCORED_MARK
        shown = "–" if value is None else ("N/A" if value is NA else str(value))
        title.setText(f"{mark} {item.id} {name}")
        cell.setText(shown)
        for part in (title, cell):
            part.setData(f"{item.id} {name}: {shown}", Qt.ItemDataRole.AccessibleTextRole)

    def _show_components(self) -> None:
        for component_id, cell in self._component_scores:
            value = self.summary.components[component_id].value
            cell.setText(format_score(value, self.rubric.decimals, self.lang))

    def set_values(self, values: dict[str, ItemValue]) -> None:
        """New scores: only the items that changed, and the component scores, are redrawn."""
        changed = {k for k in set(self.values) | set(values) if self.values.get(k) != values.get(k)}
        self.values = dict(values)
        self.summary = summarise(self.rubric, self.values)
        for item_id in changed:
            if item_id in self._rows:
                self._show(self.rubric.item(item_id), self.values.get(item_id))
        self._show_components()

    def item_at(self, index: Index) -> Item | None:
        if not index.isValid():
            return None
        item_id = index.sibling(index.row(), 0).data(ITEM_ID)
        return self.rubric.item(item_id) if item_id else None

    def index_of(self, item_id: str) -> QModelIndex:
        row = self._rows.get(item_id)
        return self.indexFromItem(row[0]) if row is not None else QModelIndex()


def _cell(text: str, alignment: Qt.AlignmentFlag | None = None) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    if alignment is not None:
        cell.setTextAlignment(alignment)
    return cell
