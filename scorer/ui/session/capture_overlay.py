"""The capture overlay: the frozen grab, dimmed, on every screen; the assessor picks the part
to keep with the mouse or the keyboard (docs/evidence.md, "In the app").

Keys: an arrow moves the selection 10 px (with Ctrl 1 px); Shift+arrow moves its right or
bottom edge (→ ↓ grow, ← ↑ shrink), so any rectangle is reachable with two kinds of key. The
first arrow starts a selection over the middle half of the screen under the cursor. Enter
takes the selection, or without one the whole screen under the cursor; Esc cancels. A mouse
drag selects, and letting go takes it (as the systems' own snipping tools do).

One popup spanning the virtual desktop: a popup takes the keyboard and the mouse without
activating a window, so our main window keeps its active look and is not repainted twice
(a full repaint of the session costs 20–40 ms, the event-loop budget is 50 ms); when the
popup closes, Qt gives focus back to the widget that had it. On X11 a popup is not managed
by the window manager, so it covers panels and every screen at once, with no animation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from scorer.ui.session.screen_grab import Desktop

STEP_PX, FINE_STEP_PX = 10, 1
MIN_SIDE_PX = 4  # a smaller drag is a click, not a selection
DIM = QColor(0, 0, 0, 110)


class Selection(QObject):
    """The rectangle being chosen, in logical virtual-desktop coordinates, kept inside the
    desktop and at least one pixel wide and high."""

    changed = Signal()

    def __init__(self, bounds: QRect, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bounds = bounds
        self.rect: QRect | None = None

    def set(self, rect: QRect | None) -> None:
        self.rect = None if rect is None else self._clamped(rect.normalized())
        self.changed.emit()

    def start_in(self, screen: QRect) -> None:
        """The middle half of a screen: a start that arrows then fit to the slide."""
        self.set(
            QRect(
                screen.x() + screen.width() // 4,
                screen.y() + screen.height() // 4,
                screen.width() // 2,
                screen.height() // 2,
            )
        )

    def move_by(self, dx: int, dy: int) -> None:
        if self.rect is not None:
            moved = self.rect.translated(dx, dy)
            moved.moveLeft(
                max(self.bounds.left(), min(moved.left(), self.bounds.right() - moved.width() + 1))
            )
            moved.moveTop(
                max(self.bounds.top(), min(moved.top(), self.bounds.bottom() - moved.height() + 1))
            )
            self.set(moved)

    def resize_by(self, dw: int, dh: int) -> None:
        if self.rect is not None:
            size = QSize(max(1, self.rect.width() + dw), max(1, self.rect.height() + dh))
            self.set(QRect(self.rect.topLeft(), size))

    def _clamped(self, rect: QRect) -> QRect:
        inside = rect.intersected(self.bounds)
        return inside if not inside.isEmpty() else QRect(rect.topLeft(), QSize(1, 1))


_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class CaptureOverlay(QWidget):
    """The frozen desktop over every screen; keys and drags change the selection."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, desktop: Desktop, selection: Selection) -> None:
        super().__init__(None, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("captureOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(self.tr("Pilih bagian layar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.desktop = desktop
        self.selection = selection
        self.drag_from: QPoint | None = None
        selection.changed.connect(self.update)
        self.setGeometry(desktop.bounds)
        self.hint = self.tr(
            "Seret, atau panah untuk memilih (Shift+panah: ukuran, Ctrl: 1 piksel) · Enter: "
            "ambil (tanpa pilihan: seluruh layar) · Esc: batal"
        )

    # Painting: the grab, dimmed outside the selection

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(QRectF(self.rect()), self.desktop.image)
        chosen = self.selection.rect
        inside = chosen.translated(-self.desktop.bounds.topLeft()) if chosen else QRect()
        if inside.isEmpty():
            painter.fillRect(self.rect(), DIM)
        else:
            whole = self.rect()
            for part in (
                QRect(whole.left(), whole.top(), whole.width(), inside.top()),
                QRect(whole.left(), inside.bottom() + 1, whole.width(), whole.height()),
                QRect(whole.left(), inside.top(), inside.left(), inside.height()),
                QRect(inside.right() + 1, inside.top(), whole.width(), inside.height()),
            ):
                painter.fillRect(part.intersected(whole), DIM)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(inside.adjusted(0, 0, -1, -1))
        self._paint_hint(painter)
        painter.end()

    def _paint_hint(self, painter: QPainter) -> None:
        """At the top of the screen under the pointer (the one the assessor looks at)."""
        screen = screen_under_cursor(self).geometry().translated(-self.desktop.bounds.topLeft())
        box = painter.fontMetrics().boundingRect(self.hint).adjusted(-10, -6, 10, 6)
        box.moveTopLeft(QPoint(screen.x() + (screen.width() - box.width()) // 2, screen.y() + 12))
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.hint)

    # Keys

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the app's shortcuts (undo, phases) wait until the overlay is gone
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key in _ARROWS:
            if self.selection.rect is None:
                self.selection.start_in(screen_under_cursor(self).geometry())
            step = FINE_STEP_PX if modifiers & Qt.KeyboardModifier.ControlModifier else STEP_PX
            dx, dy = _ARROWS[key]
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.selection.resize_by(dx * step, dy * step)
            else:
                self.selection.move_by(dx * step, dy * step)
        else:
            super().keyPressEvent(event)

    # Mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag_from = event.globalPosition().toPoint()
            self.selection.set(None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag_from is not None:
            self.selection.set(QRect(self.drag_from, event.globalPosition().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self.drag_from = self.drag_from, None
        if start is None:
            return
        chosen = QRect(start, event.globalPosition().toPoint()).normalized()
        if chosen.width() >= MIN_SIDE_PX and chosen.height() >= MIN_SIDE_PX:
            self.accepted.emit()
        else:
            self.selection.set(None)


def screen_under_cursor(widget: QWidget) -> QScreen:
    """Where the pointer is; else the screen the widget is on."""
    return QGuiApplication.screenAt(QCursor.pos()) or widget.screen()
