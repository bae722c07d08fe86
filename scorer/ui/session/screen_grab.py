"""Grabbing every screen at once, as the assessor sees it, into one virtual-desktop image.

Our own window is grabbed as it is, not hidden first: the assessor wants the Zoom window
beside it, hiding or minimising takes a window manager's animation (a few hundred ms, and
no way to know when it has finished), and the selection cuts our window away anyway.

Some platforms refuse (Wayland's Qt plugin returns null pixmaps; some compositors return
black ones): `grab_desktop` then returns None and the caller offers the clipboard instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QScreen

SAMPLES_X, SAMPLES_Y = 32, 18  # a grid of pixels read to tell a black grab from a screen


@dataclass(frozen=True)
class Desktop:
    """The grab of every screen: `image` in device pixels, `scale` device pixels per
    logical pixel, `origin` the virtual desktop's top-left in logical coordinates."""

    image: QImage
    origin: QPoint
    scale: float
    screens: tuple[QRect, ...]

    @property
    def bounds(self) -> QRect:
        united = QRect()
        for geometry in self.screens:
            united = united.united(geometry)
        return united

    def source(self, logical: QRect) -> QRectF:
        """The image's pixels under a logical rectangle of the desktop."""
        return QRectF(
            (logical.x() - self.origin.x()) * self.scale,
            (logical.y() - self.origin.y()) * self.scale,
            logical.width() * self.scale,
            logical.height() * self.scale,
        )

    def crop(self, logical: QRect) -> QRect:
        return self.source(logical).toAlignedRect().intersected(self.image.rect())


def grab_desktop(screens: Sequence[QScreen]) -> Desktop | None:
    """Every screen grabbed (on the GUI thread: QScreen requires it), or None if refused."""
    grabs = [(screen.geometry(), screen.grabWindow(0).toImage()) for screen in screens]
    if not grabs or all(image.isNull() or _black(image) for _, image in grabs):
        return None
    return compose(grabs)


def compose(grabs: Sequence[tuple[QRect, QImage]]) -> Desktop:
    """One image of the virtual desktop. A single screen's grab is used as it is (no copy
    of 8 MB on the GUI thread); several are laid out at the finest screen's scale."""
    scale = max(image.width() / geometry.width() for geometry, image in grabs if geometry.width())
    screens = tuple(geometry for geometry, _ in grabs)
    if len(grabs) == 1:
        geometry, image = grabs[0]
        return Desktop(image, geometry.topLeft(), scale, screens)
    bounds = QRect()
    for geometry in screens:
        bounds = bounds.united(geometry)
    image = QImage(
        round(bounds.width() * scale), round(bounds.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor(0, 0, 0))
    desktop = Desktop(image, bounds.topLeft(), scale, screens)
    painter = QPainter(image)
    for geometry, grab in grabs:
        if not grab.isNull():
            painter.drawImage(desktop.source(geometry), grab)
    painter.end()
    return desktop


def _black(image: QImage) -> bool:
    """Every pixel of a grid across the image is black: what a refusing compositor gives."""
    width, height = image.width(), image.height()
    return all(
        image.pixel(x * (width - 1) // (SAMPLES_X - 1), y * (height - 1) // (SAMPLES_Y - 1))
        & 0xFFFFFF
        == 0
        for x in range(SAMPLES_X)
        for y in range(SAMPLES_Y)
    )
