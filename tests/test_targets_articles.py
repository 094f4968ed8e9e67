"""Targets in the shapes whole articles use (issue 9, point 3, ninth round): the patient of a
passive relative clause, a person of no stated nationality, "both sides" of a two-party story.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported", "future")]


def _of_root(text: str, root: str) -> list:
    return [e for e in _events(text) if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, country", [
    ("Officials want to question the Somali student who was detained by Kenyan police on Monday.", "17", "SOM"),
    ("Officials met the Somali diplomats who were expelled by Kenya last week.", "16", "SOM"),
    ("Reporters spoke to the Ugandan traders who had been arrested by Kenyan police at the border.", "17", "UGA"),
])
def test_the_noun_a_relative_pronoun_stands_for_is_the_patient_of_its_passive(text, root, country):
    found = _of_root(text, root)
    assert any(e.target is not None and e.target.country == country for e in found), _events(text)


@pytest.mark.parametrize("text, words", [
    ("The Kenyan police arrested a 40-year-old man at the airport.", "40-year-old man"),
    ("Officials want to question the 30-year-old who was detained by Kenyan police on Monday.", "the 30-year-old"),
    ("Ghanaian police detained a 19-year-old student after the protest.", "student"),
])
def test_a_person_of_no_stated_nationality_is_no_citizen_of_the_arresting_state(text, words):
    found = _of_root(text, "17")
    assert found, _events(text)
    for e in found:
        assert e.target is not None and words in e.target.text, e
        assert e.target.country is None, e


@pytest.mark.parametrize("text, country, sector", [
    # a group named by its kind, acted on by a state's police, stays of that state (as before)
    ("Pakistani police arrested two dozen militants.", "PAK", "REB"),
    ("Indian police arrested five people in Ahmedabad on Friday.", "IND", "CVL"),
])
def test_groups_acted_on_by_police_stay_at_home(text, country, sector):
    found = _of_root(text, "17")
    assert any(e.target is not None and e.target.country == country and sector in (e.target.sectors or [])
               for e in found), _events(text)


def test_a_person_whose_nationality_is_given_keeps_it():
    text = "Kenyan police arrested a 40-year-old Ugandan trader at the airport."
    found = _of_root(text, "17")
    assert any(e.target is not None and e.target.country == "UGA" for e in found), _events(text)


@pytest.mark.parametrize("text, root", [
    ("Kenya accused Somalia of backing the raid on Tuesday. Since then both sides have been massing troops "
     "along their border.", "15"),
    ("Chile blamed Peru for the collapse of the talks. Both countries recalled their ambassadors on Friday.", "16"),
])
def test_both_sides_are_the_two_states_the_article_named_each_acting_on_the_other(text, root):
    pairs = {(e.source.country, e.target.country) for e in _of_root(text, root)
             if e.source is not None and e.target is not None}
    first, second = {"15": ("KEN", "SOM"), "16": ("CHL", "PER")}[root]
    assert {(first, second), (second, first)} <= pairs, _events(text)


@pytest.mark.parametrize("text", [
    # three states named before: which two is not known
    "Kenya accused Somalia of backing the raid, which Ethiopia condemned. Since then both sides have been "
    "massing troops along their border.",
    # one state named: no second party
    "Kenya said the raid was a provocation. Since then both sides have been massing troops along the border.",
])
def test_both_sides_stand_for_no_one_unless_exactly_two_states_were_named(text):
    assert not any(e.source is not None and e.source.text.lower() == "both sides" for e in _events(text)), _events(text)


@pytest.mark.parametrize("text, root, country", [
    ("Norway is sending 200 soldiers to the UN peacekeeping force in Lebanon.", "07", "LBN"),
    ("Ghana deployed troops to the African Union mission in Somalia.", "15", "SOM"),
    ("Fiji withdrew its soldiers from the UN force in Lebanon.", "08", "LBN"),
])
def test_forces_sent_to_a_mission_in_a_place_go_to_that_place(text, root, country):
    found = _of_root(text, root)
    assert any(e.target is not None and e.target.country == country for e in found), _events(text)


def test_an_attack_on_a_mission_is_on_its_body_not_its_place():
    text = "Militants attacked the UN peacekeeping mission in Mali."
    found = [e for e in _events(text) if e.cameo[:2] in ("18", "19")]
    assert found and all(e.target is not None and e.target.country != "MLI" for e in found), _events(text)


@pytest.mark.parametrize("text, sector", [
    ("The Kenyan air force carried out two air strikes in southern Somalia, killing dozens of Al-Shabaab fighters.", "REB"),
    ("Kenyan jets bombed southern Somalia, killing 20 Al-Shabaab militants.", "REB"),
])
def test_an_attack_on_a_land_that_killed_fighters_was_aimed_at_them(text, sector):
    found = [e for e in _events(text) if e.cameo[:2] in ("18", "19", "20")]
    assert found and all(e.target is not None and sector in (e.target.sectors or []) for e in found), _events(text)


def test_civilians_an_attack_on_a_land_killed_were_not_its_target():
    text = "Syrian warplanes pounded the town of Douma, killing at least five people."
    found = [e for e in _events(text) if e.cameo[:2] in ("18", "19", "20")]
    assert found and all(e.target is not None and not e.target.sectors for e in found), _events(text)


def test_an_attack_on_a_thing_that_wounded_fighters_keeps_the_thing():
    text = "Insurgents ambushed an army truck in northern Mali, wounding four soldiers."
    found = [e for e in _events(text) if e.cameo[:2] in ("18", "19", "20")]
    assert found and not any(e.target is not None and e.target.text == "soldiers" for e in found), _events(text)


@pytest.mark.parametrize("text, words", [
    ("Mexico deported 300 migrants to Guatemala on Monday.", "migrants"),
    ("Egypt expelled 40 refugees to Sudan.", "refugees"),
])
def test_people_deported_are_the_target_not_the_place_they_are_sent_to(text, words):
    found = _of_root(text, "17")
    assert found and all(e.target is not None and words in e.target.text for e in found), _events(text)


def test_forces_sent_to_a_place_still_go_to_that_place():
    text = "Britain sent 200 paratroopers to Sierra Leone."
    assert any(e.target is not None and e.target.country == "SLE" for e in _events(text)), _events(text)
