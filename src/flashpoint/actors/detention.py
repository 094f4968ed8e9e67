"""Detainees of immigration detention: refugees (REF), of no country the story does not give.

"Detainees" alone names people held by someone, of no sector of their own (prisoners of a war, of a
police raid). In a story of immigration detention (one that speaks of asylum seekers, refugees, the
immigration minister or department, or immigration detention: ``actors_immigration_detention_words``,
read from the text once; not a detention centre alone, which may be a prison) they are asylum
seekers held by the host state, as the gold codes them: REF, their country null unless the phrase
gives one ("detainees from Afghanistan"), never the host's.
"""

from __future__ import annotations

from ..resources.words import word_list

#: Nouns of people held (their last word): "detainees", "the 300 detainees".
DETAINEE_NOUNS = word_list("actors_detainee_nouns")
#: Words (lower case, matched in the text) of a story of immigration detention.
IMMIGRATION_WORDS = word_list("actors_immigration_detention_words")
#: The sector of asylum seekers held.
REFUGEE_SECTOR = "REF"
_KEY = "flashpoint_immigration_detention"


def immigration_story(doc) -> bool:
    """Whether ``doc`` speaks of immigration detention (one lower-cased text search, cached)."""
    known = doc.user_data.get(_KEY)
    if known is None:
        text = doc.text.lower()
        known = doc.user_data[_KEY] = any(w in text for w in IMMIGRATION_WORDS)
    return known


def refugee_detainees(doc, chunk, sector: str | None) -> bool:
    """Whether a group phrase of no sector ("detainees", "the detainees") names asylum seekers
    held in an immigration detention story."""
    if sector:
        return False
    last = doc[chunk.end - 1]
    return (last.lower_ in DETAINEE_NOUNS or last.lemma_.lower() in DETAINEE_NOUNS) and immigration_story(doc)
