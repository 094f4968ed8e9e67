"""Resolving an ambiguous name from context alone (no parsing): the scoring rules."""

from __future__ import annotations

import pytest

from flashpoint.geo import load_gazetteer
from flashpoint.geo.resolve import Context, choose, rank


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def ctx(*places):
    """Context from (country, admin1, feature) triples, as other mentions would vote."""
    c = Context()
    for country, admin1, feature in places:
        c.add(country=country, admin1=admin1, feature=feature)
    return c


# name, context, keyword flags, expected (name, country, feature)
CASES = [
    ("Donetsk", ctx(), {}, ("Donetsk", "UKR", "city")),
    ("Donetsk", ctx(("RUS", None, "country")), {}, ("Donetsk", "UKR", "city")),
    ("Donetsk", ctx(("RUS", "Rostov Oblast", "admin1"), ("RUS", None, "country")), {},
     ("Donetsk", "RUS", "city")),
    ("Donetsk", ctx(), {"admin1_cue": True}, ("Donetsk Oblast", "UKR", "admin1")),
    ("Georgia", ctx(), {}, ("Georgia", "GEO", "country")),
    ("Georgia", ctx(("USA", None, "country")), {}, ("Georgia", "GEO", "country")),
    ("Georgia", ctx(("USA", "Georgia", "city")), {}, ("Georgia", "USA", "admin1")),
    ("Georgia", ctx(("USA", "Texas", "admin1"), ("USA", "Alabama", "admin1")), {},
     ("Georgia", "USA", "admin1")),
    ("Georgia", ctx(), {"state_cue": True}, ("Georgia", "USA", "admin1")),
    ("Georgia", ctx(("GEO", None, "city")), {"state_cue": True}, ("Georgia", "GEO", "country")),
    ("Washington", ctx(("USA", "Oregon", "admin1")), {}, ("Washington", "USA", "city")),
    ("Washington", ctx(), {"admin1_cue": True}, ("Washington", "USA", "admin1")),
    ("Kherson", ctx(("UKR", None, "country")), {}, ("Kherson", "UKR", "city")),
    ("Kherson", ctx(), {"admin1_cue": True}, ("Kherson Oblast", "UKR", "admin1")),
    ("Tripoli", ctx(), {}, ("Tripoli", "LBY", "city")),
    ("Tripoli", ctx(("LBN", None, "country")), {}, ("Tripoli", "LBN", "city")),
    ("Victoria", ctx(("AUS", None, "admin1")), {}, ("Victoria", "AUS", "admin1")),
    ("Paris", ctx(("USA", "Texas", "admin1")), {}, ("Paris", "USA", "city")),
    ("Paris", ctx(("USA", None, "country")), {}, ("Paris", "FRA", "city")),
]


@pytest.mark.parametrize("name,context,flags,expected", CASES)
def test_choose(gaz, name, context, flags, expected):
    best = choose(gaz.candidates(name), context=context, **flags)
    assert (best.entry.name, best.entry.country, best.entry.feature) == expected


def test_rank_keeps_every_candidate(gaz):
    cands = gaz.candidates("Donetsk")
    assert len(rank(cands)) == len(cands)


def test_choose_nothing():
    assert choose([]) is None


def test_each_context_bonus_counts_once():
    """A state's reading ("Georgia" beside a country reading) with other places of its country in
    the text gains the country bonus and the sub-country bonus once each, not twice."""
    from flashpoint.geo.entries import Candidate, Entry
    from flashpoint.geo.resolve import COUNTRY_CONTEXT, SUBCOUNTRY_CONTEXT, prior, score

    state = Candidate(id=1, entry=Entry(name="Lakeland", feature="admin1", country="USA", admin1=None,
                                        lat=None, lon=None, geonameid=None, population=0,
                                        capital=False, own=False), primary=True)
    context = ctx(("USA", "Ohio", "city"))
    gained = score(state, context=context, competing_country=True) - prior(state)
    assert gained == pytest.approx(COUNTRY_CONTEXT + SUBCOUNTRY_CONTEXT)
    alone = score(state, context=context, competing_country=False) - prior(state)
    assert alone == pytest.approx(COUNTRY_CONTEXT)
