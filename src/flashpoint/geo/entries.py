"""The gazetteer's records: a place (``Entry``) and one reading of a name (``Candidate``).

Their own module because both the index (``gazetteer``) and the scoring of readings (``resolve``)
use them, and the index ranks with ``resolve``: the types sit below both.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Place

#: Feature types of gazetteer entries, and the precision of a place of each type.
FEATURES = ("country", "admin1", "city", "region", "sea")
PRECISION = {"country": "country", "admin1": "admin1", "city": "city", "region": "region", "sea": "region"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place (stored as a plain tuple in the cache)."""

    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    capital: bool
    own: bool  # from our own data file (curated)

    def to_place(self, text: str | None = None, span: tuple[int, int] | None = None) -> Place:
        return Place(text=text if text is not None else self.name, name=self.name,
                     country=self.country, admin1=self.admin1, lat=self.lat, lon=self.lon,
                     geonameid=self.geonameid, precision=PRECISION[self.feature], source="sentence",
                     span=span, feature=self.feature)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry a name may refer to; ``primary`` is False when only an alternate name matched,
    ``alias`` True when the name is one of our curated aliases ("Gaza" is the Gaza Strip)."""

    id: int
    entry: Entry
    primary: bool
    alias: bool = False
