"""Dates, times and words as an Indonesian (or English) official document prints them.

Day and month names come from Babel's CLDR data, never a hand-written table (DOMAIN.md):
the report modules are Qt-free and run in the CLI, so QLocale is not an option there, and
the system's C library rarely has the id_ID locale generated.
"""

from __future__ import annotations

import datetime as dt

from scorer.core.model import TimeZoneName

# The CLDR locale behind each language the reports speak; installer.spec bundles Babel's data
# for these locales (and the ones they inherit from) only.
CLDR_LOCALES = {"id": "id_ID", "en": "en_GB"}


def long_date(day: dt.date, lang: str = "id", *, weekday: bool = True) -> str:
    """'Selasa, 21 Oktober 2025' (or 'Tuesday, 21 October 2025')."""
    from babel.dates import format_date

    pattern = "EEEE, d MMMM y" if weekday else "d MMMM y"
    return format_date(day, pattern, locale=CLDR_LOCALES[lang])


def clock(moment: dt.datetime, zone: TimeZoneName, lang: str = "id") -> str:
    """'14.20 WIB': 24-hour with a full stop in Indonesian, a colon in English."""
    local = moment.astimezone(zone.tzinfo)
    separator = "." if lang == "id" else ":"
    return f"{local:%H}{separator}{local:%M} {zone.value}"
