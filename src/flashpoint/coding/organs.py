"""The organ of a state that does its act, when the words say which: a state named as such has no
sector (tests/gold/README.md, record fields), but

- a state that acts with its troops ("both sides massing troops along the border", "India withdrew
  its forces") is its military: the act is done by the forces it names (as the Phoenix agents
  dictionary codes a country's troops, forces and soldiers ``<country>MIL``);
- a state acting in or at a meeting or decision of its cabinet or government ("Israel rejected the
  bid during a security cabinet meeting") is its government, which made the decision.

Only what the clause of the act names is read: the trigger's object or theme, and its
prepositional phrases.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.resolver import actor_code
from ..ontology.codes import GOVERNMENT_SECTOR, MILITARY_SECTOR, is_state_country
from ..records import Actor
from ..resources.words import word_list
from .arguments import MentionIndex

#: CAMEO roots of acts a state does with its troops: retreat (08), posture (15); not force (19),
#: whose object suffers it ("killed three troops").
TROOP_ACT_ROOTS = word_list("coding_troop_act_roots")
#: Nouns of a meeting or decision that a body holds ("a cabinet meeting", "a government decision").
BODY_MEETING_NOUNS = word_list("coding_body_meeting_nouns")
#: Bodies of a government whose meeting makes the state's act its government's ("cabinet").
GOVERNMENT_BODY_WORDS = word_list("coding_government_body_words")
#: Prepositions that put an act in a meeting ("during", "at", "after").
MEETING_PREPS = word_list("coding_meeting_preps")


def state_as_such(actor: Actor | None) -> bool:
    """Whether ``actor`` is a state named as such: a country and nothing more."""
    return (actor is not None and is_state_country(actor.country) and not actor.sectors and not actor.org
            and not actor.name and not actor.role)


def _organ(actor: Actor, sector: str) -> Actor:
    return replace(actor, code=actor_code(actor.country, sectors=[sector], org=None), sectors=[sector])


def _themes(tok):
    """The object of a verb trigger, or the of-theme of a noun trigger ("the deployment of troops")."""
    if tok.pos_ in ("VERB", "AUX"):
        return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def with_troops(tok, root: str, country: str, index: MentionIndex) -> bool:
    """'massing troops', 'withdrew its forces': an act of ``TROOP_ACT_ROOTS`` whose object is an
    actor of the military of ``country`` or of no country named."""
    if root not in TROOP_ACT_ROOTS:
        return False
    for o in _themes(tok):
        m = index.at(o.i)
        if m is not None and MILITARY_SECTOR in (m.actor.sectors or ()) and m.actor.country in (None, country):
            return True
    return False


def in_government_meeting(tok) -> bool:
    """'rejected the bid during a security cabinet meeting': the act (or the light verb of a noun
    trigger) is placed in a meeting or decision of a body of government, said anywhere in its
    clause (the parser hangs the phrase on the object or on a verb under it)."""
    for p in tok.subtree:  # the phrase hangs anywhere in the clause: "rejected X's bid to visit during a meeting"
        if p.dep_ != "prep" or p.lower_ not in MEETING_PREPS:
            continue
        for n in p.children:
            if n.dep_ == "pobj" and n.lemma_.lower() in BODY_MEETING_NOUNS and any(
                    m.lower_ in GOVERNMENT_BODY_WORDS for m in n.lefts if m.dep_ in ("compound", "amod", "nmod", "poss")):
                return True
    return False


def acting_organ(source: Actor | None, tok, frame, root: str, index: MentionIndex) -> Actor | None:
    """``source`` as the organ that acts (see the module): its military or government when the
    clause says so and it is a state as such; else ``source`` unchanged."""
    if not state_as_such(source):
        return source
    if with_troops(tok, root, source.country, index):
        return _organ(source, MILITARY_SECTOR)
    if in_government_meeting(frame) or (frame.i != tok.i and in_government_meeting(tok)):
        return _organ(source, GOVERNMENT_SECTOR)
    return source
