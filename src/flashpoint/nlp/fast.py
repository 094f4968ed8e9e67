"""The attribute ruler and the rule lemmatizer, memoised: the same output, a fraction of the time.

Both are slow Python in spaCy (a Matcher of some 180 patterns on every token, then one call per
match; one lemma look-up per token), and both give a token's attributes from a few features of
the token alone:

- the attribute ruler's one-token rules read only ``LOWER``, ``TAG``, ``DEP`` and ``IS_SPACE``, so
  which of them match a token is memoised on those four values (the real Matcher decides, once per
  new combination, on a one-token Doc); its few rules of two or more tokens still run through a
  Matcher of their own on the whole Doc; each token then gets the attributes of its rules in rule
  order (``set_token_attrs``, as the ruler sets them), once;
- the rule lemmatizer's lemma depends on ``(ORTH, POS, MORPH)`` only (spaCy's own cache key), so it
  is memoised on that triple and written back in one array.

``speed_up(nlp)`` puts the component ``flashpoint_rules`` after the lemmatizer and disables the two
it stands for; it leaves a pipeline it cannot vouch for alone (rules reading other attributes, or
setting lexical ones; a lemmatizer not in rule mode). ``tests/test_nlp_fast.py`` compares it with
the stock components on real text; ``bench/same_output.py`` compares the events on every set.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

NAME = "flashpoint_rules"
#: What the memo of the attribute ruler is keyed on: every one-token rule must read only these.
RULE_FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")
_FEATURE_IDS = [LOWER, TAG, DEP, IS_SPACE]
#: Attributes the ruler may set: token attributes only (a lexical one would move with the memo).
_SET_IDS = [POS, TAG, DEP, MORPH, LEMMA]
SETTABLE = frozenset(_SET_IDS)


class FastRules:
    """The attribute ruler and then the lemmatizer of a pipeline, memoised (see the module)."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer):
        self.ruler, self.lemmatizer = ruler, lemmatizer
        vocab = ruler.vocab
        # One-token rules; rules of several tokens; and the first tokens of these, to know which
        # Docs can hold one at all.
        self.single, self.multi, self.first = Matcher(vocab), Matcher(vocab), Matcher(vocab)
        self.index: dict[int, int] = {}  # multi-token rule -> the index of the token it sets
        self.longest = 1  # tokens of the longest rule of several tokens
        for rule, (patterns, index) in enumerate(zip(_patterns(ruler), ruler.indices)):
            key = vocab.strings.add(str(rule))
            one = [p for p in patterns if len(p) == 1]
            more = [p for p in patterns if len(p) > 1]
            if one:
                self.single.add(key, one)
            if more:
                self.multi.add(key, more)
                self.first.add(key, [[p[0]] for p in more])
                self.index[rule] = index
                self.longest = max([self.longest] + [len(p) for p in more])
        # features -> (its one-token rules, whether a rule of several tokens may start there)
        self.rules_of: dict[tuple[int, ...], tuple[tuple[int, ...], bool]] = {}
        self.columns_of: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # rules -> (column, value)
        self.lemma_of: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma

    def __call__(self, doc: Doc) -> Doc:
        self._attributes(doc)
        self._lemmas(doc)
        return doc

    # -- the attribute ruler -------------------------------------------------------------------

    def _attributes(self, doc: Doc) -> None:
        features = [tuple(row) for row in doc.to_array(_FEATURE_IDS).tolist()]
        unseen: dict[tuple[int, ...], int] = {}  # new combination -> its first token
        for i, f in enumerate(features):
            if f not in self.rules_of and f not in unseen:
                unseen[f] = i
        if unseen:
            self._learn(doc, unseen)
        known = [self.rules_of[f] for f in features]
        rules = [r for r, _ in known]
        for match_id, start, end in self._multi_matches(doc, [i for i, (_, starts) in enumerate(known) if starts]):
            rule = int(self.ruler.vocab.strings[match_id])
            index = self.index[rule]
            i = (end + index) if index < 0 else (start + index)
            if start <= i < end:
                rules[i] = tuple(sorted(set(rules[i]) | {rule}))
        array = doc.to_array(_SET_IDS)
        rows = array.tolist()  # set in Python lists: one numpy item assignment costs ten of these
        for row, these in zip(rows, rules):
            if these:
                for column, value in self._columns(these):
                    row[column] = value
        doc.from_array(_SET_IDS, numpy.array(rows, dtype=array.dtype).reshape(array.shape))

    def _multi_matches(self, doc: Doc, starts: list[int]) -> list[tuple[int, int, int]]:
        """The matches of the rules of several tokens, in Doc positions: the Matcher runs only on
        the few words where one may start, over as many words as the longest rule (their
        patterns have no operators, so a match is exactly that long at most)."""
        found = []
        for s in starts:
            for match_id, start, end in self.multi(doc[s:s + self.longest], allow_missing=True, as_spans=False):
                if start == 0:
                    found.append((match_id, s, s + end))
        return found

    def _learn(self, doc: Doc, unseen: dict[tuple[int, ...], int]) -> None:
        """Which one-token rules match each unseen combination, and whether a rule of several
        tokens may start on it: the real Matchers decide, on a Doc of one token for each (the word
        of its first token, its tag and dependency label)."""
        combos = list(unseen)
        probe = Doc(doc.vocab, words=[doc[unseen[f]].text for f in combos], spaces=[True] * len(combos))
        probe.from_array([TAG, DEP], numpy.array([[f[1], f[2]] for f in combos], dtype="uint64"))
        found: list[set[int]] = [set() for _ in combos]
        for match_id, start, _ in self.single(probe, allow_missing=True, as_spans=False):
            found[start].add(int(self.ruler.vocab.strings[match_id]))
        starts = {start for _, start, _ in self.first(probe, allow_missing=True, as_spans=False)}
        for i, (f, rules) in enumerate(zip(combos, found)):
            self.rules_of[f] = (tuple(sorted(rules)), i in starts)

    def _columns(self, rules: tuple[int, ...]) -> list[tuple[int, int]]:
        """The attributes ``rules`` set, merged in rule order (a later rule wins, as in the ruler),
        as (column of ``_SET_IDS``, value)."""
        columns = self.columns_of.get(rules)
        if columns is None:
            merged: dict[int, int] = {}
            for rule in rules:
                merged.update(self.ruler.attrs[rule])
            columns = self.columns_of[rules] = [(_SET_IDS.index(a), v) for a, v in merged.items()]
        return columns

    # -- the lemmatizer ------------------------------------------------------------------------

    def _lemmas(self, doc: Doc) -> None:
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            key = (int(array[i, 0]), int(array[i, 1]), int(array[i, 2]))
            lemma = self.lemma_of.get(key)
            if lemma is None:
                lemma = self.lemma_of[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


def _patterns(ruler: AttributeRuler) -> list[list[list[dict[str, Any]]]]:
    """The Matcher patterns of each rule of ``ruler``, in rule order."""
    return [ruler.matcher.get(ruler.vocab.strings[str(rule)])[1] for rule in range(len(ruler.attrs))]


def supported(ruler: Any, lemmatizer: Any) -> bool:
    """Whether ``FastRules`` gives exactly what these two components give (see the module)."""
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        return False
    if lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    for patterns, attrs in zip(_patterns(ruler), ruler.attrs):
        if not set(attrs) <= SETTABLE:
            return False
        for pattern in patterns:
            if len(pattern) == 1 and not set(pattern[0]) <= set(RULE_FEATURES):
                return False
            if len(pattern) > 1 and (not set(pattern[0]) <= set(RULE_FEATURES)
                                     or any("OP" in token for token in pattern)):
                return False  # the first token must be there and be known by the memo
    return True


@Language.factory(NAME)
def make_fast_rules(nlp: Language, name: str) -> FastRules:
    return FastRules(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def speed_up(nlp: Language) -> bool:
    """Stand ``flashpoint_rules`` in for the attribute ruler and the lemmatizer of ``nlp`` (same
    output); returns whether it did."""
    names = nlp.pipe_names
    if NAME in names:
        return True
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("attribute_ruler") > names.index("lemmatizer"):
        return False
    if not supported(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")):
        return False
    nlp.add_pipe(NAME, after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
