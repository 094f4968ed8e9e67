"""Who acts: the source of a candidate event, from its subject, a pronoun's antecedent, the actor
a noun trigger names, or, for violence nobody is named for, the unidentified armed forces of the
place where it happened; and who makes a statement (the subject of the governing verb)."""

from __future__ import annotations

from dataclasses import dataclass

from ..ontology.codes import UNIDENTIFIED_FORCES, VIOLENCE_ROOTS, is_state_country
from ..records import Actor
from ..resources.words import word_list, word_map
from .arguments import (AGENT_NOUNS, PRONOUNS, RELATIVE_PRONOUNS, Arg, MentionIndex, args_of, noun_actor,
                        object_tokens, prep_targets, pronoun_source, sources, subject_tokens)
from .context import SentenceContext
from .triggers import Candidate


def resolve_sources(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """The source(s) of candidate ``c``, strongest evidence first (see the module docstring)."""
    index = ctx.mentions
    if c.entry.pos == "N":
        if c.noun_actor is not None:
            return [c.noun_actor]
        found = sources(c.frame, index) if c.frame is not c.tok else []
        if not found and c.entry.mutual:  # "talks between A and B were held"
            found = (prep_targets(c.tok, index, preps=("between",), how="between")
                     or prep_targets(c.frame, index, preps=("between",), how="between"))
        if not found and c.frame is c.tok:
            return []
    else:
        found = [_place_as_perpetrator(a, c.tok.doc) for a in sources(c.tok, index)]
    if found:
        return found
    return pronoun_sources(c.frame, ctx) or location_sources(c, index)


def givers(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'received weapons from X': for a ``reverse`` entry X gives (and so is the source)."""
    found = prep_targets(c.tok, index, preps=("from",), how="giver")
    for o in object_tokens(c.tok):
        found = found or prep_targets(o, index, preps=("from",), how="giver")
    return found


# -- pronouns -------------------------------------------------------------------------------------

def _antecedent(rel, index: MentionIndex):
    """The mention that ends right before a relative pronoun (commas skipped), if any, unless it
    is a place: "an ambush in the West Bank, that killed ten" is not the West Bank killing."""
    i = rel.i - 1
    while i >= rel.sent.start and rel.doc[i].is_punct:
        i -= 1
    m = index.at(i) if i >= rel.sent.start else None
    if m is None or m.actor.resolved_by in ("country", "metonym", "place"):
        return None
    return m


def pronoun_sources(tok, ctx: SentenceContext) -> list[Arg]:
    """A pronoun subject ("it", "they"): the nearest earlier actor, weakly."""
    index = ctx.mentions
    toks, _ = subject_tokens(tok)
    for t in toks:
        if t.lower_ in RELATIVE_PRONOUNS:
            # "..., that killed ten": only the phrase right before it is the antecedent
            m = _antecedent(t, index)
            if m is not None:
                return [Arg(m, "coref", t.i)]
            continue
        # "it", or the possessor of a subject that names a force: "their forces", "its army"
        # ("his allies", "their families" are other people)
        owners = [c for c in t.children if c.dep_ == "poss"] if t.lemma_.lower() in AGENT_NOUNS else []
        for p in [t] + owners:
            if p.lower_ in PRONOUNS:
                m = pronoun_source(p, index, sent=ctx.sent, previous_sent=ctx.previous)
                if m is not None:
                    return [Arg(m, "coref", p.i)]
    return []


# -- who makes a statement ------------------------------------------------------------------------

def governor_sources(gov, ctx: SentenceContext) -> list[Arg]:
    """Who makes a statement: the subject of the governing verb, or for a governing noun ("its
    demand that ...") its own actor or the subject of the verb that carries it."""
    index, lexicon = ctx.mentions, ctx.lexicon
    if gov.pos_ in ("NOUN", "PROPN"):
        head = gov.head.head if gov.dep_ == "pobj" else gov.head
        if head is not gov and head.pos_ in ("VERB", "AUX") and not lexicon.token_cues(head) & {"light", "report"}:
            return []  # "rejected an appeal by X to ...": the appeal is background
        own = noun_actor(gov, index)
        if own is not None:
            return [own]
        for c in gov.children:
            if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                m = pronoun_source(c, index, sent=ctx.sent, previous_sent=ctx.previous)
                if m is not None:
                    return [Arg(m, "coref", c.i)]
        for c in gov.children:  # "an appeal from X"
            if c.dep_ == "prep" and c.lower_ == "from":
                found = args_of([g for g in c.children if g.dep_ == "pobj"], index, how="agent", subject=True)
                if found:
                    return found
        head = gov.head
        if gov.dep_ == "pobj":
            head = head.head
        if head is gov or head.pos_ not in ("VERB", "AUX"):
            return []
        if not lexicon.token_cues(head) & {"light", "report"}:
            return []  # "rejected an appeal to ...": the appeal is someone else's
        gov = head
    return sources(gov, index) or pronoun_sources(gov, ctx)


# -- unidentified armed forces --------------------------------------------------------------------

#: Prepositions that locate an attack ("a bombing near Samarra", "killed in Beirut").
LOCATION_PREPS = word_list("coding_attack_location_preps")
#: Unnamed perpetrators (person) and means of attack (means) that stand for unidentified armed forces.
_PERPETRATOR_KIND = word_map("coding_perpetrators")
PERPETRATORS = frozenset(_PERPETRATOR_KIND)
_PERSONS = frozenset(w for w, kind in _PERPETRATOR_KIND.items() if kind == "person")


@dataclass
class UnidentifiedMention:
    """Unidentified armed forces of the country of a place mention (stands in for an ActorMention)."""

    place: object

    def __post_init__(self):
        src = self.place.actor
        self.start, self.end, self.head = self.place.start, self.place.end, self.place.head
        self.actor = Actor(text=src.text, span=src.span, code=f"{src.country}{UNIDENTIFIED_FORCES}",
                           country=src.country, sectors=[UNIDENTIFIED_FORCES], resolved_by="place")


def _place_as_perpetrator(arg: Arg, doc) -> Arg:
    """"The Kabul bombing killed five": the city names where the attack was, so its perpetrator
    is unidentified (forces of that country), not the government the city stands for."""
    tok = doc[arg.mention.head]
    if (arg.mention.actor.resolved_by == "metonym" and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.lemma_.lower() in PERPETRATORS and tok.head.lemma_.lower() not in _PERSONS):
        return Arg(UnidentifiedMention(arg.mention), "location", arg.token)
    return arg


def location_sources(c: Candidate, index: MentionIndex) -> list[Arg]:
    """Violence with no identifiable perpetrator ("a roadside bomb near Basra killed two soldiers"):
    by the CAMEO/PLOVER convention, unidentified armed forces (UAF) of the country where it happened.
    Weak, and only when the clause names no actor as its subject."""
    if c.entry.pos != "V" or c.entry.root not in VIOLENCE_ROOTS:
        return []
    toks, _ = subject_tokens(c.tok)
    if any(t.lower_ in PRONOUNS or index.at(t.i) is not None or t.lemma_.lower() not in PERPETRATORS
           for t in toks):
        return []  # "the weather in Kabul killed ...": not an attack
    if not toks and not any(t.lemma_.lower() in PERPETRATORS for t in c.tok.subtree if t.i != c.tok.i):
        return []  # "five people were killed in Kabul": an accident as likely as an attack
    heads = [c.tok] + list(toks)
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in LOCATION_PREPS:
                continue
            if any((m := index.at(t.i)) is not None and (
                    (m.actor.code != m.actor.country and m.actor.resolved_by != "metonym")
                    or (t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.lemma_.lower() in PERPETRATORS))
                   for t in p.subtree):
                # "injured in raids by US warplanes", "wounded in US bombing": the attacker is named
                # ("killed in the Gaza strikes": the place of the strikes, attacker unknown)
                return []
            for t in p.subtree:
                m = index.at(t.i)
                # a bare place, not an actor met in passing ("raids by US warplanes")
                if m is not None and is_state_country(m.actor.country) and m.actor.code == m.actor.country:
                    return [Arg(UnidentifiedMention(m), "location", t.i)]
    return []
