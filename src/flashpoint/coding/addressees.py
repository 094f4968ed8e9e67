"""Whom a call or demand is made to when its words name no one: "church leaders are calling for a
greater intake of refugees", "the MP says violent inmates must be separated from children". Only a
government can grant a policy, so a domestic call by the people of a country (its churches,
unions, opposition, lawmakers, citizens) is addressed to that country's government (the
conventions of tests/gold/README.md: a domestic call for a policy goes to the government). A
government that says its own country "must go from war to peace" asks nobody: it states its own
resolve."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..actors.resolver import actor_code
from ..ontology.codes import is_state_country
from ..records import Actor
from ..resources.words import word_list
from .arguments import Arg

#: Roots of asking: appeals (02) and demands (10).
ASKING_ROOTS = frozenset({"02", "10"})
#: Sectors of a country's own people, whose calls for a policy go to their government.
PETITIONER_SECTORS = word_list("coding_petitioner_sectors")
#: Verbs of a public call for a policy: only these, with no addressee, are made to a government.
POLICY_CALL_VERBS = word_list("coding_policy_call_verbs")
#: Entity types of an on-phrase of time ("demanded a higher wage on Monday"): no addressee.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Nouns of the sides of a story ("both sides", "the two countries"; ``drafts`` reads them too).
TWO_PARTY_NOUNS = word_list("coding_two_party_nouns")
#: Words that make a noun of sides (``TWO_PARTY_NOUNS``) all the sides of a story: "all sides", "both parties".
SIDE_QUANTIFIERS = word_list("coding_side_quantifiers")
#: The sector of the body a domestic call is addressed to.
GOVERNMENT_SECTOR = "GOV"


def petitioner(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state's own people of a petitioner sector (not its government,
    army or police, and not a foreign body)."""
    return (actor is not None and is_state_country(actor.country) and bool(actor.sectors)
            and set(actor.sectors) <= PETITIONER_SECTORS)


def names_addressee(tok, preps: Iterable[str]) -> bool:
    """Whether verb ``tok`` has words for whom it asks, even ones that name no known actor: an
    on/to phrase ("is not calling on Dr Smith to resign") or an object that is a name or a pronoun
    ("urged him to"; not what is asked for: "demanded a higher wage")."""
    return any((x.dep_ in ("dobj", "dative") and x.pos_ in ("PRON", "PROPN"))
               or (x.dep_ == "prep" and x.lower_ in preps
                   and any(o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTITIES for o in x.children))
               for x in tok.children)


def government_addressee(source: Actor | None, cameo: str, *, others: Iterable[Actor] = ()) -> Actor | None:
    """The government of ``source``'s country, as the unnamed addressee of its call or demand
    ``cameo``; None when ``source`` is no petitioner, the code asks nothing, or the sentence names
    another state (the call may be to it: "Australian churches call for an end to the bombing of
    Afghanistan"). Marked ``context``, its country from the speaker."""
    if cameo[:2] not in ASKING_ROOTS or not petitioner(source):
        return None
    if any(is_state_country(a.country) and a.country != source.country for a in others):
        return None
    return Actor(text=source.text, span=source.span,
                 code=actor_code(source.country, sectors=[GOVERNMENT_SECTOR], org=None),
                 country=source.country, sectors=[GOVERNMENT_SECTOR], resolved_by="context", country_from="speaker")


def home_government(target: Actor | None, source: Actor | None, cameo: str) -> Actor | None:
    """'Australian church leaders say Australia must take more refugees': the speaker's own
    country, named as a whole as the addressee of a petitioner's call, is its government."""
    if target is None or source is None or not own_country(target, source):
        return None
    return government_addressee(source, cameo)


def own_country(subject: Actor, speaker: Actor) -> bool:
    """Whether ``subject`` is the speaker's own country named as a whole ("Afghanistan must go from
    an economy of war to an economy of peace", said by its leader)."""
    return (subject.country is not None and subject.country == speaker.country and not subject.sectors
            and subject.org is None)


def own_resolve(subject: Actor, speaker: Actor) -> bool:
    """'Russia must modernise its army, Mr Putin said': the country's own state speaking of what
    the country must do states its resolve, no demand on anyone."""
    return own_country(subject, speaker) and not petitioner(speaker)


@dataclass
class SideMention:
    """One side of the story that "all sides" stands for (stands in for an ActorMention)."""

    start: int
    end: int
    head: int
    actor: Actor


def side_noun(verb, preps: Iterable[str]):
    """The "all sides" / "both parties" object or on/to phrase of a verb of asking, or None."""
    preps = set(preps)
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        if (h.lemma_.lower() in TWO_PARTY_NOUNS and h.tag_ in ("NNS", "NNPS")
                and any(d.lower_ in SIDE_QUANTIFIERS for d in h.children if d.dep_ in ("det", "nummod", "amod"))):
            return h
    return None


def story_sides(verb, index, *, speakers: Iterable, preps: Iterable[str]) -> list[Arg]:
    """'Britain and the US called on all sides to stabilise the situation': the two states the
    article has named most up to the call, other than the speakers' own, each an addressee; []
    when the call names no sides or the article has no clear pair (a third state named as often
    as the second)."""
    noun = side_noun(verb, preps)
    if noun is None:
        return []
    own = {s.mention.actor.country for s in speakers}
    counts: dict[str, int] = {}
    for m in index.in_range(0, noun.left_edge.i):
        country = m.actor.country
        if is_state_country(country) and country not in own:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][1] >= ranked[1][1]):
        return []
    doc = verb.doc
    span = doc[noun.left_edge.i:noun.i + 1]
    return [Arg(SideMention(noun.left_edge.i, noun.i + 1, noun.i,
                            Actor(text=span.text, span=(span.start_char, span.end_char), code=country,
                                  country=country, resolved_by="coreference")), "story-sides", noun.i)
            for country, _ in ranked[:2]]
