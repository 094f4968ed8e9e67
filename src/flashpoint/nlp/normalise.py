"""Normal forms of names used as dictionary keys: accents, apostrophes, dashes, spaces and case.

Shared by the actor knowledge base (its name indexes) and the gazetteer's place-to-country lookup,
so both compare a name the same way ("Sāmarrā’" and "Samarra", "al-Qaeda" and "al Qaeda").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.attrs import ORTH

#: Curly quotes become straight ones; hyphens and dashes become spaces, so that "al-Qaeda" and
#: "al Qaeda", "Secretary-General" and "Secretary General" are one key.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"', "\u2013": " ", "\u2014": " ",
                              "\u2010": " ", "\u2011": " ", "-": " "})


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_piece(text: str) -> str:
    """``norm_exact`` without the spacing clean-up (for one token of a phrase built token by token)."""
    return strip_accents(text.translate(_APOSTROPHES))


def norm_spaces(text: str) -> str:
    return " ".join(text.split())


def norm_exact(text: str) -> str:
    """Case-preserving normal form (accents, apostrophes, dashes, spaces) for case-sensitive keys."""
    return norm_spaces(norm_piece(text))


def norm_key(text: str) -> str:
    """Case-insensitive normal form used as the key of every name index."""
    text = norm_exact(text).casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def letters(name: str) -> str:
    """Letters only, lower case, no accents: "Sāmarrā’" and "Samarra" are the same name."""
    return "".join(c for c in norm_key(name) if c.isalpha())


# -- a Doc's words in these forms, once per word ------------------------------------------------

@dataclass(frozen=True, slots=True)
class WordForms:
    """What the name scans read of a word's text alone (the actors' known-name scan, the place
    scan): the same few thousand words come back in every article, so worked out once per word."""

    exact: str  # norm_piece
    key: str  # norm_piece casefolded
    alone: str  # the key of the word as a phrase of its own (norm_spaces of ``key``)
    normal: str  # norm_exact
    capital: bool  # written with a capital


#: Word (its ORTH id: a hash of its text, the same in every Doc) -> its forms. Bounded: emptied when full.
_FORMS: dict[int, WordForms] = {}
_FORMS_MAX = 200_000
_DOC_KEY = "flashpoint.word_forms"


def _new_forms(doc, orth: int) -> WordForms:
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    text = doc.vocab.strings[orth]
    exact = norm_piece(text)
    key = exact.casefold()
    forms = _FORMS[orth] = WordForms(exact=exact, key=key, alone=norm_spaces(key), normal=norm_spaces(exact),
                                     capital=text[:1].isupper())
    return forms


def word_forms(doc) -> list[WordForms]:
    """The ``WordForms`` of every token of ``doc``, by index (kept with a parsed Doc, which no
    longer changes: worked out once per Doc)."""
    known = doc.user_data.get(_DOC_KEY)
    if known is None or len(known) != len(doc):
        known = doc.user_data[_DOC_KEY] = [_FORMS.get(o) or _new_forms(doc, o) for o in doc.to_array(ORTH).tolist()]
    return known
