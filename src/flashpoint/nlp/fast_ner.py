"""The entity recognizer's greedy decoder, vectorised: the same entities, a fraction of the time.

spaCy's ``ner`` spends most of its time not in its network but in its decoding loop: at every
token it asks each of its 74 moves whether it is valid, and each question takes the Python
interpreter's lock several times (``StateC.B_`` in ``_parser_internals``), so half of the whole
pipeline's time on news text went there. The model itself is simple: its state features are the
first word of the buffer (B0), the first word of the open entity (E0) and, inside an entity, the
word before B0 — all padding when no entity is open. So:

- outside an entity, the scores of a token depend on that token alone: they are computed for every
  token of the batch at once, and the best valid move (O, B-label or U-label) is taken for all of
  them at once;
- inside an entity, only two moves are valid, I and L of its label (L alone before a sentence
  start or at the end): the scores are computed token by token, as spaCy does, for those tokens.

The arithmetic is spaCy's, in spaCy's order: the same network layers called on the same batch (the
tok2vec and the precomputed lower layer), the three feature rows summed in order and the bias added,
the maxout, then the upper layer through the same BLIS ``sgemm`` the stock decoder calls, and ties
broken towards the first move. The validity rules are those of ``ner.pyx`` for a Doc without
preset entities. A batch with preset entities, a beam, unseen classes or another network is given
to the stock component (``supported``). ``tests/test_nlp_fast_ner.py`` compares the entities with
the stock component's on real text; ``bench/same_output.py`` compares the events on every set.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .stand_in import gemm, stand_in

NAME = "flashpoint_ner"


class FastNER:
    """Stands in for a pipeline's ``ner`` (see the module); ``supported`` says when it may."""

    def __init__(self, ner: EntityRecognizer):
        self.ner = ner
        self.tok2vec, self.lower, self.upper = ner.model.layers
        self.W = self.upper.get_param("W")
        self.b = self.upper.get_param("b")
        self.bias = self.lower.get_param("b").reshape(-1)
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        kinds = numpy.array([n.partition("-")[0] for n in names])
        labelled = numpy.array(["-" in n and n.partition("-")[2] != "" for n in names])
        self.out = names.index("O")
        self.begins = (kinds == "B") & labelled  # valid outside an entity before a non-start word
        self.units = (kinds == "U") & labelled  # valid outside an entity on a non-space word
        # each move's label, and for each label its I and L moves
        self.label = [n.partition("-")[2] for n in names]
        self.inside = {lab: i for i, (k, lab) in enumerate(zip(kinds, self.label)) if k == "I"}
        self.last = {lab: i for i, (k, lab) in enumerate(zip(kinds, self.label)) if k == "L"}

    def __call__(self, doc: Doc) -> Doc:
        self.set_entities([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The same batches as the stock component (``util.minibatch`` of ``batch_size``): the
        network's numbers depend on the batch it is given."""
        for batch in minibatch(docs, size=batch_size):
            self.set_entities(batch)
            yield from batch

    def set_entities(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):
            return
        if any(doc.to_array(ENT_IOB).any() for doc in docs):  # preset entities: spaCy's own rules
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        tokvecs, _ = self.tok2vec(docs, is_train=False)
        cached, _ = self.lower(tokvecs, False)  # (1 + tokens, features, hidden, pieces); row 0 pads
        n_feats, hidden, pieces = cached.shape[1:]
        cached = cached.reshape(cached.shape[0], n_feats, hidden * pieces)
        pad = cached[0]
        # outside an entity: B0 and two paddings, for every token of the batch at once
        unmaxed = cached[1:, 0] + pad[1] + pad[2] + self.bias
        closed = self._scores(unmaxed, hidden, pieces)
        walks, offset = [], 0
        for doc in docs:
            walk = self._walk(doc, closed[offset:offset + len(doc)], offset)
            offset += len(doc)
            if walk is None:  # a score of -inf or NaN: let spaCy decide
                self.ner.set_annotations([doc], self.ner.predict([doc]))
            elif walk.spans is not None:
                walks.append(walk)
        # inside entities: one step of every open entity of the batch at a time
        waiting = [w for w in walks if w.advance()]
        while waiting:
            rows = numpy.array([w.offset + w.t + 1 for w in waiting])
            firsts = numpy.array([w.offset + w.start + 1 for w in waiting])
            unmaxed = cached[rows, 0] + cached[firsts, 1] + cached[rows - 1, 2] + self.bias
            scores = self._scores(unmaxed, hidden, pieces)
            for w, row in zip(waiting, scores):
                i, last = self.inside[w.label], self.last[w.label]
                # the first of the best valid moves (I before L), as arg_max_if_valid
                w.step(inside=bool(row[i] >= row[last]) if i < last else bool(row[i] > row[last]))
            waiting = [w for w in waiting if w.advance()]
        for w in walks:
            w.doc.set_ents(w.spans, default="outside")

    def _scores(self, unmaxed: numpy.ndarray, hidden: int, pieces: int) -> numpy.ndarray:
        """Maxout, then the upper layer (BLIS ``sgemm``, as ``predict_states`` calls it) and its bias."""
        hiddens = numpy.ascontiguousarray(unmaxed.reshape(-1, hidden, pieces).max(axis=2), dtype="f")
        out = numpy.empty((hiddens.shape[0], self.W.shape[0]), dtype="f")
        gemm(hiddens, self.W, out=out, trans2=True, alpha=1.0, beta=0.0)
        out += self.b
        return out

    def _walk(self, doc: Doc, closed: numpy.ndarray, offset: int) -> "_Walk | None":
        """The best valid move of every token outside an entity (O, B-label, U-label), at once."""
        n = len(doc)
        if n == 0:
            return _Walk(doc, offset, [], numpy.ones(0, dtype=bool), self)
        space = doc.to_array(IS_SPACE).astype(bool)
        starts = doc.to_array(SENT_START)
        # B needs a next word that starts no sentence; neither B nor U starts on white space
        next_starts = numpy.ones(n, dtype=bool)
        next_starts[:-1] = starts[1:] == 1
        valid = numpy.zeros(closed.shape, dtype=bool)
        valid[:, self.out] = True
        valid[:, self.begins] = (~next_starts & ~space)[:, None]
        valid[:, self.units] = (~space)[:, None]
        best = numpy.where(valid, closed, -numpy.inf).argmax(axis=1)
        if not valid[numpy.arange(n), best].all():
            return None
        moves = [(t, int(best[t])) for t in numpy.flatnonzero(best != self.out).tolist()]
        return _Walk(doc, offset, moves, next_starts, self)


class _Walk:
    """One Doc's way through its tokens: the moves outside entities are known; inside an entity,
    each next word is I or L of its label, as the batch's scores say (``step``)."""

    def __init__(self, doc: Doc, offset: int, moves: list[tuple[int, int]], next_starts: numpy.ndarray,
                 ner: FastNER):
        self.doc, self.offset, self.moves, self.next_starts, self.ner = doc, offset, moves, next_starts, ner
        self.spans: list[Span] = []
        self.k = 0  # the next move outside an entity
        self.start = self.t = -1  # the open entity's first word and the word being decided
        self.label = ""

    def advance(self) -> bool:
        """Walk on until a word inside an entity needs its scores; False when the Doc is done."""
        while True:
            if self.start >= 0:
                if not self.next_starts[self.t]:  # I is valid: the scores decide
                    return True
                self._close()  # L alone is valid (the end, or a sentence starts next)
            while self.k < len(self.moves) and self.moves[self.k][0] <= self.t:
                self.k += 1  # moves of words inside the entity just closed
            if self.k >= len(self.moves):
                return False
            t, move = self.moves[self.k]
            self.k += 1
            self.label = self.ner.label[move]
            if self.ner.units[move]:
                self.spans.append(Span(self.doc, t, t + 1, label=self.label))
                self.t = t
                continue
            self.start, self.t = t, t + 1  # B: an entity opens

    def step(self, *, inside: bool) -> None:
        if inside:
            self.t += 1
        else:
            self._close()

    def _close(self) -> None:
        self.spans.append(Span(self.doc, self.start, self.t + 1, label=self.label))
        self.start = -1


def supported(ner: object) -> bool:
    """Whether ``FastNER`` decodes as this component does: spaCy's greedy transition-based NER with
    its three state features (B0, E0, B0-1), an upper layer and maxout, every class seen, and the
    moves it knows."""
    if gemm is None or not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return False
    model = ner.model
    if len(model.layers) != 3 or not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return False
    lower = model.layers[1]
    if lower.name != "precomputable_affine" or lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
        return False
    if getattr(ner.moves, "n_moves", 0) < 1:
        return False
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    return "O" in names and all(n == "O" or n[:2] in ("B-", "I-", "L-", "U-") for n in names)


@Language.factory(NAME)
def make_fast_ner(nlp: Language, name: str) -> FastNER:
    return FastNER(nlp.get_pipe("ner"))


def speed_up_ner(nlp: Language) -> bool:
    """Stand ``flashpoint_ner`` in for ``ner`` (same entities); returns whether it did."""
    return stand_in(nlp, stock="ner", name=NAME, supported=supported)
