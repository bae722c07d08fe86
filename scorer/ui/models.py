"""Qt item models over core records: the views never hold data of their own."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scorer.core.model import ScoringRecord
from scorer.core.rubric import Rubric
from scorer.core.scoring import format_score

Index = QModelIndex | QPersistentModelIndex


class ScoreTableModel(QAbstractTableModel):
    """One row per rubric item: its component, name and the owner's level and note."""

    COLUMNS = ("item", "component", "name", "level", "note")

    def __init__(self, rubric: Rubric, record: ScoringRecord, lang: str = "id") -> None:
        super().__init__()
        self.rubric = rubric
        self.lang = lang
        self.scores = {s.item_id: s for s in record.scores if s.assessor == record.owner}
        self.components = {c.id: c for c in rubric.components}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rubric.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Butir"),
            self.tr("Komponen"),
            self.tr("Uraian"),
            self.tr("Nilai"),
            self.tr("Catatan"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rubric.items[index.row()]
        column = self.COLUMNS[index.column()]
        score = self.scores.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                return item.id
            if column == "component":
                return self.components[item.component].name.text(self.lang)
            if column == "name":
                return item.name.text(self.lang)
            if column == "level":
                if score is None or (score.level is None and not score.not_applicable):
                    return "–"
                return "N/A" if score.not_applicable else str(score.level)
            return "" if score is None else score.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "level":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def index_text(value: Fraction | None, decimals: int, lang: str) -> str:
    return format_score(value, decimals, lang)
