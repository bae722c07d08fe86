"""Ctrl+Shift+V: attach an image (or an image or PDF file) from the clipboard as evidence of
the current item in Penilaian, otherwise of the phase on screen (docs/evidence.md).

The screen capture with a rectangle overlay (Ctrl+Shift+S), dropped files and the
thumbnails are not built yet. The re-encode (~100 ms for a 1920×1080 image,
bench/bench_evidence.py) runs on the GUI thread here; it belongs in a worker once capture
makes it part of a keystroke's latency budget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QGuiApplication, QImage

from scorer.core.errors import ScorerError
from scorer.core.model import Phase
from scorer.ui.context import SessionContext


class _Words(QObject):
    """Holds the translatable messages (tr needs a QObject context)."""

    def nothing(self) -> str:
        return self.tr("Papan klip tidak berisi gambar atau berkas gambar/PDF untuk dilampirkan.")


def clipboard_content() -> tuple[bytes, str] | None:
    """The clipboard's image as PNG bytes, or the first local file it names; None if neither."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasImage():
        image = QGuiApplication.clipboard().image()
        if not image.isNull():
            return _png(image), "papan-klip.png"
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            path = Path(url.toLocalFile())
            return path.read_bytes(), path.name
    return None


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; str works
    buffer.close()
    return bytes(data.data())


def paste_evidence(context: SessionContext, item_id: str | None, phase: Phase) -> bool:
    """Attach what the clipboard holds; a refusal (nothing there, not an image, too large,
    signed off) is said through the hub like any refused edit."""
    from scorer.core.evidence import prepare
    from scorer.storage import evidence

    try:
        content = clipboard_content()
    except OSError as exc:
        context.hub.refused.emit(str(exc))
        return False
    if content is None:
        context.hub.refused.emit(_Words().nothing())
        return False
    data, name = content
    try:
        piece = prepare(data, name)
    except ScorerError as exc:
        context.hub.refused.emit(str(exc))
        return False
    return context.run(
        lambda: evidence.attach(context.store, [piece], item_id=item_id, phase=phase)[1]
    )
