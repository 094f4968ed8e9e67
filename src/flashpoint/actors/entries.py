"""What the knowledge base knows, one record per fact: countries and their names, sector words,
titles, and the ``NameHit`` a lookup returns. Dated facts (organisation periods, people and
their offices) are in ``roles``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    short_name: str


@dataclass(frozen=True)
class CountryAlias:
    alias: str
    iso3: str
    kind: str  # name | abbrev | demonym | capital | metonym (| place: a place standing for it)
    sector: str | None


@dataclass(frozen=True)
class SectorWord:
    word: str
    sector: str | None  # None: an ethnic or religious adjective, whose noun gives the sector
    kind: str  # noun | adj


@dataclass(frozen=True)
class Title:
    title: str
    sector: str
    kind: str


@dataclass(frozen=True)
class NameHit:
    """One way a phrase is known: ``kind`` is country | org | person | title | sector."""

    kind: str
    alias: str  # the form as written in the data file (its case says if a match must be capitalised)
    value: object  # CountryAlias | str (org code) | frozenset[str] (person ids) | Title | SectorWord
