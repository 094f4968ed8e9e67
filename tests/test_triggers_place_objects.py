"""A named place as what a verb of capture takes ("took Kunduz", "seized Goma"): the rows of
territory taken list the object class ``@place`` beside their nouns, so a toponym matches where a
word list cannot (issue 9: a known verb whose object is not on its list makes no event).
Sentences written for these tests; the whole pipeline codes them."""

from __future__ import annotations

import pytest

PUBLISHED = "2001-12-15"


def _codes(pipeline, text):
    return {(e.source.code if e.source else None, e.cameo) for e in pipeline.code_text(text, published=PUBLISHED)}


@pytest.mark.parametrize("text, source", [
    ("Northern Alliance fighters took Kunduz on Sunday.", "AFGMIL"),
    ("Congolese rebels have seized Goma, the main city in eastern Congo.", "CODREB"),
    ("Sri Lankan government troops captured Jaffna after a week of fighting.", "LKAMIL"),
    ("Ethiopian forces took Baidoa without a fight.", "ETHMIL"),
    ("Taliban fighters have taken Kandahar and Herat.", "AFGREB"),
    ("Serbian forces seized Srebrenica in July 1995.", "SRBMIL"),
])
def test_a_named_place_taken_is_territory_seized(pipeline, text, source):
    assert (source, "192") in _codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The United States took Iran to the Security Council.",
    "The storm took Japan by surprise.",
    "The president took Jakarta off his travel list.",
    "The minister took Canberra as an example of good planning.",
])
def test_a_place_moved_or_judged_is_not_taken(pipeline, text):
    assert not {c for _, c in _codes(pipeline, text) if c == "192"}


def test_the_object_class_is_validated_as_a_word_of_its_own(lexicon):
    from flashpoint.coding.lexicon import PLACE_CLASS
    assert any(PLACE_CLASS in e.objects for e in lexicon.lookup("take", "V"))


@pytest.mark.parametrize("text, source", [
    ("Kandahar fell to anti-Taliban forces on Friday.", "AFGMIL"),
    ("The town of Kunduz fell to Northern Alliance troops.", "AFGMIL"),
    ("The rebels' last stronghold fell to Russian troops after a week of shelling.", "RUSMIL"),
])
def test_a_place_that_falls_to_a_force_is_taken_by_it(pipeline, text, source):
    """'Kandahar fell to X': X took it (192), the place the subject; the force after "to" acts."""
    events = [e for e in pipeline.code_text(text, published="2001-12-15") if e.cameo == "192"]
    assert events and events[0].source is not None and events[0].source.code == source


@pytest.mark.parametrize("text", [
    "Prices fell to a record low.",
    "Unemployment in Sydney fell to 5 per cent.",
    "Responsibility for the inquiry fell to the Prime Minister.",
    "The Dow Jones fell to its lowest level in a month.",
])
def test_other_things_that_fall_to_something_are_no_taking(pipeline, text):
    assert not [e for e in pipeline.code_text(text, published="2001-12-15") if e.cameo == "192"]
