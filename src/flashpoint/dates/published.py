"""Publication dates: the one place where a value from an input turns into a publication date.

Two readers, for two kinds of value:

- ``publication_date(value)`` / ``parse_published(value)`` read what outlets and input files write
  (ISO datetimes, RFC 2822, "16 February 2022", "Feb 16, 2022", "16/02/2022"). Ingest uses them for
  JSONL/CSV fields and HTML metadata, and for the ``published`` default of a run.
- ``iso_date(text)`` reads the ISO form that flashpoint itself writes (``Document.published``) and
  that ``Options.published`` must be given in. The pipeline calls it once per document and passes
  the ``datetime.date`` down; nothing below compares or re-parses the string.

Only a full day is a publication date, and never a guess: "February 2022", "03/04/2022" (which of
the two is the month?) and "yesterday" give None. The calendar day is kept as the publisher wrote
it: "2022-02-16T23:30:00-05:00" is 16 February, the day the newsroom's "on Wednesday" refers to.

The rules, in the order they are tried (the first whose pattern matches decides, even if its answer
is None):

1. a year-first ISO date "2022-02-16", optionally with a time and a zone ("T10:00:00Z",
   " 08:15:00", "-05:00", " EST"); or "2022/02/16" alone;
2. compact "20220216", optionally with a time ("T101500Z");
3. numbers with the year last, where the order of day and month is certain: "16/02/2022" and
   "02/16/2022" (a number over 12 is the day; equal numbers cannot be wrong), and with dots, the
   European day.month.year ("16.02.2022"; "2.16.2022" is not read);
4. written dates "16 February 2022", "16th of Feb. 2022", "Feb 16, 2022", after an optional weekday
   ("Wed, ...") and followed by at most a time, a zone and one other word ("... 10:00 EST");
5. RFC 2822 ("Wed, 16 Feb 2022 10:00:00 GMT"), read by ``email.utils``.

Years outside 1900-2100 are not publication dates. This module replaces two readers that differed
(``ingest/pubdate.py`` and an older version of this one); where they disagreed and no test pinned
either, the stricter rule was kept (see tests/test_published.py).
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

from ..resources.words import word_list
from .words import load_date_words

MIN_YEAR, MAX_YEAR = 1900, 2100

_TIME_AND_ZONE = r"(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s*[A-Z]{1,5})?"
# What directly follows a year-first date must start a time or a zone, not more digits or words.
_ISO = re.compile(rf"(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?=$|[T\s+\-Z]){_TIME_AND_ZONE}")
_YEAR_FIRST_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?")
_YEAR_LAST = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
_ORDINAL = r"(?:st|nd|rd|th)?"
_TAIL_TOKENS = re.compile(rf"\d+{_ORDINAL}|[^\W\d_]+")


def publication_date(value: object) -> dt.date | None:
    """The publication date a value gives (a string as outlets write it, or a date), else None."""
    if isinstance(value, dt.datetime):
        return _day(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _day(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None  # a number or a flag is not a date, even when it looks like 20220216
    text = value.strip()
    if not text:
        return None
    for rule in (_year_first, _compact, _year_last, _written):
        claimed, day = rule(text)
        if claimed:
            return day
    return _rfc2822(text)


def parse_published(value: object) -> str | None:
    """``publication_date`` as ISO text "YYYY-MM-DD" (the form of ``Document.published``)."""
    day = publication_date(value)
    return day.isoformat() if day is not None else None


def iso_date(text: str) -> dt.date:
    """The date of an ISO date string as flashpoint writes it; raises ValueError for anything else."""
    return dt.date.fromisoformat(text)


# --------------------------------------------------------------------------- the rules
# Each rule says whether the text is of its form (then its answer stands, None included) and the day.

Rule = tuple[bool, dt.date | None]


def _year_first(text: str) -> Rule:
    m = _ISO.fullmatch(text) or _YEAR_FIRST_SLASHED.fullmatch(text)
    if m is None:
        return False, None
    return True, _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _compact(text: str) -> Rule:
    m = _COMPACT.fullmatch(text)
    if m is None:
        return False, None
    return True, _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _year_last(text: str) -> Rule:
    m = _YEAR_LAST.fullmatch(text)
    if m is None:
        return False, None
    first, separator, second, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    if first == second or first > 12 >= second:
        return True, _day(year, second, first)
    if separator == "/" and second > 12 >= first:
        return True, _day(year, first, second)
    return True, None  # "03/04/2022": either could be the month


def _written(text: str) -> Rule:
    words = _written_words()
    for pattern in (words.day_month_year, words.month_day_year):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if not _is_tail(m.group("tail"), words):
            return False, None  # not a written date alone; RFC 2822 may still read it
        month = load_date_words().months[m.group("month").lower()]
        return True, _day(int(m.group("year")), month, int(m.group("day")))
    return False, None


def _rfc2822(text: str) -> dt.date | None:
    parsed = parsedate_tz(text)
    return _day(parsed[0], parsed[1], parsed[2]) if parsed is not None else None


def _day(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- written dates


class _WrittenWords:
    """The patterns of written dates and the words around them, built once from the word lists."""

    def __init__(self, *, months: frozenset[str], weekdays: frozenset[str], fillers: frozenset[str],
                 joiners: frozenset[str]) -> None:
        self.months, self.weekdays, self.fillers = months, weekdays, fillers
        month = _alternatives(self.months)
        weekday = rf"(?:(?:{_alternatives(self.weekdays)})\.?,?\s+)?"
        day = rf"(?P<day>\d{{1,2}}){_ORDINAL}"
        year = r"(?P<year>\d{4})"
        tail = r"(?P<tail>(?:\W.*)?)"
        self.day_month_year = re.compile(
            rf"{weekday}{day}\s+(?:(?:{_alternatives(joiners)})\s+)?(?P<month>{month})\.?,?\s+{year}{tail}",
            re.IGNORECASE | re.DOTALL)
        self.month_day_year = re.compile(rf"{weekday}(?P<month>{month})\.?\s+{day},?\s+{year}{tail}",
                                         re.IGNORECASE | re.DOTALL)


def _alternatives(words: frozenset[str]) -> str:
    # Longest first, so that "sept" is tried before "sep" and "thurs" before "thu".
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: Built once, at import, like every word list.
_WRITTEN_WORDS = _WrittenWords(
    months=frozenset(load_date_words().months),
    weekdays=frozenset(load_date_words().weekdays) | word_list("published_weekday_abbreviations"),
    fillers=word_list("published_time_words"),
    joiners=word_list("published_day_month_joiners"))


def _written_words() -> _WrittenWords:
    return _WRITTEN_WORDS


def _is_tail(tail: str, words: _WrittenWords) -> bool:
    """What may follow a written date: a time, a zone, a weekday and at most one other word
    ("16 May 2022 — Reuters"), but no second month or year ("... and March 3rd 2022")."""
    others = 0
    for token in _TAIL_TOKENS.findall(tail.lower()):
        if token[0].isdigit():
            if len(token) == 4 and token.isdigit():
                return False
        elif token in words.months:
            return False
        elif token not in words.weekdays and token not in words.fillers:
            others += 1
    return others <= 1
