"""The words of date expressions (months, weekdays, number words), loaded from ``date_words.csv``.

Kept as data so a reviewer can see every word the date finder reacts to, and so adding an
abbreviation is a one-row change.
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

#: kind -> inclusive range of its values.
KINDS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "month": (1, 12),
    "weekday": (0, 6),   # 0 = Monday, as datetime.date.weekday()
    "number": (1, 100),
})


@dataclass(frozen=True)
class DateWords:
    """Lower-case word -> value, one mapping per kind."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]


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
    return DateWords(months=MappingProxyType(tables["month"]),
                     weekdays=MappingProxyType(tables["weekday"]),
                     numbers=MappingProxyType(tables["number"]))


@lru_cache(maxsize=1)
def load_date_words() -> DateWords:
    """The shipped date words, read once per process."""
    return read_date_words(data_path(DATE_WORDS_FILE))
