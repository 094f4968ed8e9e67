"""The actor knowledge base: countries, organisations, sector words, titles and people with dated
roles, loaded from the shipped CSV files (plus user files) into dict indexes so that every lookup
is O(1).

File formats: see the data files under ``flashpoint/data`` (one fact per row). A user file
(``--actors FILE``, CSV or YAML) uses the same columns; its kind is recognised from its header
(CSV) or its top-level key (YAML), and its rows add to or override the shipped entries (an
organisation or person it names gets exactly the periods or tenures the file gives). A YAML file::

    people:
      - {person_id: jean-dupont, name: Jean Dupont, nationality: FRA, role: Foreign Minister,
         country: FRA, sector: GOV, start: 2030-01-01}
    organisation_aliases:
      - {alias: WLF, org: WIDGETS}

Every row is validated while loading; a bad one raises ``DataFileError`` with file:line and the
reason (messages E201-E215), before anything is coded.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..resources.datafiles import Row, data_path, read_csv
from ..errors import DataFileError, msg

#: Sector codes (PLOVER/CAMEO) a data row may use.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PTY REB SPY UAF AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP REL SOC HLH "
    "UNK".split()
)
#: Country codes of non-state actors (used instead of an ISO alpha-3 code).
NON_STATE = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})
ALIAS_KINDS = frozenset({"name", "abbrev", "demonym", "capital", "metonym"})
ORG_KINDS = frozenset({"igo", "ngo", "armed", "party", "mnc", "media"})
SECTOR_WORD_KINDS = frozenset({"noun", "adj"})
TITLE_KINDS = frozenset({"head", "minister", "official", "military", "police", "judicial",
                         "legislative", "other", "former"})

#: The file kinds, their columns (the header identifies the kind of a user file) and shipped names.
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name", "short_name"),
    "country_aliases": ("alias", "iso3", "kind", "sector"),
    "organisations": ("org", "name", "kind", "country", "sector", "start", "end"),
    "organisation_aliases": ("alias", "org"),
    "sector_words": ("word", "sector", "kind"),
    "titles": ("title", "sector", "kind"),
    "people": ("person_id", "name", "nationality", "role", "country", "org", "sector", "start", "end"),
    "person_aliases": ("alias", "person_id"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name"),
    "country_aliases": ("alias", "iso3", "kind"),
    "organisations": ("org", "name", "kind", "country"),
    "organisation_aliases": ("alias", "org"),
    "sector_words": ("word", "sector", "kind"),
    "titles": ("title", "sector", "kind"),
    "people": ("person_id", "name", "nationality", "role"),
    "person_aliases": ("alias", "person_id"),
}
#: Shipped files in load order (later kinds refer to earlier ones).
SHIPPED: tuple[tuple[str, str], ...] = (
    ("countries", "countries.csv"),
    ("country_aliases", "country_aliases.csv"),
    ("organisations", "organisations.csv"),
    ("organisation_aliases", "organisation_aliases.csv"),
    ("sector_words", "sector_words.csv"),
    ("titles", "titles.csv"),
    ("people", "people_leaders.csv"),
    ("people", "people_officials.csv"),
    ("person_aliases", "person_aliases.csv"),
)
#: YAML keys that name a file kind by its shipped file name or spelling.
YAML_KEYS = {"people_leaders": "people", "people_officials": "people", "organizations": "organisations",
             "organization_aliases": "organisation_aliases"}
KIND_ORDER = ("countries", "country_aliases", "organisations", "organisation_aliases",
              "sector_words", "titles", "people", "person_aliases")

#: Curly quotes become straight ones; hyphens and dashes become spaces, so that "al-Qaeda" and
#: "al Qaeda", "Secretary-General" and "Secretary General" are one key.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"', "\u2013": " ", "\u2014": " ",
                              "\u2010": " ", "\u2011": " ", "-": " "})
_SPACES = re.compile(r"\s+")
_TOKENS = re.compile(r"\w+|[^\w\s]")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_piece(text: str) -> str:
    """``norm_exact`` without the spacing clean-up (for one token of a phrase built token by token)."""
    return strip_accents(text.translate(_APOSTROPHES))


def norm_spaces(text: str) -> str:
    return " ".join(text.split())


def norm_exact(text: str) -> str:
    """Case-preserving normal form (accents, apostrophes, dashes, spaces) for case-sensitive keys."""
    return norm_spaces(norm_piece(text))


def norm_key(text: str) -> str:
    """Case-insensitive normal form used as the key of every name index."""
    text = norm_exact(text).casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def token_count(text: str) -> int:
    """An upper bound of the number of spaCy tokens of a phrase (for the n-gram window)."""
    return max(1, len(_TOKENS.findall(text)))


def is_short_caps(alias: str) -> bool:
    """All-caps abbreviations of at most 4 letters ("UN", "U.N.", "IS", "AU") match case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    short_name: str


@dataclass(frozen=True)
class CountryAlias:
    alias: str
    iso3: str
    kind: str  # name | abbrev | demonym | capital | metonym
    sector: str | None


@dataclass(frozen=True)
class OrgPeriod:
    org: str
    name: str
    kind: str
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class SectorWord:
    word: str
    sector: str
    kind: str  # noun | adj


@dataclass(frozen=True)
class Title:
    title: str
    sector: str
    kind: str


@dataclass(frozen=True)
class Tenure:
    role: str
    country: str | None
    org: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    person_id: str
    name: str
    nationality: str
    tenures: list[Tenure] = field(default_factory=list)
    #: Held an office whose title is of kind "head" (president, prime minister, king...): news
    #: names such people by surname alone, so a bare unique surname may resolve to them.
    head: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class NameHit:
    """One way a phrase is known: ``kind`` is country | org | person | title | sector."""

    kind: str
    alias: str  # the form as written in the data file (its case says if a match must be capitalised)
    value: object  # CountryAlias | str (org code) | frozenset[str] (person ids) | Title | SectorWord


@dataclass
class KnowledgeBase:
    """Every index the resolver needs; build it with ``load_kb``."""

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
    #: Optional place lookup (name -> (ISO3 of the country it lies in, notable)) for place names
    #: that are not countries or capitals ("Samarra", "Darfur"); ``load_kb`` uses the gazetteer.
    places: Callable[[str], tuple[str, bool] | None] | None = None
    prefixes: set[str] = field(default_factory=set)  # every prefix of every key (norm_key form)

    # -- lookups (all O(1)) -------------------------------------------------------------------
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
            hits.append(NameHit("person", person[0], frozenset(person[1])))
        org = self.org_abbrevs.get(exact)
        if org:
            hits.append(NameHit("org", exact, org))
        elif key in self.org_names:
            alias, org = self.org_names[key]
            hits.append(NameHit("org", alias, org))
        country = self.country_abbrevs.get(exact)
        if country is None:
            country = self.country_names.get(key)
        if country is not None:
            hits.append(NameHit("country", country.alias, country))
        if key in self.titles:
            hits.append(NameHit("title", self.titles[key].title, self.titles[key]))
        if key in self.sector_nouns:
            hits.append(NameHit("sector", self.sector_nouns[key].word, self.sector_nouns[key]))
        if key in self.sector_adjs:
            hits.append(NameHit("sector", self.sector_adjs[key].word, self.sector_adjs[key]))
        return hits

    def org_period(self, org: str, as_of: dt.date | None) -> OrgPeriod | None:
        """The status of an organisation on a date (None: its latest known status)."""
        periods = self.orgs.get(org)
        if not periods:
            return None
        if as_of is None:
            return periods[-1]
        for p in periods:
            if p.covers(as_of):
                return p
        return periods[0] if periods[0].start and as_of < periods[0].start else periods[-1]

    def country_name(self, iso3: str) -> str | None:
        c = self.countries.get(iso3)
        return (c.short_name or c.name) if c else None


# -- loading -------------------------------------------------------------------------------------

def _date(row: Row, column: str) -> dt.date | None:
    value = row.get(column)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise row.fail(msg("E201", column=column, value=value)) from None


def _sector(row: Row, column: str = "sector", *, allow_empty: bool = True) -> str | None:
    value = row.get(column)
    if not value:
        if allow_empty:
            return None
        raise row.fail(msg("E202", value=value, allowed=" ".join(sorted(SECTORS))))
    if value not in SECTORS:
        raise row.fail(msg("E202", value=value, allowed=" ".join(sorted(SECTORS))))
    return value


def _one_of(row: Row, column: str, allowed: frozenset[str]) -> str:
    value = row.get(column)
    if value not in allowed:
        raise row.fail(msg("E203", column=column, value=value, allowed=", ".join(sorted(allowed))))
    return value


def _dates(row: Row) -> tuple[dt.date | None, dt.date | None]:
    start, end = _date(row, "start"), _date(row, "end")
    if start and end and end < start:
        raise row.fail(msg("E204", start=start, end=end))
    return start, end


class _Builder:
    """Applies rows kind by kind; a later file's rows override earlier ones with the same key."""

    def __init__(self) -> None:
        self.kb = KnowledgeBase()
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
        country = Country(iso3, row["name"], row.get("short_name") or row["name"])
        self.kb.countries[iso3] = country
        for name in {country.name, country.short_name}:
            self.kb.country_names.setdefault(norm_key(name), CountryAlias(name, iso3, "name", None))
            self._window(name)

    def _country_code(self, row: Row, column: str, *, non_state: bool = False) -> str:
        value = row.get(column)
        if value in self.kb.countries or (non_state and value in NON_STATE):
            return value
        raise row.fail(msg("E206", value=value, column=column))

    def _country_aliases(self, row: Row, override: bool) -> None:
        alias = CountryAlias(row["alias"], self._country_code(row, "iso3"),
                             _one_of(row, "kind", ALIAS_KINDS), _sector(row))
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
        start, end = _dates(row)
        period = OrgPeriod(org, row["name"], _one_of(row, "kind", ORG_KINDS),
                           self._country_code(row, "country", non_state=True), _sector(row),
                           start, end)
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
        word = SectorWord(row["word"], _sector(row, allow_empty=False),
                          _one_of(row, "kind", SECTOR_WORD_KINDS))
        index = self.kb.sector_nouns if word.kind == "noun" else self.kb.sector_adjs
        index[norm_key(word.word)] = word
        self._window(word.word)

    def _titles(self, row: Row, override: bool) -> None:
        title = Title(row["title"], _sector(row, allow_empty=False), _one_of(row, "kind", TITLE_KINDS))
        self.kb.titles[norm_key(title.title)] = title
        self._window(title.title)

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
        start, end = _dates(row)
        tenure = Tenure(row["role"], country, org, _sector(row), start, end)
        person = self.kb.people.get(pid)
        if person is None:
            person = self.kb.people[pid] = Person(pid, row["name"], nationality)
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


#: Generational suffixes that end a name but are never used alone ("Martin Luther King Jr.").
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
#: Nationalities whose names news writes family name first ("Xi Jinping", "Moon Jae-in",
#: "Kim Jong Un", "Tsai Ing-wen"): the later mention is the first word ("Xi", "Moon").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR"})


def surname_forms(name: str, *, nationality: str | None = None) -> list[str]:
    """Surnames news uses alone for a later mention: the last word (not a suffix such as "Jr."
    or "III"), also without an Arabic article; the first word for family-name-first
    nationalities (it may be two letters: "Xi", "Li")."""
    parts = [p.rstrip(",") for p in name.split()]
    while len(parts) > 2 and parts[-1].casefold() in _NAME_SUFFIXES:
        parts = parts[:-1]
    if len(parts) < 2:
        return []
    first = parts[0]
    if (nationality in FAMILY_NAME_FIRST and 2 <= len(first) <= 5 and first[:1].isupper()
            and "-" not in first):
        return [first]  # a long first word is a Western given name: "Margaret Chan"
    last = parts[-1]
    forms = [last] if len(last) >= 3 and last.casefold() not in _NAME_SUFFIXES else []
    m = re.match(r"(?i)^(?:al|el|ad|as|ash|at|az)-(.{3,})$", last)
    if m:
        forms.append(m.group(1))
    return forms


def _kind_of_columns(columns: Iterable[str]) -> str | None:
    cols = set(columns)
    for kind in KIND_ORDER:
        if set(REQUIRED[kind]) <= cols and cols <= set(COLUMNS[kind]) | {"note", "notes", "source"}:
            return kind
    return None


def _csv_header(path: Path) -> list[str]:
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            if line.strip() and not line.lstrip().startswith("#"):
                return [c.strip() for c in next(csv.reader([line]))]
    return []


def _yaml_rows(path: Path) -> Iterator[tuple[str, Row]]:
    """Rows of a YAML user file: ``{kind: [ {column: value, ...}, ... ]}`` with line numbers."""
    import yaml

    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, msg("E211", detail=str(exc).replace("\n", " "))) from None
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        raise DataFileError(str(path), root.start_mark.line + 1,
                            msg("E212", kinds=", ".join(KIND_ORDER)))
    for key_node, value_node in root.value:
        kind = YAML_KEYS.get(str(key_node.value), str(key_node.value))
        if kind not in COLUMNS:
            raise DataFileError(str(path), key_node.start_mark.line + 1,
                                msg("E212", kinds=", ".join(KIND_ORDER)))
        if not isinstance(value_node, yaml.SequenceNode):
            raise DataFileError(str(path), value_node.start_mark.line + 1,
                                msg("E213", kind=kind))
        for item in value_node.value:
            line = item.start_mark.line + 1
            if not isinstance(item, yaml.MappingNode):
                raise DataFileError(str(path), line, msg("E213", kind=kind))
            values = {}
            for k, v in item.value:
                if not isinstance(v, yaml.ScalarNode):
                    raise DataFileError(str(path), v.start_mark.line + 1, msg("E213", kind=kind))
                values[str(k.value).strip()] = "" if v.value is None else str(v.value).strip()
            if values.get("sector", "").lower() == "null":
                values["sector"] = ""
            row = Row(str(path), line, {c: values.get(c, "") for c in COLUMNS[kind]})
            unknown = set(values) - set(COLUMNS[kind])
            if unknown:
                raise row.fail(msg("E214", columns=", ".join(sorted(unknown)), kind=kind))
            for c in REQUIRED[kind]:
                if not row.get(c):
                    raise row.fail(f"column {c!r} is empty")
            yield kind, row


def _file_rows(path: Path) -> Iterator[tuple[str, Row]]:
    """The rows of a user file with their kind (recognised from the CSV header or YAML keys)."""
    if not path.exists():
        raise DataFileError(str(path), None, msg("E603", path=path))
    if path.suffix.lower() in (".yaml", ".yml"):
        yield from _yaml_rows(path)
        return
    kind = _kind_of_columns(_csv_header(path))
    if kind is None:
        raise DataFileError(str(path), None, msg("E215", kinds="; ".join(
            f"{k}: {','.join(COLUMNS[k])}" for k in KIND_ORDER)))
    for row in read_csv(path, required=REQUIRED[kind]):
        yield kind, row


def build_kb(shipped: Iterable[tuple[str, Path]], extra_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """Build a knowledge base from (kind, path) shipped files and user files. Every file must exist
    (a missing shipped file is a broken install, not something to skip); every row is validated, and
    a bad row raises ``DataFileError`` with file:line."""
    builder = _Builder()
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
        extra_rows.extend(_file_rows(path))
        files.append(str(path))
    for kind in KIND_ORDER:
        for row_kind, row in extra_rows:
            if row_kind == kind:
                builder.add(kind, row, override=True)
    builder.index_people()
    builder.kb.files = files
    _index_prefixes(builder.kb)
    return builder.kb


def _index_prefixes(kb: KnowledgeBase) -> None:
    keys: list[str] = []
    for index in (kb.country_names, kb.org_names, kb.sector_nouns, kb.sector_adjs, kb.titles,
                  kb.person_names):
        keys.extend(index)
    keys.extend(k.casefold() for k in kb.country_abbrevs)
    keys.extend(k.casefold() for k in kb.org_abbrevs)
    prefixes = kb.prefixes
    for key in keys:
        for n in range(1, len(key) + 1):
            prefixes.add(key[:n])


def shipped_files() -> list[tuple[str, Path]]:
    return [(kind, data_path(name)) for kind, name in SHIPPED]


@lru_cache(maxsize=8)
def _load_cached(extra_files: tuple[str, ...]) -> KnowledgeBase:
    kb = build_kb(shipped_files(), extra_files)
    kb.places = GazetteerCountry()
    return kb


def _letters(name: str) -> str:
    """Letters only, lower case, no accents: "Sāmarrā’" and "Samarra" are the same name."""
    return "".join(c for c in norm_key(name) if c.isalpha())


class GazetteerCountry:
    """Country of a place name from the geo gazetteer, loaded on first use (so the knowledge base
    itself still loads in well under a second). Without context a name is only taken when its
    places lie in one country, or its largest place dwarfs those elsewhere ("Sydney"); an
    ambiguous name ("Victoria", "Toledo") gives None. Only places whose own name is the name
    looked up count (not looser alternate names)."""

    def __init__(self) -> None:
        self._gazetteer = None
        self._cache: dict[str, tuple[str, bool] | None] = {}

    def __getstate__(self) -> dict:
        return {"_gazetteer": None, "_cache": {}}  # a worker process loads its own gazetteer

    def __call__(self, name: str) -> tuple[str, bool] | None:
        if name not in self._cache:
            if self._gazetteer is None:
                from ..geo.gazetteer import load_gazetteer

                self._gazetteer = load_gazetteer()
            key = _letters(name)
            same_name = [c for c in self._gazetteer.candidates(name) if _letters(c.entry.name) == key]
            self._cache[name] = self._country(same_name)
        return self._cache[name]

    #: A city this big, or a region, is "notable": named alone it stands for its country.
    NOTABLE_POPULATION = 100_000

    @classmethod
    def _country(cls, candidates) -> tuple[str, bool] | None:
        primary = [c.entry for c in candidates if c.primary and c.entry.country] or \
            [c.entry for c in candidates if c.entry.country]
        largest: dict[str, int] = {}
        notable: dict[str, bool] = {}
        for e in primary:
            largest[e.country] = max(largest.get(e.country, 0), e.population or 0)
            notable[e.country] = notable.get(e.country, False) or e.feature != "city" \
                or (e.population or 0) >= cls.NOTABLE_POPULATION
        ranked = sorted(largest.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and any(e.feature != "city" for e in primary):
            return None  # "Victoria": a state here, a city there
        if len(ranked) == 1 or (ranked and ranked[0][1] >= 10 * max(ranked[1][1], 1)):
            return ranked[0][0], notable[ranked[0][0]]
        return None


def load_kb(extra_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base of the shipped data plus ``extra_files`` (cached per tuple of files)."""
    return _load_cached(tuple(str(p) for p in extra_files))
