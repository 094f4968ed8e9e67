"""The dependency parser's greedy loop, driven from Python: the same parses, half the time.

spaCy's ``parser`` decodes in a C loop (``Parser._parseC``) that releases the Python interpreter's
lock, yet the state and move functions it calls take the lock back, call after call (the installed
extension is built with profiling hooks; ``py-spy --native`` on Lee showed about a third of the
parser's time in lock hand-offs under them). The same steps, called one batch of states at a time
from Python while the lock is held, cost about half (1.3 s -> 0.7 s on Lee):

- the network is spaCy's own: ``model.predict`` gives the step model (the tok2vec listener and the
  precomputed lower layer, as ``greedy_parse`` computes them); each step its ``get_token_ids`` gives
  the state features and its ``state2vec`` sums them, adds the bias and takes the maxout (spaCy's
  ``sum_state_features`` and thinc's maxout, the code ``predict_states`` runs);
- the upper layer is the same BLIS ``sgemm`` ``predict_states`` calls, then its bias (as
  ``nlp/fast_ner.py`` does);
- the moves are spaCy's: ``transition_states`` takes the best valid move of every state (its
  validity rules, ties to the first move) and returns the states not yet final; the parses are
  written by the parser's own ``set_annotations`` (non-projective arcs restored, sentence starts).

So nothing is re-implemented but the loop. A parser with a beam, unseen classes or another network
is left to spaCy (``supported``). ``tests/test_nlp_fast_parser.py`` compares heads, labels and
sentence starts with the stock component; ``bench/same_output.py`` compares the events on every set.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.pipeline import DependencyParser
from spacy.tokens import Doc
from spacy.util import minibatch

from .stand_in import gemm, stand_in

NAME = "flashpoint_parser"


class FastParser:
    """Stands in for a pipeline's ``parser`` (see the module); ``supported`` says when it may."""

    def __init__(self, parser: DependencyParser):
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        self.set_parses([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The same batches as the stock component (``util.minibatch`` of ``batch_size``): the
        network's numbers depend on the batch it is given."""
        for batch in minibatch(docs, size=batch_size):
            self.set_parses(batch)
            yield from batch

    def set_parses(self, docs: list[Doc]) -> None:
        parser = self.parser
        if not any(len(doc) for doc in docs):  # as Parser.predict: nothing to decode
            parser.set_annotations(docs, parser.moves.init_batch(docs))
            return
        parser._ensure_labels_are_added(docs)  # as greedy_parse (labels of preset arcs)
        step = parser.model.predict(docs)
        if not (hasattr(step, "get_token_ids") and hasattr(step, "state2vec")):  # pragma: no cover
            parser.set_annotations(docs, parser.predict(docs))  # another network: spaCy's loop
            return
        upper = parser.model.layers[-1]
        W, b = upper.get_param("W"), upper.get_param("b")
        batch = parser.moves.init_batch(docs)
        states = [state for state in batch if not state.is_final()]
        while states:
            hidden, _ = step.state2vec(step.get_token_ids(states), False)
            states = parser.transition_states(states, _scores(hidden, W, b))
        step.clear_memory()
        parser.set_annotations(docs, batch)


def _scores(hidden: numpy.ndarray, W: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """The upper layer (BLIS ``sgemm``, as ``predict_states`` calls it) and its bias."""
    hidden = numpy.ascontiguousarray(hidden, dtype="f")
    out = numpy.empty((hidden.shape[0], W.shape[0]), dtype="f")
    gemm(hidden, W, out=out, trans2=True, alpha=1.0, beta=0.0)
    out += b
    return out


def supported(parser: object) -> bool:
    """Whether ``FastParser`` decodes as this component does: spaCy's greedy transition-based
    dependency parser with its precomputed lower layer and maxout, an upper layer, every class
    seen."""
    if gemm is None or not isinstance(parser, DependencyParser) or parser.cfg.get("beam_width", 1) != 1:
        return False
    model = parser.model
    if len(model.layers) != 3 or not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return False
    lower = model.layers[1]
    if lower.name != "precomputable_affine" or lower.get_dim("nP") < 2:
        return False
    return getattr(parser.moves, "n_moves", 0) > 0 and all(
        hasattr(parser, name) for name in ("transition_states", "_ensure_labels_are_added"))


@Language.factory(NAME)
def make_fast_parser(nlp: Language, name: str) -> FastParser:
    return FastParser(nlp.get_pipe("parser"))


def speed_up_parser(nlp: Language) -> bool:
    """Stand ``flashpoint_parser`` in for ``parser`` (same parses); returns whether it did."""
    return stand_in(nlp, stock="parser", name=NAME, supported=supported)
