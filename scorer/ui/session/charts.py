"""Live charts: a radar of the six dimensions and bars of the three infrastructure aspects.

matplotlib loads the first time the charts are shown, never at start-up, and draws in a
worker thread (Agg into an image, no pyplot), so scoring never waits for a chart: the
event loop only shows the finished picture. Redraws are coalesced.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from scorer.core.rubric import Rubric
from scorer.core.scoring import ScoreSummary

if TYPE_CHECKING:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

REDRAW_DELAY_MS = 300
# The first picture loads matplotlib (~0.5 s of a worker's CPU, holding the GIL much of
# it): not in the first second of a session, when the assessor starts scoring.
FIRST_DRAW_DELAY_MS = 1500
OUTSIDE = 0.08  # of the radius: the gap between the circle and a dimension's name


@dataclass(frozen=True)
class ChartData:
    dimension_names: tuple[str, ...]
    dimension_values: tuple[float | None, ...]
    aspect_names: tuple[str, ...]
    aspect_values: tuple[float | None, ...]
    top: int
    width: int
    height: int


class _Signals(QObject):
    drawn = Signal(object, object)  # ChartData, QImage


class ChartJob(QRunnable):
    def __init__(self, data: ChartData) -> None:
        super().__init__()
        self.data = data
        self.signals = _Signals()

    def run(self) -> None:
        signals = self.signals  # held here: the pane may drop the job while it draws
        image = render(self.data)
        # The session may have closed while drawing: then nobody is there to show it to.
        with contextlib.suppress(RuntimeError):
            signals.drawn.emit(self.data, image)


def render(data: ChartData) -> QImage:
    canvas = drawing(data)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return QImage(pixels, width, height, QImage.Format.Format_RGBA8888).copy()


def drawing(data: ChartData) -> FigureCanvasAgg:
    """Laid out by hand, in pixels: constrained layout leaves a polar axes' labels out of
    its sums, so the names beside the circle ran past the picture's edge."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 80
    width, height = data.width, data.height
    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]

    def extent(text: str) -> tuple[float, float]:
        artist = figure.text(0, 0, text, fontsize=7)
        box = artist.get_window_extent(renderer)
        artist.remove()
        return box.width, box.height

    def place(
        left: float, bottom: float, box_width: float, box_height: float
    ) -> tuple[float, float, float, float]:
        return (left / width, bottom / height, box_width / width, box_height / height)

    count = len(data.dimension_names)
    angles = [2 * math.pi * n / count for n in range(count)]
    points = [v if v is not None else 0.0 for v in data.dimension_values]
    pad, upper = 4, height * 0.5
    # The largest radius at which every name, set just outside its spoke, stays inside the
    # upper half: beside the circle a name takes its whole width, above or below it half.
    radius = min(width, upper) / 2
    for angle, name in zip(angles, data.dimension_names, strict=True):
        name_width, name_height = extent(name)
        across, up = abs(math.cos(angle)), abs(math.sin(angle))
        wide = name_width if across > 0.1 else name_width / 2
        tall = name_height if up > 0.1 else name_height / 2
        if across > 1e-9:
            radius = min(radius, (width / 2 - pad - wide) / ((1 + OUTSIDE) * across))
        if up > 1e-9:
            radius = min(radius, (upper / 2 - pad - tall) / ((1 + OUTSIDE) * up))
    diameter = max(2 * radius, 20)
    centre_x, centre_y = width / 2, height - upper / 2
    radar = figure.add_axes(
        place(centre_x - diameter / 2, centre_y - diameter / 2, diameter, diameter),
        projection="polar",
    )
    radar.plot([*angles, angles[0]], [*points, points[0]], color="#1f5fa8")
    radar.fill([*angles, angles[0]], [*points, points[0]], color=(0.12, 0.37, 0.66, 0.25))
    radar.set_xticks(angles)
    radar.set_xticklabels([])
    for angle, name in zip(angles, data.dimension_names, strict=True):
        # Each name starts or ends just outside its spoke: centred on it, it ran into the
        # circle. Set as text at a radius, so the room kept for it above is what it takes.
        across, up = math.cos(angle), math.sin(angle)
        radar.text(
            angle,
            data.top * (1 + OUTSIDE),
            name,
            fontsize=7,
            ha="left" if across > 0.1 else "right" if across < -0.1 else "center",
            va="bottom" if up > 0.1 else "top" if up < -0.1 else "center",
        )
    radar.set_ylim(0, data.top)
    radar.set_yticks(range(1, data.top + 1))
    radar.tick_params(axis="y", labelsize=6)

    names = max(extent(name)[0] for name in data.aspect_names)
    line = extent("0")[1]
    left, bottom, right = names + 2 * pad + 4, line + 3 * pad + 4, 3 * pad
    bars = figure.add_axes(place(left, bottom, width - left - right, height - upper - bottom - pad))
    heights = [v if v is not None else 0.0 for v in data.aspect_values]
    bars.barh(list(data.aspect_names), heights, color="#1f5fa8")
    bars.set_xlim(0, data.top)
    bars.set_xticks(range(data.top + 1))
    bars.tick_params(labelsize=7)
    return canvas


def _short(name: str) -> str:
    """ "Infrastruktur TIK" → "TIK", "ICT infrastructure" → "ICT": the axis is narrow."""
    for word in ("Infrastruktur ", " infrastructure"):
        name = name.replace(word, "")
    return name[:1].upper() + name[1:]


class ChartPanel(QWidget):
    def __init__(self, rubric: Rubric, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.lang = lang
        self.summary: ScoreSummary | None = None
        self.shown: ChartData | None = None  # what the picture on screen shows
        self.busy = False
        self.job: ChartJob | None = None
        self.drawn = 0  # pictures delivered so far
        self.picture = QLabel()
        self.picture.setObjectName("charts")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumHeight(200)
        self.setAccessibleName(self.tr("Grafik dimensi dan aspek"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.redraw)

    def show_summary(self, summary: ScoreSummary) -> None:
        self.summary = summary
        if self.isVisible():
            self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule()

    def _schedule(self) -> None:
        self.timer.start(REDRAW_DELAY_MS if self.drawn else FIRST_DRAW_DELAY_MS)

    def _data(self) -> ChartData | None:
        if self.summary is None:
            return None
        summary = self.summary

        def number(value: object) -> float | None:
            return None if value is None else float(value)  # type: ignore[arg-type]

        return ChartData(
            tuple(d.name.text(self.lang).replace("Smart ", "") for d in self.rubric.dimensions),
            tuple(number(summary.dimensions[d.id].value) for d in self.rubric.dimensions),
            tuple(_short(a.name.text(self.lang)) for a in self.rubric.aspects),
            tuple(number(summary.aspects[a.id].value) for a in self.rubric.aspects),
            max(self.rubric.levels),
            max(200, self.width()),
            max(240, min(self.height(), 420)),
        )

    def redraw(self) -> None:
        data = self._data()
        if data is None or not self.isVisible():
            return
        if self.busy:  # one drawing at a time; the newest wins when it is done
            self._schedule()
            return
        self.busy = True
        job = ChartJob(data)
        job.setAutoDelete(False)  # kept by self.job: its signals must outlive run()
        job.signals.drawn.connect(self._on_drawn)
        self.job = job
        QThreadPool.globalInstance().start(job)

    def _on_drawn(self, data: ChartData, image: QImage) -> None:
        self.busy = False
        self.drawn += 1
        self.shown = data
        self.picture.setPixmap(QPixmap.fromImage(image))
