"""Places whose country changed on a known date (flashpoint.actors.sovereignty)."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import load_kb
from flashpoint.actors.entries import CountryAlias
from flashpoint.actors.sovereignty import SUCCESSIONS, dated_alias, state_on

D = dt.date.fromisoformat


@pytest.mark.parametrize("iso3,day,state", [
    ("SSD", "2011-07-08", "SDN"), ("SSD", "2011-07-09", "SSD"), ("SSD", None, "SSD"),
    ("XKX", "1999-06-01", "SRB"), ("XKX", "2008-02-17", "XKX"),
    ("TLS", "1999-09-01", "IDN"), ("TLS", "2001-01-01", "TLS"),
    ("ERI", "1990-01-01", "ETH"), ("MNE", "2005-01-01", "SRB"), ("NAM", "1989-01-01", "ZAF"),
    ("UKR", "2015-01-01", "UKR"), ("FRA", "1950-01-01", "FRA"),
])
def test_state_on(iso3, day, state):
    assert state_on(iso3, D(day) if day else None) == state


def test_capital_before_independence_is_a_town():
    juba = CountryAlias("Juba", "SSD", "capital", "GOV")
    assert dated_alias(juba, D("2005-01-01")) == CountryAlias("Juba", "SDN", "place", None)
    assert dated_alias(juba, D("2015-01-01")) is juba


def test_demonyms_do_not_move():
    kosovar = CountryAlias("Kosovar", "XKX", "demonym", None)
    assert dated_alias(kosovar, D("1999-01-01")) is kosovar


def test_successions_name_known_countries():
    kb = load_kb()
    for s in SUCCESSIONS:
        assert s.iso3 in kb.countries and s.before in kb.countries, s


def test_successions_file():
    from flashpoint.actors.sovereignty import Succession, read_successions

    assert read_successions() == SUCCESSIONS
    assert Succession(iso3="SSD", before="SDN", since=D("2011-07-09")) in SUCCESSIONS
    assert len(SUCCESSIONS) == 7


@pytest.mark.parametrize("rows,line,reason", [
    ("SSD,SDN,2011-07-09\nSSD,SDN,2011-07-10", 3, "[E605] iso3 'SSD' appears twice (first on line 2)"),
    ("SSD,Sudan,2011-07-09", 2, "[E216] column 'before': 'Sudan' is not an ISO 3166-1 alpha-3 code"),
    ("ssd,SDN,2011-07-09", 2, "E216"),
    ("SSD,SDN,9 July 2011", 2, "[E201] column 'since': '9 July 2011' is not a date"),
    ("SSD,SDN,", 2, "column 'since' is empty"),
])
def test_bad_succession_rows_report_file_and_line(tmp_path, rows, line, reason):
    from flashpoint.actors.sovereignty import read_successions
    from flashpoint.errors import DataFileError

    path = tmp_path / "successions.csv"
    path.write_text("iso3,before,since,note\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_successions(path)
    assert info.value.file == str(path) and info.value.line == line
    assert reason in str(info.value)
