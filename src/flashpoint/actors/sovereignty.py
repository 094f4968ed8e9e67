"""Places whose country changed on a known date: in an article written before South Sudan's
independence, Juba is a town of Sudan (and not yet a national capital). Places that were
annexed or occupied without recognition (Crimea, the Golan) keep the country they had.

One fact per row of ``SUCCESSIONS``: the ISO3 of the state the places belong to now, the
state they belonged to before, and the first day of the new state. Only names of places
(country names, capitals, other places, metonyms) follow this rule; demonyms do not
("Kosovar" names people, not a territory).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .entries import CountryAlias


@dataclass(frozen=True)
class Succession:
    iso3: str  # the state the places belong to now
    before: str  # the state they belonged to until the day before ``since``
    since: dt.date  # first day of the new state (independence, or the end of the old rule)


SUCCESSIONS: tuple[Succession, ...] = (
    Succession("BGD", "PAK", dt.date(1971, 12, 16)),  # end of the war of independence
    Succession("ERI", "ETH", dt.date(1993, 5, 24)),  # independence after the referendum
    Succession("MNE", "SRB", dt.date(2006, 6, 3)),  # declaration of independence
    Succession("NAM", "ZAF", dt.date(1990, 3, 21)),  # independence of South West Africa
    Succession("SSD", "SDN", dt.date(2011, 7, 9)),  # independence of South Sudan
    Succession("TLS", "IDN", dt.date(1999, 10, 25)),  # UN administration ends Indonesian rule
    Succession("XKX", "SRB", dt.date(2008, 2, 17)),  # declaration of independence
)
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
