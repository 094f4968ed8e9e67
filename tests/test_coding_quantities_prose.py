"""Quantities in real prose (issue 9, item 7): estimates, passive tolls with no agent, number
words split at a hyphen, "shot dead", sub-counts that are part of a count already given, tolls of a
conflict and of a result clause, each attached to its event (and the event kept). Sentences written
for these tests; actors are hand-built mentions."""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Sudanese": "SDN", "Chadian": "TCD", "Peru": "PER",
             "Peruvian": "PER", "Bolivia": "BOL"}


def _drafts(nlp, lexicon, text):
    doc = nlp(text)
    mentions = country_mentions(doc, COUNTRIES)
    return code_doc(doc, mentions, lexicon=lexicon)


def _quantities(drafts):
    return sorted((d.cameo[:2], q.kind, q.value, q.approx) for d in drafts for q in d.quantities)


@pytest.mark.parametrize("text, expected", [
    ("An estimated 40,000 Sudanese troops are stationed along the border with Chad.",
     [("15", "troops", 40000, True)]),
    ("Some 2,300 people have been killed in the region since 2019, officials said.",
     [("19", "killed", 2300, True)]),  # passive toll, no agent: the event is kept
    ("Sudanese gunmen killed forty-two villagers near the border.", [("19", "killed", 42, False)]),
    ("At least 60 protesters were shot dead by Peruvian soldiers.", [("19", "killed", 60, True)]),
    ("Chadian troops killed 31 rebels, among them four commanders.", [("19", "killed", 31, False)]),
    ("Nearly 200 people, including 58 children, have been killed since the offensive began.",
     [("19", "killed", 200, True)]),
    ("The war has killed more than 12,000 people in Sudan, the ministry said.", [("19", "killed", 12000, True)]),
    ("Sudanese jets bombed a market in Chad, killing 23 people.", [("19", "killed", 23, False)]),
])
def test_quantities_in_prose(nlp, lexicon, text, expected):
    drafts = [d for d in _drafts(nlp, lexicon, text) if d.modality.factual]
    got = _quantities(drafts)
    assert [(r, k, float(v), a) for r, k, v, a in expected] == got, (text, got)
