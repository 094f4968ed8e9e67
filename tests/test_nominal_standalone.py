"""A noun of a coercive or violent act that stands as the subject, or after a preposition of time or
cause, reports the act as done, by no one named ("the detention of three journalists drew
criticism"); as the object of a verb it is only wanted or feared. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text

DATE = "2024-03-01"


@pytest.mark.parametrize("text, trigger, root", [
    ("The detention of three Kenyan journalists drew sharp criticism.", "detention", "17"),
    ("Riots broke out in Bamako after the killing of a student.", "killing", "19"),
    ("The abduction of two Italian aid workers shocked the town.", "abduction", "18"),
    ("The deportation of hundreds of Haitian migrants continued on Monday.", "deportation", "17"),
])
def test_a_standalone_noun_of_an_act_reports_it(text, trigger, root):
    events = code_text(text, published=DATE)
    hits = [e for e in events if e.trigger.text == trigger and e.cameo.startswith(root) and e.modality.factual]
    assert hits and hits[0].source is None and hits[0].target is not None, events


@pytest.mark.parametrize("text", [
    "Kenyan activists fear the detention of more journalists.",
    "The opposition demanded an inquiry into the killing of a student.",
])
def test_a_wanted_or_feared_act_is_no_event(text):
    events = code_text(text, published=DATE)
    assert not [e for e in events if e.trigger.text in ("detention", "killing") and e.modality.factual], events


@pytest.mark.parametrize("text, source", [
    ("The Kenyan crackdown drew sharp criticism from Amnesty International.", "NGO"),
    ("The Malian verdict prompted condemnation from Washington.", "USA"),
])
def test_a_reaction_drawn_from_an_actor_is_its_event(text, source):
    events = code_text(text, published=DATE)
    assert [e for e in events if e.cameo.startswith("11") and e.source is not None
            and e.source.code.startswith(source)], events


def test_a_reaction_received_is_still_the_verbs_event():
    events = code_text("The Bolivian plan received support from Moscow.", published=DATE)
    assert not [e for e in events if e.trigger.text == "support"], events
