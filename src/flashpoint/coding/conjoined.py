"""The party of an act told beside another: a conjoined verb's, and the other doer of a clause
of time.

- "India accused Pakistani intelligence of sponsoring the attack and threatened retaliation",
  "troops surrounded the rebels and opened fire": wire copy tells two acts of one doer on one
  party in a single sentence and names the party once, as the object of one of the two verbs;
  the other verb, an act aimed at someone (``AIMED_ROOTS``) that finds no target of its own, is
  aimed at that party (``conjoined_targets``). Only between two verbs that share the doer (the
  second has no subject of its own), only a party named as the other verb's direct object or in
  its target phrase, never the doer, and not for a verb with a definite object or phrase of its
  own ("condemned the raid and sanctioned X": whose raid is not said).
- "After the White House demanded action, the Palestinian Authority declared ...", "Israel
  threatened retaliation after Hezbollah fighters fired rockets": a reaction with no target
  joined by a clause of time to another actor's act is aimed at that actor (``reaction_targets``).
"""

from __future__ import annotations

from ..resources.words import word_list
from .arguments import (GENERIC_TARGET_PREPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, Arg, MentionIndex, args_of,
                        object_tokens, prep_targets)
from .triggers import AUTHOR_NOUN_PREPS, Candidate

#: CAMEO roots of acts aimed at a party, which a conjoined verb's party may be the target of.
AIMED_ROOTS = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})

_PREPS = GENERIC_TARGET_PREPS - AUTHOR_NOUN_PREPS

#: CAMEO roots of reactions to another's act: appeals, demands, disapproval, rejection, threats,
#: protest, reduced relations ("recalled its envoy after X expelled ...").
REACTION_ROOTS = frozenset({"02", "10", "11", "12", "13", "14", "16"})
#: Words of a clause of time that joins a reaction to the act it answers ("after", "following").
REACTION_MARKS = word_list("coding_reaction_clause_marks")
#: Determiners and possessives of a definite object: a thing of its own, already known ("the raid").
DEFINITE_WORDS = word_list("actors_definite_words")


def conjoined_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """The party of the verb conjoined with ``c``'s verb (sharing its doer), or []."""
    if c.entry.pos != "V" or c.entry.root not in AIMED_ROOTS:
        return []
    own = []
    heads = [c.tok]
    while heads:  # "walked out of the talks", "seized control of the transmitters": phrases inside phrases
        h = heads.pop()
        for x in h.children:
            if x.dep_ in OBJECT_DEPS or x.dep_ == "pobj":
                own.append(x)
                heads.append(x)
            elif x.dep_ == "prep":
                heads.append(x)
    if any(d.dep_ in ("det", "poss") and d.lower_ in DEFINITE_WORDS for o in own for d in o.children):
        # "condemned the raid and sanctioned X", "walked out of the talks and ...": a theme of its
        # own, already known, whose party is not said
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


def reaction_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'After the White House demanded action, the Palestinian Authority declared ...', 'the UN
    called for restraint after Indian troops shelled the border': a demand, appeal, criticism,
    rejection, threat, protest or cut of ties (``REACTION_ROOTS``) that names no target, joined by a clause of time
    ("after", "following", "when": ``REACTION_MARKS``) to the act of another actor, is aimed at
    that actor: the subject of the clause the reaction governs, or of the clause it hangs on. Not
    the doer, not of its code, not its own state."""
    if c.entry.root not in REACTION_ROOTS:
        return []
    tok = c.tok
    others = []
    for x in tok.children:  # "demanded X after Y did Z": Y
        if x.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in REACTION_MARKS for m in x.children):
            others.append(x)
        elif x.dep_ == "prep" and x.lower_ in REACTION_MARKS:
            others += [g for g in x.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    head = tok.head
    if tok.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in REACTION_MARKS for m in tok.children):
        others.append(head)  # "After X demanded action, Y declared ...": Y
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in REACTION_MARKS:
        others.append(head.head)  # "following calls from X, Y pulled back"
    doers = [a.mention.actor for a in c.sources]
    for other in others:
        # a subject that is itself an actor ("Indian troops"), not a thing it modifies ("the Sudanese talks")
        subj = [s for s in other.children if s.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and index.at(s.i) is not None]
        found = [a for a in args_of(subj, index, how="clause-subject", subject=True) if _other(a.mention.actor, doers)]
        if found:
            return found[:1]
    return []


def _other(actor, doers) -> bool:
    """Whether ``actor`` is a party other than every doer: of a country, of another code, and not
    the doer's own state or a body of it when the doer is that state."""
    if actor.country is None:
        return False
    for d in doers:
        if actor.code == d.code or (actor.country == d.country and not (actor.sectors and d.sectors)):
            return False
    return True


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
