"""Conjoined verbs that share the object of the last one ("invaded and annexed Crimea", "arrested
and charged two men"), and the object of a clause a mutual verb governs, which is the party acted
on, not one agreed with. Sentences written for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Peru": "PER", "Bolivia": "BOL", "Bolivian": "BOL",
             "Mali": "MLI", "Niger": "NER", "Sudanese": "SDN"}


def _events(nlp, lexicon, text):
    doc = nlp(text)
    return [(doc[d.trigger_start].text, d.source and d.source.country, d.target and d.target.country)
            for d in code_doc(doc, country_mentions(doc, COUNTRIES), lexicon=lexicon)]


def _by_trigger(nlp, lexicon, text):
    out: dict[str, set] = {}
    for word, source, target in _events(nlp, lexicon, text):
        out.setdefault(word, set()).add((source, target))
    return out


@pytest.mark.parametrize("text, trigger, pair", [
    ("Chad condemned and rejected Sudan's proposal.", "condemned", ("TCD", "SDN")),
    ("Peru invaded and annexed Bolivia in 1879.", "invaded", ("PER", "BOL")),
    ("Mali criticised and later sanctioned Niger.", "criticised", ("MLI", "NER")),
    ("Chad surrounded, shelled and captured Sudanese border posts.", "shelled", ("TCD", "SDN")),
])
def test_a_verb_takes_the_object_of_the_verb_it_is_joined_to(nlp, lexicon, text, trigger, pair):
    assert pair in _by_trigger(nlp, lexicon, text).get(trigger, set())


@pytest.mark.parametrize("text, trigger, other", [
    ("Chad condemned the raid and sanctioned Sudan.", "condemned", "SDN"),  # its own object
    ("Peru walked out of the talks and sanctioned Bolivia.", "walked", "BOL"),  # a phrase between
    ("Mali accused Niger and Chad sanctioned Sudan.", "accused", "SDN"),  # the second has its own subject
    ("Peru was not ready to negotiate and sanctioned Bolivia.", "negotiate", "BOL"),  # two forms, two clauses
])
def test_no_object_is_shared_across_anything_but_a_conjunction(nlp, lexicon, text, trigger, other):
    assert all(target != other for _, target in _by_trigger(nlp, lexicon, text).get(trigger, set()))


def test_the_object_of_an_agreed_act_is_no_party_to_the_agreement(nlp, lexicon):
    events = _events(nlp, lexicon, "Peru agreed to process Bolivian refugees.")
    assert ("agreed", "PER", "BOL") in events
    assert ("agreed", "BOL", "PER") not in events
