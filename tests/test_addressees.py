"""Whom a call or demand is made to when no word names the addressee (issue 9, the held-out
articles' common forms): a domestic petitioner's call for a policy goes to its own government; a
state speaking of what its own country must do asks nobody; a passive demand's subject is what is
acted on. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _asking(text: str) -> list:
    return [e for e in code_text(text, published="2024-03-01")
            if e.modality.factual and e.cameo[:2] in ("02", "10")]


def _pairs(text: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in _asking(text)}


@pytest.mark.parametrize("text, source", [
    ("A coalition of Canadian church leaders is calling for a bigger intake of asylum seekers.", "CANREL"),
    ("French unions are calling for higher wages for nurses.", "FRALAB"),
    ("Indian opposition MPs have called for a judicial inquiry into the deaths.", "INDLEG"),
    ("British charities say the aid budget must be restored.", "GBRNGO"),
    ("Australian church leaders say Australia must take more refugees.", "AUSREL"),
    ("German trade unions demanded a higher minimum wage on Monday.", "DEULAB"),
])
def test_a_domestic_call_for_a_policy_is_made_to_its_government(text, source):
    government = source[:3] + "GOV"
    assert (source, government) in _pairs(text), _asking(text)
    assert all(e.target.resolved_by == "context" for e in _asking(text) if e.target and e.target.code == government)


@pytest.mark.parametrize("text", [
    "Young people seeking assistance were mostly helped by their families.",
    "Australian church leaders called for an end to the bombing of Afghanistan.",
])
def test_no_government_addressee_for_a_plea_of_no_policy_or_a_call_on_another_state(text):
    assert all(not (e.target and e.target.sectors == ["GOV"] and e.target.resolved_by == "context")
               for e in _asking(text)), _asking(text)


@pytest.mark.parametrize("text", [
    '"Afghanistan must go from an economy of war to an economy of peace," Mr Karzai said.',
    "Russian President Vladimir Putin said Russia must modernise its army.",
    '"Pakistan must become a modern state," President Musharraf said.',
    "Prime Minister John Howard said Australia must stay the course.",
])
def test_a_state_saying_its_own_country_must_act_makes_no_demand(text):
    assert not _asking(text), _asking(text)


def test_a_passive_demand_by_a_petitioner_goes_to_its_government_not_to_what_is_acted_on():
    text = "Australian Labor MPs say violent inmates must be separated from women and children."
    pairs = _pairs(text)
    assert ("AUSLEG", "AUSGOV") in pairs, _asking(text)


def test_no_speaker_inside_the_quotation_he_says():
    text = ('"Those farmers who have lived by the gun must be given other work," he said, '
            'speaking after the cabinet met in Kabul.')
    assert all(e.source is None or e.source.sectors != ["CVL"] for e in _asking(text)), _asking(text)


def test_a_negated_call_stays_negated():
    text = "We are not calling on the minister to resign, the Labor leader said."
    assert not _asking(text), _asking(text)


@pytest.mark.parametrize("text, speaker, sides", [
    ("Israeli troops raided Jenin on Monday. Palestinian gunmen shot two Israeli settlers. Israel blamed the "
     "Palestinian Authority. Britain and France called on all sides to show restraint.", "GBR", ("ISR", "PSE")),
    ("India massed troops on the Pakistani border. Pakistan moved missiles to its border with India. India and "
     "Pakistan traded artillery fire. The United Nations urged both sides to pull back.", "IGOUN", ("IND", "PAK")),
    ("Israel bombed Gaza on Tuesday. Britain called on both sides to stop the violence.", "GBR", ("ISR", "PSE")),
    ("Ethiopian troops shelled Eritrean positions. Eritrea said Ethiopia had attacked first. Ethiopia accused "
     "Eritrea of starting the war. Kenya called on both parties to return to talks.", "KEN", ("ETH", "ERI")),
])
def test_a_call_on_all_sides_is_a_call_on_each_side_of_the_story(text, speaker, sides):
    got = {(e.source.code, e.target.country) for e in _asking(text) if e.source and e.target}
    assert {(speaker, sides[0]), (speaker, sides[1])} <= got, _asking(text)


def test_all_sides_of_a_story_of_three_states_is_no_pair():
    text = ("Russia, Turkey and Iran met in Astana. Russia and Turkey disagreed, and Iran and Turkey disagreed. "
            "Russia, Turkey and Iran will meet again. The UN called on all sides to compromise.")
    assert not any(e.target and e.target.resolved_by == "coreference" for e in _asking(text)), _asking(text)


@pytest.mark.parametrize("text, speaker, addressee", [
    ("Israeli Prime Minister Ariel Sharon said the Palestinian Authority has to arrest the militants.", "ISRGOV", "PSEGOV"),
    ("The Indian Government says Pakistan needs to act against the militant groups.", "INDGOV", "PAK"),
    ("After the arrests, the Israeli Cabinet Minister, Ephraim Sneh, says the Palestinian Authority has to act on its words.",
     "ISRGOV", "PSEGOV"),
    ("Japanese Prime Minister Junichiro Koizumi said North Korea needs to return the abducted citizens.", "JPNGOV", "PRK"),
])
def test_has_to_and_needs_to_under_a_say_verb_are_a_demand_on_the_subject(text, speaker, addressee):
    assert (speaker[:3], addressee) in {(s and s[:3], t) for s, t in _pairs(text)}, _asking(text)


@pytest.mark.parametrize("text", [
    "Indian police had to fire tear gas at the crowd, the minister said.",
    "The Government will have to consider delaying some projects, the minister said.",
    "The Indian Government says Pakistan does not need to act against the groups.",
])
def test_no_demand_from_a_past_or_future_or_negated_obligation(text):
    assert not [e for e in _asking(text) if e.cameo == "100"], _asking(text)


def test_a_passive_prohibition_by_a_government_asks_no_one():
    text = "Croatia's president said the border treaty must not be changed without the consent of parliament."
    assert not _asking(text), _asking(text)


def test_a_passive_must_by_a_government_is_a_demand_with_no_addressee():
    text = "US Vice-President Dick Cheney says that captured Al Qaeda leaders must be handed over to the United States."
    assert any(e.cameo[:2] == "10" and e.source and e.source.country == "USA" for e in _asking(text)), _asking(text)
