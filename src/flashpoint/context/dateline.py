"""The place and country of a dateline ("NAIROBI, Kenya (AP) —" -> Nairobi, KEN), from the
gazetteer. Its shape is found before the parser (``flashpoint.nlp.dateline``); here the place is
looked up: the region after it ("Kenya", "Texas") when given, else the place alone when its name
points to one country (``geo.place_country.country_of``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..geo.gazetteer import Gazetteer
from ..geo.place_country import country_of
from ..nlp.dateline import DatelineShape

#: Features of the gazetteer a region after a dateline's city can be.
_REGION_FEATURES = frozenset({"country", "admin1"})


@dataclass(frozen=True)
class Dateline:
    """A dateline read: its span (character offsets of the whole dateline), the place as written
    and the country it lies in (None when the name is ambiguous or unknown)."""

    span: tuple[int, int]
    place: str
    place_span: tuple[int, int]
    country: str | None
    agency: str | None = None


def read_dateline(shape: DatelineShape, text: str, *, gazetteer: Gazetteer) -> Dateline:
    """The country of a dateline's place: its region's country when the region is a country or a
    first-level area; else the place's, when the place name is unambiguous."""
    place = text[shape.place_start:shape.place_end]
    country = None
    if shape.region_start is not None:
        region = text[shape.region_start:shape.region_end]
        found = country_of(c for c in gazetteer.candidates(region) if c.entry.feature in _REGION_FEATURES)
        country = found[0] if found else None
    if country is None:
        found = country_of(gazetteer.candidates(place))
        country = found[0] if found else None
    return Dateline(span=(shape.start, shape.end), place=place, place_span=(shape.place_start, shape.place_end),
                    country=country, agency=shape.agency)
