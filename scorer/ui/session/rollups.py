"""Live roll-ups: the index, and scores by component, dimension, aspect and element."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from scorer.core.rubric import Category, Rubric
from scorer.core.scoring import Rollup, ScoreSummary, format_score
from scorer.ui.session.charts import ChartPanel

if TYPE_CHECKING:
    # The comparison is imported only by a session that follows up an earlier one: the
    # follow-up module and what it needs are ~8 ms of opening any other session.
    from scorer.core.followup import Change, Comparison
    from scorer.core.model import PreviousEvaluation


class RollupTable(QWidget):
    """Dimensions, aspects and elements: name, score and (in a follow-up) the change since
    then, as plain labels in a grid made once and updated in place. An HTML table in one
    rich-text label took ~6 ms to lay out on every score typed and on every relayout."""

    def __init__(self, sections: list[tuple[str, str, tuple[Category, ...]]], lang: str) -> None:
        """`sections`: (key, title, categories); a figure's labels are found by (key, id)."""
        super().__init__()
        self.setObjectName("rollupDetail")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(0, 1)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.scores: dict[tuple[str, str], QLabel] = {}
        self.changes: dict[tuple[str, str], QLabel] = {}
        gap = self.fontMetrics().height() // 2
        row = 0
        for key, title, categories in sections:
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(0, gap if row else 0, 0, 0)
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for category in categories:
                grid.addWidget(QLabel(category.name.text(lang)), row, 0)
                for column, labels in ((1, self.scores), (2, self.changes)):
                    label = labels[key, category.id] = QLabel()
                    label.setAlignment(right)
                    grid.addWidget(label, row, column)
                row += 1
        grid.setRowStretch(row, 1)


class RollupPanel(QWidget):
    """A compact text panel; in the compact layout only its first line (the strip) shows."""

    def __init__(self, rubric: Rubric, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.lang = lang
        # A follow-up shows the change since then beside each figure (set by the page).
        self.previous: PreviousEvaluation | None = None
        self.strip = QLabel()
        self.strip.setObjectName("rollupStrip")
        self.strip.setWordWrap(True)
        self.detail = RollupTable(
            [
                ("dimensions", self.tr("Dimensi"), rubric.dimensions),
                ("aspects", self.tr("Aspek infrastruktur"), rubric.aspects),
                ("elements", self.tr("Elemen"), rubric.elements),
            ],
            lang,
        )
        self.strip.setAccessibleName(self.tr("Ringkasan nilai"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.charts = ChartPanel(rubric, lang)
        layout.addWidget(self.strip)
        layout.addWidget(self.detail)
        layout.addWidget(self.charts, 1)

    def _score(self, rollup: Rollup) -> str:
        return format_score(rollup.value, self.rubric.decimals, self.lang)

    def _change(self, change: Change) -> str:
        from scorer.core.followup import format_change

        return format_change(change.change, self.rubric.decimals, self.lang)

    def show_summary(self, summary: ScoreSummary) -> None:
        index = format_score(summary.index, self.rubric.decimals, self.lang)
        if summary.provisional and summary.index is not None:
            index += " " + self.tr("(sementara)")
        changes: Comparison | None = None
        if self.previous is not None:
            from scorer.core.followup import summary_changes

            changes = summary_changes(self.previous, self.rubric, summary)
            index += f" ({self._change(changes.index)}"
            across = self.tr("antar rubrik")
            index += f", {across})" if changes.across_rubrics else ")"
        parts = [self.tr("Indeks %1").replace("%1", index)]
        parts += [
            f"{c.name.text(self.lang)} {self._score(summary.components[c.id])}"
            for c in self.rubric.components
        ]
        if summary.unscored:
            parts.append(self.tr("%1 belum dinilai").replace("%1", str(len(summary.unscored))))
        # Lines break only between figures, after a "·": a name never parts from its value.
        self.strip.setText("\u00a0· ".join(part.replace(" ", "\u00a0") for part in parts))

        since: dict[tuple[str, str], str] = {}
        if changes is not None:
            for key, compared in (("dimensions", changes.dimensions), ("aspects", changes.aspects)):
                since.update({(key, c.id): self._change(c) for c in compared})
        figures = {"dimensions": summary.dimensions, "aspects": summary.aspects}
        figures["elements"] = summary.elements
        for (key, category_id), label in self.detail.scores.items():
            label.setText(self._score(figures[key][category_id]))
            self.detail.changes[key, category_id].setText(since.get((key, category_id), ""))

        self.charts.show_summary(summary)

    def set_compact(self, compact: bool) -> None:
        self.detail.setVisible(not compact)
        self.charts.setVisible(not compact)
