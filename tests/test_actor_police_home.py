"""A group named by its kind that no other rule gave a country, in a sentence whose only state is
that of the police it names, is of that state (``context``, from the police): police deal with
people at home. Not a group the text makes foreign, not gunmen of no known side, not with a
second state named, not for an army (which fights abroad). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actor_of(nlp, kb, text, words):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb) if m.actor.text == words), None)


@pytest.mark.parametrize("text,words,code", [
    ("Protesters threw stones at Kenyan police outside the court.", "Protesters", "KENOPP"),
    ("Peruvian police fired tear gas as villagers marched on the mine.", "villagers", "PERCVL"),
    ("Rioters burned two cars before Nigerian police restored order.", "Rioters", "NGAOPP"),
    ("Bolivian police said smugglers had crossed the river at night.", "smugglers", "BOLCRM"),
    ("Militants opened fire on a Turkish police patrol, wounding two officers.", "Militants", "TURREB"),
    ("Thai riot police clashed with demonstrators for a second day.", "demonstrators", "THAOPP"),
])
def test_group_with_a_states_police_is_of_that_state(nlp, kb, text, words, code):
    actor = actor_of(nlp, kb, text, words)
    assert actor is not None and actor.code[:3] == code[:3], actor
    assert actor.country_from == "source"


@pytest.mark.parametrize("text,words", [
    # a second state named
    ("Rebels from Chad attacked a Sudanese police post.", "Rebels"),
    ("Protesters threw stones at Kenyan police, a Ugandan paper said.", "Protesters"),
    # foreign, whatever the police
    ("Malaysian police detained twenty foreign activists.", "activists"),
    # gunmen of no known side may come from anywhere
    ("Gunmen opened fire on a Turkish police patrol, wounding two officers.", "Gunmen"),
    # an army is no police: it fights abroad
    ("Militants ambushed a Pakistani army convoy.", "Militants"),
])
def test_no_country_from_the_police(nlp, kb, text, words):
    actor = actor_of(nlp, kb, text, words)
    assert actor is None or actor.country_from != "source"
