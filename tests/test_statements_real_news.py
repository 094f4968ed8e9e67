"""Statements found wrong on whole articles (issue 9): whom an ultimatum is made to, what two states
commit to towards a third, an arrest warrant (the legal action itself), a summons that is no appeal. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _factual(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.factual]


def _pairs(text: str, root: str) -> set[tuple]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _factual(text) if e.cameo[:2] == root}


@pytest.mark.parametrize("text, source, addressee, other", [
    # the ultimatum's own to-phrase is whom it is made to, not whom the demanded act is done to
    ("Washington issued an ultimatum to Khartoum to restore ties with Israel.", "USA", "SDN", "ISR"),
    ("Iran issued a warning to Israel to stop the strikes on Syria.", "IRN", "ISR", "SYR"),
    ("The Kenyan government issued an ultimatum to Somalia to withdraw its troops from Ethiopia.", "KEN", "SOM", "ETH"),
])
def test_an_ultimatum_is_made_to_its_addressee(text, source, addressee, other):
    pairs = _pairs(text, "13") | _pairs(text, "10")
    assert (source, addressee) in pairs, _factual(text)
    assert (source, other) not in pairs, _factual(text)


@pytest.mark.parametrize("text, parties, third", [
    ("Mexico and Canada agreed to lift tariffs on American products.", ("MEX", "CAN"), "USA"),
    ("Bahrain and Kuwait have agreed to lift a ban on imports of Egyptian fruit.", ("BHR", "KWT"), "EGY"),
])
def test_two_states_committing_towards_a_third_are_no_accord_between_them(text, parties, third):
    pairs = _pairs(text, "03")
    a, b = parties
    assert (a, third) in pairs and (b, third) in pairs, _factual(text)
    assert (a, b) not in pairs and (b, a) not in pairs, _factual(text)


def test_a_mutual_act_agreed_on_stays_an_accord_between_the_parties():
    pairs = _pairs("Chad and Sudan agreed to hold talks in Libya.", "03")
    assert ("TCD", "SDN") in pairs and ("SDN", "TCD") in pairs


@pytest.mark.parametrize("text", [
    "The court issued arrest orders against the opposition leaders.",
    "A Spanish judge issued an arrest warrant for the former Chilean dictator.",
])
def test_issuing_an_arrest_warrant_is_the_legal_action_itself(text):
    """CAMEO 173 is "arrest, detain, or charge with legal action": a warrant or arrest order issued
    is that legal action, done (PETRARCH-2 codes ISSUE {ARREST WARRANTS} as 173 too)."""
    assert [e for e in _factual(text) if e.cameo.startswith("173")], code_text(text)


def test_an_arrest_on_a_warrant_is_an_arrest():
    text = "Pakistani police arrested the former minister on a warrant issued by the court."
    assert [e for e in _factual(text) if e.cameo.startswith("173")], code_text(text)


@pytest.mark.parametrize("text", [
    "The Solomon Islands prime minister called all the ministers for a special meeting.",
    "The Fijian president called his cabinet for an emergency session on Sunday.",
])
def test_calling_ones_ministers_to_a_meeting_is_no_appeal(text):
    assert not [e for e in _factual(text) if e.cameo[:2] == "02"], _factual(text)


def test_calling_for_a_meeting_is_still_an_appeal():
    text = "The Russian foreign minister called for an emergency meeting of the Security Council."
    assert [e for e in _factual(text) if e.cameo[:2] == "02"], code_text(text)


@pytest.mark.parametrize("text", [
    "Police were able to arrest the two suspects after a chase.",
    "Indian police have been able to arrest four men in Ahmedabad.",
])
def test_able_to_is_the_act_done(text):
    assert [e for e in _factual(text) if e.cameo.startswith("173")], code_text(text)
