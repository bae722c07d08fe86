"""The visible appearance of a signature: "Ditandatangani secara elektronik oleh / name /
25 November 2026 pukul 20.28 WIB", in the report's embedded DejaVu Sans.

pyHanko's default stamp uses Courier, which is never embedded, and prints the machine's
zone. Everything here is imported only when signing (pyHanko is heavy).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from scorer.core.model import TimeZoneName
from scorer.paths import resources_dir
from scorer.reports.fonts import REGULAR
from scorer.reports.locale_id import NO_BREAK, date_time, long_date

_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_PDF_UNITS_PER_EM = 1000  # what PDF reads glyph widths and TJ adjustments in


def document_zone(reader: Any) -> TimeZoneName | None:
    """The session's zone that the minutes name in their keywords ("zone=WIB"), if any:
    a later signer (`scorer sign`) has only the PDF, not the scoring file."""
    try:
        keywords = str(reader.trailer["/Info"]["/Keywords"])
    except (KeyError, TypeError):
        return None
    match = re.search(r"\bzone=(\w+)", keywords)
    try:
        return TimeZoneName(match.group(1)) if match else None
    except ValueError:
        return None


def stamp_time(moment: dt.datetime, zone: TimeZoneName | None) -> str:
    """'25 November 2026 pukul 20.28 WIB': the signing time as the minutes print times,
    in the document's zone (UTC, said so, for a PDF that names none)."""
    if zone is None:
        local = moment.astimezone(dt.UTC)
        return f"{long_date(local.date(), weekday=False)} pukul {local:%H.%M}{NO_BREAK}UTC"
    return date_time(moment, zone)


def stamp_style(zone: TimeZoneName | None) -> Any:
    """The pyHanko stamp style: DejaVu Sans embedded, the time in `zone`.

    pyHanko fills `%(ts)s` from the signing time it also puts in the signature, formatted
    with `timestamp_format` in the machine's zone; the style asks for ISO 8601 with the
    offset and rewrites it in the document's zone, so stamp and signature name one instant.
    """
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    class ZonedTextStampStyle(TextStampStyle):
        def create_stamp(self, writer: Any, box: Any, text_params: dict[str, Any]) -> Any:
            moment = dt.datetime.strptime(text_params["ts"], _ISO_FORMAT)
            params = {**text_params, "ts": stamp_time(moment, zone)}
            return super().create_stamp(writer, box, params)

    return ZonedTextStampStyle(
        text_box_style=TextBoxStyle(font=_dejavu_factory()),
        stamp_text="Ditandatangani secara elektronik oleh\n%(signer)s\n%(ts)s",
        timestamp_format=_ISO_FORMAT,
        background=None,
        border_width=1,
    )


def _dejavu_factory() -> Any:
    """A pyHanko font engine factory for DejaVu Sans that mends two pyHanko faults.

    1. `GlyphAccumulatorFactory` opens the TTF and never closes it (a ResourceWarning
       per signature): the font is read into memory instead.
    2. pyHanko writes glyph widths (/W), TJ adjustments and the font descriptor in the
       font's own units, which PDF reads as thousandths of an em. That holds for fonts
       with 1000 units per em; DejaVu has 2048, so letters would print about twice as
       far apart as they should. HarfBuzz is asked for positions in thousandths and the
       widths and metrics are scaled to match.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    font = (resources_dir() / "fonts" / f"{REGULAR}.ttf").read_bytes()

    class ThousandthsAccumulator(GlyphAccumulator):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.scale = _PDF_UNITS_PER_EM / self.units_per_em
            self.units_per_em = _PDF_UNITS_PER_EM
            self.hb_font.scale = (_PDF_UNITS_PER_EM, _PDF_UNITS_PER_EM)
            descriptor = self.cidfont_obj._font_descriptor
            for key in ("/Ascent", "/Descent", "/CapHeight"):
                descriptor[key] = self.thousandths(descriptor[key])
            descriptor["/FontBBox"] = generic.ArrayObject(
                self.thousandths(v) for v in descriptor["/FontBBox"]
            )

        def thousandths(self, value: float) -> Any:
            return generic.NumberObject(round(value * self.scale))  # type: ignore[no-untyped-call]

        def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
            if glyph_id not in self._glyphs:  # pyHanko caches the width in font units
                cid, width = super()._get_cid_and_width(glyph_id)
                self._glyphs[glyph_id] = (cid, round(width * self.scale))
            cid_and_width: tuple[int, int] = self._glyphs[glyph_id]
            return cid_and_width

    class DejaVuFromMemory(FontEngineFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            return ThousandthsAccumulator(
                writer=writer, font_handle=io.BytesIO(font), font_size=10, obj_stream=obj_stream
            )

    return DejaVuFromMemory()
