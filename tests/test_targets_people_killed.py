"""People an attack kills or wounds, named only as people ("25 people"), are their country's
people of no sector, as CAMEO codes individuals (PETRARCH: PPL, no CAMEO sector); victims the
text names as civilians, children or passengers stay CVL, and people arrested keep the home
rule's civilians. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _violent(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] in ("18", "19", "20") and e.target]


@pytest.mark.parametrize("text, country", [
    ("Suicide bombers killed 25 people in Jerusalem on Sunday.", "ISR"),
    ("At least 20 people were killed in riots in Buenos Aires.", "ARG"),
    ("A car bomb wounded 40 people in Baghdad.", "IRQ"),
    ("Rebels killed twelve people in an attack on a market in northern Mali.", "MLI"),
    ("Militiamen shot dead nine people at a checkpoint outside Conakry.", "GIN"),
    ("Three people were injured when a grenade exploded outside a bank in Nairobi.", "KEN"),
])
def test_people_killed_are_of_no_sector(text, country):
    found = [e.target for e in _violent(text) if "people" in e.target.text]
    assert found and found[0].country == country and not found[0].sectors, _violent(text)


@pytest.mark.parametrize("text, words", [
    ("Gunmen killed six civilians in a village near Kandahar.", "civilians"),
    ("Israeli troops shot eight Palestinian children near Rafah.", "children"),
])
def test_civilians_named_as_such_stay_civilians(text, words):
    found = [e.target for e in _violent(text) if words in e.target.text]
    assert found and found[0].sectors == ["CVL"], found


def test_people_arrested_keep_the_home_rule():
    found = [e.target for e in code_text("Indian police arrested five people in Ahmedabad on Friday.",
                                         published="2024-03-01") if e.cameo[:2] == "17"]
    assert found and found[0].code == "INDCVL", found
