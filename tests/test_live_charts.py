"""The live charts' layout: every name and number stays inside the picture at the sizes
the session's side pane gives them (a name beside the radar ran past the right edge)."""

from __future__ import annotations

import pytest
from matplotlib.text import Text

from scorer.ui.session.charts import ChartData, drawing

DIMENSIONS = ("Governance", "Branding", "Economy", "Living", "Society", "Environment")


@pytest.mark.parametrize(("width", "height"), [(200, 240), (235, 330), (300, 420), (480, 420)])
@pytest.mark.parametrize(
    "aspects", [("Fisik", "TIK", "Sosial"), ("Physical", "ICT", "Social")], ids=["id", "en"]
)
def test_every_label_of_the_live_charts_is_inside_the_picture(
    width: int, height: int, aspects: tuple[str, ...]
) -> None:
    data = ChartData(
        DIMENSIONS, (4.0, 3.0, 2.0, 1.0, None, 2.5), aspects, (3.0, 2.0, 4.0), 4, width, height
    )
    canvas = drawing(data)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = [
        text
        for text in canvas.figure.findobj(Text)
        if text.get_visible() and text.get_text() and text.get_window_extent(renderer).width > 0
    ]
    shown = {text.get_text() for text in texts}
    assert set(DIMENSIONS) | set(aspects) <= shown
    for text in texts:
        box = text.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width, (text.get_text(), box)
        assert box.y0 >= 0 and box.y1 <= height, (text.get_text(), box)
