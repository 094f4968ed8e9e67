"""Where an act agreed to applies (issue 9, item 3): "agreed to a ceasefire in eastern Sudan"
targets the place of the ceasefire (weak, and no party to the agreement); a place phrase of the
verb itself is the venue ("agreed in Geneva"). Sentences written for these tests; actors are
hand-built country mentions."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Peru": "PER", "Bolivia": "BOL", "Switzerland": "CHE"}


def _pairs(nlp, lexicon, text):
    doc = nlp(text)
    return {(doc[d.trigger_start].lemma_, d.source and d.source.country, d.target and d.target.country)
            for d in code_doc(doc, country_mentions(doc, COUNTRIES), lexicon=lexicon) if d.modality.factual}


def test_the_place_of_the_act_agreed_to_is_its_target(nlp, lexicon):
    assert ("agree", "TCD", "SDN") in _pairs(nlp, lexicon, "Chad agreed to a ceasefire in eastern Sudan.")


def test_that_place_is_no_party_to_an_agreement_between_two(nlp, lexicon):
    pairs = _pairs(nlp, lexicon, "Peru and Bolivia agreed to a truce in northern Chad.")
    assert {("agree", "PER", "BOL"), ("agree", "BOL", "PER")} <= pairs
    assert not any(t == "TCD" for _, _, t in pairs)


@pytest.mark.parametrize("text", [
    "Peru agreed in Switzerland to resume talks.",
    "Peru met in Switzerland on Monday.",
])
def test_the_venue_is_no_target(nlp, lexicon, text):
    assert not any(t == "CHE" for _, _, t in _pairs(nlp, lexicon, text))
