"""A multinational or international force, or international peacekeepers, with no state or body
named for them, are an intergovernmental actor (IGO, no sector: as CAMEO coders write the UN),
not a group of no country; a force named by its state stays that state's. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _targets(text: str):
    return [e.target for e in code_text(text, published="2024-03-01") if e.target is not None]


@pytest.mark.parametrize("text", [
    "The transitional government has agreed to accept a 4,000-strong multinational force for a year.",
    "Rebels attacked international peacekeepers near the northern border.",
    "Militiamen ambushed a convoy of the international force on Tuesday.",
    "Gunmen fired on a patrol of the multinational force in the capital.",
    "Bandits attacked multi-national peacekeepers guarding the airport.",
    "The warlords threatened to attack the international security force if it entered their province.",
])
def test_an_unnamed_international_force_is_an_igo(text):
    found = [a for a in _targets(text) if "force" in a.text or "peacekeepers" in a.text]
    assert found and found[0].country == "IGO" and not found[0].sectors, code_text(text, published="2024-03-01")


@pytest.mark.parametrize("text, country", [
    ("Rebels attacked Danish peacekeepers near the border.", "DNK"),
    ("Rebels attacked UN peacekeepers near the border.", "IGO"),
])
def test_a_force_named_by_its_owner_keeps_it(text, country):
    found = [a for a in _targets(text) if "peacekeepers" in a.text]
    assert found and found[0].country == country, found
