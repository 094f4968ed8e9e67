"""A government body that coreference would give an earlier state is the government of the place
its own clause names ("the interim government is established in Kabul"), not of a place of a clause
above it. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def codes(nlp, kb, text):
    doc = nlp(text)
    return [(m.actor.text, m.actor.code, m.actor.resolved_by) for m in find_actors(doc, kb)]


def test_a_government_set_up_in_a_place_of_another_state_is_its_government(nlp, kb):
    found = codes(nlp, kb, "The Kenyan Government welcomed refugees. "
                           "The Government will hear their claims once the interim government is set up in Mogadishu.")
    assert ("interim government", "SOMGOV", "context") in found, found
    assert ("Government", "KENGOV", "coreference") in found, found


def test_a_place_of_the_clause_above_leaves_the_government_alone(nlp, kb):
    found = codes(nlp, kb, "Argentina swore in a new cabinet. "
                           "In Washington, the IMF said it would work with the government.")
    assert ("government", "ARGGOV", "coreference") in found, found


def test_the_same_state_stays_coreference(nlp, kb):
    found = codes(nlp, kb, "The Kenyan Government welcomed refugees. The Government met in Nairobi on Monday.")
    assert ("Government", "KENGOV", "coreference") in found[1:], found
