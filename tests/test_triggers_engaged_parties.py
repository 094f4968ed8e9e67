"""Talks told with no light verb, their parties the subject of the clause they are held "in":
"A and B have been locked in negotiations", "A and B are in talks" (issue 9: events with nothing
coded in their sentence). Sentences written for these tests; the whole pipeline codes them."""

from __future__ import annotations

import pytest

PUBLISHED = "2001-12-15"


def _pairs(pipeline, text):
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.trigger.text)
            for e in pipeline.code_text(text, published=PUBLISHED) if e.cameo.startswith("04")}


@pytest.mark.parametrize("text, a, b, trigger", [
    ("Israel and Syria were engaged in talks over the Golan Heights.", "ISR", "SYR", "talks"),
    ("The Indian and Pakistani delegations have been locked in negotiations since Monday.", "IND", "PAK", "negotiations"),
    ("Israel and Syria are in talks over the Golan Heights.", "ISR", "SYR", "talks"),
    ("The Sudanese government and the rebels remain in negotiations in Nairobi.", "SDNGOV", "SDNREB", "negotiations"),
    ("Russia and Ukraine were involved in negotiations over gas prices last year.", "RUS", "UKR", "negotiations"),
    ("France and Germany have been locked in intense talks on the budget for a week.", "FRA", "DEU", "talks"),
])
def test_the_subject_of_a_clause_held_in_talks_are_their_parties(pipeline, text, a, b, trigger):
    found = _pairs(pipeline, text)
    assert (a, b, trigger) in found and (b, a, trigger) in found


@pytest.mark.parametrize("text", [
    "Three Britons and two Iraqis were wounded in clashes in Basra.",  # victims, not parties
    "Israel struck after talks failed.",  # one actor says nothing of the other party
    "Two journalists were injured in the talks venue blast.",
])
def test_no_parties_from_victims_or_a_single_actor(pipeline, text):
    assert not {p for p in _pairs(pipeline, text) if p[0] and p[1]}
