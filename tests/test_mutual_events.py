"""Mutual events in whole articles (the article gold's rule 4: negotiations, talks and meetings
between two named parties are coded once in each direction). Every sentence was written for
these tests."""

from __future__ import annotations

import pytest


from coding_helpers import factual_triples

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Israel": "ISR", "Egypt": "EGY", "Mali": "MLI", "Niger": "NER",
             "Peru": "PER", "Chile": "CHL", "Gaza": "PSE"}


def _triples(nlp, lexicon, text):
    return factual_triples(nlp, lexicon, text, COUNTRIES)


@pytest.mark.parametrize("text,a,b", [
    # the talks told of in a clause under the parties' own clause were theirs
    ("Chad and Sudan will meet again in Paris after talks in Doha failed on Monday.", "TCD", "SDN"),
    ("Mali and Niger agreed to reopen the border after marathon negotiations ended on Sunday.", "MLI", "NER"),
    ("Peru and Chile said on Monday that the negotiations had been useful.", "PER", "CHL"),
])
def test_talks_take_the_parties_of_their_clause(nlp, lexicon, text, a, b):
    consult = {(s, t) for s, code, t in _triples(nlp, lexicon, text) if code.startswith("04")}
    assert {(a, b), (b, a)} <= consult


@pytest.mark.parametrize("text", [
    # one actor says nothing of who the other party was
    "Israel struck Gaza after talks failed.",
    "Egypt closed the crossing after the negotiations collapsed on Friday.",
])
def test_one_party_gives_talks_no_parties(nlp, lexicon, text):
    assert not any(code.startswith("04") for _, code, _ in _triples(nlp, lexicon, text))


def test_talking_to_a_party_is_mutual(nlp, lexicon):
    triples = _triples(nlp, lexicon, "Chad is still talking to Sudan about the refugees.")
    assert {("TCD", "040", "SDN"), ("SDN", "040", "TCD")} <= triples


def test_talking_to_reporters_is_no_consultation(pipeline):
    events = pipeline.code_text("The Egyptian foreign minister talked to reporters in Cairo on Monday.",
                                published="2024-05-02")
    assert not any(e.cameo.startswith("04") for e in events)


@pytest.mark.parametrize("text,source,target", [
    ("The Russian foreign minister told an EU summit in Brussels that sanctions would fail.", "RUS", "IGO"),
    ("The French president addressed a United Nations meeting in New York on Monday.", "FRA", "IGO"),
    ("The French president arrived in New York. He addressed a United Nations meeting there on Monday.", "FRA", "IGO"),
])
def test_speaking_to_a_meeting_consults_its_body(pipeline, text, source, target):
    events = [e for e in pipeline.code_text(text, published="2024-05-02") if e.cameo.startswith("04")]
    assert [(e.source.country, e.target.country) for e in events] == [(source, target)]


def test_a_body_holding_its_own_meeting_consults_no_one(pipeline):
    # a meeting with no counterpart is no consultation (nor one of the body with itself)
    events = pipeline.code_text("NATO defence ministers held a meeting in Brussels on Monday.", published="2024-05-02")
    assert [e.source.country for e in events if e.cameo.startswith("04")] == []


def test_a_gathering_of_many_parties_has_no_pair_of_parties(nlp, lexicon):
    text = "Ministers from Chad, Sudan, Mali, Niger and Peru will meet in Geneva tomorrow for talks on the refugees."
    assert not any(code.startswith(("03", "04")) for _, code, _ in _triples(nlp, lexicon, text))


def test_two_parties_who_will_meet_still_meet(nlp, lexicon):
    text = "Chad and Sudan will meet in Geneva tomorrow for talks on the refugees."
    assert {("TCD", "036", "SDN"), ("SDN", "036", "TCD")} <= _triples(nlp, lexicon, text)


@pytest.mark.parametrize("text,a,b", [
    ("Talks between Chad and Sudan broke down on Monday.", "TCD", "SDN"),
    ("Mali said the negotiations between Mali and Niger had failed.", "MLI", "NER"),
])
def test_talks_between_two_parties_are_theirs(nlp, lexicon, text, a, b):
    consult = {(s, t) for s, code, t in _triples(nlp, lexicon, text) if code.startswith("04")}
    assert {(a, b), (b, a)} <= consult


def test_talks_between_parties_to_come_are_no_fact(nlp, lexicon):
    assert not any(code.startswith("04") for _, code, _ in
                   _triples(nlp, lexicon, "Talks between Chad and Sudan will resume next week."))


@pytest.mark.parametrize("text", [
    "The Egyptian foreign minister talked to the BBC on Monday.",
    "The Egyptian foreign minister met with Egyptian journalists in Cairo on Monday.",
])
def test_talking_to_the_press_is_no_consultation(pipeline, text):
    assert not any(e.cameo.startswith("04") for e in pipeline.code_text(text, published="2024-05-02"))
