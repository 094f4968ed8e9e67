"""Choosing among the places a name may refer to: a prior from the gazetteer, then context.

Scores are additive and small so each rule can be read and tuned alone (all weights below).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .entries import Candidate

POP_WEIGHT = 2.0          # per decade of population
ADMIN1_POPULATION = 10**6  # stands in for admin1 areas (their population is spread out)
REGION_POPULATION = 10**6
COUNTRY_BONUS = 3.0       # a bare country name is most often the country
OWN_BONUS = 3.0           # our curated regions and seas (only reached by their own names)
CAPITAL_BONUS = 3.0       # "Washington" is the capital before it is the state
PRIMARY_BONUS = 3.0       # matched by the place's own name, not an alternate one
ALIAS_BONUS = 3.0         # matched by one of our aliases: a curated reading ("Gaza", "Congo")
UNMAPPED_PENALTY = 1.0    # an area we have no coordinates for (pycountry subdivisions)
COUNTRY_CONTEXT = 1.5     # the candidate's country is elsewhere in the document
SUBCOUNTRY_CONTEXT = 3.0  # admin1 vs a country ("Georgia"): other places in the state's country
ADMIN1_CONTEXT = 3.0      # the candidate's admin1 is named or contains another named place
CUE_BONUS = 3.0           # "X region", "state of X"
STATE_CUE_BONUS = 5.0     # a governor, county or legislature in a country-vs-state choice
WITHIN_BONUS = 8.0        # the text says where the place is: "Paris, Texas", "Donetsk, Ukraine"
SIZEABLE_CITY = 100_000   # cities this big get the full country-context bonus


@dataclass
class Context:
    """What the rest of the document says about where we are (counts, so one's own vote can go)."""

    countries: Counter = field(default_factory=Counter)
    subcountries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)  # (country, admin1 name)

    def add(self, *, country: str | None, admin1: str | None = None, feature: str | None = None,
            sign: int = 1) -> None:
        if not country:
            return
        self.countries[country] += sign
        if feature in ("city", "admin1"):
            self.subcountries[country] += sign
        if admin1:
            self.admin1s[(country, admin1)] += sign


def prior(c: Candidate) -> float:
    """Context-free likelihood of a candidate (bigger is likelier)."""
    e = c.entry
    if e.feature == "admin1":
        pop = max(e.population, ADMIN1_POPULATION)
    elif e.feature in ("region", "sea"):
        pop = REGION_POPULATION
    else:
        pop = max(e.population, 1000)
    score = POP_WEIGHT * math.log10(pop)
    if e.feature == "country":
        score += COUNTRY_BONUS
    if e.own and e.feature in ("region", "sea"):
        score += OWN_BONUS
    if e.capital and c.primary:
        score += CAPITAL_BONUS
    if c.primary:
        score += PRIMARY_BONUS
    if c.alias:
        score += ALIAS_BONUS
    if e.lat is None and e.feature != "country":
        score -= UNMAPPED_PENALTY
    return score


def score(c: Candidate, *, context: Context | None, admin1_cue: bool = False,
          state_cue: bool = False, competing_country: bool = False,
          within: frozenset = frozenset()) -> float:
    """Prior plus what the document and the words around the mention say.

    ``within`` holds (country, admin1 or None) pairs the text puts the place in ("Paris, Texas").
    """
    e = c.entry
    s = prior(c)
    if context is not None and e.country:
        in_context = context.countries.get(e.country, 0) > 0
        if in_context:
            s += COUNTRY_CONTEXT
            if e.feature == "city" and e.population >= SIZEABLE_CITY:
                s += COUNTRY_CONTEXT  # "Tripoli" in a story about Lebanon
        elif e.capital and c.primary and any(v > 0 for v in context.countries.values()):
            s -= CAPITAL_BONUS  # the capital's pull holds only while the document is silent
        if e.feature == "admin1" and c.primary and competing_country \
                and context.subcountries.get(e.country, 0) > 0:
            s += SUBCOUNTRY_CONTEXT
        if e.admin1 and e.feature != "admin1" and context.admin1s.get((e.country, e.admin1), 0) > 0:
            s += ADMIN1_CONTEXT
        if e.feature == "admin1" and context.admin1s.get((e.country, e.name), 0) > 0:
            s += ADMIN1_CONTEXT
    if admin1_cue and e.feature == "admin1":
        s += CUE_BONUS
    if state_cue and competing_country and e.feature == "admin1":
        s += STATE_CUE_BONUS
    if within and ((e.country, None) in within or (e.country, e.admin1) in within):
        s += WITHIN_BONUS
    return s


def rank(cands: list[Candidate], *, context: Context | None = None, admin1_cue: bool = False,
         state_cue: bool = False, within: frozenset = frozenset()) -> list[Candidate]:
    """Candidates from likeliest to least likely; ties go to the earlier-built entry."""
    if admin1_cue:
        preferred = [c for c in cands if c.entry.feature in ("admin1", "region")]
    else:
        # "Kherson" is the city; the oblast reading of a bare name needs "region"/"oblast".
        # So is "Kabul": an area named like a city of its own country is the city.
        cities = {c.entry.country for c in cands if c.entry.feature == "city" and c.primary}
        preferred = [c for c in cands if c.entry.feature != "admin1"
                     or (c.primary and (c.entry.own or c.entry.country not in cities))]
    if not preferred:
        preferred = cands
    others = [c for c in cands if c not in preferred]
    competing = any(c.entry.feature == "country" for c in cands)

    def key(c: Candidate) -> tuple[float, int]:
        return (score(c, context=context, admin1_cue=admin1_cue, state_cue=state_cue,
                      competing_country=competing, within=within), -c.id)

    return sorted(preferred, key=key, reverse=True) + sorted(others, key=key, reverse=True)


def choose(cands: list[Candidate], *, context: Context | None = None, admin1_cue: bool = False,
           state_cue: bool = False, within: frozenset = frozenset()) -> Candidate | None:
    """The best candidate, or None when there is none."""
    ranked = rank(cands, context=context, admin1_cue=admin1_cue, state_cue=state_cue,
                  within=within)
    return ranked[0] if ranked else None
