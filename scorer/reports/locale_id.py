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

# Binds "pukul", the time and the zone: a line that wraps between them leaves "WIB" (or a
# bare "pukul") alone.
NO_BREAK = "\u00a0"


def long_date(day: dt.date, lang: str = "id", *, weekday: bool = True) -> str:
    """'Selasa, 21 Oktober 2025' (or 'Tuesday, 21 October 2025')."""
    from babel.dates import format_date

    pattern = "EEEE, d MMMM y" if weekday else "d MMMM y"
    return format_date(day, pattern, locale=CLDR_LOCALES[lang])


def clock(moment: dt.datetime, zone: TimeZoneName, lang: str = "id") -> str:
    """'14.20 WIB': 24-hour with a full stop in Indonesian, a colon in English; the time and
    the zone joined by a no-break space."""
    local = moment.astimezone(zone.tzinfo)
    separator = "." if lang == "id" else ":"
    return f"{local:%H}{separator}{local:%M}{NO_BREAK}{zone.value}"


def date_time(
    moment: dt.datetime, zone: TimeZoneName, lang: str = "id", *, weekday: bool = False
) -> str:
    """'27 November 2026 pukul 12.00 WIB' ('27 November 2026 at 12:00 WIB'): the one way a
    moment is printed for people (a sign-off, a due time, a capture), in the session's zone.
    Qt-free, so the UI can print the same."""
    local = moment.astimezone(zone.tzinfo)
    joiner = "pukul" if lang == "id" else "at"
    day = long_date(local.date(), lang, weekday=weekday)
    return f"{day} {joiner}{NO_BREAK}{clock(moment, zone, lang)}"
