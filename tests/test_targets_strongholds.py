"""A place named as a group's stronghold stands for the group as the target of an attack on it or of
forces sent near it (issue 9). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _targets(text: str, roots: tuple[str, ...]) -> list:
    events = [e for e in code_text(text, published="2001-12-15") if e.modality.status in ("asserted", "reported")]
    return [e.target for e in events if e.cameo[:2] in roots], events


@pytest.mark.parametrize("text, roots, code", [
    # an appositive after the place, wherever the parser hangs it
    ("Officials said 800 American soldiers are deployed near the city of Herat, the main stronghold of the Taliban.",
     ("15",), "AFGREB"),
    ("American jets bombed Kandahar, the last stronghold of the Taliban, on Sunday.", ("18", "19", "20"), "AFGREB"),
    ("Nigerian jets bombed the Sambisa forest, the main hideout of Boko Haram.", ("18", "19", "20"), "NGAREB"),
    # the group named before the noun, the place in its of-phrase: of the place's country
    ("Sri Lankan troops attacked the rebel stronghold of Jaffna.", ("18", "19", "20"), "LKAREB"),
])
def test_a_groups_stronghold_stands_for_the_group(text, roots, code):
    targets, events = _targets(text, roots)
    assert any(t is not None and t.code == code for t in targets), events


@pytest.mark.parametrize("text, roots, country", [
    # a place described otherwise stays its country
    ("Russian troops shelled Kharkiv, the second city of Ukraine, on Monday.", ("18", "19", "20"), "UKR"),
])
def test_other_appositives_leave_the_place(text, roots, country):
    targets, events = _targets(text, roots)
    assert any(t is not None and t.country == country and not t.sectors for t in targets), events


# -- a mission in a place, in what an intent, an offer or a promise is to do ---------------------------

@pytest.mark.parametrize("text, country", [
    ("Norway is ready to contribute soldiers to the UN peacekeeping force in Lebanon.", "LBN"),
    ("Spain offered to send troops to the European Union mission in Mali.", "MLI"),
    ("Britain is ready to contribute helicopters to the African Union mission in Somalia.", "SOM"),
])
def test_forces_offered_to_a_mission_go_to_its_place(text, country):
    events = [e for e in code_text(text, published="2024-03-01") if e.cameo.startswith("03")]
    assert events and all(e.target is not None and e.target.country == country for e in events), events


def test_an_attack_threatened_on_a_mission_stays_on_its_body():
    events = [e for e in code_text("Rebels threatened to attack the UN mission in Mali.", published="2024-03-01")
              if e.cameo.startswith("13")]
    assert events and all(e.target is not None and e.target.country == "IGO" for e in events), events
