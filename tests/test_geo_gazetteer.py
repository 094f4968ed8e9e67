"""Gazetteer: names to places without context, data files, the on-disk cache."""

from __future__ import annotations

import csv

import pytest

from flashpoint.resources.datafiles import data_path
from flashpoint.errors import DataFileError
from flashpoint.geo import gazetteer as G
from flashpoint.geo.gazetteer import load_gazetteer, normalise


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# name, expected name, country, precision
LOOKUPS = [
    ("Kyiv", "Kyiv", "UKR", "city"),
    ("Kiev", "Kyiv", "UKR", "city"),
    ("Kharkiv", "Kharkiv", "UKR", "city"),
    ("Kharkov", "Kharkiv", "UKR", "city"),
    ("Odessa", "Odesa", "UKR", "city"),
    ("Lugansk", "Luhansk", "UKR", "city"),
    ("Kherson", "Kherson", "UKR", "city"),
    ("Donetsk", "Donetsk", "UKR", "city"),
    ("Donetsk Oblast", "Donetsk Oblast", "UKR", "admin1"),
    ("Crimea", "Crimea", "UKR", "admin1"),
    ("the Crimean Peninsula", "Crimea", "UKR", "admin1"),
    ("Donbas", "Donbas", "UKR", "region"),
    ("Donbass", "Donbas", "UKR", "region"),
    ("Gaza", "Gaza Strip", "PSE", "admin1"),
    ("the Gaza Strip", "Gaza Strip", "PSE", "admin1"),
    ("Gaza City", "Gaza", "PSE", "city"),
    ("the West Bank", "West Bank", "PSE", "admin1"),
    ("South China Sea", "South China Sea", None, "region"),
    ("the Strait of Hormuz", "Strait of Hormuz", None, "region"),
    ("Straits of Hormuz", "Strait of Hormuz", None, "region"),
    ("Taiwan Strait", "Taiwan Strait", None, "region"),
    ("the Red Sea", "Red Sea", None, "region"),
    ("Gulf of Aden", "Gulf of Aden", None, "region"),
    ("the Black Sea", "Black Sea", None, "region"),
    ("Georgia", "Georgia", "GEO", "country"),
    ("Washington", "Washington", "USA", "city"),
    ("Moscow", "Moscow", "RUS", "city"),
    ("Paris", "Paris", "FRA", "city"),
    ("Tripoli", "Tripoli", "LBY", "city"),
    ("Ukraine", "Ukraine", "UKR", "country"),
    ("Russia", "Russia", "RUS", "country"),
    ("the United States", "United States", "USA", "country"),
    ("U.S.", "United States", "USA", "country"),
    ("Britain", "United Kingdom", "GBR", "country"),
    ("Burma", "Myanmar", "MMR", "country"),
    ("Kosovo", "Kosovo", "XKX", "country"),
    ("Darfur", "Darfur", "SDN", "region"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE", "region"),
    ("Nagorno Karabakh", "Nagorno-Karabakh", "AZE", "region"),
    ("Tigray", "Tigray", "ETH", "admin1"),
    ("Kashmir", "Kashmir", None, "region"),
    ("the Sahel", "Sahel", None, "region"),
    ("Iraqi Kurdistan", "Kurdistan Region", "IRQ", "admin1"),
    ("Texas", "Texas", "USA", "admin1"),
    ("Sao Paulo", "São Paulo", "BRA", "city"),
    ("Khan Younis", "Khān Yūnis", "PSE", "city"),
    ("Aleppo", "Aleppo", "SYR", "city"),
]


@pytest.mark.parametrize("name,expected,country,precision", LOOKUPS)
def test_lookup_without_context(gaz, name, expected, country, precision):
    place = gaz.best(name)
    assert place is not None, name
    assert (place.name, place.country, place.precision) == (expected, country, precision)
    assert place.text == name


@pytest.mark.parametrize("name", ["Qwertyville", "Narnia", "Mordor", ""])
def test_unknown_names(gaz, name):
    assert gaz.best(name) is None


def test_places_have_coordinates_where_known(gaz):
    for name in ("Kyiv", "Ukraine", "Crimea", "South China Sea", "Georgia", "Texas"):
        p = gaz.best(name)
        assert p.lat is not None and p.lon is not None, name
    assert gaz.best("Kyiv").geonameid == 703448


def test_city_admin1_from_our_codes(gaz):
    assert gaz.best("Donetsk").admin1 == "Donetsk Oblast"
    assert gaz.best("Atlanta").admin1 == "Georgia"


def test_donetsk_has_a_russian_reading(gaz):
    countries = {p.country for p in gaz.lookup("Donetsk")}
    assert {"UKR", "RUS"} <= countries


def test_georgia_has_a_state_reading(gaz):
    assert [(p.country, p.precision) for p in gaz.lookup("Georgia")][:2] == [("GEO", "country"),
                                                                            ("USA", "admin1")]


@pytest.mark.parametrize("raw,key", [
    ("The West Bank", "west bank"),
    ("Kyïv", "kyiv"),
    ("Nagorno-Karabakh", "nagorno karabakh"),
    ("Kharkiv's", "kharkiv"),
    ("  South   China Sea ", "south china sea"),
])
def test_normalise(raw, key):
    assert normalise(raw) == key


# -- data files --------------------------------------------------------------------------------

def _data_rows(name):
    with data_path(name).open(encoding="utf-8") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines))


def test_places_file_sorted_and_valid():
    rows = _data_rows("places.csv")
    keys = [(r["country"], r["name"]) for r in rows]
    assert keys == sorted(keys)
    assert len(G.read_places()) == len(rows)
    assert len({(r["country"], r["name"]) for r in rows}) == len(rows)


def test_aliases_file_sorted_and_valid():
    rows = _data_rows("place_aliases.csv")
    keys = [r["alias"].lower() for r in rows]
    assert keys == sorted(keys)
    assert len(G.read_aliases()) == len(rows)


def test_centroids_file_sorted_and_valid():
    rows = _data_rows("country_centroids.csv")
    assert [r["iso3"] for r in rows] == sorted(r["iso3"] for r in rows)
    assert len(G.read_centroids()) == len(rows) > 200


@pytest.mark.parametrize("body,reason", [
    ("Nowhere Sea,lake,,1.0,2.0,\n", "feature"),
    ("Nowhere Sea,sea,XX,1.0,2.0,\n", "alpha-3"),
    ("Nowhere Sea,sea,,95.0,2.0,\n", "out of range"),
    ("Nowhere Sea,sea,,1.0,,\n", "lon"),
])
def test_bad_place_rows_report_file_and_line(tmp_path, body, reason):
    path = tmp_path / "places.csv"
    path.write_text("# comment\nname,feature,country,lat,lon,gn_admin1\n" + body, encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        G.read_places(path)
    assert f"{path}:3" in str(exc.value) and reason in str(exc.value)


# -- cache ---------------------------------------------------------------------------------------

def test_cache_roundtrip(tmp_path, monkeypatch, gaz):
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path / "c"))
    path = G.cache_path()
    G._write_cache(path, gaz)
    assert path.exists()
    again = G._read_cache(path)
    assert again is not None and len(again) == len(gaz)
    assert again.best("Kiev").name == "Kyiv"


def test_cache_dir_not_writable_still_loads(tmp_path, monkeypatch, gaz):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("FLASHPOINT_CACHE", str(blocker / "sub"))
    G._write_cache(G.cache_path(), gaz)  # must not raise
    assert G._read_cache(G.cache_path()) is None


def test_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path))
    G.cache_path().write_bytes(b"not a pickle")
    assert G._read_cache(G.cache_path()) is None


def test_cache_key_follows_data(monkeypatch):
    key = G._cache_key()
    monkeypatch.setattr(G, "FORMAT_VERSION", "test")
    assert G._cache_key() != key


def test_load_is_memoised(gaz):
    assert load_gazetteer() is gaz


def test_alias_to_unknown_place_is_reported():
    from flashpoint.resources.datafiles import Row

    row = Row("place_aliases.csv", 7, {"alias": "Atlantis", "name": "Lost City", "country": "GRC",
                                       "feature": "city"})
    with pytest.raises(DataFileError) as exc:
        G._find_alias_target(G._Builder(), row)
    assert "place_aliases.csv:7" in str(exc.value) and "E405" in str(exc.value)


@pytest.mark.parametrize("name", ["West Bank", "Strait of Hormuz", "Gaza", "Kiev", "Donbass", "US"])
def test_own_names_are_scanned(gaz, name):
    assert normalise(name) in gaz.own_keys


def test_stale_caches_are_removed(tmp_path, monkeypatch, gaz):
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path))
    stale = tmp_path / "gazetteer-0000000000000000.pickle"
    stale.write_bytes(b"old")
    G._write_cache(G.cache_path(), gaz)
    assert not stale.exists() and G.cache_path().exists()


def test_build_without_cache_matches(gaz):
    built = load_gazetteer(use_cache=False)
    assert len(built) == len(gaz)
    assert built.best("Kharkov").geonameid == gaz.best("Kharkov").geonameid


def test_cache_written_for_another_key_is_ignored(tmp_path, monkeypatch, gaz):
    import pickle

    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path))
    G.cache_path().write_bytes(pickle.dumps(("another-key", gaz._rows, gaz._index, gaz.own_keys)))
    assert G._read_cache(G.cache_path()) is None


def test_cache_key_follows_the_word_lists_of_the_build(monkeypatch):
    key = G._cache_key()
    monkeypatch.setattr(G, "_BUILD_WORDS", (G.ADMIN_WORDS, G.COMPASS_WORDS | {"upriver"}))
    assert G._cache_key() != key


def test_the_index_and_the_scoring_do_not_import_each_other():
    """Entry and Candidate live in geo/entries.py: resolve (the scoring) needs no gazetteer."""
    import ast
    import flashpoint.geo.resolve as resolve

    tree = ast.parse(open(resolve.__file__, encoding="utf-8").read())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "gazetteer" not in imported and "entries" in imported
