"""The vectorised entity decoder (``nlp/fast_ner.py``) gives the entities the stock ``ner`` gives,
token for token, on real text and odd text, in batches of any size; a component or a Doc it cannot
vouch for is left to spaCy."""

from __future__ import annotations


import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

from fast_pipes import fast_and_stock, texts
from flashpoint.nlp import load_model
from flashpoint.nlp.fast_ner import NAME, FastNER, speed_up_ner, supported

ENTS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]

#: Sentences we wrote: entities at the very start and end, across a blank line, next to white space,
#: runs of capitalised words, an entity of one token before a full stop, empty and blank texts.
ODD = [
    "Vladimir Putin",
    "The United Nations Security Council met in New York on Tuesday, 14 February 2023.",
    "Talks in Geneva\n\nThe European Union and the African Union said on Monday they would meet.",
    "  \n  Kenya   Nairobi  \t Mombasa  ",
    "He paid $ 3.5 million to Acme Holdings Ltd. in 2019. Then he left for Paris.",
    "RUSSIAN TROOPS SHELLED KHARKIV ON TUESDAY, UKRAINIAN OFFICIALS SAID.",
    "", " ", "Paris.",
]


def _texts() -> list[str]:
    return texts(ODD)


@pytest.fixture(scope="module")
def pair():
    """A pipeline with the fast decoder, and the same pipeline with the stock ``ner``."""
    return fast_and_stock(speed_up_ner)


@pytest.mark.parametrize("batch_size", [1, 5, 32])
def test_the_same_entities_as_the_stock_component(pair, batch_size):
    fast, stock = pair
    assert NAME in fast.pipe_names and "ner" in fast.disabled
    texts = _texts()
    found = 0
    for a, b in zip(fast.pipe(texts, batch_size=batch_size), stock.pipe(texts, batch_size=batch_size)):
        assert (a.to_array(ENTS) == b.to_array(ENTS)).all(), a.text[:80]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        found += len(a.ents)
    assert found > 500


def test_a_single_doc_and_the_default_pipeline(nlp):
    assert NAME in nlp.pipe_names  # setting fast (the default)
    doc = nlp("The United Nations Security Council met in New York.")
    assert [(e.text, e.label_) for e in doc.ents] == [("The United Nations Security Council", "ORG"),
                                                        ("New York", "GPE")]
    assert all(t.ent_iob_ in "BIO" and t.ent_iob_ for t in doc)  # every token decided


def test_preset_entities_are_left_to_spacy(pair):
    """A Doc that already has entities (a component before the recogniser set some) is decoded by
    spaCy's own rules, which keep them."""
    fast, stock = pair
    text = "Acme Widgets signed a deal with Globex in Springfield."
    docs = []
    for nlp in (fast, stock):
        with nlp.select_pipes(disable=[p for p in ("ner", NAME) if p in nlp.pipe_names]):
            doc = nlp(text)
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")
        docs.append(nlp.get_pipe(NAME if NAME in nlp.pipe_names else "ner")(doc))
    assert [(e.start, e.end, e.label_) for e in docs[0].ents] == [(e.start, e.end, e.label_) for e in docs[1].ents]
    assert (docs[0].ents[0].start, docs[0].ents[0].end, docs[0].ents[0].label_) == (0, 2, "ORG")


def test_a_component_it_cannot_vouch_for_is_left_alone(pair):
    _, stock = pair
    ner = stock.get_pipe("ner")
    assert supported(ner) and isinstance(FastNER(ner), FastNER)
    assert not supported(stock.get_pipe("parser")) and not supported(object())
    beam = spacy.load(stock.path)
    beam.get_pipe("ner").cfg["beam_width"] = 4
    assert speed_up_ner(beam) is False and NAME not in beam.pipe_names


def test_fast_off_keeps_the_stock_recogniser():
    nlp = load_model(fast=False)
    assert "ner" in nlp.pipe_names and NAME not in nlp.pipe_names
