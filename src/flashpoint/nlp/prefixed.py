"""Words with a hyphenated prefix ("re-arrested", "re-imposed", "pre-empted", "co-operated") kept as
one token, with the lemma of the word they are made from.

spaCy's tokenizer splits them at the hyphen ("re", "-", "arrested") and the parser then makes "re"
the verb of the sentence: the event is lost. ``keep_prefixed`` tells the tokenizer to keep such a
word whole (the tagger reads its suffix, so "re-arrested" is a verb); the component
``flashpoint_prefixed`` then gives it the lemma of its base word, which the rule lemmatizer cannot
("re-arreste"): the lemma of the joined word when the lemmatizer knows it ("re-opened" -> "reopen",
"pre-empted" -> "preempt"); else "re-" is left out ("re-arrested" -> "arrest": the lexicon's
prefixes of repetition read it so too) and "pre-", "co-" stay on the base word's lemma. The words are found by a regular expression over the
text, so no token is visited for the many Docs that hold none.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..resources.words import word_map

NAME = "flashpoint_prefixed"
#: Prefixes kept on their word (lower case) -> whether the lemma leaves the prefix out.
PREFIXES = {prefix: how == "drop" for prefix, how in word_map("nlp_hyphen_prefixes").items()}
_ALTERNATIVES = "|".join(sorted(map(re.escape, PREFIXES), key=lambda p: (-len(p), p)))
_WORD = re.compile(rf"(?i)^({_ALTERNATIVES})-([a-z]{{2,}})$")
_IN_TEXT = re.compile(rf"(?i)(?<![\w-])(?:{_ALTERNATIVES})-[a-z]{{2,}}(?![\w-])")


def split_prefix(word: str) -> tuple[str, str] | None:
    """("re", "arrested") for "re-arrested"; None for a word without such a prefix."""
    m = _WORD.match(word)
    return (m.group(1).lower(), m.group(2)) if m else None


def keep_prefixed(nlp: Language) -> None:
    """Make the tokenizer of ``nlp`` keep a prefixed word whole (any token match it had still
    holds). Setting the match empties the tokenizer's cache."""
    tokenizer = nlp.tokenizer
    old = getattr(tokenizer, "token_match", None)
    if getattr(old, "flashpoint_prefixed", False):
        return
    if old is None:
        def match(text: str):
            return _WORD.match(text)
    else:
        def match(text: str):
            return _WORD.match(text) or old(text)
    match.flashpoint_prefixed = True  # type: ignore[attr-defined]
    tokenizer.token_match = match


class PrefixedLemmas:
    """Gives each prefixed word the lemma of its base word (see the module), memoised on the word,
    its part of speech and morphology (what the rule lemmatizer reads)."""

    def __init__(self, nlp: Language, text_of: Callable[[Doc], str] = lambda doc: doc.text):
        self.vocab, self.text_of = nlp.vocab, text_of  # text_of: the Doc's text, kept once (nlp.doc_text)
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for m in _IN_TEXT.finditer(self.text_of(doc)):
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            key = (token.orth, token.pos, token.morph.key)
            lemma = self.memo.get(key)
            if lemma is None:
                lemma = self.memo[key] = self._lemma(token)
            token.lemma_ = lemma
        return doc

    def _lemma(self, token) -> str:
        split = split_prefix(token.text)
        if split is None or self.lemmatizer is None:
            return token.lemma_
        prefix, rest = split
        try:
            joined = self._rule_lemma(prefix + rest.lower(), token)  # "preempted" -> "preempt"
            if self._known(joined, token.pos_):
                return joined
            base = self._rule_lemma(rest.lower(), token)
        except (AttributeError, KeyError, ValueError):  # not a rule lemmatizer: keep its lemma
            return token.lemma_
        return base if PREFIXES[prefix] else prefix + base

    def _rule_lemma(self, word: str, token) -> str:
        """The rule lemmatizer's lemma of ``word`` read as ``token`` is (tag, part of speech, morphology)."""
        probe = Doc(self.vocab, words=[word])
        probe[0].tag_ = token.tag_
        probe[0].pos_ = token.pos_
        probe[0].set_morph(token.morph)
        return self.lemmatizer.rule_lemmatize(probe[0])[0].lower()

    def _known(self, word: str, pos: str) -> bool:
        """Whether the lemmatizer's index holds ``word`` for this part of speech ("reopen")."""
        index = self.lemmatizer.lookups.get_table("lemma_index", {})
        return word in index.get(pos.lower(), ())
