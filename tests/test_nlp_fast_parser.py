"""The parser's loop driven from Python (``nlp/fast_parser.py``) gives the parses the stock
``parser`` gives — heads, labels, sentence starts — on real and odd text, in batches of any size,
with flashpoint's own sentence breaks set before it; a component it cannot vouch for is left to
spaCy."""

from __future__ import annotations


import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, POS, SENT_START, TAG

from fast_pipes import fast_and_stock, texts
from flashpoint.nlp import load_model
from flashpoint.nlp.fast_parser import NAME, FastParser, speed_up_parser, supported

PARSE = [HEAD, DEP, SENT_START]

#: Sentences we wrote: a headline over a blank line, a dateline, a one-word text, a list, runs of
#: white space, all capitals, quotes and brackets, empty and blank texts.
ODD = [
    "Talks in Geneva\n\nThe European Union and the African Union said on Monday they would meet.",
    "NAIROBI, Kenya (AP) — Kenyan police arrested 12 protesters outside parliament on Tuesday.",
    "Paris.",
    "Kenya, Uganda, Tanzania, Rwanda and Burundi: five members, one bloc.",
    "  \n  He said   \"we will not\t withdraw\" (not yet) .  ",
    "RUSSIAN TROOPS SHELLED KHARKIV ON TUESDAY, UKRAINIAN OFFICIALS SAID.",
    "", " ", "\n\n",
]


def _texts() -> list[str]:
    return texts(ODD)


@pytest.fixture(scope="module")
def pair():
    """A pipeline with the Python-driven loop, and the same pipeline with the stock ``parser``."""
    return fast_and_stock(speed_up_parser)


@pytest.mark.parametrize("batch_size", [1, 7, 32])
def test_the_same_parses_as_the_stock_component(pair, batch_size):
    fast, stock = pair
    assert NAME in fast.pipe_names and "parser" in fast.disabled
    texts = _texts()
    arcs = 0
    for a, b in zip(fast.pipe(texts, batch_size=batch_size), stock.pipe(texts, batch_size=batch_size)):
        assert (a.to_array(PARSE) == b.to_array(PARSE)).all(), a.text[:80]
        assert [t.dep_ for t in a] == [t.dep_ for t in b]
        arcs += sum(t.head.i != t.i for t in a)
    assert arcs > 5000


def test_flashpoints_pipeline_parses_as_with_fast_off():
    """With the paragraph and dateline breaks set before the parser, and the components after it
    (rules, lemmas, entities) reading its labels: the same tokens either way."""
    fast, stock = load_model(fast=True), load_model(fast=False)
    assert NAME in fast.pipe_names and NAME not in stock.pipe_names and "parser" in stock.pipe_names
    attrs = PARSE + [TAG, POS, LEMMA]
    texts = _texts()
    for a, b in zip(fast.pipe(texts, batch_size=16), stock.pipe(texts, batch_size=16)):
        assert (a.to_array(attrs) == b.to_array(attrs)).all(), a.text[:80]
        assert [s.start for s in a.sents] == [s.start for s in b.sents]


def test_a_single_doc(pair):
    fast, _ = pair
    doc = fast("The European Union imposed sanctions on Russia.")
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "ROOT", "dobj")] == [
        ("Union", "nsubj"), ("imposed", "ROOT"), ("sanctions", "dobj")]
    assert fast.get_pipe(NAME)(fast.make_doc("")).text == ""


def test_a_component_it_cannot_vouch_for_is_left_alone(pair):
    _, stock = pair
    parser = stock.get_pipe("parser")
    assert supported(parser) and isinstance(FastParser(parser), FastParser)
    assert not supported(stock.get_pipe("ner")) and not supported(object())
    beam = spacy.load(stock.path)
    beam.get_pipe("parser").cfg["beam_width"] = 4
    assert speed_up_parser(beam) is False and NAME not in beam.pipe_names
