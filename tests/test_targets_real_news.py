"""Whom an event is done to in the shapes wire copy uses (issue 9, arguments half). Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported", "future")]


def _targets(text: str, root: str) -> list:
    return [e.target for e in _events(text) if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, country", [
    # a part of the doer's own forces is no target; the place they leave is
    ("Moscow has started withdrawing most of its soldiers from Georgia, a spokesman said.", "08", "GEO"),
    ("Kenyan troops killed several of the Somali gunmen near the border.", "19", "SOM"),
])
def test_a_part_stands_for_what_it_is_a_part_of(text, root, country):
    found = _targets(text, root)
    assert any(t is not None and t.country == country for t in found), _events(text)


@pytest.mark.parametrize("text, root, country", [
    ("NATO withdrew its remaining battalions from Kosovo last spring.", "08", "XKX"),
    ("Britain will send two hundred more soldiers into Sierra Leone.", "15", "SLE"),
    # a place with no actor named: its country
    ("Israel withdrew its border police from Jenin on Sunday.", "08", "PSE"),
])
def test_the_place_forces_are_sent_to_or_withdrawn_from(text, root, country):
    found = _targets(text, root)
    assert any(t is not None and t.country == country for t in found), _events(text)


@pytest.mark.parametrize("text, country", [
    ("Japan has donated medical supplies to help Ethiopia fight the epidemic.", "ETH"),
    ("The EU has provided 20 million euros to assist Nigerian farmers hit by the drought.", "NGA"),
])
def test_a_purpose_clause_of_helping_names_whom_help_is_for(text, country):
    found = _targets(text, "07")
    assert any(t is not None and t.country == country for t in found), _events(text)


def test_a_purpose_clause_of_another_kind_names_no_beneficiary():
    text = "Japan has donated medical supplies to show its support for the Ethiopian government."
    assert not any(t is not None and t.country == "ETH" and t.how == "object" for t in _targets(text, "07")
                   if hasattr(t, "how")), _events(text)


@pytest.mark.parametrize("text, country", [
    ("The Kenyan court rejected a petition filed by the Ugandan government.", "UGA"),
    ("Moscow dismissed the proposals put forward by Kyiv last week.", "UKR"),
])
def test_the_author_of_what_is_rejected_is_named_by_its_participle(text, country):
    found = _targets(text, "12")
    assert any(t is not None and t.country == country for t in found), _events(text)


def test_a_for_to_clause_names_whom_an_appeal_is_addressed_to():
    found = _targets("Kenya appealed for Uganda to reopen the border crossing.", "02")
    assert any(t is not None and t.country == "UGA" for t in found), _events("Kenya appealed for Uganda to reopen the border crossing.")


def test_a_country_the_thing_is_sent_to_beats_a_group_of_no_country():
    text = "France has sent forty armoured trucks and a unit of paratroopers to Chad."
    found = [e.target for e in _events(text) if e.cameo[:2] in ("07", "15")]
    assert any(t is not None and t.country == "TCD" for t in found), _events(text)


def test_the_place_an_of_phrase_names_is_the_place_attacked():
    found = _targets("The rebels attacked the town of Bunia on Sunday.", "19")
    assert any(t is not None and t.country == "COD" for t in found), _events("The rebels attacked the town of Bunia on Sunday.")


def test_a_clause_of_the_object_names_whom_a_hope_or_concern_is_about():
    text = "Kenya voiced concern that Uganda would close the border."
    assert any(t is not None and t.country == "UGA" for t in _targets(text, "01")), _events(text)


def test_the_country_of_the_people_a_purpose_clause_helps():
    text = "Canada sent two planes of supplies to help flood victims in Pakistan."
    assert any(t is not None and t.country == "PAK" for t in _targets(text, "07")), _events(text)


def test_the_theme_own_phrase_comes_before_a_participle_about_its_grounds():
    text = "The EU has imposed sanctions on Belarus based on reports from Minsk."
    assert any(t is not None and t.country == "BLR" and t.text == "Belarus" for t in _targets(text, "16")), _events(text)


def test_the_doer_named_on_the_act_of_an_in_phrase_is_no_target():
    text = "Residents in Mogadishu buried five men killed in renewed Somali fighting."
    assert not any(t is not None and t.text == "Somali" for t in _targets(text, "19")), _events(text)
