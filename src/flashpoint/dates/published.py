"""Publication dates as inputs and HTML metadata write them, normalised to ISO "YYYY-MM-DD".

The calendar date is kept as the publisher wrote it: "2022-02-16T23:30:00-05:00" is 16 February
(the day the newsroom's "on Wednesday" refers to), not converted to UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

from .words import load_date_words

_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s*[A-Z]{1,5})?")
_SLASH_RE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_COMPACT_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?")
_DOTTED_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")   # 16.02.2022 is day.month.year
_WORDS_RE = re.compile(r"[A-Za-z]+|\d+")


def parse_published(value: str | None) -> str | None:
    """ISO date from a publication date string, or None when it cannot be read as one date.

    Accepts ISO dates and datetimes, "2022/02/16", "20220216", "16.02.2022" (day first),
    RFC 2822 ("Wed, 16 Feb 2022 10:00:00 GMT") and written dates ("16 February 2022",
    "Feb 16, 2022", "February 16th, 2022").
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    for pattern in (_ISO_RE, _SLASH_RE, _COMPACT_RE):
        m = pattern.fullmatch(text)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DOTTED_RE.fullmatch(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    rfc = parsedate_tz(text)
    if rfc is not None and rfc[0] > 0:
        return _iso(rfc[0], rfc[1], rfc[2])
    return _written(text)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _written(text: str) -> str | None:
    """"16 February 2022", "Feb 16, 2022", "Wednesday, February 16th 2022 10:00"."""
    words = load_date_words()
    parts = _WORDS_RE.findall(text.lower())
    months = [words.months[p] for p in parts if p in words.months]
    numbers = [p for p in re.findall(r"\d+(?=st|nd|rd|th|\b)", text.lower())]
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    leftover = [p for p in parts if p.isalpha() and p not in words.months and p not in words.weekdays
                and p not in ("st", "nd", "rd", "th", "of", "am", "pm", "gmt", "utc", "at", "on")
                and not _is_weekday_abbreviation(p)]
    if len(months) != 1 or len(years) != 1 or not days or len(leftover) > 1:
        return None
    return _iso(years[0], months[0], days[0])


def _is_weekday_abbreviation(word: str) -> bool:
    return word in ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
