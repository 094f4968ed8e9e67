"""Normal forms of names used as dictionary keys: accents, apostrophes, dashes, spaces and case.

Shared by the actor knowledge base (its name indexes) and the gazetteer's place-to-country lookup,
so both compare a name the same way ("Sāmarrā’" and "Samarra", "al-Qaeda" and "al Qaeda").
"""

from __future__ import annotations

import unicodedata

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
