"""thinc's layer normalisation at inference, each number computed once: the same arrays, bit for bit.

Both token-to-vector networks of the model (the shared ``tok2vec`` and the entity recognizer's own)
normalise every token vector five times. thinc's ``LayerNorm`` computes the mean of each row, then
``X.var()`` — which computes the same mean again and subtracts it again — then subtracts it a third
time to normalise, and allocates a new array at each step. ``forward`` below runs numpy's own
operations in numpy's order (``X.mean``; the squared distances summed and divided by the row width
as ``numpy._core._methods._var`` does, the width as ``numpy.intp``; ``+ 1e-08``; ``** -0.5``; times
``G``, plus ``b``) but keeps the distances it already has and works in place: each value is the one
thinc computes. Training (``is_train``) keeps thinc's own function, which also returns the
gradient.

``speed_up_norms(nlp)`` swaps the function of every ``layernorm`` layer of the pipeline's models
that runs thinc's (a per-layer attribute: nothing global changes). ``tests/test_nlp_fast_norm.py``
compares the networks' outputs with the stock layers' on real text; ``bench/same_output.py`` compares
the events on every set.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy
from spacy.language import Language
from thinc.layers import layernorm

NAME = "layernorm"


def forward(model: Any, X: numpy.ndarray, is_train: bool) -> tuple[numpy.ndarray, Callable]:
    """thinc's ``layernorm.forward`` at inference (see the module)."""
    if is_train or not isinstance(X, numpy.ndarray):
        return layernorm.forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    dist = X - mu
    var = numpy.multiply(dist, dist).sum(axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var += 1e-08
    dist *= var ** (-1.0 / 2.0)
    dist *= model.get_param("G")
    dist += model.get_param("b")
    return dist, _no_gradient


def _no_gradient(dY: Any) -> Any:
    raise RuntimeError("flashpoint's layer normalisation is for inference: train with fast: false")


def speed_up_norms(nlp: Language) -> int:
    """Swap ``forward`` in for thinc's in every layer normalisation of ``nlp``'s models; returns
    how many layers use it."""
    count = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if layer.name == NAME and layer._func in (layernorm.forward, forward):
                layer._func = forward
                count += 1
    return count
