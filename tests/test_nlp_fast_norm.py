"""thinc's layer normalisation computed once per value (``nlp/fast_norm.py``) gives the arrays the
stock layers give, bit for bit, through both token-to-vector networks of the model; training keeps
thinc's own function."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy
from thinc.layers import layernorm

from flashpoint.nlp import DEFAULT_MODELS, load_model
from flashpoint.nlp import fast_norm
from flashpoint.nlp.fast_norm import speed_up_norms

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples"

#: Sentences we wrote: one word, a number, white space and punctuation alone, a long list.
ODD = ["Paris", "42", "  \n\n ", "!!!", "Kenya, Uganda, Tanzania, Rwanda, Burundi, Somalia and Ethiopia met."]


def _texts() -> list[str]:
    texts = list(ODD) + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    written = (HERE / "sentences" / "written_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return texts + [json.loads(line)["text"] for line in written[:200]]


@pytest.fixture(scope="module")
def pair():
    for name in DEFAULT_MODELS:
        try:
            stock, fast = spacy.load(name), spacy.load(name)
        except OSError:
            continue
        assert speed_up_norms(fast) >= 2
        return fast, stock
    pytest.skip("no English model")


def _networks(nlp):
    """The shared tok2vec and the entity recognizer's own."""
    return [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.layers[0]]


@pytest.mark.parametrize("batch_size", [1, 16])
def test_the_same_token_vectors_bit_for_bit(pair, batch_size):
    fast, stock = pair
    texts = _texts()
    compared = 0
    for start in range(0, len(texts), batch_size):
        batch = [fast.make_doc(t) for t in texts[start:start + batch_size]]
        for a, b in zip(_networks(fast), _networks(stock)):
            for x, y in zip(a.predict(batch), b.predict(batch)):
                assert x.dtype == y.dtype and numpy.array_equal(x, y)
                compared += len(x)
    assert compared > 10_000


def test_every_layer_normalisation_of_the_default_pipeline_uses_it():
    nlp = load_model(fast=True)
    norms = [layer for _, c in nlp.components if getattr(c, "model", None) is not None
             for layer in c.model.walk() if layer.name == "layernorm"]
    assert norms and all(layer._func is fast_norm.forward for layer in norms)
    stock = load_model(fast=False)
    assert all(layer._func is layernorm.forward for _, c in stock.components
               if getattr(c, "model", None) is not None for layer in c.model.walk() if layer.name == "layernorm")


def test_training_keeps_thincs_function(pair):
    fast, _ = pair
    layer = next(layer for layer in fast.get_pipe("tok2vec").model.walk() if layer.name == "layernorm")
    X = numpy.random.default_rng(0).random((4, layer.get_dim("nI")), dtype="float32")
    Y, backprop = layer(X, is_train=True)
    Z, _ = layernorm.forward(layer, X, True)
    assert numpy.array_equal(Y, Z) and backprop(numpy.ones_like(Y)).shape == X.shape
    _, none = layer(X, is_train=False)
    with pytest.raises(RuntimeError):
        none(Y)
