"""Whose aircraft: craft and weapons named with no owner ("strike aircraft have flown sorties")
are no actor by themselves (``actors_instrument_nouns``); when a defence body reports what they
did ("The Pentagon says strike aircraft have flown sorties over X"), they are that body's
country's forces, a weak reading of the coder (``resolved_by`` "context", from the speaker)."""

from __future__ import annotations

from ..actors.groups import INSTRUMENT_NOUNS
from ..actors.resolver import ActorMention, actor_code
from ..nlp.normalise import norm_key
from ..ontology.codes import MILITARY_SECTOR, is_state_country
from ..records import Actor
from .arguments import SAYER_VERBS, Arg, MentionIndex, actor_of

#: How a craft's owner is found: weak, like every reading of the coder's (``Arg.weak``).
CRAFT_HOW = "coref-speaker"


def _craft(tok) -> bool:
    """Whether ``tok`` heads a phrase naming craft or weapons ("strike aircraft", "fighter jets")."""
    words = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
    return any(norm_key(" ".join(t.text for t in words[i:])) in INSTRUMENT_NOUNS for i in range(len(words)))


def _defence_sayer(verb, index: MentionIndex):
    """The defence body (an actor of a state and the military sector: "the Pentagon", "the
    defence ministry") whose saying governs ``verb``; None when there is none."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in SAYER_VERBS:
            for s in tok.children:
                if s.dep_ == "nsubj":
                    m = actor_of(s, index, subject=True)
                    if m is not None and is_state_country(m.actor.country) and MILITARY_SECTOR in (m.actor.sectors or ()):
                        return m
            return None
    return None


def reported_craft(verb, index: MentionIndex) -> list[Arg]:
    """'The Pentagon says strike aircraft have flown sorties over Afghanistan': a subject naming
    craft or weapons of no owner, in what a defence body says, is that body's country's forces
    (MIL, ``resolved_by`` "context", ``country_from`` "speaker", weak); [] otherwise."""
    for s in verb.children:
        if s.dep_ != "nsubj" or not _craft(s):
            continue
        if any(index.at(t.i) is not None for t in s.subtree):
            continue  # "Russian jets": the owner is named, an actor already (or none by the rules)
        sayer = _defence_sayer(verb, index)
        if sayer is None:
            return []
        country = sayer.actor.country
        span = verb.doc[s.left_edge.i:s.i + 1]
        actor = Actor(text=span.text, span=(span.start_char, span.end_char),
                      code=actor_code(country, sectors=[MILITARY_SECTOR], org=None), country=country,
                      sectors=[MILITARY_SECTOR], resolved_by="context", country_from="speaker")
        return [Arg(ActorMention(start=span.start, end=span.end, head=s.i, actor=actor), CRAFT_HOW, s.i)]
    return []
