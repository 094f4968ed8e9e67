"""Whose act a reaction is about: "X did Y. Z welcomed the move."

News reports an act, then the reactions to it by a bare noun of an act: "Mr Arafat called for a
halt to all armed operations. France, Britain and the United States have welcomed the
announcement"; "The cabinet decided to close the border. The opposition criticised the
decision". Read alone, the reaction has no target; in its story it is aimed at whoever did the
act just reported. One pass over the document's drafts, in order, after every sentence is coded:

- an event of a reaction class (praise or endorse 05, criticise 11, reject 12: ``REACTION_ROOTS``)
  with no actor as its target,
- whose trigger's object is a definite noun of an act (``coding_reaction_act_nouns``: "the
  announcement", "this decision", "the move") or of an attack (``coding_reaction_attack_nouns``:
  "condemned the attack") with no owner of its own,
- takes the source of the latest event (the latest attack, for an attack noun) of the sentences
  just before it (``REACH``) or earlier in its own sentence, when that source is a party (a country or organisation) other than its own
  (``resolved_by`` "context", the earlier mention's words, a lower confidence).
"""

from __future__ import annotations

from dataclasses import replace

from ..ontology.codes import REACTION_ROOTS, VIOLENCE_ROOTS
from ..records import Actor
from ..resources.words import word_list
from .arguments import object_tokens
from .confidence import borrowed
from .drafts import EventDraft

#: Nouns of an act that a reaction names instead of its doer ("welcomed the announcement").
REACTION_ACT_NOUNS = word_list("coding_reaction_act_nouns")
#: Nouns of an attack a reaction names ("condemned the attack"): the latest attack told is meant.
REACTION_ATTACK_NOUNS = word_list("coding_reaction_attack_nouns")
#: Determiners that make the act noun refer back to an act already told.
DEFINITE_DETERMINERS = word_list("coding_reaction_determiners")
#: Prepositions of a phrase that names the act's own author or owner ("the offer of talks by X").
OWNER_PREPS = word_list("coding_reaction_owner_preps")
#: How many sentences back the act reacted to may be told.
REACH = 2


def answered_acts(drafts: list[EventDraft], doc) -> list[EventDraft]:
    """``drafts`` (in document order) with each open reaction to "the move" given the doer of
    the act just told (see the module docstring)."""
    if not any(_open(d, doc) for d in drafts):
        return drafts  # most documents: nothing to look for
    out: list[EventDraft] = []
    for k, d in enumerate(drafts):
        kind = _open(d, doc)
        if kind:
            doer = _last_doer(drafts[:k], d, attack=kind == "attack")
            if doer is not None:
                why = f"{d.why}; the doer of the act it reacts to: '{doer.text}'"
                d = replace(d, target=replace(doer, sectors=list(doer.sectors), resolved_by="context"),
                            confidence=borrowed(d.confidence), why=why)
        out.append(d)
    return out


def _party(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.code) and bool(actor.country or actor.org)


def _thing(actor: Actor | None) -> bool:
    """A target as written that names no actor ("welcomed the announcement"): codes null."""
    return actor is None or not (actor.country or actor.org or actor.sectors or actor.name or actor.role)


def _open(d: EventDraft, doc) -> str | None:
    """"act" or "attack": a reaction of a known doer whose object is a bare definite noun of an act
    (of an attack) and names no actor; else None."""
    if d.cameo[:2] not in REACTION_ROOTS or not _party(d.source) or not _thing(d.target):
        return None
    tok = doc[d.trigger_start]
    for o in object_tokens(tok):
        words = (o.lemma_.lower(), o.lower_)
        kind = ("act" if any(w in REACTION_ACT_NOUNS for w in words)
                else "attack" if any(w in REACTION_ATTACK_NOUNS for w in words) else None)
        if kind is None:
            continue
        dets = [c for c in o.children if c.dep_ == "det"]
        owned = any(c.dep_ in ("poss", "prep", "compound", "amod") and c.ent_type_ for c in o.children) or any(
            c.dep_ == "prep" and c.lower_ in OWNER_PREPS for c in o.children)
        if dets and all(c.lower_ in DEFINITE_DETERMINERS for c in dets) and not owned:
            return kind
    return None


def _last_doer(earlier: list[EventDraft], d: EventDraft, *, attack: bool = False) -> Actor | None:
    """The source of the latest earlier event (the latest attack, for ``attack``) within
    ``REACH`` sentences, when it is another party than ``d``'s own (another code or
    organisation: a government and its opposition are two); else None."""
    for e in reversed(earlier):
        if e.sentence_index < d.sentence_index - REACH:
            return None
        if e.trigger_start >= d.trigger_start or (attack and e.cameo[:2] not in VIOLENCE_ROOTS):
            continue
        if not _party(e.source):
            if attack:
                return None  # the latest attack has no known doer: no guess at an earlier one
            continue
        if (e.source.code, e.source.org) == (d.source.code, d.source.org):
            return None  # its own act ("the government decided ... it defended the decision")
        return e.source
    return None
