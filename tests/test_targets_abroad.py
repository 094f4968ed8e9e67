"""People acted on by an army abroad are not of the army's country (issue 9): a countryless group a
state's forces act on is that state's only when they act at home, as ``is_domestic`` already holds
for an act of war; captured people have no sector of their own. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2001-12-15") if e.modality.status in ("asserted", "reported")]


def _targets(text: str, roots: tuple[str, ...]) -> list:
    return [e.target for e in _events(text) if e.cameo[:2] in roots]


@pytest.mark.parametrize("text", [
    "American troops killed four militants near Jalalabad on Sunday.",
    # the sentence names no place: the story's places are of another state
    "Fighting went on in eastern Afghanistan on Monday. American troops killed four militants near the border.",
])
def test_an_army_abroad_does_not_give_its_country_to_those_it_fights(text):
    targets = _targets(text, ("18", "19", "20"))
    assert targets and all(t is None or t.country != "USA" for t in targets), _events(text)


@pytest.mark.parametrize("text, country", [
    ("Egyptian troops shot dead four militants in Sinai on Sunday.", "EGY"),
    ("CAIRO - Egyptian troops shot dead four militants on Sunday.", "EGY"),
    # nothing says where: at home, as before
    ("Egyptian troops shot dead four militants on Sunday.", "EGY"),
])
def test_an_army_at_home_acts_on_its_own_people(text, country):
    targets = _targets(text, ("18", "19", "20"))
    assert any(t is not None and t.country == country for t in targets), _events(text)


@pytest.mark.parametrize("text", [
    "American forces have captured 15 prisoners in the mountains near Tora Bora.",
    "American forces have captured 15 prisoners.",
    "Soldiers took 40 detainees to a base outside the city.",
])
def test_prisoners_have_no_sector_of_their_own(text):
    for e in _events(text):
        assert e.target is None or not e.target.sectors or "CVL" not in e.target.sectors, e
        assert e.target is None or e.target.country != "USA", e


def test_prisoners_of_a_people_keep_their_country():
    targets = _targets("Israel released 50 Palestinian prisoners on Sunday.", ("08",))
    assert any(t is not None and t.country == "PSE" for t in targets)
