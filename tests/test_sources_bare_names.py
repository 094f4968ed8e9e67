"""A person the knowledge base does not know, named alone as a clause's subject (issue 9): the
source of what they say, reject, demand or agree to, with a null country and sector; never of a
material act ("withdrew from the limelight"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_bare_subject_is_an_actor_with_nothing_known(nlp, kb):
    got = {m.actor.text: m.actor for m in find_actors(nlp("Mr Tavener has rejected the allegation."), kb)}
    actor = got["Tavener"]
    assert (actor.code, actor.country, actor.sectors, actor.name) == (None, None, [], "Tavener")


def test_bare_name_elsewhere_is_no_actor(nlp, kb):
    got = {m.actor.text for m in find_actors(nlp("Police questioned Wendy Tavener about the fire."), kb)}
    assert "Wendy Tavener" not in got


@pytest.mark.parametrize("text,root", [
    ("Mr Tavener has rejected the allegation.", "01"),
    ("Wendy Tavener called for an independent inquiry.", "02"),
])
def test_verbal_event_of_a_bare_name(pipeline, text, root):
    events = pipeline.code_text(text)
    assert any(e.cameo.startswith(root) and e.source is not None and "Tavener" in e.source.text for e in events)


def test_no_material_event_of_a_bare_name(pipeline):
    events = pipeline.code_text("Resentment built up and Tavener withdrew from public life.")
    assert not any(e.source is not None and "Tavener" in e.source.text for e in events)


def test_later_mention_of_a_bare_name_is_the_same_person(nlp, kb):
    doc = nlp("Wendy Tavener said the plan was wrong. Tavener also rejected the report.")
    got = [m.actor for m in find_actors(doc, kb) if "Tavener" in m.actor.text]
    assert len(got) == 2 and got[1].name == "Wendy Tavener"


@pytest.mark.parametrize("text,name", [
    ("Meyer and Wendy Tavener said they agree with the plan.", "Wendy Tavener"),  # a conjunct of the subject
    ("The organiser, Wendy Tavener, said the march would go ahead.", "Wendy Tavener"),  # an apposition
])
def test_conjunct_or_apposition_of_a_subject(nlp, kb, text, name):
    got = {m.actor.text for m in find_actors(nlp(text), kb)}
    assert any(name in t for t in got), got
