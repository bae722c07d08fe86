"""Live charts: a radar of the six dimensions and bars of the three infrastructure aspects.

matplotlib costs about half a second to import, so it loads the first time the charts are
shown, never at start-up; redraws are coalesced so that scoring never waits for a chart.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from scorer.core.rubric import Rubric
from scorer.core.scoring import ScoreSummary

REDRAW_DELAY_MS = 300


class ChartPanel(QWidget):
    def __init__(self, rubric: Rubric, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.lang = lang
        self.summary: ScoreSummary | None = None
        self.canvas: Any = None
        self.setAccessibleName(self.tr("Grafik dimensi dan aspek"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDRAW_DELAY_MS)
        self.timer.timeout.connect(self.redraw)

    def show_summary(self, summary: ScoreSummary) -> None:
        self.summary = summary
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def _ensure_canvas(self) -> Any:
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=(3, 4.2), dpi=80, layout="constrained")
            self.canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
            self.canvas.setObjectName("chartCanvas")
            self.canvas.setMinimumHeight(220)
            self.layout_.addWidget(self.canvas)
        return self.canvas

    def redraw(self) -> None:
        if self.summary is None or not self.isVisible():
            return
        canvas = self._ensure_canvas()
        figure = canvas.figure
        figure.clear()
        dims = self.rubric.dimensions
        values = [self.summary.dimensions[d.id].value for d in dims]
        radar = figure.add_subplot(2, 1, 1, projection="polar")
        angles = [2 * math.pi * n / len(dims) for n in range(len(dims))]
        points = [float(v) if v is not None else 0.0 for v in values]
        radar.plot([*angles, angles[0]], [*points, points[0]], color="#1f5fa8")
        radar.fill([*angles, angles[0]], [*points, points[0]], color=(0.12, 0.37, 0.66, 0.25))
        radar.set_xticks(angles)
        radar.set_xticklabels(
            [d.name.text(self.lang).replace("Smart ", "") for d in dims], fontsize=7
        )
        top = max(self.rubric.levels)
        radar.set_ylim(0, top)
        radar.set_yticks(range(1, top + 1))
        radar.tick_params(axis="y", labelsize=6)
        aspects = self.rubric.aspects
        bars = figure.add_subplot(2, 1, 2)
        heights = [
            float(v) if (v := self.summary.aspects[a.id].value) is not None else 0.0
            for a in aspects
        ]
        bars.barh([a.name.text(self.lang) for a in aspects], heights, color="#1f5fa8")
        bars.set_xlim(0, top)
        bars.tick_params(labelsize=7)
        canvas.draw_idle()
