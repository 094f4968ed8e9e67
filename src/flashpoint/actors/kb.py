"""The actor knowledge base: dict indexes over countries, organisations, sector words, titles and
people, so that every lookup is O(1). Build it with ``loading.load_kb`` (the shipped data plus user
files) or ``loading.build_kb``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from ..nlp.normalise import norm_exact, norm_key
from .entries import Country, CountryAlias, NameHit, SectorWord, Title
from .roles import OrgPeriod, Person, period_on

#: Country of a place name the knowledge base does not know ("Samarra" -> ("IRQ", notable)), or
#: None; the gazetteer gives one (``flashpoint.geo.place_country.GazetteerCountry``).
PlaceLookup = Callable[[str], "tuple[str, bool] | None"]


@dataclass
class KnowledgeBase:
    """Every index the resolver needs."""

    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, CountryAlias] = field(default_factory=dict)  # norm_key -> alias
    country_abbrevs: dict[str, CountryAlias] = field(default_factory=dict)  # norm_exact -> alias
    orgs: dict[str, list[OrgPeriod]] = field(default_factory=dict)
    org_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm_key -> (alias, org)
    org_abbrevs: dict[str, str] = field(default_factory=dict)  # norm_exact -> org
    sector_nouns: dict[str, SectorWord] = field(default_factory=dict)
    sector_adjs: dict[str, SectorWord] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    person_names: dict[str, tuple[str, set[str]]] = field(default_factory=dict)  # key -> (alias, ids)
    surnames: dict[str, set[str]] = field(default_factory=dict)  # norm_exact surname -> ids
    max_tokens: int = 1
    files: list[str] = field(default_factory=list)
    #: Place names that are not countries or capitals ("Samarra", "Darfur") -> (ISO3 of the
    #: country they lie in, notable); None: such names are not looked up.
    places: PlaceLookup | None = None
    prefixes: set[str] = field(default_factory=set)  # every prefix of every key (norm_key form)
    #: Every key of the indexes ``lookup_normal`` reads by ``key`` (norm_key form), and by ``exact``
    #: (the abbreviations): a phrase in neither names nothing (the scan skips its lookup).
    names: set[str] = field(default_factory=set)
    exact_names: set[str] = field(default_factory=set)

    def lookup(self, text: str) -> list[NameHit]:
        """Every entry a phrase names, most specific kind first (person, org, country, title,
        sector noun, sector adjective)."""
        exact = norm_exact(text)
        if exact.lower().startswith("the "):
            exact = exact[4:]
        return self.lookup_normal(norm_key(text), exact)

    def is_prefix(self, key: str) -> bool:
        """True when some known name starts with ``key`` (a ``norm_key`` form): the n-gram
        scan stops growing a phrase as soon as this is False."""
        return key in self.prefixes

    def lookup_normal(self, key: str, exact: str) -> list[NameHit]:
        """``lookup`` for a phrase already in normal form (``norm_key`` and ``norm_exact``)."""
        hits: list[NameHit] = []
        person = self.person_names.get(key)
        if person:
            hits.append(NameHit(kind="person", alias=person[0], value=frozenset(person[1])))
        org = self.org_abbrevs.get(exact)
        if org:
            hits.append(NameHit(kind="org", alias=exact, value=org))
        elif key in self.org_names:
            alias, org = self.org_names[key]
            hits.append(NameHit(kind="org", alias=alias, value=org))
        country = self.country_abbrevs.get(exact)
        if country is None:
            country = self.country_names.get(key)
        if country is not None:
            hits.append(NameHit(kind="country", alias=country.alias, value=country))
        title = self.titles.get(key)
        if title is not None:
            hits.append(NameHit(kind="title", alias=title.title, value=title))
        for index in (self.sector_nouns, self.sector_adjs):
            word = index.get(key)
            if word is not None:
                hits.append(NameHit(kind="sector", alias=word.word, value=word))
        return hits

    def org_period(self, org: str, as_of: dt.date | None) -> OrgPeriod | None:
        """The status of an organisation on a date (None: its latest known status)."""
        return period_on(self.orgs.get(org) or [], as_of)

    def country_name(self, iso3: str) -> str | None:
        c = self.countries.get(iso3)
        return (c.short_name or c.name) if c else None
