"""Checks of the people data files (people_leaders.csv, people_officials.csv, person_aliases.csv).

Read with plain csv so the checks do not depend on the resolver: the files are a contract
(briefs/actor_formats.md) that the actor knowledge base loads.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "data"
PEOPLE_FILES = ("people_leaders.csv", "people_officials.csv")
PEOPLE_HEADER = ["person_id", "name", "nationality", "role", "country", "org", "sector", "start", "end"]
ALIAS_HEADER = ["alias", "person_id"]
EXTRA_ISO3 = {"XKX", "PSE", "TWN"}
ORGS = {
    "UN", "UNSC", "UNGA", "UNHCR", "UNICEF", "WFP", "WHO", "IAEA", "NATO", "EU", "EC", "EUCO", "EP",
    "AU", "ASEAN", "OSCE", "ARABLEAGUE", "GCC", "OAS", "SCO", "BRICS", "G7", "G20", "OPEC", "IMF",
    "WORLDBANK", "WTO", "ICC", "ICJ", "ECOWAS", "SADC", "IGAD", "CIS", "CSTO", "OIC", "COE",
    "INTERPOL", "TALIBAN", "HAMAS", "HEZBOLLAH", "HOUTHIS", "ISIS", "ALQAEDA", "AQAP", "ALSHABAAB",
    "BOKOHARAM", "WAGNER", "RSF", "M23", "PKK", "YPG", "SDF", "HTS", "FARC", "ELN",
}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "UAF", "OPP", "PTY", "ELI", "REL"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FAR_FUTURE = dt.date(2026, 11, 29)


def _read(name: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (line number, row) pairs, skipping ``#`` comments and blank lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    header = next(csv.reader([numbered[0][1]]))
    rows = []
    for lineno, line in numbered[1:]:
        values = next(csv.reader([line]))
        assert len(values) == len(header), f"{name}:{lineno}: {len(values)} cells, expected {len(header)}"
        rows.append((lineno, dict(zip(header, values))))
    return header, rows


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _is_iso3(code: str) -> bool:
    return code in EXTRA_ISO3 or pycountry.countries.get(alpha_3=code) is not None


def _known_orgs() -> set[str]:
    """Org codes of organisations.csv (another engineer's file), empty when it is absent."""
    path = DATA / "organisations.csv"
    if not path.exists():
        return set()
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {row["org"] for row in csv.DictReader(lines)}


def test_stateless_offices_name_a_known_org():
    """An office without a country takes its country code (IGO, IMG, NGO...) from organisations.csv."""
    known = _known_orgs()
    if not known:
        pytest.skip("organisations.csv is absent")
    missing = {r["org"] for _, _, r in _people() if not r["country"] and r["org"] not in known}
    assert missing == set()


def _people() -> list[tuple[str, int, dict[str, str]]]:
    return [(name, line, row) for name in PEOPLE_FILES for line, row in _read(name)[1]]


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_people_header_and_sorted(name):
    header, rows = _read(name)
    assert header == PEOPLE_HEADER
    keys = [(r["person_id"], r["start"], r["role"]) for _, r in rows]
    assert keys == sorted(keys), f"{name} is not sorted by person_id, start"
    assert len(rows) > 100


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_people_rows_valid(name):
    for line, r in _read(name)[1]:
        where = f"{name}:{line}"
        assert SLUG.match(r["person_id"]), where
        assert r["name"].strip() == r["name"] and r["name"], where
        assert r["role"].strip() == r["role"] and r["role"], where
        assert _is_iso3(r["nationality"]), f"{where}: nationality {r['nationality']!r}"
        assert r["country"] or r["org"], f"{where}: needs a country or an org"
        if r["country"]:
            assert _is_iso3(r["country"]), f"{where}: country {r['country']!r}"
        if r["org"]:
            assert r["org"] in ORGS | _known_orgs(), f"{where}: org {r['org']!r}"
        if r["sector"] or r["country"]:
            assert r["sector"] in SECTORS, f"{where}: sector {r['sector']!r}"
        start, end = _date(r["start"]), _date(r["end"])
        if start and end:
            assert start <= end, f"{where}: start after end"
        for d in (start, end):
            assert d is None or d <= FAR_FUTURE, where


def test_same_person_same_name_and_nationality():
    seen: dict[str, tuple[str, str, str]] = {}
    for name, line, r in _people():
        got = (r["name"], r["nationality"])
        if r["person_id"] in seen:
            assert seen[r["person_id"]][:2] == got, f"{name}:{line}: differs from {seen[r['person_id']][2]}"
        else:
            seen[r["person_id"]] = (*got, f"{name}:{line}")


def test_one_name_one_person():
    by_name: dict[str, set[str]] = defaultdict(set)
    for _, _, r in _people():
        by_name[r["name"].casefold()].add(r["person_id"])
    assert {n: ids for n, ids in by_name.items() if len(ids) > 1} == {}


def test_tenures_in_same_office_do_not_overlap():
    by_office: dict[tuple[str, ...], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for name, line, r in _people():
        key = (r["person_id"], r["role"], r["country"], r["org"])
        start = _date(r["start"]) or dt.date.min
        end = _date(r["end"]) or dt.date.max
        by_office[key].append((start, end, f"{name}:{line}"))
    for key, spans in by_office.items():
        spans.sort()
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{key}: {w1} overlaps {w2}"


def test_aliases_file():
    header, rows = _read("person_aliases.csv")
    assert header == ALIAS_HEADER
    keys = [(r["alias"].casefold(), r["alias"], r["person_id"]) for _, r in rows]
    assert keys == sorted(keys), "person_aliases.csv is not sorted by alias"
    people = {r["person_id"]: r["name"] for _, _, r in _people()}
    target: dict[str, str] = {}
    for line, r in rows:
        where = f"person_aliases.csv:{line}"
        assert r["alias"] and r["alias"].strip() == r["alias"], where
        assert r["person_id"] in people, f"{where}: unknown person {r['person_id']!r}"
        assert r["alias"] != people[r["person_id"]], f"{where}: alias equals the name"
        folded = r["alias"].casefold()
        assert target.setdefault(folded, r["person_id"]) == r["person_id"], f"{where}: alias used twice"


def _holders(*, name: str, role: str, on: str) -> list[dict[str, str]]:
    day = dt.date.fromisoformat(on)
    return [r for _, _, r in _people()
            if r["name"] == name and r["role"] == role
            and (_date(r["start"]) or dt.date.min) <= day <= (_date(r["end"]) or dt.date.max)]


# (name, role, country or org, on this day: True = in office). The end day is inclusive, as in
# Tenure.covers: on a handover day both the outgoing and the incoming holder are in office.
SPOT_CHECKS = [
    ("Mark Rutte", "Prime Minister", "NLD", "2024-07-02", True),
    ("Mark Rutte", "Prime Minister", "NLD", "2024-07-03", False),
    ("Mark Rutte", "Secretary General", "NATO", "2024-10-01", True),
    ("Mark Rutte", "Secretary General", "NATO", "2024-09-30", False),
    ("Antony Blinken", "Secretary of State", "USA", "2021-01-26", True),
    ("Antony Blinken", "Secretary of State", "USA", "2025-01-20", True),
    ("Antony Blinken", "Secretary of State", "USA", "2025-01-21", False),
    ("Marco Rubio", "Secretary of State", "USA", "2025-01-21", True),
    ("Donald Trump", "President", "USA", "2019-06-01", True),
    ("Donald Trump", "President", "USA", "2023-06-01", False),
    ("Donald Trump", "President", "USA", "2026-11-29", True),
    ("Joe Biden", "Vice President", "USA", "2012-01-01", True),
    ("Vladimir Putin", "President", "RUS", "2005-01-01", True),
    ("Vladimir Putin", "Prime Minister", "RUS", "2010-01-01", True),
    ("Vladimir Putin", "President", "RUS", "2010-01-01", False),
    ("Dmitry Medvedev", "President", "RUS", "2010-01-01", True),
    ("Dmitry Medvedev", "Prime Minister", "RUS", "2015-01-01", True),
    ("Keir Starmer", "Prime Minister", "GBR", "2024-07-05", True),
    ("Rishi Sunak", "Prime Minister", "GBR", "2024-07-06", False),
    ("Shigeru Ishiba", "Prime Minister", "JPN", "2025-01-01", True),
    ("Sanae Takaichi", "Prime Minister", "JPN", "2025-11-01", True),
    ("Friedrich Merz", "Chancellor", "DEU", "2025-05-06", True),
    ("Olaf Scholz", "Chancellor", "DEU", "2025-05-07", False),
    ("Bashar al-Assad", "President", "SYR", "2024-12-07", True),
    ("Bashar al-Assad", "President", "SYR", "2024-12-09", False),
    ("Ahmed al-Sharaa", "President", "SYR", "2025-06-01", True),
    ("Mohammed bin Salman", "Prime Minister", "SAU", "2022-09-27", True),
    ("Volodymyr Zelenskyy", "President", "UKR", "2022-02-24", True),
    ("Benjamin Netanyahu", "Prime Minister", "ISR", "2021-07-01", False),
    ("Benjamin Netanyahu", "Prime Minister", "ISR", "2023-10-07", True),
    ("Recep Tayyip Erdogan", "Prime Minister", "TUR", "2010-01-01", True),
    ("António Guterres", "Secretary-General", "UN", "2020-01-01", True),
    ("Ursula von der Leyen", "President of the European Commission", "EC", "2020-01-01", True),
    ("Kaja Kallas", "High Representative", "EU", "2025-01-01", True),
    ("Valerii Zaluzhnyi", "Commander-in-Chief of the Armed Forces", "UKR", "2023-01-01", True),
    ("Oleksandr Syrskyi", "Commander-in-Chief of the Armed Forces", "UKR", "2024-03-01", True),
    ("Abu Bakr al-Baghdadi", "Leader of the Islamic State", "ISIS", "2015-01-01", True),
    ("Hibatullah Akhundzada", "Leader of the Taliban", "TALIBAN", "2021-08-16", False),
    ("Hibatullah Akhundzada", "Supreme Leader", "AFG", "2021-08-16", True),
    ("Mohamed Hamdan Dagalo", "Commander of the Rapid Support Forces", "RSF", "2024-01-01", True),
    ("John Howard", "Prime Minister", "AUS", "2001-09-11", True),
    ("Ariel Sharon", "Prime Minister", "ISR", "2001-09-11", True),
    ("Yasser Arafat", "President", "PSE", "2004-11-12", False),
    ("Hamid Karzai", "President", "AFG", "2001-12-22", True),
]


@pytest.mark.parametrize("name,role,where,on,in_office", SPOT_CHECKS)
def test_spot_checks(name, role, where, on, in_office):
    rows = _holders(name=name, role=role, on=on)
    assert bool(rows) is in_office
    for r in rows:
        assert where in (r["country"], r["org"])


@pytest.mark.parametrize("iso3", [
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
    "SAU", "ZAF", "TUR", "GBR", "USA", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "AFG", "YEM", "LBY",
    "SDN", "SSD", "SOM", "ETH", "ERI", "MMR", "VEN", "MLI", "BFA", "NER", "TCD", "COD", "CAF", "NGA",
    "PAK", "LBN", "GEO", "ARM", "AZE", "BLR", "EGY", "TUN", "COL", "HTI", "PRK", "LKA", "ZWE", "CIV",
    "KEN", "MOZ", "CMR", "THA", "PHL", "BGD", "NPL", "BOL", "ECU", "NIC", "CUB", "SRB", "XKX", "JOR",
    "QAT", "ARE", "POL", "HUN",
])
def test_every_listed_country_has_a_leader_on_2020_01_01(iso3):
    day = dt.date(2020, 1, 1)
    rows = [r for line, r in _read("people_leaders.csv")[1]
            if r["country"] == iso3 and r["sector"] == "GOV"
            and (_date(r["start"]) or dt.date.min) <= day < (_date(r["end"]) or dt.date.max)]
    assert rows, f"no leader of {iso3} in office on {day}"


@pytest.mark.parametrize("name,required", [
    ("people_leaders.csv", ("person_id", "name", "nationality", "role", "sector")),
    ("people_officials.csv", ("person_id", "name", "nationality", "role")),
    ("person_aliases.csv", ("alias", "person_id")),
])
def test_loads_with_the_project_reader(name, required):
    """The validating loader (datafiles.read_csv) accepts every row of the file."""
    from flashpoint.resources.datafiles import read_csv

    assert sum(1 for _ in read_csv(DATA / name, required=required)) == len(_read(name)[1])
