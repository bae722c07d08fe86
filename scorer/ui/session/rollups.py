"""Live roll-ups: the index, and scores by component, dimension, aspect and element."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scorer.core.rubric import Category, Rubric
from scorer.core.scoring import Rollup, ScoreSummary, format_score
from scorer.ui.session.charts import ChartPanel

if TYPE_CHECKING:
    # The comparison is imported only by a session that follows up an earlier one: the
    # follow-up module and what it needs are ~8 ms of opening any other session.
    from scorer.core.followup import Change, Comparison
    from scorer.core.model import PreviousEvaluation


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
        self.detail = QLabel()
        self.detail.setObjectName("rollupDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
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
        self.strip.setText(" · ".join(parts))

        def table(
            title: str,
            categories: tuple[Category, ...],
            rollups: dict[str, Rollup],
            change: tuple[Change, ...] = (),
        ) -> str:
            since = {c.id: f"<td align='right'>{self._change(c)}</td>" for c in change}
            rows = "".join(
                f"<tr><td>{c.name.text(self.lang)}</td>"
                f"<td align='right'>{self._score(rollups[c.id])}</td>{since.get(c.id, '')}</tr>"
                for c in categories
            )
            return f"<p><b>{title}</b></p><table width='100%'>{rows}</table>"

        self.detail.setText(
            table(
                self.tr("Dimensi"),
                self.rubric.dimensions,
                dict(summary.dimensions),
                changes.dimensions if changes else (),
            )
            + table(
                self.tr("Aspek infrastruktur"),
                self.rubric.aspects,
                dict(summary.aspects),
                changes.aspects if changes else (),
            )
            + table(self.tr("Elemen"), self.rubric.elements, dict(summary.elements))
        )

        self.charts.show_summary(summary)

    def set_compact(self, compact: bool) -> None:
        self.detail.setVisible(not compact)
        self.charts.setVisible(not compact)
