"""Militias that were a state's forces for a time (``data/aligned_forces.csv``).

"Afghan militiamen stormed the caves" in December 2001: the words make them rebels (REB), but
they fought for the interim administration, and coders code them as Afghanistan's military. A
dated row says so for a country, the head nouns of such groups and a period; a group named by
its kind and its state ("Afghan militiamen", not "Taliban fighters", a named body) whose head noun
is one of them, in an article of that period, takes the row's sector. Outside the period, or with
no date, nothing changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..errors import msg
from ..resources.datafiles import data_path, read_csv
from .files import row_date, row_sector

ALIGNED_FILE = "aligned_forces.csv"
#: The sector a row takes a group out of: groups the words made rebels.
REBEL_SECTOR = "REB"


@dataclass(frozen=True)
class AlignedForces:
    country: str
    words: frozenset[str]
    start: dt.date
    end: dt.date
    sector: str


def read_aligned(path: str | Path | None = None) -> tuple[AlignedForces, ...]:
    """The rows of ``aligned_forces.csv``; a bad row raises ``DataFileError`` with file:line."""
    path = Path(path) if path is not None else data_path(ALIGNED_FILE)
    rows: list[AlignedForces] = []
    previous = None
    for row in read_csv(path, required=("country", "word", "start", "end", "sector")):
        country = row["country"]
        if len(country) != 3 or not country.isalpha() or not country.isupper():
            raise row.fail(msg("E216", column="country", value=country))
        start, end = row_date(row, "start"), row_date(row, "end")
        if end < start:
            raise row.fail(msg("E204", end=end, start=start))
        key = (country, start)
        if previous is not None and key < previous:
            raise row.fail(msg("E217", value=f"{country} {start}", previous=f"{previous[0]} {previous[1]}"))
        previous = key
        words = frozenset(w.strip().lower() for w in row["word"].split("|") if w.strip())
        rows.append(AlignedForces(country=country, words=words, start=start, end=end,
                                  sector=row_sector(row, allow_empty=False)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _shipped() -> tuple[AlignedForces, ...]:
    return read_aligned()


def aligned_forces(doc, mentions: list, *, as_of: dt.date | None, rows: tuple[AlignedForces, ...] | None = None) -> list:
    """``mentions`` with the groups a row of the period makes a state's forces re-sectored."""
    if as_of is None:
        return mentions
    rows = _shipped() if rows is None else rows
    live = [r for r in rows if r.start <= as_of <= r.end]
    if not live:
        return mentions
    out = []
    for m in mentions:
        a = m.actor
        row = next((r for r in live if a.country == r.country and doc[m.head].lower_ in r.words), None)
        if row is not None and a.org is None and a.name is None and list(a.sectors or ()) == [REBEL_SECTOR]:
            m = replace(m, actor=replace(a, sectors=[row.sector], code=a.country + row.sector))
        out.append(m)
    return out
