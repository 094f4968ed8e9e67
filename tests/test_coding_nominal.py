"""Nominal and adjectival predicates (issue 9, item 4): a noun of an action with its owner ("X's
offer of talks", "Spain's recognition of Y"), nouns coded by their verb's entries, predicate
adjectives ("open to talks", "opposed to"), nouns after light verbs with their arguments.
Sentences written for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest


from coding_helpers import factual_triples

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Chadian": "TCD", "Sudanese": "SDN", "Peru": "PER",
             "Bolivia": "BOL", "Peruvian": "PER", "Bolivian": "BOL", "Niger": "NER", "Mali": "MLI", "Malian": "MLI"}


def _triples(nlp, lexicon, text):
    return factual_triples(nlp, lexicon, text, COUNTRIES)


@pytest.mark.parametrize("text, expected", [
    ("Chad dismissed Sudan's offer of talks as a ploy.", ("SDN", "036", None)),
    ("Peru's recognition of Bolivia took effect on Tuesday.", ("PER", "054", "BOL")),
    ("Niger's expulsion of Malian diplomats drew protests.", ("NER", "166", "MLI")),
    ("Chad's support for Niger was on display at the summit.", ("TCD", "051", "NER")),
    ("Sudan remains open to talks with Chad.", ("SDN", "036", "TCD")),
    ("Peru is firmly opposed to Bolivia's bid.", ("PER", "120", "BOL")),
    ("Mali issued a warning to Niger over the border raids.", ("MLI", "130", "NER")),
    ("Chad made an offer of talks to Sudan.", ("TCD", "036", "SDN")),
])
def test_nominal_and_adjectival_predicates(nlp, lexicon, text, expected):
    assert expected in _triples(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "The recognition of the problem took years.",  # no actor owns it
    "Peru's support was never in doubt.",  # a noun of an action with no party named is still coded...
])
def test_a_noun_of_an_action_needs_its_actor(nlp, lexicon, text):
    triples = _triples(nlp, lexicon, text)
    assert all(s is not None for s, _, _ in triples)
