"""The names whose case the truecaser restores in caseless text (``nlp.truecase``), from the
knowledge base and the gazetteer: every name, abbreviation and demonym of the knowledge base, the
people's full names (and the surnames that name them later), the gazetteer's countries, regions
and notable places, the group words written with a capital ("Hindu", "Kurdish"), and weekdays and
months. Built once per process, on the first caseless document."""

from __future__ import annotations

from ..dates.words import load_date_words
from ..geo.gazetteer import Gazetteer
from ..geo.place_country import NOTABLE_POPULATION
from ..nlp.truecase import COMMON_PLACE_NAMES, GATED_NAMES, CaseVocabulary, key_of
from .kb import KnowledgeBase
from .names import surname_forms

#: Gazetteer features always worth recasing (a city must be notable).
_PLACE_FEATURES = frozenset({"country", "admin1", "region", "sea"})
#: Places this big, countries and first-level areas are recased anywhere ("shelled kharkiv"); other
#: notable places only where they are places ("in vadodara").
BIG_POPULATION = 1_000_000


def case_vocabulary(kb: KnowledgeBase, gazetteer: Gazetteer | None) -> CaseVocabulary:
    """The cased names of ``kb`` and ``gazetteer`` (see the module docstring)."""
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
            if e.feature in _PLACE_FEATURES or e.own or (e.population or 0) >= NOTABLE_POPULATION:
                anywhere = (e.feature in ("country", "admin1") or (e.population or 0) >= BIG_POPULATION) \
                    and key_of(e.name) not in COMMON_PLACE_NAMES
                vocab.add(e.name, place=not anywhere)
    words = load_date_words()
    for word in list(words.weekdays) + list(words.full_months):
        if word not in GATED_NAMES:
            vocab.always[key_of(word)] = word.capitalize()
    return vocab
