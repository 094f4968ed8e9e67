"""Names as the knowledge base indexes them: how many tokens a name spans, which abbreviations
match case-sensitively, and the surnames news uses alone for a later mention.

The normal forms of the index keys (``norm_key``, ``norm_exact``) are in ``flashpoint.nlp.normalise``,
shared with the gazetteer.
"""

from __future__ import annotations

import re

from ..resources.words import word_list

_TOKENS = re.compile(r"\w+|[^\w\s]")

#: Generational suffixes that end a name but are never used alone ("Martin Luther King Jr.").
_NAME_SUFFIXES = word_list("actors_name_suffixes")
#: "al-Assad" is also "Assad": a surname with an Arabic article joined by a hyphen.
_ARTICLE_SURNAME = re.compile(r"(?i)^(?:%s)-(.{3,})$" % "|".join(
    re.escape(w) for w in sorted(word_list("actors_surname_articles"), key=lambda w: (-len(w), w))))
#: Nationalities whose names news writes family name first ("Xi Jinping", "Moon Jae-in",
#: "Kim Jong Un", "Tsai Ing-wen"): the later mention is the first word ("Xi", "Moon").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR"})


def token_count(text: str) -> int:
    """An upper bound of the number of spaCy tokens of a phrase (for the n-gram window)."""
    return max(1, len(_TOKENS.findall(text)))


def is_short_caps(alias: str) -> bool:
    """All-caps abbreviations of at most 4 letters ("UN", "U.N.", "IS", "AU") match case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


def surname_forms(name: str, *, nationality: str | None = None) -> list[str]:
    """Surnames news uses alone for a later mention: the last word (not a suffix such as "Jr."
    or "III"), also without an Arabic article; the first word for family-name-first
    nationalities (it may be two letters: "Xi", "Li")."""
    parts = [p.rstrip(",") for p in name.split()]
    while len(parts) > 2 and parts[-1].casefold() in _NAME_SUFFIXES:
        parts = parts[:-1]
    if len(parts) < 2:
        return []
    first = parts[0]
    if (nationality in FAMILY_NAME_FIRST and 2 <= len(first) <= 5 and first[:1].isupper()
            and "-" not in first):
        return [first]  # a long first word is a Western given name: "Margaret Chan"
    last = parts[-1]
    forms = [last] if len(last) >= 3 and last.casefold() not in _NAME_SUFFIXES else []
    m = _ARTICLE_SURNAME.match(last)
    if m:
        forms.append(m.group(1))
    return forms
