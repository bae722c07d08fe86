"""A piece of evidence full size: the image scaled to fit the window, ←/→ (or PgUp/PgDn)
go to the previous or next piece, Esc closes.

A PDF shows its first page, rendered with QtPdf on white (QtPdf leaves the page
transparent). It is not handed to the system's viewer through a temporary copy: the
evidence stays inside the scoring file, and nothing is left behind in a temp folder.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from scorer.core.evidence import PDF_MEDIA_TYPE
from scorer.core.model import Evidence
from scorer.storage import evidence
from scorer.ui.context import SessionContext
from scorer.ui.session.evidence_strip import piece_time


def pdf_first_page(data: bytes, size: QSize) -> tuple[QImage, int]:
    """The first page fitted into `size`, on white, and the number of pages; a null image
    if QtPdf cannot read it."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if pages < 1:
        return QImage(), 0
    page = document.pagePointSize(0).toSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    rendered = document.render(0, page)
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    document.close()
    return image, pages


class EvidenceViewer(QDialog):
    def __init__(
        self,
        context: SessionContext,
        pieces: list[Evidence],
        row: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.context, self.pieces = context, list(pieces)
        self.zone = evidence.session_zone(context.store)
        self.row = max(0, min(row, len(self.pieces) - 1))
        self.picture = QLabel()
        self.picture.setObjectName("evidencePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("evidenceCaption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self.image = QImage()
        self.rendered_pdf = False
        screen = self.screen().availableGeometry()
        self.resize(screen.width() * 4 // 5, screen.height() * 4 // 5)
        self.show_piece()
        self.picture.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Evidence:
        return self.pieces[self.row]

    def show_piece(self) -> None:
        piece = self.current()
        blob = evidence.content(self.context.store, piece.sha256)
        self.rendered_pdf = blob is not None and blob.media_type == PDF_MEDIA_TYPE
        self.image = QImage()
        if blob is not None and not self.rendered_pdf:
            self.image = QImage.fromData(blob.data)
        self.pdf_data = blob.data if blob is not None and self.rendered_pdf else b""
        where = piece.item_id or piece.phase.value
        parts = [f"No. {piece.id}", piece_time(piece, self.zone), where, piece.caption]
        self.caption.setText(
            " · ".join(p for p in parts if p) + f"   ({self.row + 1}/{len(self.pieces)})"
        )
        self.setWindowTitle(" · ".join(p for p in (f"No. {piece.id}", piece.caption) if p))
        self._fit()

    def _fit(self) -> None:
        size = self.picture.size()
        image, pages = pdf_first_page(self.pdf_data, size) if self.rendered_pdf else (self.image, 0)
        if pages > 1:
            self.picture.setToolTip(self.tr("PDF: halaman 1 dari %1").replace("%1", str(pages)))
        if image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.current().original_name)
            return
        self.picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_PageUp: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageDown: 1,
        }.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        row = max(0, min(self.row + step, len(self.pieces) - 1))
        if row != self.row:
            self.row = row
            self.show_piece()
        event.accept()
