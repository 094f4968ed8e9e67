"""Date expressions: find them in a string and turn one into a date and a precision.

Pure functions on strings (no spaCy), so every rule is testable on its own. The parse is
*anchored*: relative expressions ("on Wednesday", "last week", "three days ago") need the
publication date, and ambiguous ones (a bare weekday or month) need to know whether the event is
past or future ("Russia attacked on Friday" vs "the ministers will meet on Friday").

Conventions (documented choices, applied everywhere):

- A bare weekday is the most recent such day on or before publication for a past event and the
  first one on or after publication for a future event; the publication weekday itself is the
  publication day in both cases. "last Friday" is strictly before, "next Friday" strictly after.
- "overnight" in a past event is the night before publication, dated publication - 1 (wire
  copy says "overnight" for the night that just ended; the attacks it reports mostly began before
  midnight). In a future event it is the publication day.
- Imprecise dates are dated by the first day of their period: a week by its Monday, a month by
  its 1st, a year by 1 January; the precision says how far to trust the day.
- A date without a year takes the publication year, or the year before when that would put a
  past event after publication (the year after for a future event before publication).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources.words import word_list, word_map
from .words import DateWords, load_date_phrases, load_date_words

PRECISIONS = ("day", "week", "month", "year")

#: Words that make a weekday a name ("Bloody Sunday", "Black Friday", "Good Friday").
NAMED_DAY_WORDS = word_list("dates_named_day_words")

#: Any date the finder uses to check that a span parses (its value does not matter).
_PROBE_DATE = dt.date(2001, 6, 15)


@dataclass(frozen=True)
class DateExpression:
    """A date expression found in a text: character offsets [start, end) and its words."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- arithmetic


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the (ISO, Monday-first) week containing ``day``."""
    return day - dt.timedelta(days=day.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or before) the month of ``day``."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the period a (date, precision) pair stands for (the calendar's last day
    for the last week or month of year 9999)."""
    if precision == "day":
        return day
    if precision == "week":
        return monday_of(day) + dt.timedelta(days=min(6, (dt.date.max - monday_of(day)).days))
    if precision == "month":
        if (day.year, day.month) == (dt.date.max.year, 12):
            return dt.date.max
        return add_months(day, 1) - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(day.year, 12, 31)
    raise ValueError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")


def _weekday_date(published: dt.date, weekday: int, *, shift: int | None, future: bool) -> dt.date:
    """The date of ``weekday`` near ``published`` (see the module docstring for the choices);
    ``shift`` is the relative word's: -1 "last", 0 "this", 1 "next", None without one."""
    back = (published.weekday() - weekday) % 7      # days back to the most recent one (0 = today)
    ahead = (weekday - published.weekday()) % 7     # days ahead to the next one (0 = today)
    if shift == -1:
        return published - dt.timedelta(days=back or 7)
    if shift == 1:
        return published + dt.timedelta(days=ahead or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _month_date(published: dt.date, month: int, *, shift: int | None, future: bool) -> dt.date:
    """The first day of ``month`` in the year the expression most likely means (``shift`` as for
    ``_weekday_date``)."""
    this_year = dt.date(published.year, month, 1)
    if shift == 0:
        return this_year
    if shift == -1:
        return this_year if month < published.month else dt.date(published.year - 1, month, 1)
    if shift == 1:
        return this_year if month > published.month else dt.date(published.year + 1, month, 1)
    if future:
        return this_year if month >= published.month else dt.date(published.year + 1, month, 1)
    return this_year if month <= published.month else dt.date(published.year - 1, month, 1)


def _day_month_date(published: dt.date, *, month: int, day: int, future: bool) -> dt.date | None:
    """``day`` ``month`` without a year: the nearest valid one on the right side of publication."""
    step = 1 if future else -1
    for offset in range(0, 9):          # 8 years reach a 29 February from any year
        year = published.year + step * offset
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def _offset(published: dt.date, *, amount: int, unit: str) -> tuple[dt.date, str] | None:
    """``amount`` units after publication (negative: before), as (first day of period, precision);
    None when that falls outside the calendar ("2014 years ago" in 2001, "in 99999999 weeks"):
    such an offset dates nothing."""
    try:
        if unit == "day":
            return published + dt.timedelta(days=amount), "day"
        if unit == "week":
            return monday_of(published + dt.timedelta(weeks=amount)), "week"
        if unit == "month":
            return add_months(published, amount), "month"
        return dt.date(published.year + amount, 1, 1), "year"
    except (OverflowError, ValueError):
        return None


# --------------------------------------------------------------------------- parsing

_ISO_RE = re.compile(r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
_TIME_RE = re.compile(
    r"\b(?:at\s+)?(?:around\s+|about\s+|approximately\s+)?"
    r"(?:\d{1,2}:\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm)|\d{4}\s*(?:gmt|utc)|noon|midday|midnight|dawn|dusk)"
    r"(?:\s*\(?(?:gmt|utc|local\s+time|[a-z]{2,4}\s+time)\)?)?(?![\w])")
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_YEAR_RE = re.compile(r"1[89]\d\d|2[01]\d\d")
_FILLERS = word_list("dates_fillers")
_LEADING = word_list("dates_leading_words")
_TRAILING = word_list("dates_trailing_words")
#: A day named from publication ("yesterday", "last night") holds one of these words.
_DAY_PHRASE_WORDS = word_list("dates_day_phrase_words")
#: "last" -> -1, "this" -> 0, "next" -> 1: periods from the publication's.
_RELATIONS: dict[str, int] = {w: int(v) for w, v in word_map("dates_relative_words").items()}
_UNITS = word_map("dates_units")
#: Fixed phrases -> days from publication, for (past, future) events.
_FIXED = load_date_phrases()


def _tokens(text: str) -> list[str]:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    s = s.replace("a.m.", "am").replace("p.m.", "pm")
    s = _TIME_RE.sub(" ", s)
    s = re.sub(r"[.,;:()\[\]'\"\u2013\u2014-]", " ", s)
    return [t for t in s.split() if t not in _FILLERS]


def _number(word: str, words: DateWords) -> int | None:
    if word.isdigit():
        return int(word)
    return words.numbers.get(word)


def _day(word: str) -> int | None:
    m = _DAY_RE.fullmatch(word)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _year(word: str) -> int | None:
    return int(word) if _YEAR_RE.fullmatch(word) else None


def parse_date_expression(text: str, *, published: dt.date | str | None,
                          future: bool = False) -> tuple[dt.date, str] | None:
    """(first day of the period, precision) for a date expression, or None.

    ``published`` anchors relative expressions (None: only absolute ones parse); ``future`` says
    the event is planned, which decides the direction of a bare weekday or month.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    iso = _ISO_RE.search(text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), "day"
        except ValueError:
            return None
    try:
        return _parse_tokens(_tokens(text), published=published, future=future, words=load_date_words())
    except (OverflowError, ValueError):
        # Calendar arithmetic next to the ends of the calendar (a publication date in year 1 or
        # 9999, "March last year" in year 1): no date rather than a failed document.
        return None


def _parse_tokens(tokens: list[str], *, published: dt.date | None, future: bool,
                  words: DateWords) -> tuple[dt.date, str] | None:
    # "in three days" (a future offset) before "in" is stripped as a mere preposition.
    if len(tokens) >= 3 and tokens[0] == "in" and tokens[2] in _UNITS and tokens[3:] in ([], ["time"]):
        amount = _number(tokens[1], words)
        if amount is None or published is None:
            return None
        return _offset(published, amount=amount, unit=_UNITS[tokens[2]])
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    if tokens[:1] == ["overnight"] and len(tokens) > 1:
        tokens = [t for t in tokens[1:] if t != "into"]
    if not tokens:
        return None
    fixed = _fixed(tokens, published=published, future=future)
    if fixed is not None:
        return fixed
    while len(tokens) > 1 and tokens[-1] in _TRAILING:
        tokens = tokens[:-1]
    fixed = _fixed(tokens, published=published, future=future)
    if fixed is not None:
        return fixed
    return (_parse_ago(tokens, published=published, words=words)
            or _parse_period(tokens, published=published, future=future)
            or _parse_calendar(tokens, published=published, future=future, words=words))


def _fixed(tokens: list[str], *, published: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    phrase = " ".join(tokens)
    if phrase not in _FIXED or published is None:
        return None
    past_days, future_days = _FIXED[phrase]
    return published + dt.timedelta(days=future_days if future else past_days), "day"


def _parse_ago(tokens: list[str], *, published: dt.date | None,
               words: DateWords) -> tuple[dt.date, str] | None:
    """"three days ago", "a week ago", "two years ago"."""
    if len(tokens) != 3 or tokens[2] != "ago" or tokens[1] not in _UNITS:
        return None
    amount = _number(tokens[0], words)
    if amount is None or published is None:
        return None
    return _offset(published, amount=-amount, unit=_UNITS[tokens[1]])


def _parse_period(tokens: list[str], *, published: dt.date | None,
                  future: bool) -> tuple[dt.date, str] | None:
    """"last week", "this month", "next year", "the weekend"."""
    if published is None:
        return None
    if len(tokens) == 2 and tokens[0] in _RELATIONS and tokens[1] in ("week", "month", "year"):
        amount = _RELATIONS[tokens[0]]
        return _offset(published, amount=amount, unit=tokens[1])
    if tokens[-1:] == ["weekend"] and len(tokens) <= 2:
        if len(tokens) == 2 and tokens[0] not in _RELATIONS:
            return None
        shift = _RELATIONS[tokens[0]] if len(tokens) == 2 else None
        this_week = monday_of(published)
        if shift == -1:
            week = this_week - dt.timedelta(weeks=1)
        elif shift == 1:
            week = this_week + dt.timedelta(weeks=1)
        elif future or published.weekday() >= 5:
            week = this_week
        else:
            week = this_week - dt.timedelta(weeks=1)
        return week, "week"
    return None


def _parse_calendar(tokens: list[str], *, published: dt.date | None, future: bool,
                    words: DateWords) -> tuple[dt.date, str] | None:
    """Weekdays, day-month dates, months and years."""
    shift = None
    if tokens[0] in _RELATIONS and len(tokens) > 1:
        shift, tokens = _RELATIONS[tokens[0]], tokens[1:]
    # A weekday in front of a calendar date ("Monday, March 3") adds nothing to it.
    if len(tokens) > 1 and tokens[0] in words.weekdays:
        tokens = tokens[1:]
    n = len(tokens)
    if n == 1 and tokens[0] in words.weekdays:
        if published is None:
            return None
        return _weekday_date(published, words.weekdays[tokens[0]], shift=shift, future=future), "day"
    if shift is not None and not (n == 1 and tokens[0] in words.months):
        return None
    if n == 1:
        year = _year(tokens[0])
        if year is not None:
            return dt.date(year, 1, 1), "year"
        month = words.months.get(tokens[0])
        if month is None or published is None:
            return None
        return _month_date(published, month, shift=shift, future=future), "month"
    month, day, year = _month_day_year(tokens, words)
    if month is None:
        return None
    if day is None and year is None:
        # "March last year", "March this year"
        if n == 3 and tokens[1] in _RELATIONS and tokens[2] == "year" and published is not None:
            return dt.date(published.year + _RELATIONS[tokens[1]], month, 1), "month"
        return None
    if day is None:
        return dt.date(year, month, 1), "month"
    if year is not None:
        try:
            return dt.date(year, month, day), "day"
        except ValueError:
            return None
    if published is None:
        return None
    found = _day_month_date(published, month=month, day=day, future=future)
    return (found, "day") if found else None


def _month_day_year(tokens: list[str], words: DateWords) -> tuple[int | None, int | None, int | None]:
    """(month, day, year) from "March 3 [2021]", "3 March [2021]", "March 2021"; Nones otherwise."""
    none = (None, None, None)
    if tokens[0] in words.months:
        month, rest = words.months[tokens[0]], tokens[1:]
        if len(rest) == 1 and _year(rest[0]) is not None:
            return month, None, _year(rest[0])
        if rest and rest[0] in _RELATIONS:
            return month, None, None          # "March last year": the caller reads the rest
        day = _day(rest[0]) if rest else None
        if day is None:
            return none
    elif _day(tokens[0]) is not None and tokens[1] in words.months:
        day, month, rest = _day(tokens[0]), words.months[tokens[1]], tokens[1:]
    else:
        return none
    tail = rest[1:]
    if not tail:
        return month, day, None
    if len(tail) == 1 and _year(tail[0]) is not None:
        return month, day, _year(tail[0])
    return none


_VAGUE_PAST_RE = re.compile(
    r"(?:in\s+|during\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:1[89]\d0s|20[0-2]0s|'[0-9]0s)"
    r"|(?:(?:many|several|a\s+few|some|a\s+couple\s+of)\s+)?(?:years|decades|centuries)\s+ago",
    re.IGNORECASE)


def is_vague_past(text: str) -> bool:
    """A past too vague for a date but clearly well before publication ("in the 1990s", "years ago")."""
    return _VAGUE_PAST_RE.fullmatch(text.strip()) is not None


# --------------------------------------------------------------------------- finding


def _full_month_names() -> frozenset[str]:
    return load_date_words().full_months


#: What a text must hold (lower-cased) for a finder pattern to match in it: each group, one of its
#: words. A cheap ``in`` per word spares the pattern's scan of the text, which it tries at every
#: character; only for ASCII text, where the patterns' case-insensitive matching is ``lower()``.
_DIGITS = tuple("0123456789")
Needs = tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def _finder_patterns() -> tuple[tuple[re.Pattern[str], Needs], ...]:
    words = load_date_words()
    by_length = lambda ws: "|".join(sorted(ws, key=len, reverse=True))  # noqa: E731
    months = by_length(words.months)
    full_months = by_length(_full_month_names())
    weekdays = by_length(words.weekdays)
    numbers = by_length(words.numbers)
    mod = r"(?:(?:early|late|earlier|later|mid-?|around|about)\s+(?:on\s+|in\s+)?)?"
    period_of = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|night|morning|evening|afternoon|"
                 r"early\s+hours|small\s+hours|first\s+half|second\s+half)\s+of\s+)?")
    pre = mod + period_of
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|2[01]\d\d)"
    part = r"(?:\s+(?:morning|afternoon|evening|night))?"
    cue = r"(?:in|since|during|from|until|till|by|through|of|before|after)"
    month_words, full_words = _spelled(words.months), _spelled(_full_month_names())
    digits: Needs = (_DIGITS,)
    sources: list[tuple[str, Needs]] = [
        (r"\d{4}-\d{2}-\d{2}", digits),
        (rf"{pre}(?:(?:{weekdays}),?\s+)?(?:{months})\.?\s+{day}(?:,?\s+{year})?(?![\d:])",
         _need(_DIGITS, month_words)),
        (rf"{pre}(?:(?:{weekdays}),?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?(?:{months})\b\.?(?:,?\s+{year})?",
         _need(_DIGITS, month_words)),
        (rf"{pre}(?:{months})\.?,?\s+(?:of\s+)?{year}", _need(_DIGITS, month_words)),
        (rf"{pre}(?:{full_months})\s+(?:last|this|next)\s+year", _need(full_words, ("year",))),
        (rf"\b{cue}\s+(?P<x>{pre}(?:(?:last|next|this)\s+)?(?:{full_months}))\b", _need(full_words)),
        (rf"(?P<x>(?:early|late|mid-?|last|next)\s*(?:{full_months}))\b", _need(full_words)),
        (rf"\b{cue}\s+(?P<x>{pre}{year})(?![\w-])", digits),
        (rf"(?P<x>(?:early|late|mid-?)\s*{year})(?![\w-])", digits),
        (rf"{pre}(?:overnight\s+(?:on\s+|into\s+)?)?(?:(?:last|this|next)\s+)?(?:{weekdays}){part}",
         _need(_spelled(words.weekdays))),
        (rf"{pre}(?:(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday{part}"
         rf"|today|tonight|tomorrow{part}|last\s+night|last\s+evening|this\s+(?:morning|afternoon|evening)"
         rf"|overnight)", _need(_spelled(_DAY_PHRASE_WORDS))),
        (rf"(?:{numbers}|\d+)\s+(?:day|week|month|year)s?\s+ago", (("ago",),)),
        (rf"\bin\s+(?:{numbers}|\d+)\s+(?:day|week|month|year)s?'?\s+time", (("time",),)),
        (rf"{pre}(?:(?:last|this|next)\s+(?:week|month|year|weekend)|(?:over|at|during)\s+the\s+weekend)",
         (("week", "month", "year"),)),
        (_VAGUE_PAST_RE.pattern, (_DIGITS + ("ago",),)),
    ]
    return tuple((re.compile(rf"(?<![\w-])(?:{s})(?![\w])", re.IGNORECASE), needs) for s, needs in sources)


def _spelled(words) -> tuple[str, ...] | None:
    """The words of a list, if all are lower-case ASCII letters (so a word a pattern matches
    case-insensitively is in the lower-cased text); None otherwise."""
    ok = all(w.isascii() and w.isalpha() and w.islower() for w in words)
    return tuple(sorted(words)) if ok else None


def _need(*groups: tuple[str, ...] | None) -> Needs:
    """The groups, or no need at all when a group's words could not be told (``_spelled``)."""
    return () if any(g is None for g in groups) else tuple(g for g in groups if g is not None)


def _may_match(lowered: str | None, needs: Needs) -> bool:
    """False when ``lowered`` (an ASCII text, lower-cased; None: any other) lacks a word the pattern
    needs, so that the pattern cannot match in it."""
    return lowered is None or all(any(w in lowered for w in group) for group in needs)


def find_date_expressions(text: str) -> list[DateExpression]:
    """Date expressions in ``text`` that parse (or are a vague past), longest first on overlap,
    in text order."""
    found: list[tuple[int, int]] = []
    lowered = text.lower() if text.isascii() else None
    for pattern, needs in _finder_patterns():
        if not _may_match(lowered, needs):
            continue
        for m in pattern.finditer(text):
            group = "x" if "x" in pattern.groupindex else 0
            start, end = m.span(group)
            if end > start:
                found.append((start, end))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda se: (se[0] - se[1], se[0])):
        if any(start < k_end and k_start < end for k_start, k_end in kept):
            continue
        if text[end - 1] == "." and text[start:end - 1].split()[-1].lower() in _full_month_names():
            end -= 1          # "on 9 November." : the full stop ends the sentence
        span_text = text[start:end]
        if " ".join(span_text.lower().split()) == "this may":
            continue          # "this may take weeks"
        previous = text[:start].split()[-1:]
        if previous and previous[0].lower() in NAMED_DAY_WORDS:
            continue          # "Bloody Sunday" names an event, it does not date one
        if parse_date_expression(span_text, published=_PROBE_DATE) is None and not is_vague_past(span_text):
            continue
        kept.append((start, end))
    return [DateExpression(start=s, end=e, text=text[s:e]) for s, e in sorted(kept)]
