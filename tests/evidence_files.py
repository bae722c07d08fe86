"""Evidence files for tests: images drawn with Pillow and a small real PDF."""

from __future__ import annotations

import io
from pathlib import Path


def png(
    path: Path, size: tuple[int, int] = (1920, 1080), colour: tuple[int, int, int] = (200, 30, 30)
) -> Path:
    """A screenshot-like PNG: a coloured slide with a white band."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((0, size[1] // 3, size[0], size[1] // 2), fill=(255, 255, 255))
    image.save(path, "PNG")
    return path


def pdf(path: Path, marker: str = "BUKTI-MARKER-PDF-7Q3Z") -> Path:
    """A one-page PDF whose bytes hold `marker` in plain text (uncompressed)."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    canvas.drawString(72, 720, marker)
    canvas.save()
    path.write_bytes(out.getvalue())
    assert marker.encode() in path.read_bytes()
    return path
