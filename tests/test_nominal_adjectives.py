"""Adjectival predicates (issue 9, item 4): "is opposed to", "was critical of", "is supportive of"
with their subject, also when the parser hangs it on the auxiliary right before ("Chad is opposed
to Sudan's plan", read as a passive) but not across a phrase ("were on Wednesday taken into
custody": its patient); the adjective alone, or in another sense, is no event. Sentences written
for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest


from coding_helpers import factual_triples

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Peru": "PER", "Bolivia": "BOL"}


def _triples(nlp, lexicon, text):
    return factual_triples(nlp, lexicon, text, COUNTRIES)


@pytest.mark.parametrize("text, expected", [
    ("Chad is opposed to Sudan's plan.", ("TCD", "120", "SDN")),  # subject parsed under "is"
    ("Peru was sharply critical of Bolivia's decision.", ("PER", "111", "BOL")),
    ("Chad is supportive of Sudan's bid for a seat.", ("TCD", "051", "SDN")),
])
def test_an_adjectival_predicate_is_an_event(nlp, lexicon, text, expected):
    assert expected in _triples(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "Chad's president is in critical condition after the crash in Sudan.",
    "It is critical that Peru and Bolivia settle the dispute.",
    "Chad is supportive.",
])
def test_the_adjective_in_another_sense_or_alone_is_none(nlp, lexicon, text):
    assert not {c for _, c, _ in _triples(nlp, lexicon, text)} & {"111", "051"}


def test_a_passive_patient_hung_on_the_auxiliary_is_no_doer(nlp, lexicon):
    triples = _triples(nlp, lexicon, "Over 80 Peru workers were on Wednesday taken into custody by Bolivia.")
    assert all(s != "PER" for s, _, _ in triples)
