"""Coordination and relatives (issue 9, item 5): conjoined verbs share their subject (and object),
relative pronouns resolve to their head, reciprocal objects pair the parties. Sentences written
for these tests; actors are hand-built country mentions."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Sudanese": "SDN", "Chadian": "TCD", "Peru": "PER",
             "Bolivia": "BOL", "Bolivian": "BOL", "Peruvian": "PER", "Niger": "NER", "Mali": "MLI",
             "Tacna": "PER", "Oruro": "BOL"}
PLACES = {"Tacna", "Oruro"}


def _drafts(nlp, lexicon, text):
    doc = nlp(text)
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(
        text=t.text, span=(t.idx, t.idx + len(t.text)), code=COUNTRIES[t.text] + ("GOV" if t.text in PLACES else ""),
        country=COUNTRIES[t.text], sectors=["GOV"] if t.text in PLACES else [],
        resolved_by="metonym" if t.text in PLACES else "country"))
        for t in doc if t.text in COUNTRIES]
    return code_doc(doc, mentions, lexicon=lexicon)


def _triples(drafts):
    return {(d.source and d.source.country, d.cameo, d.target and d.target.country)
            for d in drafts if d.modality.factual}


@pytest.mark.parametrize("text, expected", [
    # the second verb of a conjoined pair shares the subject; different acts stay two events
    ("Peru invaded Oruro in May and later annexed it.", {("PER", "190", "BOL"), ("PER", "192", "BOL")}),
    ("Chad expelled the Sudanese ambassador and closed its embassy in Sudan.", {("TCD", "166", "SDN")}),
    # a relative pronoun stands for its head: as object ...
    ("Oruro, which Peru annexed in May, is now under siege.", {("PER", "192", "BOL")}),
    # ... and as subject
    ("Niger, which attacked Mali last year, signed a peace agreement with Chad.",
     {("NER", "190", "MLI"), ("NER", "057", "TCD")}),
    # reciprocal objects pair the parties
    ("Chad and Sudan accused each other of shelling the border towns.", {("TCD", "112", "SDN"), ("SDN", "112", "TCD")}),
])
def test_coordination_and_relatives(nlp, lexicon, text, expected):
    assert expected <= _triples(_drafts(nlp, lexicon, text))


def test_it_in_a_relative_is_not_its_head(nlp, lexicon):
    """'Oruro, which it invaded': "it" is whoever was named before, never the head of the clause."""
    drafts = _drafts(nlp, lexicon, "Peru says Oruro, which it invaded in May, will stay Peruvian.")
    assert all(d.source.country == "PER" for d in drafts if d.cameo.startswith("19") and d.source)
