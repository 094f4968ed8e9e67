"""Precision in whole articles (issue 9, ninth round): events that did not happen as the sentence
tells them, or that are not political events at all, and acts coded under the wrong class.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return code_text(text, published="2001-12-15")


def _codes(text: str, status: str = "asserted") -> list[str]:
    return [e.cameo for e in _events(text) if e.modality.status == status]


@pytest.mark.parametrize("text", [
    "Police charged three Kenyan men with conspiracy to murder.",
    "A French man has been charged in the United States with conspiracy.",
    "Kenyan prosecutors charged the former minister with fraud on Tuesday.",
    "The Nigerian court charged two soldiers with two counts of manslaughter.",
])
def test_a_formal_charge_of_an_offence_is_legal_action_not_an_accusation(text):
    codes = _codes(text)
    assert "173" in codes and "112" not in codes


@pytest.mark.parametrize("text", [
    "The Israeli government charged Syria with sheltering militants.",
    "The Israeli government charged Syria with terrorism.",   # an offence, but no court or police: words
])
def test_a_charge_in_words_stays_an_accusation(text):
    assert _codes(text) == ["112"]


def test_a_charge_with_no_one_named_in_a_country_is_by_its_courts():
    events = [e for e in _events("A French man has been charged in the United States with conspiracy.") if e.cameo == "173"]
    assert events and events[0].source.code == "USAJUD" and events[0].source.resolved_by == "context"
    assert events[0].target.country == "FRA"
    unnamed = [e for e in _events("A French man has been charged with conspiracy.") if e.cameo == "173"]
    assert unnamed and unnamed[0].source is None


def test_a_task_one_is_charged_with_is_no_event():
    assert _events("The Kenyan government has been charged with the task of rebuilding the town.") == []


@pytest.mark.parametrize("text, code", [
    ("Kenyan police handed the suspects to Ugandan authorities.", "063"),
    ("The Ugandan army handed weapons to Sudanese rebels.", "072"),
    ("Kenyan police handed over the suspects to Ugandan authorities.", "063"),
])
def test_handing_people_or_things_to_someone_with_or_without_over(text, code):
    events = [e for e in _events(text) if e.cameo == code]
    assert events and events[0].target is not None and events[0].target.country in ("UGA", "SDN")


@pytest.mark.parametrize("text", [
    "Reports that Syrian troops shelled the town were denied by Damascus.",
    "Damascus denied reports that Syrian troops shelled the town.",
    "Damascus rejected the report that Syrian troops had shelled the town.",
])
def test_an_act_in_a_report_the_sentence_denies_is_denied(text):
    shelling = [e for e in _events(text) if e.cameo == "194"]
    assert shelling and all(e.modality.status == "denied" for e in shelling)


@pytest.mark.parametrize("text, status", [
    ("The Syrian army did not hesitate to attack the rebels.", "asserted"),
    ("The Syrian army never hesitated to attack the rebels.", "asserted"),
    ("The Syrian army hesitated to attack the rebels.", "hypothetical"),
])
def test_not_hesitating_to_act_asserts_the_act(text, status):
    assert [e.modality.status for e in _events(text) if e.cameo == "190"] == [status]


def test_an_operation_launched_to_arrest_people_is_the_arrest_under_way():
    events = [e for e in _events("Nigerian police launched a crackdown to arrest the gunmen.") if e.cameo == "173"]
    assert [e.modality.status for e in events] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Nigerian troops launched an operation to capture Kano.",   # taking a place: a purpose
    "Nigerian police sent officers to arrest the gunmen.",       # no operation: a purpose
])
def test_other_purposes_stay_plans(text):
    assert not [e for e in _events(text) if e.cameo == "173" and e.modality.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Sir John, the British actor best known for his role as the civil servant in the BBC hit Yes Minister, "
    "died on Wednesday.",
    "Sir John Smith, the British actor best known for his role as a scheming general in the ITV hit Prime Time, "
    "died on Monday from a stroke, his agent said.",
])
def test_a_noun_the_parser_read_as_a_verb_after_a_preposition_is_no_event(text):
    assert not [e for e in _events(text) if e.cameo.startswith("19")]


@pytest.mark.parametrize("text", [
    "Gunmen in the town attacked Kenyan police.",
    "Syrian troops stationed in the town attacked the rebels.",
    "Syrian troops, who had been stationed in the town, attacked the rebels.",
    "The Kenyan government, its allies and the Somali rebels on Thursday attacked the town.",
])
def test_a_verb_with_its_own_subject_after_a_place_is_still_coded(text):
    assert "190" in _codes(text)


@pytest.mark.parametrize("text, coded", [
    ("The building was destroyed, but nobody was injured in the attack.", True),
    # an accident: no event at all (tests/test_coding_accidents_weapons.py), never a fact
    ("Fierce winds sent a tree crashing into a house, but no one was injured.", False),
    ("No Kenyan soldiers were injured in the clashes.", True),
    ("None of the Kenyan soldiers was wounded.", True),
])
def test_an_act_done_to_no_one_did_not_happen(text, coded):
    injured = [e for e in _events(text) if e.trigger.lemma in ("injure", "wound")]
    assert bool(injured) == coded
    assert all(e.modality.negated and not e.modality.factual for e in injured)


def test_an_act_done_to_someone_is_not_negated():
    assert [e.modality.negated for e in _events("Syrian troops killed five people.")] == [False]


@pytest.mark.parametrize("text", [
    "It comes as the two parties fight over numbers within the parliamentary groupings of the Coalition.",
    "Kenyan ministers clashed over the budget.",
    "Labor and the Liberals are fighting over preselection for the seat.",
])
def test_fighting_over_votes_seats_or_money_is_no_use_of_force(text):
    assert not [e for e in _events(text) if e.cameo.startswith("19")]


@pytest.mark.parametrize("text", [
    "Syrian troops fought over the town for three days.",
    "Kenyan troops clashed with Somali militants over the border.",
])
def test_fighting_over_a_place_is_still_fighting(text):
    assert "190" in _codes(text)


def test_a_noun_of_an_event_told_before_is_background():
    def bombings(text):
        return [e for e in _events(text) if e.trigger.lemma == "bombing"]
    tail = " bombing of Kabul airport, were admitted to a hospital before the departure of the Taliban militia."
    assert bombings("The gunmen, wounded in US" + tail)
    assert not bombings("The gunmen, wounded in earlier US" + tail)
