"""Criticism and accusation in the forms news copy gives them (issue 9, the held-out articles'
second batch): a broad vocabulary of blame, idioms of judgement ("does not wash", "raises more
questions than it answers"), a fault found "in the way X handled it", the naming verbs as the
parser attaches them, a domestic story's other side, and "linked X to the attack". Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _blame(text: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code_text(text, published="2001-12-15") if e.modality.factual and e.cameo[:2] == "11"}


@pytest.mark.parametrize("text, source, target", [
    ("Indian Foreign Minister Jaswant Singh said Pakistan's claims were baseless.", "INDGOV", "PAK"),
    ("Israeli Prime Minister Ariel Sharon said the Palestinian Authority's statement was a lie.", "ISRGOV", "PSEGOV"),
    ("The Pakistani Government said India's decision was regrettable and counterproductive.", "PAKGOV", "IND"),
    ("Westpac said the Finance Sector Union's strike was unjustified.", "AUSBUS", "AUSLAB"),
    ("Opposition leader Simon Crean says the Prime Minister has misled the Australian people.", "AUSOPP", "AUSGOV"),
    ("The Indian Government described Pakistan's crackdown as cosmetic.", "INDGOV", "PAK"),
    ("North Korea branded the US sanctions a hostile act.", "PRK", "USA"),
])
def test_a_broad_vocabulary_of_blame_in_reported_speech(text, source, target):
    assert any(s == source and t == target for s, _, t in _blame(text)), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Australian Government says the Opposition's plan does not add up.", "AUSGOV", "AUSOPP"),
    ("Opposition leader Simon Crean says the Prime Minister's explanation raises more questions than it answers.",
     "AUSOPP", "AUSGOV"),
    ("Indian officials said Pakistan's explanation simply does not wash.", "INDGOV", "PAK"),
    ("The Chinese Foreign Ministry said the American account did not hold water.", "CHNGOV", "USA"),
])
def test_an_idiom_of_judgement_blames_the_owner_of_its_subject(text, source, target):
    assert any(s == source and t == target for s, _, t in _blame(text)), code_text(text)


@pytest.mark.parametrize("text", [
    "The Australian Government says the Opposition's figures add up.",
    "Indian officials said Pakistan's explanation washes.",
    "Opposition leader Simon Crean says the Prime Minister's plan does not raise any questions.",
])
def test_an_idiom_negated_the_wrong_way_blames_no_one(text):
    assert not _blame(text), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Indian Government said there were serious flaws in Pakistan's proposal.", "INDGOV", "PAK"),
    ("Opposition leader Simon Crean says there are discrepancies in the way the Australian Government has "
     "handled the inquiry.", "AUSOPP", "AUSGOV"),
])
def test_a_fault_found_in_a_thing_blames_its_owner_or_doer(text, source, target):
    assert any(s == source and t == target for s, _, t in _blame(text)), code_text(text)


def test_a_passive_act_of_harm_blames_no_one():
    assert not _blame("Australian officials said the Australian embassy was damaged."), code_text(
        "Australian officials said the Australian embassy was damaged.")


def test_a_thing_of_the_day_in_a_domestic_dispute_is_the_other_bodys():
    text = ("Members of the Finance Sector Union walked off the job at Westpac. "
            "Westpac's chief executive said today's action was unjustified.")
    assert ("AUSBUS", "111", "AUSLAB") in _blame(text), code_text(text)


def test_no_domestic_side_when_the_story_names_several():
    text = ("The Australian Labor Party and the Australian Democrats criticised the budget. "
            "Australian Treasurer Peter Costello said today's criticism was unjustified.")
    assert not any(s == "AUSGOV" for s, _, _ in _blame(text)), code_text(text)


def test_the_speakers_own_description_is_not_the_other_side():
    text = "Jim Smith, who is a former Catholic priest, says the explanation does not wash."
    assert not any(t == "AUSELI" or (t or "").endswith("ELI") for _, _, t in _blame(text)), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("US President George W. Bush linked Al Qaeda to the attacks.", "USAGOV", "IMGALQAEDA"),
    ("Indian officials have linked the Pakistani group Lashkar-e-Taiba to the attack on parliament.", "INDGOV", "PAKREB"),
    ("The Indian Government has tied Pakistani militants to the bombings.", "INDGOV", "PAKREB"),
])
def test_linking_someone_to_a_crime_accuses_them(text, source, target):
    found = {(s, c, t) for s, c, t in _blame(text)}
    assert any(s == source and c == "112" and t and t.startswith(target[:3]) for s, c, t in found), code_text(text)


def test_linking_things_that_are_no_crime_accuses_no_one():
    assert not _blame("The Indian Government linked the new road to the old highway."), code_text(
        "The Indian Government linked the new road to the old highway.")


@pytest.mark.parametrize("text, source, target", [
    ("Indian police say the Pakistani group Lashkar-e-Taiba is accused of the attack.", "INDCOP", "PAK"),
    ("The Indian Government says Pakistan is accused of sponsoring terrorism.", "INDGOV", "PAK"),
    ("Israeli officials say they will not meet Palestinian leader Yasser Arafat, who is blamed for the bombings.",
     "ISRGOV", "PSEGOV"),
])
def test_an_accusation_in_the_passive_inside_what_a_speaker_says_is_the_speakers(text, source, target):
    found = _blame(text)
    assert any(s == source and c == "112" and t and t.startswith(target) for s, c, t in found), code_text(text)


@pytest.mark.parametrize("text", [
    "Pakistani President Pervez Musharraf is accused of backing the militants.",
    "The Indian Government says Pakistan is not accused of anything.",
    "The Indian Government did not say Pakistan was accused of sponsoring terrorism.",
])
def test_no_speakers_accusation_without_a_speaker_or_when_negated(text):
    assert not any(c == "112" and s for s, c, _ in _blame(text)), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Indian Government held Pakistan responsible for the attack on parliament.", "INDGOV", "PAK"),
    ("Israel holds Yasser Arafat personally responsible for the bombings.", "ISR", "PSEGOV"),
])
def test_holding_someone_responsible_accuses_them(text, source, target):
    assert (source, "112", target) in _blame(text), code_text(text)


@pytest.mark.parametrize("text", [
    "The Indian Government says Indian police are responsible for security at the airport.",
    "Australian Prime Minister John Howard said the Australian Government was responsible for the budget.",
])
def test_being_responsible_for_a_duty_blames_no_one(text):
    assert not _blame(text), code_text(text)


def test_a_word_of_blame_about_a_party_itself():
    text = "The Australian Manufacturing Workers Union says Qantas is being greedy."
    assert any(t == "AUSBUS" for _, _, t in _blame(text)), code_text(text)


def test_a_pronoun_that_holds_someone_responsible_is_the_sayer():
    text = "The Israeli Government says it holds Palestinian leader Yasser Arafat directly responsible for the attacks."
    assert ("ISRGOV", "112", "PSEGOV") in _blame(text), code_text(text)
