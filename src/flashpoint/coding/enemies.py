"""The other side of a conflict story: an attack told with its doer and no target ("after another
Hamas attack", "militants carried out the bus ambush", "a United States invasion") is aimed at
the one state its doer's country fights in the article.

A story of a conflict between two states (or a state and the armed groups of another) names both
sides in its hostile events (attacks, coercion, threats, protests, accusations) and then tells
one side's attacks alone. One pass over the document's drafts, after every sentence is coded:

- the hostile events (``HOSTILE_ROOTS``, factual) whose source and target are of two different
  countries give each country its opponents (either direction, anywhere in the article), when
  two of them at least (``MIN_HOSTILE``) tell it: one is an incident, not a running conflict;
- a factual attack (``ATTACK_ROOTS``) of a source of a known country with no actor as its target
  takes that source's country's opponent when there is exactly ONE (marked ``context``, weaker):
  the opponent's actor when every event names it with one code, else the bare state.

Two or more opponents are left alone (who was attacked is a guess), never the doer's own country.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import actor_code
from ..ontology.codes import VIOLENCE_ROOTS, is_state_country
from ..records import Actor
from .confidence import borrowed
from .drafts import EventDraft

#: CAMEO roots of events that put two countries on opposite sides of an armed conflict (threats,
#: force, coercion, violence; not words or diplomacy: "walked out of the meeting" makes no enemy).
HOSTILE_ROOTS = frozenset({"13", "15", "17"}) | VIOLENCE_ROOTS
#: CAMEO roots of attacks that take the opponent as their target when they name none.
ATTACK_ROOTS = VIOLENCE_ROOTS
#: Sectors of a state's dealings with its own people (police, protesters, the opposition): no side
#: of a war between states.
DOMESTIC_SECTORS = frozenset({"COP", "OPP"})
#: How many hostile events (distinct triggers) make two countries the sides of a running conflict.
MIN_HOSTILE = 2


def conflict_targets(drafts: list[EventDraft]) -> list[EventDraft]:
    """``drafts`` with the open attacks aimed at their doer's one opponent (module docstring)."""
    if not any(_open(d) or _nameless_side(d) for d in drafts):
        return drafts  # most documents: nothing to look for
    opponents: dict[str, dict[str, Actor]] = {}  # country -> opposing country -> its actors by code
    told: dict[frozenset, set[int]] = {}  # two countries -> the triggers of their hostile events

    def oppose(a: Actor, b: Actor, trigger: int) -> None:
        opponents.setdefault(a.country, {}).setdefault(b.country, {}).setdefault(b.code, b)
        opponents.setdefault(b.country, {}).setdefault(a.country, {}).setdefault(a.code, a)
        told.setdefault(frozenset((a.country, b.country)), set()).add(trigger)

    for d in drafts:
        if _hostile(d):
            oppose(d.source, d.target, d.trigger_start)
    for a, b, triggers in _sides_of_one_sentence(drafts):
        for t in triggers:
            oppose(a, b, t)
    # one hostile event is an incident, not a running conflict ("a strike on a target near Baghdad")
    opponents = {a: {b: v for b, v in sides.items() if len(told[frozenset((a, b))]) >= MIN_HOSTILE}
                 for a, sides in opponents.items()}
    out = []
    for d in drafts:
        sides = opponents.get(d.source.country, {}) if _open(d) else {}
        if len(sides) == 1:
            (country, actors), = sides.items()
            d = _aimed_at(d, country, actors)
        elif _nameless_side(d):
            d = _group_of_the_other_side(d, opponents)
        out.append(d)
    return _shared_by_allies(out)


def _nameless(a: Actor | None) -> bool:
    """A group known by its kind only: a sector, no country, no body ("gunmen", "militants")."""
    return a is not None and bool(a.sectors) and a.country is None and a.org is None


def _nameless_side(d: EventDraft) -> bool:
    """A factual attack between a party of a known country and a group of no country."""
    return (d.cameo[:2] in ATTACK_ROOTS and d.modality.factual
            and ((_party(d.source) and _nameless(d.target)) or (_party(d.target) and _nameless(d.source))))


def _group_of_the_other_side(d: EventDraft, opponents: dict[str, dict[str, Actor]]) -> EventDraft:
    """'Israeli troops killed two militants', 'gunmen opened fire on Israeli soldiers' in a story of
    Israel and the Palestinians: the group of no country on the other side of an attack is of the
    one state the party's country fights in the story (marked ``context``, weaker)."""
    known, group = (d.source, d.target) if _party(d.source) else (d.target, d.source)
    if DOMESTIC_SECTORS & set(known.sectors or ()) or DOMESTIC_SECTORS & set(group.sectors):
        return d  # "police clashed with protesters": a state's police and its protesters are its own
    sides = [c for c in opponents.get(known.country, {}) if is_state_country(c)]
    if len(sides) != 1 or len(opponents.get(known.country, {})) != 1:
        return d
    country = sides[0]
    found = replace(group, country=country, code=actor_code(country, sectors=list(group.sectors), org=group.org),
                    sectors=list(group.sectors), resolved_by="context")
    why = f"{d.why}; '{group.text}' on the other side of the story's conflict: {country}"
    d = replace(d, target=found, why=why) if group is d.target else replace(d, source=found, why=why)
    return replace(d, confidence=borrowed(d.confidence))


def _shared_by_allies(drafts: list[EventDraft]) -> list[EventDraft]:
    """'an offensive by US warplanes and Afghan militiamen': the doers of one attack share its
    target; an open one takes the target the other's was given (one only)."""
    aimed: dict[int, dict[str, Actor]] = {}
    for d in drafts:
        if d.cameo[:2] in ATTACK_ROOTS and not _open(d) and _party(d.source) and d.target is not None \
                and d.target.country is not None:
            aimed.setdefault(d.trigger_start, {}).setdefault(d.target.code, d.target)
    out = []
    for d in drafts:
        targets = aimed.get(d.trigger_start, {}) if _open(d) else {}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            if target.country != d.source.country:
                why = f"{d.why}; the target of its fellow doer: '{target.text}'"
                d = replace(d, target=replace(target, sectors=list(target.sectors), resolved_by="context"),
                            confidence=borrowed(d.confidence), why=why)
        out.append(d)
    return out


def _sides_of_one_sentence(drafts: list[EventDraft]) -> list[tuple[Actor, Actor, set[int]]]:
    """'violence including Palestinian suicide bombings and retaliatory Israeli air raids': open
    attacks of one sentence whose doers are of exactly two countries are those two sides', unless
    one attack is both's ("an offensive by US warplanes and Afghan militiamen": allies)."""
    by_sentence: dict[int, dict[str, Actor]] = {}
    triggers: dict[int, dict[int, set[str]]] = {}
    for d in drafts:
        if _open(d):
            by_sentence.setdefault(d.sentence_index, {}).setdefault(d.source.country, _bare(d.source))
            triggers.setdefault(d.sentence_index, {}).setdefault(d.trigger_start, set()).add(d.source.country)
    return [(*sides.values(), set(triggers[si])) for si, sides in by_sentence.items()
            if len(sides) == 2 and all(len(c) == 1 for c in triggers[si].values())]


def _bare(a: Actor) -> Actor:
    """The state of an actor's country, in the actor's words."""
    return replace(a, code=a.country, sectors=[], org=None, name=None, role=None, kb_id=None)


def _party(a: Actor | None) -> bool:
    return a is not None and a.country is not None and a.resolved_by not in ("default",)


def _hostile(d: EventDraft) -> bool:
    return (d.cameo[:2] in HOSTILE_ROOTS and d.modality.factual and _party(d.source) and _party(d.target)
            and d.source.country != d.target.country)


def _open(d: EventDraft) -> bool:
    """A factual attack of a doer of a known country with no actor as its target."""
    t = d.target
    return (d.cameo[:2] in ATTACK_ROOTS and d.modality.factual and _party(d.source)
            and (t is None or not (t.country or t.org or t.sectors or t.name or t.role)))


def _aimed_at(d: EventDraft, country: str, actors: dict[str, Actor]) -> EventDraft:
    first = next(iter(actors.values()))
    if len(actors) == 1:
        target = replace(first, sectors=list(first.sectors), resolved_by="context")
    else:  # several bodies of the opponent: the state itself
        target = replace(_bare(first), resolved_by="context")
    why = f"{d.why}; the one opponent of its doer's country in the story: '{first.text}'"
    return replace(d, target=target, confidence=borrowed(d.confidence), why=why)
