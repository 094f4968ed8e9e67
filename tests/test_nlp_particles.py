"""A particle the parser gave an object of a preposition ("called on Qantas": "on" prt, "Qantas"
pobj under it) is relabeled a preposition (``nlp/particles.py``), so the rules that read a verb's
prepositional phrases find its addressee."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.nlp import load_model
from flashpoint.nlp.particles import NAME, repair


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_particle_with_an_object_becomes_a_preposition():
    words = ["Unions", "called", "on", "the", "airline", "to", "talk", "."]
    heads = [1, 1, 1, 4, 2, 6, 1, 1]
    deps = ["nsubj", "ROOT", "prt", "det", "pobj", "aux", "xcomp", "punct"]
    doc = repair(_doc(words, heads, deps), " ".join(words))
    assert (doc[2].dep_, doc[2].head.i) == ("prep", 1)
    assert [t.head.i for t in doc] == heads  # only the label changes


@pytest.mark.parametrize("words, heads, deps", [
    # a true particle ("handed over the suspects"): its object is the verb's
    (["Police", "handed", "over", "the", "suspects", "."], [1, 1, 1, 4, 1, 1],
     ["nsubj", "ROOT", "prt", "det", "dobj", "punct"]),
    # no particle at all
    (["Troops", "fired", "on", "protesters", "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"]),
])
def test_other_parses_are_left_alone(words, heads, deps):
    doc = repair(_doc(words, heads, deps), " ".join(words))
    assert [t.dep_ for t in doc] == deps and [t.head.i for t in doc] == heads


def test_the_component_runs_after_the_parser():
    names = load_model().pipe_names
    parser = "flashpoint_parser" if "flashpoint_parser" in names else "parser"
    assert names.index(parser) < names.index(NAME)


#: Our own sentence of the class: the small model makes "on" a particle with "Qantas" its object.
CALL = "Unions have called on Qantas to reopen negotiations."


def test_the_parser_still_misreads_the_sentence_without_the_component():
    nlp = load_model()
    with nlp.select_pipes(disable=[NAME]):
        on = next(t for t in nlp(CALL) if t.lower_ == "on")
    assert on.dep_ == "prt"  # if the model parses it right one day, this test needs a new sentence


@pytest.mark.parametrize("text", [CALL, "The Australian Workers Union has called on Qantas to reopen negotiations."])
def test_the_call_has_its_addressee(pipeline, text):
    events = [e for e in pipeline.code_text(text, published="2001-12-15") if e.cameo == "020"]
    assert events and events[0].target is not None and events[0].target.code == "AUSBUS"
