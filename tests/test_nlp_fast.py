"""The memoised attribute ruler and lemmatizer (``nlp/fast.py``) give what the stock components
give, token for token, on real text; a pipeline they cannot vouch for is left as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from flashpoint.nlp import DEFAULT_MODELS, load_model
from flashpoint.nlp.fast import NAME, speed_up

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ATTRS = [POS, TAG, DEP, MORPH, LEMMA, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

#: Sentences we wrote around the rules of more than one token and the odd tokens.
ODD = [
    "He ain't gonna sign it, y'all know that. Let's go! C'mon, there were problems and there's hope.",
    "We gotta leave.  \n\n  There is no deal; there are talks.\tThey're here.",
    "RUSSIA WARNED UKRAINE ON TUESDAY.",
    "russian troops shelled kharkiv on tuesday, ukrainian officials said.",
    "...", "ok",
]


def _texts() -> list[str]:
    texts = list(ODD)
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    written = Path(__file__).resolve().parent / "sentences" / "written_dev.jsonl"
    texts += [json.loads(line)["text"] for line in written.read_text(encoding="utf-8").splitlines()[:150]]
    return texts


@pytest.fixture(scope="module")
def stock():
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English model")


def test_the_same_annotations_as_the_stock_components(nlp, stock):
    assert NAME in nlp.pipe_names and "lemmatizer" in nlp.disabled and "attribute_ruler" in nlp.disabled
    texts = _texts()
    with nlp.select_pipes(disable=["flashpoint_paragraphs", "flashpoint_datelines"]):
        fast = list(nlp.pipe(texts, batch_size=16))
    slow = list(stock.pipe(texts, batch_size=16))
    for a, b in zip(fast, slow):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), a.text[:80]
    lemmas = {(t.lower_, t.lemma_) for d in fast for t in d}
    assert {("gon", "go"), ("na", "to"), ("ai", "be"), ("'s", "us"), ("c'm", "come"), ("y'", "you")} <= lemmas


def test_a_second_pass_reads_the_memo_and_agrees(nlp):
    text = ODD[0]
    first = nlp(text).to_array(ATTRS)
    rules = nlp.get_pipe(NAME)
    assert rules.rules_of and rules.lemma_of  # learned
    assert (nlp(text).to_array(ATTRS) == first).all()


def test_fast_off_is_the_stock_pipeline():
    nlp = load_model(fast=False)
    assert NAME not in nlp.pipe_names and {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names)
    assert load_model(fast=True) is not nlp


def test_rules_it_cannot_vouch_for_leave_the_pipeline_alone(stock):
    nlp = spacy.load(stock.path)  # a copy of its own: the rule added below stays in it
    nlp.get_pipe("attribute_ruler").add([[{"ORTH": "Kyiv"}]], {"TAG": "NNP"})  # reads ORTH: not memoised
    assert speed_up(nlp) is False and NAME not in nlp.pipe_names
