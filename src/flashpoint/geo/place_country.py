"""The country a place name stands for ("Samarra" -> IRQ), for the actor finder.

News names a place for its state ("troops entered Samarra"); the actor knowledge base knows
countries and capitals, not every town, so it is handed this lookup (``build_kb(places=...)``).
It lives with the gazetteer because it is a question about places.
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..nlp.normalise import letters
from .entries import Candidate
from .gazetteer import Gazetteer

#: A city this big, or a region, is "notable": named alone it stands for its country.
NOTABLE_POPULATION = 100_000


class GazetteerCountry:
    """Country of a place name from the gazetteer, which ``load`` gives on first use (so the
    knowledge base itself still loads in well under a second). Without context a name is only
    taken when its places lie in one country, or its largest place dwarfs those elsewhere
    ("Sydney"); an ambiguous name ("Victoria", "Toledo") gives None. Only places whose own name
    is the name looked up count (not looser alternate names).

    Called with a name, returns (ISO3 of the country, notable) or None.
    """

    def __init__(self, load: Callable[[], Gazetteer]) -> None:
        self._load = load
        self._gazetteer: Gazetteer | None = None
        self._cache: dict[str, tuple[str, bool] | None] = {}

    def __getstate__(self) -> dict:
        # a worker process loads its own gazetteer
        return {"_load": self._load, "_gazetteer": None, "_cache": {}}

    def __call__(self, name: str) -> tuple[str, bool] | None:
        if name not in self._cache:
            if self._gazetteer is None:
                self._gazetteer = self._load()
            key = letters(name)
            candidates = self._gazetteer.candidates(name)
            if any(c.alias and not c.entry.country for c in candidates):
                # our alias for waters or a region of no state ("the Gulf" is the Persian Gulf):
                # not the province of Papua New Guinea that bears the short name
                self._cache[name] = None
                return None
            same_name = [c for c in candidates if letters(c.entry.name) == key]
            self._cache[name] = country_of(same_name)
        return self._cache[name]


    def region(self, name: str) -> str | None:
        """The country of the one state or province (admin1) of that name, whatever cities share
        it: "Victoria" before "Premier" or "police" is the Australian state, not a city; None
        when no admin1 or several countries' have the name ("Punjab")."""
        if self._gazetteer is None:
            self._gazetteer = self._load()
        key = letters(name)
        found = {c.entry.country for c in self._gazetteer.candidates(name)
                 if c.entry.feature == "admin1" and c.entry.country and letters(c.entry.name) == key}
        return found.pop() if len(found) == 1 else None


def country_of(candidates: Iterable[Candidate]) -> tuple[str, bool] | None:
    """(country, notable) of the places a name may be, or None when they disagree."""
    candidates = list(candidates)
    primary = [c.entry for c in candidates if c.primary and c.entry.country] or \
        [c.entry for c in candidates if c.entry.country]
    largest: dict[str, int] = {}
    notable: dict[str, bool] = {}
    for e in primary:
        largest[e.country] = max(largest.get(e.country, 0), e.population or 0)
        notable[e.country] = notable.get(e.country, False) or e.feature != "city" \
            or (e.population or 0) >= NOTABLE_POPULATION
    ranked = sorted(largest.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or (ranked and ranked[0][1] >= 10 * max(ranked[1][1], 1)):
        if any(e.feature != "city" and e.country != ranked[0][0] for e in primary):
            return None  # "Victoria": a state here, a city there ("Lagos", state and city, is one)
        return ranked[0][0], notable[ranked[0][0]]
    return None
