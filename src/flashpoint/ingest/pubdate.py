"""Publication dates as written by outlets, normalised to ISO "YYYY-MM-DD".

Only a full day is a publication date: "February 2022" or "16/02/22" style values that leave the day
or the order of day and month unknown give None, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_FULL_MONTHS = {name: i for i, name in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MIN_YEAR, MAX_YEAR = 1900, 2100

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)


def _make(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    """1-12 for a month name or its usual abbreviation ("Feb", "Sept"), else None."""
    name = name.lower()
    for full, number in _FULL_MONTHS.items():
        if name == full or (name in MONTHS and full.startswith(name)):
            return number
    return None


def normalise_date(value: object) -> str | None:
    """ISO "YYYY-MM-DD" for a date given as ISO, RFC 2822 or words; None when it is not a full day."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return _make(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _make(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    for pattern in (_ISO, _COMPACT):
        m = pattern.match(text)
        if m:
            return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC_DMY.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            return _make(year, b, a)
        if b > 12 >= a:
            return _make(year, a, b)
        return _make(year, a, b) if a == b else None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.match(text)
        if m:
            month = _month_number(m.group("month"))
            if month is not None:
                return _make(int(m.group("year")), month, int(m.group("day")))
    parsed = parsedate_tz(text)
    if parsed is not None:
        return _make(parsed[0], parsed[1], parsed[2])
    return None
