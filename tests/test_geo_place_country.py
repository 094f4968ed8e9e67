"""The country a place name stands for (the actor finder's place lookup), on hand-built candidates."""

from __future__ import annotations

import pickle
from types import SimpleNamespace as NS

from flashpoint.geo import load_gazetteer
from flashpoint.geo.place_country import GazetteerCountry, country_of


def cand(country, population, feature="city", primary=True):
    return NS(primary=primary, entry=NS(country=country, population=population, feature=feature))


def test_country_rule():
    assert country_of([cand("AUS", 5_000_000), cand("CAN", 100_000)]) == ("AUS", True)
    assert country_of([cand("AUS", 0, "admin1"), cand("CAN", 290_000)]) is None
    assert country_of([cand("USA", 20_000)]) == ("USA", False)
    assert country_of([cand("SDN", 0, "region")]) == ("SDN", True)
    assert country_of([]) is None


def test_needs_the_same_name_and_loads_lazily():
    entries = {"Samarra": [NS(primary=False, alias=False, entry=NS(name="Sāmarrā’", country="IRQ", population=158_000,
                                                       feature="city"))],
               "Darfur": [NS(primary=True, alias=False, entry=NS(name="Senegal", country="SEN", population=1,
                                                     feature="country"))]}
    loads = []

    def load():
        loads.append(1)
        return NS(candidates=lambda name: entries.get(name, []))

    lookup = GazetteerCountry(load)
    assert loads == []  # nothing is loaded before the first lookup
    assert lookup("Samarra") == ("IRQ", True)
    assert lookup("Darfur") is None  # a candidate under another name is not this place
    assert lookup("Samarra") == ("IRQ", True) and loads == [1]


def test_with_the_real_gazetteer_and_pickled():
    lookup = GazetteerCountry(load_gazetteer)
    assert lookup("Samarra") == ("IRQ", True)
    again = pickle.loads(pickle.dumps(lookup))  # a worker process loads its own gazetteer
    assert again._gazetteer is None and again("Samarra") == ("IRQ", True)


def test_a_short_name_of_waters_stands_for_no_country():
    """"the Gulf" is the Persian Gulf (our alias), not the province of Papua New Guinea named Gulf."""
    lookup = GazetteerCountry(load_gazetteer)
    assert lookup("Gulf") is None
    assert lookup("Samarra") == ("IRQ", True)
