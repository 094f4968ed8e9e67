"""The party of a conjoined act: "India accused Pakistani intelligence of sponsoring the attack and
threatened retaliation", "troops surrounded the rebels and opened fire", "gunmen opened fire and
killed three soldiers". Wire copy tells two acts of one doer on one party in a single sentence
and names the party once, as the object of one of the two verbs; the other verb, an act aimed at
someone (``AIMED_ROOTS``: demands, disapproval, rejection, threats, protest, force, reduced
relations, coercion, violence) that finds no target of its own, is aimed at that party. Only
between two verbs that share the doer (the second has no subject of its own), and only a party
named as the other verb's direct object or in its target phrase, never the doer itself."""

from __future__ import annotations

from .arguments import GENERIC_TARGET_PREPS, SUBJECT_DEPS, PASSIVE_SUBJECT_DEPS, Arg, MentionIndex, args_of, object_tokens, prep_targets
from .triggers import AUTHOR_NOUN_PREPS, Candidate

#: CAMEO roots of acts aimed at a party, which a conjoined verb's party may be the target of.
AIMED_ROOTS = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})

_PREPS = GENERIC_TARGET_PREPS - AUTHOR_NOUN_PREPS


def conjoined_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """The party of the verb conjoined with ``c``'s verb (sharing its doer), or []."""
    if c.entry.pos != "V" or c.entry.root not in AIMED_ROOTS:
        return []
    doers = [a.mention for a in c.sources]
    for other in partners(c.tok):
        found = args_of(object_tokens(other), index, how="conj-object") or prep_targets(
            other, index, preps=_PREPS, how="conj-prep")
        found = [a for a in found if a.mention.actor.country is not None
                 and not any(a.mention is d or a.mention.actor.code == d.actor.code for d in doers)]
        if found:
            return found[:1]
    return []


def partners(verb) -> list:
    """The verbs conjoined with ``verb`` that share its subject: the verb it is joined to when it
    has no subject of its own, and the verbs joined to it that have none."""
    out = []
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _own_subject(verb):
        out.append(verb.head)
    out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _own_subject(c)]
    return out


def _own_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("expl",) for c in verb.children)
