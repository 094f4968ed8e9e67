"""Nouns of saying or giving and their arguments (issue 9, item 4): the from-phrase names who
made the appeal or gave the aid ("an appeal from the parliament"), a for-to clause whom it asks
("an appeal for the president to resign"), the for-phrase what kind of appeal ("for calm").
Sentences written for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest


from coding_helpers import factual_triples

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Peru": "PER", "Bolivia": "BOL", "Lebanon": "LBN", "Syria": "SYR"}


def _triples(nlp, lexicon, text):
    return factual_triples(nlp, lexicon, text, COUNTRIES)


@pytest.mark.parametrize("text, expected", [
    ("The appeal from Chad to Sudan went unheeded.", ("TCD", "020", "SDN")),
    ("Chad issued an appeal for Sudan to withdraw its troops.", ("TCD", "020", "SDN")),
    ("An appeal from Peru for calm went unheeded.", ("PER", "0256", None)),
    ("Peru made an appeal for food and medicine.", ("PER", "023", None)),
])
def test_a_noun_of_saying_names_its_author_and_addressee(nlp, lexicon, text, expected):
    assert expected in _triples(nlp, lexicon, text)


@pytest.mark.parametrize("text, unexpected", [
    # the from-phrase of a noun of saying is who said it, never its target
    ("There was an appeal from Chad for calm.", ("TCD", "0256", "TCD")),
    # a withdrawal or an attack from a place is no act of that place
    ("The withdrawal of troops from Lebanon was welcomed.", ("LBN", "087", None)),
    ("An attack from Syria was reported.", ("SYR", "190", None)),
])
def test_what_a_from_phrase_does_not_say(nlp, lexicon, text, unexpected):
    triples = _triples(nlp, lexicon, text)
    assert unexpected not in triples
    assert all(s != "TCD" or t != "TCD" for s, _, t in triples)


def test_the_object_of_a_verb_keeps_its_from_phrase_for_the_verb(nlp, lexicon):
    # "accepted demands from Bolivia": the event is the acceptance; Bolivia is its target
    triples = _triples(nlp, lexicon, "Peru accepted demands from Bolivia.")
    assert all(s != "BOL" for s, _, _ in triples)
