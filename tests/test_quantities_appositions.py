"""Counts given in a reduced relative clause of counting (issue 9, item 6): "Sudanese rebels,
estimated at 3,000 fighters, attacked ..." gives the attack its 3,000, approximate; a clause of
an event of its own keeps its number ("..., who killed 12 soldiers, were arrested"). Sentences
written for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Chadian": "TCD", "Sudanese": "SDN"}


def _quantities(nlp, lexicon, text):
    doc = nlp(text)
    return {(doc[d.trigger_start].lemma_, q.kind, q.value, q.approx)
            for d in code_doc(doc, country_mentions(doc, COUNTRIES), lexicon=lexicon) for q in d.quantities}


@pytest.mark.parametrize("text, expected", [
    ("Sudanese rebels, estimated at 3,000 fighters, attacked Chad on Monday.", ("attack", "troops", 3000.0, True)),
    ("Sudanese rebels, estimated at 3,000, attacked Chad on Monday.", ("attack", "people", 3000.0, True)),
])
def test_a_count_in_a_clause_of_counting_goes_with_the_event(nlp, lexicon, text, expected):
    assert expected in _quantities(nlp, lexicon, text)


def test_a_clause_of_its_own_event_keeps_its_number(nlp, lexicon):
    got = _quantities(nlp, lexicon, "Chadian gunmen, who killed 12 Sudanese soldiers last year, were arrested by Chad.")
    assert not any(lemma == "arrest" and value == 12.0 for lemma, _, value, _ in got)
