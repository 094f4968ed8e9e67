"""A group named by its kind alone and joined by "and" to a group whose country the sentence or
story gave shares it, before a place of the sentence or the document's own country ("Israeli
soldiers and police in Hebron": Israeli police). Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def last_mention(nlp, kb, text, words):
    doc = nlp(text)
    found = [m.actor for m in find_actors(doc, kb) if m.actor.text == words]
    return found[-1] if found else None


@pytest.mark.parametrize("text,words,code", [
    ("Militants fired at Israeli soldiers and police in Hebron.", "police", "ISRCOP"),
    ("Kenyan police and soldiers sealed off the slum.", "soldiers", "KENMIL"),
    ("Turkish troops and gendarmes entered the village near Aleppo.", "gendarmes", "TURCOP"),
    ("Israeli soldiers raided the camp. The Palestinians threw grenades at soldiers and border police.",
     "border police", "ISRCOP"),
    ("Rebels ambushed Colombian soldiers and policemen on the road to Cali.", "policemen", "COLCOP"),
    ("Pakistani troops and paramilitaries searched the tribal areas near Kabul.", "paramilitaries", "PAKUAF"),
])
def test_conjunct_shares_the_country(nlp, kb, text, words, code):
    actor = last_mention(nlp, kb, text, words)
    assert actor is not None and actor.code == code


def test_a_conjunct_of_the_documents_country_only_shares_nothing_new(nlp, kb):
    """A partner whose country only the document gave lends none: each takes its own context."""
    text = "Soldiers and police patrolled the streets in Lima."
    actor = last_mention(nlp, kb, text, "police")
    assert actor is not None and actor.country == "PER"
