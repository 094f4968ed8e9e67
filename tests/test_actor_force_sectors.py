"""Forces that are police or army by what they do and whom they serve with (issue 9, whole
articles): "security forces" are police when they arrest or control a crowd and army when they
fight; "officers" serving with soldiers are soldiers. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


def _source_sectors(text: str, root: str) -> list[list[str]]:
    return [list(e.source.sectors or []) for e in _events(text) if e.source is not None and e.cameo[:2] == root]


@pytest.mark.parametrize("text, root", [
    ("Nepalese security forces have arrested three men in Kathmandu.", "17"),
    ("Indian security forces fired teargas at the mob in Ahmedabad on Sunday.", "17"),
    ("Security personnel detained forty protesters outside the assembly in Dhaka.", "17"),
])
def test_security_forces_doing_police_work_are_police(text, root):
    found = _source_sectors(text, root)
    assert found and all(s == ["COP"] for s in found), _events(text)


@pytest.mark.parametrize("text, root", [
    ("Indian security forces killed four militants in Kupwara.", "19"),
    ("Nigerian security forces clashed with Boko Haram fighters near Maiduguri.", "19"),
])
def test_security_forces_that_fight_stay_army(text, root):
    found = _source_sectors(text, root)
    assert ["MIL"] in found and ["COP"] not in found, _events(text)


def test_officers_serving_with_soldiers_are_soldiers():
    text = "Danish and Dutch liaison officers are working with the Canadian Army in northern Mali."
    sources = {e.source.country: e.source.sectors for e in _events(text) if e.source is not None}
    assert sources.get("DNK") == ["MIL"] and sources.get("NLD") == ["MIL"], _events(text)


@pytest.mark.parametrize("text, sector", [
    ("Police officers are working with the army in Kaduna.", "COP"),  # the modifier says which
    ("Nigerian security forces worked with the police in Kano.", "COP"),
    ("Kenyan officers arrested two men in Mombasa.", "COP"),  # the default of "officers"
])
def test_a_force_keeps_what_its_words_or_partner_say(text, sector):
    subjects = [e.source for e in _events(text) if e.source is not None]
    assert subjects and subjects[0].sectors == [sector], _events(text)


@pytest.mark.parametrize("text, country", [
    ("Tear-gas shells were lobbed to disperse the crowd outside the stadium.", None),
    ("Several rounds were fired into the air near the bus stand in Vadodara.", "IND"),
    ("Water cannon were used to disperse the protesters in Nairobi.", "KEN"),
])
def test_crowd_control_that_names_no_doer_is_police_work(text, country):
    found = [e.source for e in _events(text) if e.cameo == "175"]
    assert found and all(s is not None and s.sectors == ["COP"] and s.country == country for s in found), _events(text)


@pytest.mark.parametrize("text", [
    "A crackdown on dissent was launched in Minsk.",  # governments and armies repress too
    "Some twenty rounds were fired at the convoy near Kandahar.",  # gunfire, not crowd control
])
def test_other_acts_that_name_no_doer_get_no_police(text):
    assert not any(e.source is not None and "COP" in (e.source.sectors or []) for e in _events(text)), _events(text)
