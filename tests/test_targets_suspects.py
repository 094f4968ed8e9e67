"""A suspect's side (issue 9, arguments): a person of no stated nationality held or charged for a
crime is a criminal (CRM), for an attack or terrorism an unidentified attacker (UAF), as the article
gold codes suspects (tests/gold/README.md). Only the deed the text ties to the person counts.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _arrest_targets(text: str) -> list:
    return [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "17" and e.target is not None]


@pytest.mark.parametrize("text, sector", [
    ("Ghana police have arrested a man believed to have trafficked hundreds of migrants into Spain.", "CRM"),
    ("Kenyan police arrested a woman suspected of smuggling heroin through Mombasa.", "CRM"),
    ("Thai police on Friday detained a man who robbed a bank in Chiang Mai.", "CRM"),
    ("Turkish authorities detained a man over the bombing of a bus station in Ankara.", "UAF"),
    ("Ahmed Karimov has been charged with waging war against Uzbekistan.", "UAF"),
    ("Indonesian police arrested a man on suspicion of terrorism in Bali.", "UAF"),
])
def test_the_deed_a_person_is_held_for_gives_the_side(text, sector):
    found = _arrest_targets(text)
    assert any(t.country is None and t.sectors == [sector] for t in found), found


@pytest.mark.parametrize("text", [
    # a deed the person did not do, or none named
    "Police in Peru arrested a man who had been protesting over the bombing.",
    "French police arrested a man in Marseille on Tuesday.",
    "Kenyan police arrested a man who reported the theft of his car.",
])
def test_no_deed_of_their_own_no_side(text):
    found = _arrest_targets(text)
    assert found and not any(set(t.sectors) & {"CRM", "UAF"} for t in found), found


def test_a_person_of_known_nationality_keeps_no_sector():
    # "Individuals are coded by nationality, with sector null unless a role is given"
    found = _arrest_targets("Kenyan police arrested a Somali man suspected of smuggling weapons.")
    assert any(t.country == "SOM" for t in found) and not any(t.sectors for t in found if t.country == "SOM"), found
