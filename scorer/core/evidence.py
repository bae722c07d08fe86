"""Supporting evidence (bukti dukung): its limits, preparing what an assessor attaches, and
the default due time of a request. No SQL here (storage/evidence.py stores it) and no Qt.

Images are re-encoded before they are stored: a 1920×1080 screenshot of a slide becomes a
JPEG of 100–300 KB with its longest side at most 1600 px, which keeps a session with a
hundred pieces of evidence small enough to e-mail and to export as JSON (docs/evidence.md).
PDFs are kept byte for byte: they are documents the region sent, and re-rendering would
change what was received.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from scorer.core.digest import sha256_hex
from scorer.core.errors import ScorerError
from scorer.core.model import Blob

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

MAX_SIDE_PX = 1600
JPEG_QUALITY = 80
JPEG_MEDIA_TYPE = "image/jpeg"
PDF_MEDIA_TYPE = "application/pdf"
# What an assessor may hand in; each refusal says which limit and by how much.
MAX_IMAGE_INPUT_BYTES = 30 * 1024 * 1024  # a raw screenshot or photo before re-encoding
MAX_IMAGE_PIXELS = 60_000_000  # decoded size: 60 megapixels (a 9000×6600 scan)
MAX_PDF_BYTES = 10 * 1024 * 1024  # a PDF is stored as it is, so it must be small already
MAX_PER_ITEM = 30  # pieces of evidence on one item (or one phase)
# All stored content together: with base64 (4/3) it stays within the JSON import limit
# of 64 MB, so every file can be exported and imported again.
MAX_TOTAL_BYTES = 40 * 1024 * 1024
MAX_CAPTION_CHARS = 300


@dataclass(frozen=True)
class RawPixels:
    """Decoded pixels handed over by a caller that already has them (a screen grab): no PNG
    is made only to be decoded again. `mode` is Pillow's raw mode of one row's bytes
    ("RGBX", "RGBA", "BGRX", ...); rows are `stride` bytes apart."""

    data: bytes | bytearray | memoryview
    width: int
    height: int
    stride: int
    mode: str


@dataclass(frozen=True)
class Prepared:
    """Content ready to store: the blob and what is known about it."""

    blob: Blob
    original_name: str
    width: int | None = None
    height: int | None = None


def blob_of(data: bytes, media_type: str) -> Blob:
    return Blob(sha256_hex(data), media_type, data)


def _mb(size: int) -> str:
    """Rounded up: a file just over a limit never reads as the limit itself."""
    return f"{math.ceil(size / 104_857.6) / 10:.1f} MB"


def prepare(data: bytes, name: str) -> Prepared:
    """A PDF as it is, or an image re-encoded; anything else is refused with a message."""
    if data.startswith(b"%PDF-"):
        if len(data) > MAX_PDF_BYTES:
            raise ScorerError(
                f"the PDF is {_mb(len(data))}; the limit is {_mb(MAX_PDF_BYTES)} "
                "(split it or attach the pages that matter as images)",
                path=name,
            )
        return Prepared(blob_of(data, PDF_MEDIA_TYPE), name)
    if len(data) > MAX_IMAGE_INPUT_BYTES:
        raise ScorerError(
            f"the image is {_mb(len(data))}; the limit is {_mb(MAX_IMAGE_INPUT_BYTES)}", path=name
        )
    return _reencode(data, name)


def prepare_pixels(pixels: RawPixels, name: str) -> Prepared:
    """Raw pixels re-encoded like an image file (same size limit, same JPEG)."""
    from PIL import Image

    if pixels.width * pixels.height > MAX_IMAGE_PIXELS:
        raise ScorerError(
            f"the image is {pixels.width}×{pixels.height} pixels; the limit is "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels",
            path=name,
        )
    if pixels.width < 1 or pixels.height < 1:
        raise ScorerError("the image is empty", path=name)
    mode = "RGBA" if "A" in pixels.mode else "RGB"
    # Pillow reads any buffer; its stubs name bytes, bytearray and array interfaces only.
    data = cast("bytes", pixels.data)
    image = Image.frombuffer(
        mode, (pixels.width, pixels.height), data, "raw", pixels.mode, pixels.stride, 1
    )
    return _encoded(_flattened(image), name)


def _reencode(data: bytes, name: str) -> Prepared:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                width, height = opened.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ScorerError(
                        f"the image is {width}×{height} pixels; the limit is "
                        f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels",
                        path=name,
                    )
                opened.load()
                image = _flattened(opened)
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ScorerError("not an image or PDF this app can read", path=name) from None
    except (OSError, ValueError, SyntaxError):  # truncated or corrupt image data
        raise ScorerError("the image is damaged or incomplete", path=name) from None
    return _encoded(image, name)


def _encoded(image: PILImage, name: str) -> Prepared:
    """Fitted to MAX_SIDE_PX and stored as JPEG: what every image becomes."""
    from PIL import Image

    image.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Prepared(blob_of(out.getvalue(), JPEG_MEDIA_TYPE), name, image.width, image.height)


def _flattened(image: PILImage) -> PILImage:
    """RGB for JPEG: transparency is laid on white (a screenshot's alpha is opaque anyway)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P") and (image.mode != "P" or "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def default_due(now: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The next working day (Monday to Friday) at 12.00 in the session's zone, as UTC.

    Public holidays are not known to the app: a request due on one is moved by hand."""
    day = now.astimezone(zone).date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(12, 0), zone).astimezone(dt.UTC)
