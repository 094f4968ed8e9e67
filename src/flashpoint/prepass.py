"""Which documents can hold an event at all, decided from their words before the parse.

An event needs a candidate trigger (``coding.triggers.candidates``): a token whose word forms
(its lemma, its text, de-inflections...) have a lexicon entry, or a demand auxiliary ("must",
"should"). A token's lemma comes from spaCy's attribute ruler (a few rules keyed on the word) or
its rule lemmatizer (tables by part of speech), so every lemma a word could get is known from the
word alone, whatever the tagger says: the forms of the lemmatizer's rules and exceptions for every
part of speech, the word itself, and the lemmas the ruler's rules could give it. A document none
of whose tokens could be a trigger under any of these is skipped: it cannot hold an event, and its
result is the one the coder gives a document without a trigger (no events, the no-date warning).

The lexicon decides through its own ``token_entries`` (handed a stand-in token carrying each
possible lemma), so a change of how the coder matches words changes this pre-pass with it.
Exactness is checked by ``bench/same_output.py`` (``fast: false`` parses every document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from .coding import Lexicon
from .coding.criticism import BLAME_WORDS
from .nlp.prefixed import split_prefix

#: The parts of speech whose lexicon entries a token can match (``coding.triggers.trigger_pos``)
#: at the least; every part of speech of the lexicon's own entries is asked too ("A": "worried").
TRIGGER_POS = ("V", "N")
DEMAND_AUX = "demand_aux"


@dataclass(frozen=True)
class _StandIn:
    """What the lexicon reads of a token: its lemma and its lower-case text."""

    lemma_: str
    lower_: str
    text: str


class TriggerWords:
    """Decides, word by word (memoised), whether a word may be a candidate trigger."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        self.lexicon = lexicon
        self.parts = parts_of_speech(lexicon)
        self.tables, self.ruled = _lemma_sources(nlp)
        self.memo: dict[str, bool] = {}

    def may_trigger(self, word: str) -> bool:
        found = self.memo.get(word)
        if found is None:
            found = self.memo[word] = self._may_trigger(word)
        return found

    def any_in(self, doc: Doc) -> bool:
        """Whether some token of ``doc`` may be a candidate trigger (every token is asked)."""
        return any(self.token_may_trigger(t) for t in doc)

    def token_may_trigger(self, tok) -> bool:
        """Whether ``tok`` may be a candidate trigger: as a word, or as the end of a word the
        tokenizer split at a hyphen ("sit-in", "cease-fire": the coder reads them joined)."""
        if self.may_trigger(tok.text):
            return True
        i, doc = tok.i, tok.doc
        return (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
                and self.may_trigger(doc[i - 2].text + tok.text))

    def _may_trigger(self, word: str) -> bool:
        if self.tables is None:  # a lemmatizer whose lemmas cannot be foreseen: keep every document
            return True
        lower = word.lower()
        if self.lexicon.is_cue(lower, DEMAND_AUX) or lower in BLAME_WORDS:  # "said the offer was insufficient"
            return True
        for lemma in self.lemmas(word):
            token = _StandIn(lemma_=lemma, lower_=lower, text=word)
            try:
                entries = [e for pos in self.parts for e in self.lexicon.token_entries(token, pos)]
            except AttributeError:  # the lexicon reads more of a token than its words: keep it
                return True
            if any(not e.ignore for e in entries):
                return True
        return False

    def lemmas(self, word: str) -> set[str]:
        """Every lemma spaCy could give a token ``word``, whatever its part of speech and context."""
        lower = word.lower()
        out = {word, lower}
        index, exceptions, rules = self.tables
        for pos in set(index) | set(exceptions) | set(rules):
            for old, new in rules.get(pos, ()):
                if lower.endswith(old):
                    form = lower[: len(lower) - len(old)] + new
                    if form:
                        out.add(form)
            out.update(exceptions.get(pos, {}).get(lower, ()))
        out.update(lemma for constraint, lemma in self.ruled if _accepts(constraint, lower))
        split = split_prefix(lower)  # "re-arrested": one token, the lemma of its base word (nlp/prefixed.py)
        if split is not None:
            prefix, rest = split
            base = self.lemmas(rest)
            out.update(base)
            out.update(prefix + form for form in base)
        return out


def parts_of_speech(lexicon: Lexicon) -> tuple[str, ...]:
    """``TRIGGER_POS`` and every part of speech the lexicon has entries for: a part of speech the
    coder learns to match (adjectives, say) is asked without a change here."""
    keys = getattr(lexicon, "entries", {}) or {}
    return tuple(sorted(set(TRIGGER_POS) | {key[1] for key in keys if isinstance(key, tuple) and len(key) == 2}))


def _lemma_sources(nlp: Language) -> tuple[Any, list[tuple[Any, str]]]:
    """The rule lemmatizer's tables (index, exceptions, rules by part of speech), or None when the
    pipeline's lemmas cannot be foreseen; and the attribute ruler's lemma rules as (the LOWER
    constraint of the token they set, or None, the lemma)."""
    names = set(nlp.component_names)
    tables = None
    if "lemmatizer" in names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) == "rule":
            lookups = lemmatizer.lookups
            tables = tuple(lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    ruled: list[tuple[Any, str]] = []
    if "attribute_ruler" in names:
        ruler = nlp.get_pipe("attribute_ruler")
        for rule, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            if LEMMA not in attrs:
                continue
            lemma = nlp.vocab.strings[attrs[LEMMA]]
            for pattern in ruler.matcher.get(nlp.vocab.strings[str(rule)])[1]:
                spec = pattern[index] if -len(pattern) <= index < len(pattern) else {}
                ruled.append((spec.get("LOWER"), lemma))
    return tables, ruled


def _accepts(constraint: Any, lower: str) -> bool:
    """Whether a Matcher LOWER constraint may accept ``lower`` (True when it cannot tell)."""
    if constraint is None:
        return True
    if isinstance(constraint, str):
        return constraint == lower
    if isinstance(constraint, dict) and set(constraint) == {"IN"}:
        return lower in constraint["IN"]
    if isinstance(constraint, dict) and set(constraint) == {"REGEX"}:
        return re.search(constraint["REGEX"], lower) is not None
    return True
