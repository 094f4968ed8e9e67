"""Whom an event is done to: the target of a verb or noun trigger, most direct evidence first;
whom a threat is addressed to; and the default target of domestic events."""

from __future__ import annotations

from ..ontology.codes import DOMESTIC_CODE_PREFIXES, POLICE_ACTION_ROOTS, POLICE_SECTOR, is_state_country
from ..records import Actor
from ..resources.words import word_list
from .arguments import (GENERIC_TARGET_PREPS, Arg, MentionIndex, args_of, dative_targets, is_passive,
                        object_tokens, passive_targets, place_targets, prep_targets, pronoun_source)
from .lexicon import Entry
from .triggers import Candidate

#: Prepositions that give the topic or venue of talks, not a party ("talks on Zimbabwe").
TOPIC_PREPS = word_list("coding_topic_preps")
#: Prepositions of a theme noun's own phrase that name its target ("the blockade of Serbia").
THEME_PREPS = word_list("coding_theme_preps")
#: Prepositions that may introduce the target of any trigger (by whether it is mutual: then a
#: party, not the topic or venue of "talks"), without and with the theme's own.
_GENERIC = {False: GENERIC_TARGET_PREPS, True: GENERIC_TARGET_PREPS - TOPIC_PREPS}
_GENERIC_OR_THEME = {mutual: preps | THEME_PREPS for mutual, preps in _GENERIC.items()}
#: Subordinators of the condition a threat is addressed to ("... if Ukraine joined the alliance").
THREAT_CONDITION_MARKS = word_list("coding_threat_condition_marks")
#: Named-entity labels of a concrete object ("struck Kharkiv").
_ENTITY_TYPES = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")


def candidate_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """The target(s) of candidate ``c`` (a noun trigger looks at its light verb too)."""
    if c.entry.pos == "N":
        verb = c.frame if c.frame is not c.tok else None
        return noun_targets(c.tok, entry=c.entry, verb=verb, index=index)
    return verb_targets(c.tok, entry=c.entry, index=index)


def _generic_preps(entry: Entry) -> frozenset[str]:
    """Prepositions that may introduce the target of ``entry`` besides its own (for a mutual
    pattern, without those that name a topic or a venue)."""
    return _GENERIC[entry.mutual]


def verb_targets(tok, *, entry: Entry, index: MentionIndex) -> list[Arg]:
    """Target(s) of a verb trigger, most direct first."""
    themed = bool(entry.objects) and not entry.exclude
    if is_passive(tok) and not themed:
        found = passive_targets(tok, index)
        if found:
            return found
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not themed:
        found = args_of([tok.head], index, how="patient")  # "ten soldiers killed in the ambush"
        if found:
            return found
    objs = object_tokens(tok)
    if is_passive(tok) and themed:  # "evidence against X was presented": the theme is the subject
        objs = objs + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not entry.objects or entry.exclude:
        found = args_of(objs, index, how="object")
        if found:
            return found
    found = dative_targets(tok, index)
    if found:
        return found
    if entry.preps:
        found = prep_targets(tok, index, preps=entry.preps, how="prep")
        if found:
            return found
        for o in objs:  # "imposed sanctions on Russia", "halted aid to Serbia"
            found = prep_targets(o, index, preps=entry.preps, how="prep")
            if found:
                return found
    if entry.objects and not entry.exclude:
        for o in objs:  # the theme's own phrase: "the blockade of Serbia"
            found = prep_targets(o, index, preps=_GENERIC_OR_THEME[False], how="prep-generic")
            if found:
                return found
    found = prep_targets(tok, index, preps=_generic_preps(entry), how="prep-generic")
    if found:
        return found
    for o in objs:
        found = prep_targets(o, index, preps=_GENERIC_OR_THEME[entry.mutual], how="prep-generic")
        if found:
            return found
        found = args_of([o], index, how="object")
        if found:
            return found
    # a clause that names the affected party ("demanded that the US cancel")
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            # only a subject that is itself an actor ("that the US cancel", not "that the economy of X")
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and (
                index.at(g.i) is not None or any(index.at(x.i) is not None for x in g.children
                                                 if x.dep_ in ("amod", "compound", "poss")))]
            found = args_of(subj, index, how="clause-subject")
            if found:
                return found
    # the clause the trigger governs names the target ("offered to hand over to Britain")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            found = args_of(object_tokens(c), index, how="object") or prep_targets(
                c, index, preps=GENERIC_TARGET_PREPS, how="prep")
            if found:
                return found
    if entry.mutual:
        return []  # "met in Havana", "signed in Geneva": the place is the venue, not a party
    found = place_targets(tok, index)
    if found:
        return found
    for o in objs:
        found = place_targets(o, index)
        if found:
            return found
    for o in objs:  # "attacked our positions", a spokesman said: the sayer's side
        for p in o.children:
            if p.dep_ == "poss" and p.lower_ == "our":
                m = pronoun_source(p, index, sent=tok.sent)
                if m is not None:
                    return [Arg(m, "coref", p.i)]
    return nearby_targets(tok, index)


def nearby_targets(tok, index: MentionIndex) -> list[Arg]:
    """Last resort, weak: the first actor inside the trigger's own phrase (objects and their
    modifiers), never inside its subject or a clause of its own."""
    stop = ("nsubj", "nsubjpass", "csubj", "advcl", "relcl", "ccomp", "parataxis", "punct")
    def inside(c) -> bool:
        # "militants accused of attacking X", "a man believed to have ...": another event's parties
        return c.dep_ not in stop and not (c.dep_ == "acl" and c.tag_ == "VBN") and not (
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))  # "arrested X and killed Y": Y is not X's

    stack = [c for c in tok.children if inside(c) and c.i > tok.i]
    order = []
    while stack:
        t = stack.pop(0)
        order.append(t)
        stack.extend(c for c in t.children if inside(c))
    for t in sorted(order, key=lambda t: t.i):
        m = index.at(t.i)
        if m is not None:
            head = t.doc[m.head]
            if head.dep_ in ("amod", "compound") and index.at(head.head.i) is None:
                continue  # "the Thai border": a place, not a party
            if m.actor.resolved_by == "metonym":
                continue  # a city named in passing is a place, not a party
            return [Arg(m, "nearby", t.i)]
    return []


def noun_targets(n, *, entry: Entry, verb, index: MentionIndex) -> list[Arg]:
    """Target(s) of a noun trigger: its own phrases, then those of the verb that carries it."""
    preps = _generic_preps(entry).union(entry.preps)
    found = prep_targets(n, index, preps=preps, how="prep")
    if found:
        return found
    if n.dep_ == "compound":  # "arrest warrants for two Brazilian men"
        found = prep_targets(n.head, index, preps=preps | {"for"}, how="prep")
        if found:
            return found
    if verb is not None:
        found = prep_targets(verb, index, preps=preps, how="prep")
        if found:
            return found
        found = dative_targets(verb, index)
        if found:
            return found
        objs = [o for o in object_tokens(verb) if o.i != n.i]
        found = args_of(objs, index, how="object")
        if found:
            return found
    if entry.mutual:
        return []
    found = place_targets(n, index) or (place_targets(verb, index) if verb is not None else [])
    return found or nearby_targets(n, index) or (nearby_targets(verb, index) if verb is not None else [])


def names_entity(tok) -> bool:
    """Whether the trigger's object is a named entity the resolver did not know ("struck Kharkiv"):
    enough to tell an ambiguous verb's concrete use from a figurative one."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in tok.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
    return any(h.ent_type_ in _ENTITY_TYPES for h in heads)


def condition_subjects(tok, index: MentionIndex) -> list[Arg]:
    """Subjects of an if/unless clause under ``tok``: whom a threat is addressed to."""
    for c in tok.children:
        if c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & THREAT_CONDITION_MARKS:
            found = args_of([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")], index, how="condition",
                          subject=True)
            if found:
                return found
    return []


# -- domestic events ------------------------------------------------------------------------------

def is_domestic(cameo: str, source: Actor) -> bool:
    """Codes (and police actions) whose unnamed target is, by convention, the source's own country."""
    if not is_state_country(source.country):
        return False
    return cameo.startswith(DOMESTIC_CODE_PREFIXES) or (POLICE_SECTOR in (source.sectors or [])
                                                        and cameo[:2] in POLICE_ACTION_ROOTS)


def domestic_target(source: Actor) -> Actor:
    """The source's own country, as the default target of a domestic event."""
    return Actor(text=source.text, span=source.span, code=source.country, country=source.country,
                 resolved_by="default")
