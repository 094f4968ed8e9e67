"""The words of date expressions (months, weekdays, number words), loaded from ``date_words.csv``,
and the fixed phrases ("yesterday", "last night") with their day, from ``date_phrases.csv``.

Kept as data so a reviewer can see every word the date finder reacts to, and so adding an
abbreviation is a one-row change. The other words of date expressions (fillers, units, bounds...)
are word lists ``dates_*`` of ``words.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..resources.datafiles import Row, data_path, read_csv
from ..errors import msg

DATE_WORDS_FILE = "date_words.csv"
DATE_PHRASES_FILE = "date_phrases.csv"

#: kind -> inclusive range of its values.
KINDS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "month": (1, 12),          # a full month name: "March"
    "month_abbrev": (1, 12),   # "Mar", "Sept"
    "weekday": (0, 6),   # 0 = Monday, as datetime.date.weekday()
    "number": (1, 100),
})


#: How far a fixed phrase may lie from publication, in days.
MAX_PHRASE_DAYS = 7


@dataclass(frozen=True)
class DateWords:
    """Lower-case word -> value, one mapping per kind; ``months`` has the full names and the
    abbreviations, ``full_months`` the full names only."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    full_months: frozenset[str]


def _check(row: Row) -> None:
    kind = row["kind"]
    if kind not in KINDS:
        raise row.fail(msg("E501", value=kind, available=", ".join(KINDS)))
    low, high = KINDS[kind]
    value = row["value"]
    if not value.isdigit() or not low <= int(value) <= high:
        raise row.fail(msg("E502", value=value, low=low, high=high, kind=kind))
    word = row["word"]
    if not (word.isalpha() and word == word.lower()):
        raise row.fail(msg("E504", value=word))


def read_date_words(path: str | Path) -> DateWords:
    """Read and validate a date-words file (columns word, kind, value)."""
    tables: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    first_line: dict[str, int] = {}
    for row in read_csv(path, required=("word", "kind", "value"), check=_check):
        word = row["word"]
        if word in first_line:
            raise row.fail(msg("E503", value=word, first=first_line[word]))
        first_line[word] = row.line
        tables[row["kind"]][word] = int(row["value"])
    return DateWords(months=MappingProxyType(tables["month"] | tables["month_abbrev"]),
                     weekdays=MappingProxyType(tables["weekday"]),
                     numbers=MappingProxyType(tables["number"]),
                     full_months=frozenset(tables["month"]))


@lru_cache(maxsize=1)
def load_date_words() -> DateWords:
    """The shipped date words, read once per process."""
    return read_date_words(data_path(DATE_WORDS_FILE))


def read_date_phrases(path: str | Path) -> Mapping[str, tuple[int, int]]:
    """Read and validate a date-phrases file (columns phrase, past, future): phrase -> (day
    relative to publication for a past event, for a planned event)."""
    phrases: dict[str, tuple[int, int]] = {}
    first_line: dict[str, int] = {}
    for row in read_csv(path, required=("phrase", "past", "future")):
        phrase = row["phrase"]
        if phrase != " ".join(phrase.split()) or not phrase.replace(" ", "").isalpha() \
                or phrase != phrase.lower():
            raise row.fail(msg("E506", value=phrase))
        if phrase in first_line:
            raise row.fail(msg("E605", what="phrase", value=phrase, first=first_line[phrase]))
        days = []
        for column in ("past", "future"):
            value = row[column]
            try:
                day = int(value)
            except ValueError:
                day = None
            if day is None or abs(day) > MAX_PHRASE_DAYS:
                raise row.fail(msg("E507", column=column, value=value, limit=MAX_PHRASE_DAYS))
            days.append(day)
        first_line[phrase] = row.line
        phrases[phrase] = (days[0], days[1])
    return MappingProxyType(phrases)


@lru_cache(maxsize=1)
def load_date_phrases() -> Mapping[str, tuple[int, int]]:
    """The shipped fixed phrases, read once per process."""
    return read_date_phrases(data_path(DATE_PHRASES_FILE))
