"""Checks on the actor knowledge-base data files themselves (plain csv, no loader).

The loader validates rows one at a time; these tests check what only the whole file can show:
order, duplicate keys, cross-file references, overlapping dated periods and coverage.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "data"

SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PTY", "REB", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "REL", "NGO", "HLH", "UNK",
}
ALIAS_KINDS = {"name", "abbrev", "demonym", "capital", "metonym"}
ORG_KINDS = {"igo", "ngo", "armed", "party", "mnc", "media", "union"}
ORG_COUNTRIES = {"IGO", "NGO", "IMG", "ISM", "MNC"}
TITLE_KINDS = {"head", "minister", "official", "local", "military", "police", "judicial", "legislative",
               "other", "former"}

HEADERS = {
    "countries.csv": ["iso3", "name", "short_name"],
    "country_aliases.csv": ["alias", "iso3", "kind", "sector"],
    "organisations.csv": ["org", "name", "kind", "country", "sector", "start", "end"],
    "organisation_aliases.csv": ["alias", "org"],
    "sector_words.csv": ["word", "sector", "kind"],
    "titles.csv": ["title", "sector", "kind"],
}

# UN members (193) and the two observer states, by ISO alpha-3.
UN_MEMBERS_AND_OBSERVERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE VAT PSE
""".split()
OTHERS_REQUIRED = ["XKX", "TWN", "ESH", "HKG", "MAC", "PRI", "GRL"]


@lru_cache(maxsize=None)
def load(name: str) -> tuple[list[str], tuple[tuple[int, dict[str, str]], ...]]:
    """(header, ((line number, row), ...)) with comment and blank lines skipped."""
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as fh:
        numbered = [(i, line) for i, line in enumerate(fh, start=1)
                    if line.strip() and not line.lstrip().startswith("#")]
    header = next(csv.reader([numbered[0][1]]))
    rows = []
    for lineno, text in numbered[1:]:
        cells = next(csv.reader([text]))
        assert len(cells) == len(header), f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}"
        rows.append((lineno, {c: v for c, v in zip(header, cells)}))
    return header, tuple(rows)


def rows(name: str) -> list[dict[str, str]]:
    return [r for _, r in load(name)[1]]


def sort_key(value: str) -> tuple[str, str]:
    """Files are sorted case-insensitively on the first column (ties: exact string)."""
    return (value.casefold(), value)


def alias_key(alias: str, *, case_sensitive: bool) -> str:
    return alias if case_sensitive else alias.casefold()


def is_short_caps(alias: str) -> bool:
    """All-caps abbreviations of at most 4 letters match case-sensitively ("IS", "WHO")."""
    return alias.isupper() and len(re.sub(r"[^A-Za-z]", "", alias)) <= 4


def iso_codes() -> set[str]:
    return {r["iso3"] for r in rows("countries.csv")}


def org_codes() -> set[str]:
    return {r["org"] for r in rows("organisations.csv")}


# --- every file -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header(name):
    assert load(name)[0] == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_blank_or_padded_cells(name):
    header, numbered = load(name)
    optional = {"sector", "start", "end"}
    for lineno, row in numbered:
        for col, value in row.items():
            assert value == value.strip(), f"{name}:{lineno}: {col} has surrounding spaces"
            if col not in optional:
                assert value, f"{name}:{lineno}: {col} is empty"


@pytest.mark.parametrize("name", ["countries.csv", "country_aliases.csv", "organisation_aliases.csv",
                                  "sector_words.csv", "titles.csv"])
def test_sorted_by_first_column(name):
    header, numbered = load(name)
    first = header[0]
    keys = [sort_key(r[first]) + tuple(r[c] for c in header[1:]) for _, r in numbered]
    for (lineno, row), prev, cur in zip(numbered[1:], keys, keys[1:]):
        assert prev <= cur, f"{name}:{lineno}: {row[first]!r} is out of order"


def test_organisations_sorted_by_org_then_start():
    numbered = load("organisations.csv")[1]
    keys = [(r["org"], r["start"]) for _, r in numbered]
    for (lineno, row), prev, cur in zip(numbered[1:], keys, keys[1:]):
        assert prev <= cur, f"organisations.csv:{lineno}: {row['org']} is out of order"


# --- countries ----------------------------------------------------------------------------------

def test_country_codes_unique_and_well_formed():
    seen = set()
    for lineno, r in load("countries.csv")[1]:
        assert re.fullmatch(r"[A-Z]{3}", r["iso3"]), f"countries.csv:{lineno}"
        assert r["iso3"] not in seen, f"countries.csv:{lineno}: duplicate {r['iso3']}"
        seen.add(r["iso3"])


def test_short_names_unique():
    seen: dict[str, str] = {}
    for lineno, r in load("countries.csv")[1]:
        key = r["short_name"].casefold()
        assert key not in seen, f"countries.csv:{lineno}: {r['short_name']} also used by {seen[key]}"
        seen[key] = r["iso3"]


@pytest.mark.parametrize("iso3", UN_MEMBERS_AND_OBSERVERS + OTHERS_REQUIRED)
def test_un_members_observers_and_others_present(iso3):
    assert iso3 in iso_codes()


def test_un_list_has_195_entries():
    assert len(set(UN_MEMBERS_AND_OBSERVERS)) == 195


def test_every_pycountry_country_present():
    pycountry = pytest.importorskip("pycountry")
    missing = {c.alpha_3 for c in pycountry.countries} - iso_codes()
    assert not missing


@pytest.mark.parametrize("iso3,short_name", [
    ("USA", "United States"), ("GBR", "Britain"), ("RUS", "Russia"), ("KOR", "South Korea"),
    ("PRK", "North Korea"), ("IRN", "Iran"), ("SYR", "Syria"), ("COD", "Democratic Republic of Congo"),
    ("CIV", "Ivory Coast"), ("TUR", "Turkey"), ("VNM", "Vietnam"), ("XKX", "Kosovo"),
    ("TWN", "Taiwan"), ("PSE", "Palestine"), ("VAT", "Vatican"),
])
def test_short_name_is_what_news_says(iso3, short_name):
    by_iso = {r["iso3"]: r["short_name"] for r in rows("countries.csv")}
    assert by_iso[iso3] == short_name


# --- country aliases ------------------------------------------------------------------------------

def test_country_aliases_reference_known_countries():
    codes = iso_codes()
    for lineno, r in load("country_aliases.csv")[1]:
        assert r["iso3"] in codes, f"country_aliases.csv:{lineno}: unknown iso3 {r['iso3']}"


def test_country_alias_kinds_and_sectors():
    for lineno, r in load("country_aliases.csv")[1]:
        where = f"country_aliases.csv:{lineno}: {r['alias']}"
        assert r["kind"] in ALIAS_KINDS, where
        if r["kind"] in ("capital", "metonym"):
            assert r["sector"] in SECTORS, where
        elif r["kind"] in ("name", "demonym"):
            assert r["sector"] == "", where
        else:
            assert r["sector"] in SECTORS | {""}, where


def test_country_aliases_unique():
    seen: dict[str, int] = {}
    for lineno, r in load("country_aliases.csv")[1]:
        key = alias_key(r["alias"], case_sensitive=r["kind"] == "abbrev")
        assert key not in seen, f"country_aliases.csv:{lineno}: {r['alias']!r} repeats line {seen[key]}"
        seen[key] = lineno


def test_country_aliases_have_no_leading_article():
    for lineno, r in load("country_aliases.csv")[1]:
        assert not r["alias"].lower().startswith("the "), f"country_aliases.csv:{lineno}"


def test_country_alias_is_not_another_country_short_name():
    short = {r["short_name"].casefold(): r["iso3"] for r in rows("countries.csv")}
    for lineno, r in load("country_aliases.csv")[1]:
        other = short.get(r["alias"].casefold())
        assert other in (None, r["iso3"]), f"country_aliases.csv:{lineno}: {r['alias']} is {other}"


def test_country_alias_count():
    assert len(rows("country_aliases.csv")) >= 1200


def test_every_un_member_has_a_demonym():
    with_demonym = {r["iso3"] for r in rows("country_aliases.csv") if r["kind"] == "demonym"}
    # Vatican has no demonym; "Congolese" and "Dominican" go to the larger namesakes (COD, DOM)
    missing = set(UN_MEMBERS_AND_OBSERVERS) - with_demonym - {"VAT", "COG", "DMA"}
    assert not missing


def test_every_un_member_has_a_capital():
    with_capital = {r["iso3"] for r in rows("country_aliases.csv") if r["kind"] == "capital"}
    short = {r["iso3"]: r["short_name"] for r in rows("countries.csv")}
    # city states whose capital is the country's own name need no capital row
    same_name = {"SGP", "MCO", "SMR", "LUX", "VAT", "DJI"}
    # capitals whose name mostly means something else in news (St. John's, St. George's, Victoria)
    ambiguous = {"ATG", "GRD", "SYC"}
    missing = set(UN_MEMBERS_AND_OBSERVERS) - with_capital - same_name - ambiguous
    assert not missing, sorted((iso, short[iso]) for iso in missing)


@pytest.mark.parametrize("alias,iso3,kind,sector", [
    ("Britain", "GBR", None, None),
    ("Gambia", "GMB", None, None),
    ("Great Britain", "GBR", "name", ""),
    ("United Kingdom", "GBR", "name", ""),
    ("Ivory Coast", "CIV", None, None),
    ("Burma", "MMR", "name", ""),
    ("Czechia", "CZE", "name", ""),
    ("Russian Federation", "RUS", "name", ""),
    ("Türkiye", "TUR", "name", ""),
    ("U.S.", "USA", "abbrev", ""),
    ("US", "USA", "abbrev", ""),
    ("UK", "GBR", "abbrev", ""),
    ("DPRK", "PRK", "abbrev", ""),
    ("DRC", "COD", "abbrev", ""),
    ("UAE", "ARE", "abbrev", ""),
    ("PRC", "CHN", "abbrev", ""),
    ("American", "USA", "demonym", ""),
    ("Americans", "USA", "demonym", ""),
    ("British", "GBR", "demonym", ""),
    ("Briton", "GBR", "demonym", ""),
    ("Chinese", "CHN", "demonym", ""),
    ("Turkish", "TUR", "demonym", ""),
    ("Kosovar", "XKX", "demonym", ""),
    ("Kenyan", "KEN", "demonym", ""),
    ("Kenyans", "KEN", "demonym", ""),
    ("Filipino", "PHL", "demonym", ""),
    ("Nigerien", "NER", "demonym", ""),
    ("Nigerian", "NGA", "demonym", ""),
    ("Congolese", "COD", "demonym", ""),
    ("South Sudanese", "SSD", "demonym", ""),
    ("Palestinians", "PSE", "demonym", ""),
    ("Washington", "USA", "capital", "GOV"),
    ("Moscow", "RUS", "capital", "GOV"),
    ("Kyiv", "UKR", "capital", "GOV"),
    ("Kiev", "UKR", "capital", "GOV"),
    ("Naypyidaw", "MMR", "capital", "GOV"),
    ("White House", "USA", "metonym", "GOV"),
    ("Pentagon", "USA", "metonym", "MIL"),
    ("State Department", "USA", "metonym", "GOV"),
    ("Capitol Hill", "USA", "metonym", "LEG"),
    ("Kremlin", "RUS", "metonym", "GOV"),
    ("Duma", "RUS", "metonym", "LEG"),
    ("Downing Street", "GBR", "metonym", "GOV"),
    ("Whitehall", "GBR", "metonym", "GOV"),
    ("Elysee", "FRA", "metonym", "GOV"),
    ("Élysée", "FRA", "metonym", "GOV"),
    ("Quai d'Orsay", "FRA", "metonym", "GOV"),
    ("Bundestag", "DEU", "metonym", "LEG"),
    ("Zhongnanhai", "CHN", "metonym", "GOV"),
    ("Knesset", "ISR", "metonym", "LEG"),
    ("Majlis", "IRN", "metonym", "LEG"),
    ("Verkhovna Rada", "UKR", "metonym", "LEG"),
    ("Sejm", "POL", "metonym", "LEG"),
    ("Tatmadaw", "MMR", "metonym", "MIL"),
    ("IDF", "ISR", "metonym", "MIL"),
    ("Mossad", "ISR", "metonym", "SPY"),
    ("CIA", "USA", "metonym", "SPY"),
    ("FBI", "USA", "metonym", "COP"),
    ("FSB", "RUS", "metonym", "SPY"),
    ("GRU", "RUS", "metonym", "SPY"),
    ("MI6", "GBR", "metonym", "SPY"),
    ("IRGC", "IRN", "metonym", "MIL"),
    ("Revolutionary Guards", "IRN", "metonym", "MIL"),
    ("PLA", "CHN", "metonym", "MIL"),
    ("ICE", "USA", "abbrev", "COP"),
])
def test_country_alias_examples(alias, iso3, kind, sector):
    found = [r for r in rows("country_aliases.csv") if r["alias"] == alias]
    if kind is None:  # given as the short name instead
        short = {r["short_name"]: r["iso3"] for r in rows("countries.csv")}
        assert short.get(alias) == iso3 or [r["iso3"] for r in found] == [iso3]
        return
    assert len(found) == 1, alias
    r = found[0]
    assert (r["iso3"], r["kind"], r["sector"]) == (iso3, kind, sector)


@pytest.mark.parametrize("alias", ["Chad", "Korean", "Male", "Victoria", "Douglas", "Finn", "Yemenite",
                                   "Pole", "the White House", "Falkland Islands (Malvinas)"])
def test_ambiguous_or_malformed_aliases_absent(alias):
    assert alias not in {r["alias"] for r in rows("country_aliases.csv")}


# --- organisations --------------------------------------------------------------------------------

def test_organisation_rows_valid():
    codes = iso_codes()
    for lineno, r in load("organisations.csv")[1]:
        where = f"organisations.csv:{lineno}: {r['org']}"
        assert re.fullmatch(r"[A-Z0-9_]+", r["org"]), where
        assert r["kind"] in ORG_KINDS, where
        assert r["country"] in ORG_COUNTRIES or r["country"] in codes, where
        assert r["sector"] in SECTORS | {""}, where
        for col in ("start", "end"):
            if r[col]:
                date.fromisoformat(r[col])
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], where
        if r["kind"] == "igo":
            assert r["country"] == "IGO", where
        if r["kind"] == "armed":  # an international group (IMG) is coded as such, no sector
            assert bool(r["sector"]) == (r["country"] != "IMG") or r["sector"] == "REB", where
        if r["kind"] == "union":  # a trade union is its country's labour
            assert r["sector"] == "LAB" and r["country"] in codes, where


def test_organisation_periods_do_not_overlap():
    periods: dict[str, list[tuple[date, date, int]]] = {}
    for lineno, r in load("organisations.csv")[1]:
        start = date.fromisoformat(r["start"]) if r["start"] else date.min
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        periods.setdefault(r["org"], []).append((start, end, lineno))
    for org, spans in periods.items():
        spans.sort()
        for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
            assert e1 < s2, f"organisations.csv:{l2}: {org} period overlaps line {l1}"


def test_organisation_names_consistent_across_periods():
    names: dict[str, set[tuple[str, str]]] = {}
    for r in rows("organisations.csv"):
        names.setdefault(r["org"], set()).add((r["name"], r["kind"]))
    assert {org: v for org, v in names.items() if len(v) > 1} == {}


def test_organisation_aliases_reference_known_orgs():
    codes = org_codes()
    for lineno, r in load("organisation_aliases.csv")[1]:
        assert r["org"] in codes, f"organisation_aliases.csv:{lineno}: unknown org {r['org']}"


def test_organisation_aliases_unique():
    seen: dict[str, int] = {}
    for lineno, r in load("organisation_aliases.csv")[1]:
        key = alias_key(r["alias"], case_sensitive=is_short_caps(r["alias"]))
        assert key not in seen, f"organisation_aliases.csv:{lineno}: {r['alias']!r} repeats line {seen[key]}"
        seen[key] = lineno


def test_every_organisation_has_an_alias():
    aliased = {r["org"] for r in rows("organisation_aliases.csv")}
    assert org_codes() - aliased == set()


def test_organisation_alias_not_a_country_alias():
    """An org alias that is also a country alias would resolve two ways."""
    country = {alias_key(r["alias"], case_sensitive=r["kind"] == "abbrev") for r in rows("country_aliases.csv")}
    for lineno, r in load("organisation_aliases.csv")[1]:
        key = alias_key(r["alias"], case_sensitive=is_short_caps(r["alias"]) or r["alias"].isupper())
        assert key not in country, f"organisation_aliases.csv:{lineno}: {r['alias']}"


REQUIRED_ORGS = """UN UNSC UNGA UNHCR UNICEF WFP WHO IAEA NATO EU EC EUCO EP AU ASEAN OSCE ARABLEAGUE GCC OAS
SCO BRICS G7 G20 OPEC IMF WORLDBANK WTO ICC ICJ ECOWAS SADC IGAD CIS CSTO OIC COE INTERPOL AMNESTY HRW
ICRC IFRC MSF OXFAM RWB CPJ TALIBAN HAMAS HEZBOLLAH HOUTHIS ISIS ALQAEDA AQAP ALSHABAAB BOKOHARAM
WAGNER RSF M23 PKK YPG SDF HTS FARC ELN""".split()


@pytest.mark.parametrize("org", REQUIRED_ORGS)
def test_required_organisations_present(org):
    assert org in org_codes()


def status_on(org: str, day: str) -> tuple[str, str] | None:
    for r in rows("organisations.csv"):
        if r["org"] == org and (not r["start"] or r["start"] <= day) and (not r["end"] or day <= r["end"]):
            return r["country"], r["sector"]
    return None


@pytest.mark.parametrize("org,day,expected", [
    ("TALIBAN", "2020-02-29", ("AFG", "REB")),
    ("TALIBAN", "2021-08-14", ("AFG", "REB")),
    ("TALIBAN", "2021-08-15", ("AFG", "GOV")),
    ("TALIBAN", "2026-01-01", ("AFG", "GOV")),
    ("HTS", "2024-12-08", ("SYR", "REB")),
    ("HTS", "2025-03-01", ("SYR", "GOV")),
    ("RSF", "2022-06-01", ("SDN", "MIL")),
    ("RSF", "2024-06-01", ("SDN", "REB")),
    ("HAMAS", "2024-01-01", ("PSE", "REB")),
    ("HEZBOLLAH", "2024-01-01", ("LBN", "REB")),
    ("HOUTHIS", "2024-01-01", ("YEM", "REB")),
    ("PKK", "2024-01-01", ("TUR", "REB")),
    ("M23", "2025-01-01", ("COD", "REB")),
    ("ISIS", "2016-01-01", ("IMG", "")),
    ("WAGNER", "2023-01-01", ("RUS", "UAF")),
    ("NATO", "2023-01-01", ("IGO", "")),
    ("MINUSMA", "2024-06-01", None),
    ("KHMERROUGE", "1970-01-01", ("KHM", "REB")),
    ("KHMERROUGE", "1977-01-01", ("KHM", "GOV")),
    ("KHMERROUGE", "1985-01-01", ("KHM", "REB")),
    ("SPLA", "2005-01-01", ("SDN", "REB")),
    ("SPLA", "2012-01-01", ("SSD", "MIL")),
    ("ICRC", "2024-01-01", ("IGO", "")),
    ("AMNESTY", "2024-01-01", ("NGO", "")),
])
def test_dated_status(org, day, expected):
    assert status_on(org, day) == expected


@pytest.mark.parametrize("alias,org", [
    ("United Nations", "UN"), ("UN", "UN"), ("U.N.", "UN"), ("North Atlantic Treaty Organization", "NATO"),
    ("Nato", "NATO"), ("NATO", "NATO"), ("European Union", "EU"), ("EU", "EU"), ("Islamic State", "ISIS"),
    ("IS", "ISIS"), ("ISIL", "ISIS"), ("Daesh", "ISIS"), ("Hezbollah", "HEZBOLLAH"), ("Hizbollah", "HEZBOLLAH"),
    ("Hizballah", "HEZBOLLAH"), ("Houthi", "HOUTHIS"), ("Houthis", "HOUTHIS"), ("Ansar Allah", "HOUTHIS"),
    ("Red Cross", "ICRC"), ("International Committee of the Red Cross", "ICRC"),
    ("Doctors Without Borders", "MSF"), ("Medecins Sans Frontieres", "MSF"),
    ("Reporters Without Borders", "RWB"), ("Rapid Support Forces", "RSF"), ("WHO", "WHO"),
    ("European Commission", "EC"), ("al-Shabaab", "ALSHABAAB"), ("Taliban", "TALIBAN"),
])
def test_organisation_alias_examples(alias, org):
    found = {r["alias"]: r["org"] for r in rows("organisation_aliases.csv")}
    assert found.get(alias) == org


# --- sector words and titles ----------------------------------------------------------------------

def test_sector_words_valid_and_unique():
    seen: set[tuple[str, str]] = set()
    for lineno, r in load("sector_words.csv")[1]:
        where = f"sector_words.csv:{lineno}: {r['word']}"
        # an empty sector: people of no sector of their own ("detainees"), nouns only
        assert r["sector"] in SECTORS or (r["sector"] == "" and r["kind"] == "noun"), where
        assert r["kind"] in ("noun", "adj"), where
        key = (r["word"].casefold(), r["kind"])
        assert key not in seen, where
        seen.add(key)


def test_titles_valid_and_unique():
    seen: set[str] = set()
    for lineno, r in load("titles.csv")[1]:
        where = f"titles.csv:{lineno}: {r['title']}"
        assert r["sector"] in SECTORS, where
        assert r["kind"] in TITLE_KINDS, where
        assert r["title"].casefold() not in seen, where
        seen.add(r["title"].casefold())
        if r["kind"] == "former":
            assert r["sector"] == "ELI", where


def test_title_and_sector_noun_agree():
    """A word that is both a title and a sector noun ("judge", "diplomat") gives one sector."""
    nouns = {r["word"].casefold(): r["sector"] for r in rows("sector_words.csv") if r["kind"] == "noun"}
    for lineno, r in load("titles.csv")[1]:
        other = nouns.get(r["title"].casefold())
        assert other in (None, r["sector"]), f"titles.csv:{lineno}: {r['title']} is {other} in sector_words"


def test_sector_words_are_not_country_or_org_names():
    names = {r["alias"].casefold() for r in rows("country_aliases.csv") if r["kind"] != "abbrev"}
    names |= {r["alias"].casefold() for r in rows("organisation_aliases.csv") if not is_short_caps(r["alias"])}
    for lineno, r in load("sector_words.csv")[1]:
        assert r["word"].casefold() not in names, f"sector_words.csv:{lineno}: {r['word']}"


def test_sector_words_and_titles_count():
    assert len(rows("sector_words.csv")) + len(rows("titles.csv")) >= 150


@pytest.mark.parametrize("word,kind,sector", [
    ("police", "noun", "COP"), ("policemen", "noun", "COP"), ("riot police", "noun", "COP"),
    ("troops", "noun", "MIL"), ("soldiers", "noun", "MIL"), ("army", "noun", "MIL"),
    ("security forces", "noun", "MIL"), ("air force", "noun", "MIL"), ("navy", "noun", "MIL"),
    ("rebels", "noun", "REB"), ("insurgents", "noun", "REB"), ("militants", "noun", "REB"),
    ("gunmen", "noun", "UAF"), ("protesters", "noun", "OPP"), ("demonstrators", "noun", "OPP"),
    ("government", "noun", "GOV"), ("officials", "noun", "GOV"), ("parliament", "noun", "LEG"),
    ("lawmakers", "noun", "LEG"), ("court", "noun", "JUD"), ("prosecutors", "noun", "JUD"),
    ("opposition", "noun", "OPP"), ("journalists", "noun", "JRN"), ("refugees", "noun", "REF"),
    ("students", "noun", "EDU"), ("activists", "noun", "OPP"), ("clergy", "noun", "REL"),
    ("workers", "noun", "LAB"), ("unions", "noun", "LAB"), ("intelligence", "noun", "SPY"),
    ("spy agency", "noun", "SPY"), ("military", "adj", "MIL"), ("judicial", "adj", "JUD"),
    ("parliamentary", "adj", "LEG"), ("governmental", "adj", "GOV"),
])
def test_sector_word_examples(word, kind, sector):
    found = {(r["word"], r["kind"]): r["sector"] for r in rows("sector_words.csv")}
    assert found.get((word, kind)) == sector


@pytest.mark.parametrize("title,sector", [
    ("president", "GOV"), ("prime minister", "GOV"), ("premier", "GOV"), ("chancellor", "GOV"),
    ("king", "GOV"), ("emir", "GOV"), ("foreign minister", "GOV"), ("secretary of state", "GOV"),
    ("defence minister", "GOV"), ("defense minister", "GOV"), ("minister", "GOV"), ("ambassador", "GOV"),
    ("envoy", "GOV"), ("spokesman", "GOV"), ("spokeswoman", "GOV"), ("spokesperson", "GOV"),
    ("general", "MIL"), ("commander", "MIL"), ("army chief", "MIL"), ("police chief", "COP"),
    ("judge", "JUD"), ("prosecutor", "JUD"), ("senator", "LEG"), ("lawmaker", "LEG"), ("MP", "LEG"),
    ("opposition leader", "OPP"), ("rebel leader", "REB"), ("former president", "ELI"),
])
def test_title_examples(title, sector):
    found = {r["title"]: r["sector"] for r in rows("titles.csv")}
    assert found.get(title) == sector


# --- the files load through the project's validating loader -------------------------------------

@pytest.mark.parametrize("name", sorted(HEADERS))
def test_loads_with_datafiles_reader(name):
    from flashpoint.resources.datafiles import data_path, read_csv

    required = [c for c in HEADERS[name] if c not in ("sector", "start", "end")]
    assert len(list(read_csv(data_path(name), required=required))) == len(rows(name))
