"""Unnamed attackers, coups, the passenger who attacks a plane, captives of the one armed group
(issue 9, the article gold's source classes): the doers no sentence names, read from the act and the
article (``coding.sources.private_attacker_sources``, ``coding.attackers``). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.factual and e.cameo.startswith(root)]


# -- killed during an attack of no named doer ---------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("At least five people, among them three soldiers, were killed overnight during an attempted coup in Chad.", "TCD"),
    ("Two policemen were wounded during a raid on a village near Srinagar.", "IND"),
    ("Four villagers were killed in a shootout in Karachi on Sunday.", "PAK"),
])
def test_killed_during_an_attack_of_no_named_doer_is_by_unidentified_attackers(text, country):
    found = _events(text, "19")
    assert found and found[0].source is not None, found
    assert found[0].source.code == f"{country}UAF" and found[0].source.resolved_by == "place", found[0]


@pytest.mark.parametrize("text", [
    "Three people were killed during an earthquake in Chad.",
    "Two men were killed in a shootout with police in Karachi.",  # the police are named: not unknown attackers
])
def test_no_unidentified_attackers_for_a_disaster_or_a_named_side(text):
    assert not any(e.source is not None and "UAF" in (e.source.sectors or []) for e in _events(text, ""))


def test_killed_during_a_raid_of_a_named_force_is_by_that_force():
    found = _events("Two men were killed during a police raid in Srinagar.", "19")
    assert found and found[0].source is not None and found[0].source.code == "INDCOP", found


def test_a_city_named_with_its_people_is_still_the_place_of_the_attack():
    found = _events("A teacher was killed in a bombing in mostly Christian eastern Beirut.", "19")
    assert found and found[0].source is not None and found[0].source.code == "LBNUAF", found


def test_a_coup_of_long_ago_with_no_place_keeps_a_null_doer():
    found = _events("The president was deposed in a coup ten years ago.", "18")
    assert all(e.source is None for e in found), found


# -- coups ----------------------------------------------------------------------------------------------

COUP = ("Gunfire was heard overnight during an attempted coup in the Central African Republic. Armed soldiers "
        "stormed the presidential palace in Bangui and seized control of the state radio transmitters.")


def test_armed_men_storming_the_palace_in_a_coup_are_unidentified_attackers():
    stormed = [e for e in _events(COUP, "19") if e.trigger.text == "stormed"]
    assert stormed and stormed[0].source.code == "CAFUAF", stormed
    assert stormed[0].target.code == "CAFGOV"


def test_what_coup_attackers_seize_with_no_owner_is_the_governments():
    seized = [e for e in code_text(COUP, published="2024-03-01") if e.trigger.text == "seized"]
    assert seized and seized[0].source.code == "CAFUAF", seized
    assert seized[0].target.code == "CAFGOV" and seized[0].target.resolved_by == "context", seized[0]
    assert "transmitters" in seized[0].target.text


def test_soldiers_outside_a_coup_story_stay_the_army():
    found = _events("Soldiers stormed a rebel camp in northern Chad on Monday.", "19")
    assert found and found[0].source.code == "TCDMIL", found


def test_a_coup_of_last_year_makes_no_attackers():
    text = ("The army staged a coup in Suva last year. Soldiers stormed a village near Suva on Monday "
            "and seized control of the water supply.")
    assert not any(e.source is not None and "UAF" in (e.source.sectors or []) for e in _events(text, "19"))


def test_soldiers_fighting_the_coup_attackers_stay_the_army():
    text = ("Gunmen attacked the parliament in Bangui on Monday in an attempted coup. "
            "Soldiers then fired at the gunmen near the parliament in Bangui.")
    fired = [e for e in _events(text, "19") if e.trigger.text == "fired"]
    assert fired and fired[0].source.code == "CAFMIL", fired


# -- the passenger ------------------------------------------------------------------------------------------

PLANE = ("A Qantas flight from Singapore to Sydney was diverted to Darwin after a passenger tried to set off "
         "explosives hidden in his luggage. Australian police have arrested a 41-year-old man.")


def test_a_passenger_who_tries_to_set_off_explosives_is_an_unidentified_attacker_of_the_airline():
    found = _events(PLANE, "18")
    assert found and found[0].source is not None, found
    assert found[0].source.sectors == ["UAF"] and found[0].source.text.endswith("passenger"), found[0]
    assert found[0].target is not None and found[0].target.code == "AUSBUS", found[0]


def test_the_man_arrested_in_the_story_is_the_attacker():
    arrests = _events(PLANE, "17")
    assert arrests and arrests[0].source.code == "AUSCOP", arrests
    assert arrests[0].target is not None and arrests[0].target.sectors == ["UAF"], arrests[0]
    assert arrests[0].target.resolved_by == "coreference" and "41-year-old" in arrests[0].target.text


def test_a_man_attacking_bus_passengers_is_an_attacker():
    found = _events("A man attacked passengers on a bus with a knife.", "19")
    assert found and found[0].source is not None and found[0].source.sectors == ["UAF"], found


def test_violence_between_private_people_has_no_attacker():
    found = _events("A man stabbed his neighbour in Sydney after an argument.", "")
    assert not any(e.source is not None and "UAF" in (e.source.sectors or []) for e in found), found


def test_an_arrest_of_a_man_with_no_attacker_before_keeps_no_target():
    found = _events("Police in Perth have arrested a 41-year-old man.", "17")
    assert found and (found[0].target is None or not found[0].target.sectors), found


# -- captives -------------------------------------------------------------------------------------------

def test_captives_of_an_army_in_a_story_of_one_armed_group_are_that_groups():
    text = ("American troops are hunting Al Qaeda fighters in the mountains near Jalalabad. "
            "The troops have captured 20 prisoners.")
    found = [e for e in _events(text, "17") if e.trigger.text == "captured"]
    assert found and found[0].target is not None and found[0].target.code.startswith("IMG"), found
    assert found[0].target.resolved_by == "context" and found[0].target.text == "20 prisoners"


def test_captives_stay_unknown_when_two_armed_groups_are_named():
    text = ("American troops are hunting Al Qaeda and Taliban fighters near Jalalabad. "
            "The troops have captured 20 prisoners.")
    found = [e for e in _events(text, "17") if e.trigger.text == "captured"]
    assert found and (found[0].target is None or not found[0].target.country), found
