"""The names whose case the truecaser restores in caseless text (``nlp.truecase``), from the
knowledge base and the gazetteer: every name, abbreviation and demonym of the knowledge base, the
people's full names (and the surnames that name them later), the gazetteer's countries, regions
and notable places, the group words written with a capital ("Hindu", "Kurdish"), and weekdays and
months; and what tells an unknown name after a title ("gov. harold penmarch"): the titles and
honorifics, the given names and surnames of the knowledge base's people, and the common English
words of the spaCy model (its stop words and its lemmatizer's word index with the rules and
exceptions that give inflections: no download). Built once per process, on the first caseless
document."""

from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.strings import get_string_id

from ..dates.words import load_date_words
from ..geo.gazetteer import Gazetteer
from ..geo.place_country import NOTABLE_POPULATION
from ..nlp.truecase import COMMON_PLACE_NAMES, COMPASS_WORDS, GATED_NAMES, CaseVocabulary, key_of
from .atoms import HONORIFICS
from .kb import KnowledgeBase
from .names import surname_forms

_WORDS = re.compile(r"[^\W_]+")
#: Kinds of title written with capitals right before a name ("Prime Minister John Howard").
_CAPITAL_KINDS = frozenset({"head", "minister"})
#: Gazetteer features always worth recasing (a city must be notable).
_PLACE_FEATURES = frozenset({"country", "admin1", "region", "sea"})
#: Places this big, countries and first-level areas are recased anywhere ("shelled kharkiv"); other
#: notable places only where they are places ("in vadodara").
BIG_POPULATION = 1_000_000


def case_vocabulary(kb: KnowledgeBase, gazetteer: Gazetteer | None, nlp: Any = None,
                    words: Iterable[str] = ()) -> CaseVocabulary:
    """The cased names of ``kb`` and ``gazetteer`` (see the module docstring); names after titles
    only with ``nlp``, a spaCy pipeline with a rule lemmatizer (without it no word is known to be
    common, so none is taken for a name); ``words``: more common words (the trigger lexicon's)."""
    vocab = CaseVocabulary()
    for alias in list(kb.country_names.values()) + list(kb.country_abbrevs.values()):
        vocab.add(alias.alias)
    for alias, _ in kb.org_names.values():
        vocab.add(alias)
    for abbrev in kb.org_abbrevs:
        vocab.add(abbrev)
    for name, _ in kb.person_names.values():
        vocab.add(name)
    for person in kb.people.values():
        key = vocab.add(person.name)
        if key is not None and len(key) > 1:
            vocab.people[key] = tuple(surname_forms(person.name, nationality=person.nationality))
    for index in (kb.sector_nouns, kb.sector_adjs):
        for word in index.values():
            if word.word[:1].isupper():
                vocab.add(word.word)
    vocab.heads = frozenset(k.split()[-1] for index in (kb.sector_nouns, kb.titles) for k in index)
    if gazetteer is not None:
        for i in range(len(gazetteer)):
            e = gazetteer.entry(i)
            if all(key_of(t) in COMPASS_WORDS for t in _WORDS.findall(e.name)):
                continue  # "North West", "Centre": directions in caseless text
            if e.feature in _PLACE_FEATURES or e.own or (e.population or 0) >= NOTABLE_POPULATION:
                anywhere = (e.feature in ("country", "admin1") or (e.population or 0) >= BIG_POPULATION) \
                    and key_of(e.name) not in COMMON_PLACE_NAMES
                vocab.add(e.name, place=not anywhere)
    _common_words(vocab, nlp)
    if vocab.common:
        # the lexicon's own words are common words ("airstrike", "ceasefire"), single words only
        vocab.common |= frozenset(w.lower() for w in words if w.isalpha())
        for title in kb.titles.values():
            vocab.add_title(title.title, capital="." in title.title)
            if title.kind in _CAPITAL_KINDS:
                vocab.capital_titles.add(tuple(key_of(t) for t in _WORDS.findall(title.title)))
        for honorific in HONORIFICS:  # "mr", "dr": only a name comes after them
            vocab.add_title(honorific, capital=True)
        names = [p.name for p in kb.people.values()] + [name for name, _ in kb.person_names.values()]
        vocab.given = frozenset(key_of(t) for name in names for t in name.split() if t.isalpha() and len(t) > 1)
        vocab.first = frozenset(key_of(p.name.split()[0]) for p in kb.people.values()
                                if p.name.split() and p.name.split()[0].isalpha())
        vocab.surnames = frozenset(key_of(s) for surnames in vocab.people.values() for s in surnames
                                   if s.isalpha())
    words = load_date_words()
    for word in list(words.weekdays) + list(words.full_months):
        if word not in GATED_NAMES:
            vocab.always[key_of(word)] = word.capitalize()
    return vocab


def _common_words(vocab: CaseVocabulary, nlp: Any) -> None:
    """The common English words of ``nlp``: stop words, the lemmatizer's index of base forms
    (nouns, verbs, adjectives, adverbs) and its irregular forms, and its suffix rules."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
        exceptions = lookups.get_table("lemma_exc")
        rules = lookups.get_table("lemma_rules")
    except (AttributeError, KeyError, ValueError):
        return
    noun = get_string_id("noun")  # the tables are keyed by part of speech: nouns apart
    nouns: set[str] = set()
    plain = {w.lower() for w in nlp.Defaults.stop_words}
    vocab.stop = frozenset(plain)
    for table in (index, exceptions):
        for pos in table.keys():
            (nouns if pos == noun else plain).update(table[pos])
    vocab.forms = frozenset(form for pos in exceptions.keys() for form, lemmas in exceptions[pos].items()
                            if form not in lemmas)
    suffixes = {(end, new) for pos in rules.keys() for end, new in rules[pos] if end.isalpha()}
    vocab.plain = frozenset(plain)
    vocab.common = vocab.plain | frozenset(nouns)
    vocab.suffixes = tuple(sorted(suffixes))
