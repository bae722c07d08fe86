"""The TrueType fonts every report embeds, registered with ReportLab once per process.

Base-14 Helvetica is never embedded, so a viewer substitutes its own and the layout drifts;
the DejaVu fonts shipped in resources/ make every machine print the same pages.
"""

from __future__ import annotations

from functools import cache

from scorer.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts (idempotent) and return the regular and bold font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    # <b> and <i> inside Paragraph markup pick these faces.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    # ReportLab graphics (the charts) start each drawing in Helvetica, which would put an
    # unembedded base-14 font in the page resources; make ours their default instead.
    from reportlab.graphics.shapes import STATE_DEFAULTS

    STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD
