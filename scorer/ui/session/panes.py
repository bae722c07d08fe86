"""Penilaian's panes side by side (the wide layout) or stacked (the compact one), with the
widths the assessor gave them kept apart from the stacked heights."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class PaneSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wide: list[int] = []  # the side-by-side widths to come back to
        # Widths given before the splitter has its real width are spread over the width it
        # has then, and the growth after goes by stretch factor: until the assessor drags a
        # handle, each resize gives them again (in proportion to the width there is).
        self.pending = False
        self.dragged = False  # by the assessor, in this session: only then worth keeping
        self.splitterMoved.connect(self._moved)
        self.installEventFilter(self)

    def widths(self) -> list[int]:
        """The side-by-side widths: as on screen, or as they were before the panes were
        stacked ([] when they were never laid out side by side)."""
        sizes = self.sizes()
        laid_out = self.isVisible() and sum(sizes) > 0 and not self.pending
        side_by_side = self.orientation() is Qt.Orientation.Horizontal
        return sizes if side_by_side and laid_out else self.wide

    def set_widths(self, widths: list[int]) -> None:
        if len(widths) != self.count() or min(widths, default=0) <= 0:
            return  # a setting from another version of the layout: the default stands
        self.wide, self.pending = widths, True
        self._give()

    def set_stacked(self, stacked: bool) -> None:
        if stacked:
            self.wide = self.widths()
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        # Side by side again, the panes are as they were, not the stacked heights reused.
        self.pending = not stacked and bool(self.wide)
        self._give()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._give()
        return False

    def _give(self) -> None:
        if self.pending and self.orientation() is Qt.Orientation.Horizontal and self.width() > 0:
            self.setSizes(self.wide)

    def _moved(self, _position: int, _index: int) -> None:
        self.pending = False
        self.dragged = True
