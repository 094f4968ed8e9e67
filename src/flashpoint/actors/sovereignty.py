"""Places whose country changed on a known date: in an article written before South Sudan's
independence, Juba is a town of Sudan (and not yet a national capital). Places that were
annexed or occupied without recognition (Crimea, the Golan) keep the country they had.

One fact per row of ``data/country_successions.csv``: the ISO3 of the state the places belong
to now, the state they belonged to before, and the first day of the new state. Only names of
places (country names, capitals, other places, metonyms) follow this rule; demonyms do not
("Kosovar" names people, not a territory).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import msg
from ..resources.datafiles import data_path, read_csv
from .entries import CountryAlias
from .files import row_date

SUCCESSIONS_FILE = "country_successions.csv"


@dataclass(frozen=True)
class Succession:
    iso3: str  # the state the places belong to now
    before: str  # the state they belonged to until the day before ``since``
    since: dt.date  # first day of the new state (independence, or the end of the old rule)


def read_successions(path: str | Path | None = None) -> tuple[Succession, ...]:
    """Read and validate a successions file (columns iso3, before, since; a note is free text)."""
    path = Path(path) if path is not None else data_path(SUCCESSIONS_FILE)
    out: list[Succession] = []
    first: dict[str, int] = {}
    for row in read_csv(path, required=("iso3", "before", "since")):
        for column in ("iso3", "before"):
            if not re.fullmatch(r"[A-Z]{3}", row[column]):
                raise row.fail(msg("E216", column=column, value=row[column]))
        if row["iso3"] in first:
            raise row.fail(msg("E605", what="iso3", value=row["iso3"], first=first[row["iso3"]]))
        first[row["iso3"]] = row.line
        out.append(Succession(iso3=row["iso3"], before=row["before"], since=row_date(row, "since")))
    return tuple(out)


SUCCESSIONS: tuple[Succession, ...] = read_successions()
_BY_ISO3 = {s.iso3: s for s in SUCCESSIONS}

#: Alias kinds that name a territory (and so follow its sovereignty).
PLACE_KINDS = frozenset({"name", "capital", "place", "metonym"})


def state_on(iso3: str, as_of: dt.date | None) -> str:
    """The state a place of today's ``iso3`` belonged to on ``as_of`` (today's when undated)."""
    s = _BY_ISO3.get(iso3)
    if s is None or as_of is None or as_of >= s.since:
        return iso3
    return s.before


def dated_alias(alias: CountryAlias | None, as_of: dt.date | None) -> CountryAlias | None:
    """``alias`` as of the article date: a place of a state that did not exist yet is a place
    of its predecessor, and a capital of it is only a town (no GOV sector)."""
    if alias is None or alias.kind not in PLACE_KINDS:
        return alias
    state = state_on(alias.iso3, as_of)
    if state == alias.iso3:
        return alias
    kind = "place" if alias.kind == "capital" else alias.kind
    sector = None if alias.kind == "capital" else alias.sector
    return replace(alias, iso3=state, kind=kind, sector=sector)
