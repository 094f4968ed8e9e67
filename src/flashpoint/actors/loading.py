"""Loading the knowledge base: the shipped CSV files, then user files, row by row into the indexes
of ``KnowledgeBase``.

A user file's rows add to or override the shipped entries (an organisation or person it names
gets exactly the periods or tenures the file gives). Every row is validated while loading; a bad
one raises ``DataFileError`` with file:line and the reason, before anything is coded.

The knowledge base is handed its place lookup (place name -> country) when it is built:
``load_kb`` gives it the gazetteer's, ``build_kb(places=...)`` any other or none.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..errors import msg
from ..geo.gazetteer import load_gazetteer
from ..geo.place_country import GazetteerCountry
from ..nlp.normalise import norm_exact, norm_key
from ..ontology.codes import NON_STATE_CODES
from ..resources.datafiles import Row, read_csv
from ..resources.words import word_list
from .entries import Country, CountryAlias, SectorWord, Title
from .files import (ALIAS_KINDS, GROUP_KINDS, KIND_ORDER, ORG_KINDS, REQUIRED, SECTOR_WORD_KINDS,
                    TITLE_KINDS, row_dates, row_one_of, row_sector, shipped_files, user_file_rows)
from .kb import KnowledgeBase, PlaceLookup
from .names import is_short_caps, surname_forms, token_count
from .roles import OrgPeriod, Person, Tenure


class _Builder:
    """Applies rows kind by kind; a later file's rows override earlier ones with the same key."""

    def __init__(self, *, places: PlaceLookup | None) -> None:
        self.kb = KnowledgeBase(places=places)
        self.replaced_orgs: set[str] = set()
        self.replaced_people: set[str] = set()

    def _window(self, alias: str) -> None:
        self.kb.max_tokens = max(self.kb.max_tokens, token_count(alias))

    def add(self, kind: str, row: Row, *, override: bool) -> None:
        getattr(self, "_" + kind)(row, override)

    def _countries(self, row: Row, override: bool) -> None:
        iso3 = row["iso3"]
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise row.fail(msg("E205", value=iso3))
        country = Country(iso3=iso3, name=row["name"], short_name=row.get("short_name") or row["name"])
        self.kb.countries[iso3] = country
        for name in {country.name, country.short_name}:
            self.kb.country_names.setdefault(
                norm_key(name), CountryAlias(alias=name, iso3=iso3, kind="name", sector=None))
            self._window(name)

    def _country_code(self, row: Row, column: str, *, non_state: bool = False) -> str:
        value = row.get(column)
        if value in self.kb.countries or (non_state and value in NON_STATE_CODES):
            return value
        raise row.fail(msg("E206", value=value, column=column))

    def _country_aliases(self, row: Row, override: bool) -> None:
        alias = CountryAlias(alias=row["alias"], iso3=self._country_code(row, "iso3"),
                             kind=row_one_of(row, "kind", allowed=ALIAS_KINDS), sector=row_sector(row))
        if alias.kind == "abbrev":
            self.kb.country_abbrevs[norm_exact(alias.alias)] = alias
        else:
            self.kb.country_names[norm_key(alias.alias)] = alias
        self._window(alias.alias)

    def _organisations(self, row: Row, override: bool) -> None:
        org = row["org"]
        if override and org not in self.replaced_orgs:
            self.kb.orgs.pop(org, None)  # a user file restates all periods of an org it names
            self.replaced_orgs.add(org)
        start, end = row_dates(row)
        period = OrgPeriod(org=org, name=row["name"], kind=row_one_of(row, "kind", allowed=ORG_KINDS),
                           country=self._country_code(row, "country", non_state=True),
                           sector=row_sector(row), start=start, end=end)
        periods = self.kb.orgs.setdefault(org, [])
        periods.append(period)
        periods.sort(key=lambda p: p.start or dt.date.min)
        for name in (period.name,):
            self.kb.org_names.setdefault(norm_key(name), (name, org))
            self._window(name)

    def _organisation_aliases(self, row: Row, override: bool) -> None:
        alias, org = row["alias"], row["org"]
        if org not in self.kb.orgs:
            raise row.fail(msg("E207", value=org))
        if is_short_caps(alias):
            self.kb.org_abbrevs[norm_exact(alias)] = org
        else:
            self.kb.org_names[norm_key(alias)] = (alias, org)
        self._window(alias)

    def _sector_words(self, row: Row, override: bool) -> None:
        word = SectorWord(word=row["word"], sector=row_sector(row),
                          kind=row_one_of(row, "kind", allowed=SECTOR_WORD_KINDS))
        index = self.kb.sector_nouns if word.kind == "noun" else self.kb.sector_adjs
        index[norm_key(word.word)] = word
        self._window(word.word)

    def _titles(self, row: Row, override: bool) -> None:
        title = Title(title=row["title"], sector=row_sector(row, allow_empty=False),
                      kind=row_one_of(row, "kind", allowed=TITLE_KINDS))
        self.kb.titles[norm_key(title.title)] = title
        self._window(title.title)

    def _groups(self, row: Row, override: bool) -> None:
        """An ethnic or religious group: with a home country, a demonym of it ("Rohingya" -> MMR);
        without, a sector word whose country comes from the story ("Kurdish", "Hindus")."""
        row_one_of(row, "kind", allowed=GROUP_KINDS)
        form = row_one_of(row, "form", allowed=SECTOR_WORD_KINDS)
        name, sector = row["group"], row_sector(row)
        if row.get("country"):
            alias = CountryAlias(alias=name, iso3=self._country_code(row, "country"), kind="demonym",
                                 sector=sector)
            self.kb.country_names[norm_key(name)] = alias
        else:
            word = SectorWord(word=name, sector=sector, kind=form)
            (self.kb.sector_nouns if form == "noun" else self.kb.sector_adjs)[norm_key(name)] = word
        self._window(name)

    def _people(self, row: Row, override: bool) -> None:
        pid = row["person_id"]
        if override and pid not in self.replaced_people:
            self.kb.people.pop(pid, None)
            self.replaced_people.add(pid)
        nationality = self._country_code(row, "nationality")
        country = self._country_code(row, "country") if row.get("country") else None
        org = row.get("org") or None
        if country is None and org is None:
            raise row.fail(msg("E208"))
        start, end = row_dates(row)
        tenure = Tenure(role=row["role"], country=country, org=org, sector=row_sector(row), start=start,
                        end=end)
        person = self.kb.people.get(pid)
        if person is None:
            person = self.kb.people[pid] = Person(person_id=pid, name=row["name"], nationality=nationality)
        elif person.name != row["name"] or person.nationality != nationality:
            raise row.fail(msg("E209", pid=pid, name=person.name, nationality=person.nationality))
        person.tenures.append(tenure)
        person.tenures.sort(key=lambda t: t.start or dt.date.min)

    def _person_aliases(self, row: Row, override: bool) -> None:
        pid = row["person_id"]
        if pid not in self.kb.people:
            raise row.fail(msg("E210", value=pid))
        self._person_name(row["alias"], pid, replace=True)

    def _person_name(self, name: str, pid: str, *, replace: bool = False) -> None:
        key = norm_key(name)
        entry = self.kb.person_names.get(key)
        if entry is None or replace:
            self.kb.person_names[key] = (name, {pid})
        else:
            entry[1].add(pid)
        self._window(name)

    def index_people(self) -> None:
        """Full names and derived surnames ("al-Assad" also gives "Assad")."""
        heads = {key for key, t in self.kb.titles.items() if t.kind == "head"}
        for pid, person in self.kb.people.items():
            for t in person.tenures:
                words = norm_key(t.role).split()
                if words and {" ".join(words), words[0], words[-1]} & heads:
                    person.head = True
            key = norm_key(person.name)
            if key not in self.kb.person_names or pid not in self.kb.person_names[key][1]:
                self._person_name(person.name, pid)
            for surname in surname_forms(person.name, nationality=person.nationality):
                self.kb.surnames.setdefault(norm_exact(surname), set()).add(pid)

    def index_title_plurals(self) -> None:
        """'was criticised by some commanders', 'governors of three states': the plural of a
        title names a group of its sector, as the sector words do ("officials", "MPs"); a sector
        word of that form, if any, wins."""
        for key, title in list(self.kb.titles.items()):
            if "." in key or " of " in key or key in _NO_GROUP_TITLES:
                continue  # "Gen.", "head of state": no plural of their own; "speakers" at a rally
            plural = title_plural(key)
            if plural not in self.kb.sector_nouns and plural not in self.kb.titles:
                self.kb.sector_nouns[plural] = SectorWord(word=plural, sector=title.sector, kind="noun")
                self._window(plural)

    def index_prefixes(self) -> None:
        """Every prefix of every key, so the n-gram scan knows when to stop growing a phrase, and
        every key itself, so that it looks up only a phrase that names something."""
        kb = self.kb
        keys: list[str] = []
        for index in (kb.country_names, kb.org_names, kb.sector_nouns, kb.sector_adjs, kb.titles,
                      kb.person_names):
            keys.extend(index)
        kb.names.update(keys)
        kb.exact_names.update(kb.country_abbrevs)
        kb.exact_names.update(kb.org_abbrevs)
        keys.extend(k.casefold() for k in kb.country_abbrevs)
        keys.extend(k.casefold() for k in kb.org_abbrevs)
        prefixes = kb.prefixes
        for key in keys:
            for n in range(1, len(key) + 1):
                prefixes.add(key[:n])


#: Titles whose plural is no group of their sector ("speakers" at a rally, team "captains").
_NO_GROUP_TITLES = word_list("actors_no_group_titles")


def title_plural(key: str) -> str:
    """The plural of a title's last word, by the regular rules of English ("commander" ->
    "commanders", "spokesman" -> "spokesmen", "deputy" -> "deputies", "boss" -> "bosses")."""
    if key.endswith("man"):
        return key[:-3] + "men"
    if key.endswith("y") and len(key) > 1 and key[-2] not in "aeiou":
        return key[:-1] + "ies"
    if re.search(r"(?:s|sh|(?<!ar)ch|x)$", key):  # a sibilant, not "monarch"
        return key + "es"
    return key + "s"


def build_kb(shipped: Iterable[tuple[str, Path]], extra_files: Iterable[str | Path] = (), *,
             places: PlaceLookup | None = None) -> KnowledgeBase:
    """Build a knowledge base from (kind, path) shipped files and user files, with ``places`` as
    its place lookup (None: place names are not looked up). Every file must exist (a missing
    shipped file is a broken install, not something to skip); every row is validated, and a bad
    row raises ``DataFileError`` with file:line."""
    builder = _Builder(places=places)
    files: list[str] = []
    for kind, path in shipped:
        path = Path(path)
        files.append(str(path))
        for row in read_csv(path, required=REQUIRED[kind]):
            builder.add(kind, row, override=False)
    # User rows are applied after the shipped ones, kind by kind (so aliases can name new entries).
    extra_rows: list[tuple[str, Row]] = []
    for path in extra_files:
        path = Path(path)
        extra_rows.extend(user_file_rows(path))
        files.append(str(path))
    for kind in KIND_ORDER:
        for row_kind, row in extra_rows:
            if row_kind == kind:
                builder.add(kind, row, override=True)
    builder.index_people()
    builder.index_title_plurals()
    builder.kb.files = files
    builder.index_prefixes()
    return builder.kb


@lru_cache(maxsize=8)
def _load_cached(extra_files: tuple[str, ...]) -> KnowledgeBase:
    return build_kb(shipped_files(), extra_files, places=GazetteerCountry(load_gazetteer))


def load_kb(extra_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base of the shipped data plus ``extra_files`` (cached per tuple of files),
    with the gazetteer as its place lookup (loaded on first use)."""
    return _load_cached(tuple(str(p) for p in extra_files))
