"""One way in for evidence from the app: a screen capture, the clipboard (Ctrl+Shift+V) and
dropped files all become `Source`s, are prepared in a worker thread and attached on the GUI
thread through `attach_prepared` (docs/evidence.md, "In the app").

Why a worker: re-encoding a 1920×1080 grab takes ~100 ms (bench/bench_evidence.py), more
than the 50 ms the event loop may stall. The GUI thread only hands over a QImage (shared,
not copied) or a file name; decoding, cropping, converting and encoding happen in the worker.
The storage write (~5 ms) stays on the GUI thread: the store is single-threaded.

Where a piece goes (the item or phase) and its time are decided when the key is pressed
(`Target`), not when the worker finishes: the assessor may have moved on by then.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QRect, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from scorer.core.errors import ScorerError
from scorer.core.evidence import Prepared
from scorer.core.model import Phase, utc_now
from scorer.ui.context import SessionContext
from scorer.ui.focus import focus_to_come_back_to

CLIPBOARD_NAME = "papan-klip.png"
CAPTURE_NAME = "tangkapan-layar.png"


@dataclass(frozen=True)
class Target:
    """Decided at the keystroke: the item (None: the phase only), the phase, the time, and
    the widget that had focus, to return to once the caption is typed or skipped."""

    item_id: str | None
    phase: Phase
    at: dt.datetime
    focus: QWidget | None


def target_now(item_id: str | None, phase: Phase) -> Target:
    return Target(item_id, phase, utc_now(), focus_to_come_back_to())


@dataclass(frozen=True)
class FileSource:
    """A local file: read in the worker (a PDF may be 10 MB)."""

    path: Path

    def prepare(self) -> Prepared:
        from scorer.core.evidence import prepare

        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise ScorerError(exc.strerror or str(exc), path=self.path) from None
        return prepare(data, self.path.name)


@dataclass(frozen=True)
class ImageSource:
    """Pixels Qt already holds (a grab, a pasted or dropped image), with the part to keep.
    QImage is implicitly shared and safe to read from another thread."""

    image: QImage
    name: str
    crop: QRect | None = None

    def prepare(self) -> Prepared:
        from scorer.core.evidence import RawPixels, prepare_pixels

        image = self.image.copy(self.crop) if self.crop is not None else self.image
        wanted = (
            QImage.Format.Format_RGBA8888
            if image.hasAlphaChannel()
            else QImage.Format.Format_RGBX8888
        )
        if image.format() != wanted:
            image = image.convertToFormat(wanted)
        mode = "RGBA" if wanted is QImage.Format.Format_RGBA8888 else "RGBX"
        pixels = RawPixels(
            image.constBits(), image.width(), image.height(), image.bytesPerLine(), mode
        )
        return prepare_pixels(pixels, self.name)


Source = FileSource | ImageSource


def attach_prepared(
    context: SessionContext,
    pieces: Sequence[Prepared],
    item_id: str | None,
    phase: Phase,
    at: dt.datetime | None = None,
) -> list[int]:
    """The one place the app attaches evidence, as one undo step (Ctrl+Z takes a wrong
    capture back; redo restores it under its first numbers): the new pieces' ids, or []
    when refused (said through the hub like any refused edit)."""
    from scorer.ui.session.evidence_commands import AttachEvidence

    command = AttachEvidence(context, pieces, item_id=item_id, phase=phase, at=at)
    context.undo_stack.push(command)  # redo() attaches; a refusal makes it obsolete
    return list(command.ids)


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued connection)."""

    done = Signal(int, object)  # ticket, list[Prepared] | ScorerError | Exception


class _Job(QRunnable):
    def __init__(self, ticket: int, sources: Sequence[Source], relay: _Relay) -> None:
        super().__init__()
        self.ticket, self.sources, self.relay = ticket, sources, relay

    def run(self) -> None:
        result: object
        try:
            result = [source.prepare() for source in self.sources]
        except Exception as exc:  # ScorerError for a person, anything else a bug
            result = exc
        self.relay.done.emit(self.ticket, result)


class EvidenceIntake(QObject):
    """Prepares sources off the GUI thread and attaches them, all of one submission or none;
    `attached` says which pieces landed where, so a caption can be asked for them."""

    attached = Signal(list, object)  # evidence ids, Target

    def __init__(self, context: SessionContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one at a time keeps the attach order = key order
        self.relay = _Relay(self)
        self.relay.done.connect(self._done)
        self.pending: dict[int, Target] = {}
        self.tickets = 0
        self.stopped = False

    def submit(self, sources: Sequence[Source], target: Target) -> None:
        self.tickets += 1
        self.pending[self.tickets] = target
        self.pool.start(_Job(self.tickets, list(sources), self.relay))

    def wait(self, msecs: int = -1) -> bool:
        """Until every submitted source is prepared (tests, benchmarks, closing)."""
        return self.pool.waitForDone(msecs)

    def stop(self) -> None:
        """The session is closing: results still on their way are dropped, not attached to
        a closed file."""
        self.stopped = True
        self.pool.waitForDone()

    def _done(self, ticket: int, result: object) -> None:
        target = self.pending.pop(ticket)
        if self.stopped:
            return
        if isinstance(result, ScorerError):
            self.context.hub.refused.emit(str(result))
        elif isinstance(result, Exception):  # our bug: logged and shown, the session goes on
            sys.excepthook(type(result), result, result.__traceback__)
        elif isinstance(result, list):
            ids = attach_prepared(self.context, result, target.item_id, target.phase, target.at)
            if ids:
                self.attached.emit(ids, target)


class _Words(QObject):
    """Holds the translatable messages (tr needs a QObject context)."""

    def nothing(self) -> str:
        return self.tr("Papan klip tidak berisi gambar atau berkas gambar/PDF untuk dilampirkan.")

    def not_local(self, count: int) -> str:
        return self.tr(
            "%1 tautan bukan berkas di komputer ini dan tidak dilampirkan; simpan dulu "
            "berkasnya, lalu seret berkas itu."
        ).replace("%1", str(count))


def sources_of(mime: QMimeData | None, image: Callable[[], QImage]) -> tuple[list[Source], int]:
    """What a clipboard or a drop offers: its image, else its local image or PDF files; and
    how many of its links are not local files (refused). `image` reads the image only when
    the data has one (the clipboard converts it on demand)."""
    if mime is None:
        return [], 0
    if mime.hasImage():
        pixels = image()
        if not pixels.isNull():
            return [ImageSource(pixels, CLIPBOARD_NAME)], 0
    files: list[Source] = []
    remote = 0
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            files.append(FileSource(Path(url.toLocalFile())))
        else:
            remote += 1
    return files, remote


def paste_evidence(intake: EvidenceIntake, target: Target) -> None:
    """Ctrl+Shift+V: the clipboard's image, or the first file it names."""
    clipboard = QGuiApplication.clipboard()
    sources, _remote = sources_of(clipboard.mimeData(), clipboard.image)
    if not sources:
        intake.context.hub.refused.emit(_Words().nothing())
        return
    intake.submit(sources[:1], target)


def drop_evidence(intake: EvidenceIntake, mime: QMimeData, target: Target) -> bool:
    """Dropped files (each its own piece) or an image; links to elsewhere refused in one
    message. True when anything was taken."""
    sources, remote = sources_of(mime, lambda: QImage(mime.imageData()))
    if remote:
        intake.context.hub.refused.emit(_Words().not_local(remote))
    if sources:
        intake.submit(sources, target)
    return bool(sources)
