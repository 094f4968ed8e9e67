"""Attackers and captives no sentence names, read from the article they are in.

One pass over a document's drafts, in order, after every sentence is coded (``restated.restate``
calls it). Each rule reads what a sentence alone cannot tell:

- *coups*: in a story of an attempted coup ("an attempted coup in Chad", "a failed coup bid"),
  armed men of no named force and no country of their own ("armed commandos", "soldiers": a
  country from context only) who attack, storm or seize the state's own organs (its government,
  police or army, or no one named) are the coup's unidentified attackers (UAF, as the gold
  README's actor conventions code the attackers of a state's seat of power), not its army; and
  what they seize with no owner named ("seized control of the radio equipment") is that state's
  government's. Soldiers who fight the attackers ("troops repelled the gunmen") stay the army;
  a coup of years ago ("last year's coup") is background and changes no one;
- *the passenger*: an unidentified private attacker (``sources.private_attacker_sources``) who
  acts on no one named, in a sentence naming the flight, plane or bus of a company ("An American
  Airlines flight was diverted after a passenger tried to ignite explosives"), attacked that
  company (the flight of a named airline stands for the airline, BUS);
- *the arrested man*: an arrest of a person named only by kind or age ("arrested a 28-year-old
  man") in a story of an unidentified attacker is that attacker's arrest (``coreference``);
- *captives*: prisoners or captives of no stated side taken by an army, in an article that has
  named one armed group and no other up to there (Al Qaeda in a story of the Tora Bora
  campaign), are that group's (``context``); with two or more such groups named, who the
  prisoners are stays unknown;
- *the war's doer*: victims of no named doer in a war story ("two policemen were wounded",
  "four enemy fighters had been killed") were hit by the side whose attack on their side the
  story last reported, a few sentences before: that attack's armed doer (an army, an armed group
  or a state as such) is the source, and victims of no stated country take its target's country
  ("policemen" after strikes on Palestinian posts are Palestinian police). Victims of the doer's
  own country, no earlier attack, or an earlier attack by police or a private person (a gunman's
  rampage) leave the doer unknown;
- *places taken*: a place taken (192) from no one named was taken from the armed group its
  sentence says holds it ("Marjah, where Taliban fighters have been hiding, has been captured"),
  or else from the enemy the same side's last attack or seizure in the story was against;
- *places hit*: an attack on an area, caves or positions of no named holder ("bombing the network
  of caves where Al Qaeda members had been hiding", "pounding the area"), or a halt of one ("had
  stopped the bombing"), is against the group its sentence says is there, the enemy of the same
  side's last attack, or the one armed group the story has named so far.

All are weak: the actor is marked by ``resolved_by`` and the confidence is lowered.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.groups import HOLDING_PREPS
from ..actors.resolver import actor_code
from ..ontology.codes import (ARMED_SECTORS, GOVERNMENT_SECTOR, MILITARY_SECTOR, NON_STATE_CODES, POLICE_SECTOR,
                              UNIDENTIFIED_FORCES, VIOLENCE_ROOTS)
from ..records import Actor
from ..resources.words import word_list
from .confidence import borrowed
from .drafts import EventDraft
from .sources import ACCIDENT_NOUNS, INSTRUMENT_PREPS, PRIVATE_ATTACKER_NOUNS, STORY_ATTACK_NOUNS
from .targets import WHERE_WORDS

#: Nouns of a coup ("an attempted coup", "the putsch").
COUP_NOUNS = word_list("coding_coup_nouns")
#: Words that make a coup one of the running story, tried now ("attempted", "failed", "bid").
COUP_ATTEMPT_WORDS = word_list("coding_coup_attempt_words")
#: CAMEO codes of seizing things or places (171 seize property, 192 occupy territory).
SEIZE_CODES = frozenset({"171", "1711", "192"})
#: The organs of a state that coup attackers strike at.
STATE_ORGANS = frozenset({GOVERNMENT_SECTOR, POLICE_SECTOR, MILITARY_SECTOR})
#: Vehicles that stand for the company named on them ("an American Airlines flight").
VEHICLE_NOUNS = word_list("coding_company_vehicle_nouns")
#: Nouns of people held by an army ("captured 15 prisoners").
CAPTIVE_NOUNS = word_list("coding_captive_nouns")
#: Nouns of an age ("a 28-year-old man"): a person named by age only.
AGE_NOUNS = word_list("coding_age_nouns")
#: Sectors of armed groups (rebels, insurgents) an army fights.
ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})
#: Words that tell an attack as a new one, not the one the story reported ("in several bombings").
INDEFINITE_WORDS = word_list("coding_indefinite_cause_words")
#: CAMEO codes of taking territory, whose target is the side it was taken from.
TAKING_CODES = frozenset({"192"})
#: Places an enemy holds or hides in, whose attack is against it ("pounding the area", "the caves").
ENEMY_PLACE_NOUNS = word_list("coding_enemy_place_nouns")
#: Codes of halting an attack ("stopped the bombing"): against whom the attack was.
HALT_CODES = frozenset({"087", "0871", "0872", "0873", "0874"})
#: How many sentences back an earlier act of the same side still names the enemy a place was taken from.
ENEMY_LOOKBACK = 8
#: How many sentences back an earlier attack still tells who hit victims of no named doer.
WAR_LOOKBACK = 4


def read_attackers(drafts: list[EventDraft], doc, mentions) -> list[EventDraft]:
    """``drafts`` (in document order) with coup attackers, a passenger's target, the arrested
    attacker and captives' group read from the article (see the module docstring)."""
    coup_at: list[int | None] = []  # found once, and only for a draft a coup could change (no pass otherwise)
    out: list[EventDraft] = []
    attackers: list[EventDraft] = []
    for d in drafts:
        if d.modality.factual and d.source is not None:
            if _coup_may_change(d):
                if not coup_at:
                    coup_at.append(coup_start(doc))
                if coup_at[0] is not None and d.trigger_start >= doc[coup_at[0]].sent.start:
                    d = coup_attack(d)
            d = passenger_target(d, doc, mentions) or d
            d = arrested_attacker(d, doc, attackers) or captives_of_group(d, doc, mentions) or d
            if UNIDENTIFIED_FORCES in (d.source.sectors or []) and not d.source.org and d.cameo[:2] in VIOLENCE_ROOTS:
                attackers.append(d)
            if d.cameo in TAKING_CODES and _no_one(d.target) and _armed_side(d.source):
                d = taken_from(d, doc, mentions, out) or d
            elif _no_one(d.target) and _armed_side(d.source) and _hits_a_place(d, doc):
                d = place_hit(d, doc, mentions, out) or d
        elif d.source is None and d.modality.factual:
            d = war_doer(d, doc, out) or d
        out.append(d)
    return out


def _no_one(actor: Actor | None) -> bool:
    """No target, or one of no country, body or sector ("radio equipment", "a 28-year-old man")."""
    return actor is None or not (actor.country or actor.org or actor.sectors)


def _weaker(d: EventDraft, why: str, **changes) -> EventDraft:
    return replace(d, **changes, confidence=borrowed(d.confidence), why=f"{d.why}; {why}")


# -- coups ------------------------------------------------------------------------------------------

def coup_start(doc) -> int | None:
    """The token of the first coup of the running story (a coup noun with a word of trying:
    "an attempted coup", "a coup attempt", "the failed putsch"), or None."""
    for t in doc:
        if t.lemma_.lower() not in COUP_NOUNS and t.lower_ not in COUP_NOUNS:
            continue
        near = [*t.children, t.head]
        if any(w.lemma_.lower() in COUP_ATTEMPT_WORDS or w.lower_ in COUP_ATTEMPT_WORDS for w in near if w.i != t.i):
            return t.i
    return None


def _armed_men_of_no_force(actor: Actor) -> bool:
    """An army group whose country the phrase does not tell ("armed commandos", "soldiers")."""
    return (actor.sectors == [MILITARY_SECTOR] and not actor.org and not actor.name
            and (actor.resolved_by == "context" or not actor.country))


def _coup_may_change(d: EventDraft) -> bool:
    """Whether ``coup_attack`` could change ``d``: force or a seizure by armed men of no named force,
    or a seizure of no one's by unidentified attackers."""
    if not (d.cameo[:2] in VIOLENCE_ROOTS or d.cameo in SEIZE_CODES):
        return False
    return _armed_men_of_no_force(d.source) or (d.cameo in SEIZE_CODES and d.source.sectors == [UNIDENTIFIED_FORCES])


def coup_attack(d: EventDraft) -> EventDraft:
    """In a coup story: armed men of no named force acting by force on the state's own organs (or on
    no one named) are the coup's attackers (UAF); what they seize with no owner named is the
    government's."""
    if not (d.cameo[:2] in VIOLENCE_ROOTS or d.cameo in SEIZE_CODES):
        return d
    source, target = d.source, d.target
    if _armed_men_of_no_force(source):
        if not _no_one(target) and not (target.country == source.country and set(target.sectors or ()) & STATE_ORGANS):
            return d  # "troops fired on the crowd": not the state's organs
        country = source.country
        source = replace(source, sectors=[UNIDENTIFIED_FORCES], code=actor_code(country, sectors=[UNIDENTIFIED_FORCES], org=None))
        d = _weaker(d, "armed men of no named force attacking the state in a coup: unidentified attackers",
                    source=source)
    if (_no_one(d.target) and d.cameo in SEIZE_CODES and source.sectors == [UNIDENTIFIED_FORCES]
            and source.country and not source.org):
        country = source.country
        thing = d.target or source  # what was seized, named with no owner ("radio equipment")
        government = Actor(text=thing.text, span=thing.span, code=actor_code(country, sectors=[GOVERNMENT_SECTOR], org=None),
                           country=country,
                           sectors=[GOVERNMENT_SECTOR], resolved_by="context", country_from="source")
        d = _weaker(d, f"seized in a coup: the things of the state, {country}'s government", target=government)
    return d


# -- the passenger -----------------------------------------------------------------------------------

def _private_attacker(d: EventDraft, doc) -> bool:
    """Whether ``d``'s source is an unidentified private person ("a passenger")."""
    s = d.source
    if s is None or s.sectors != [UNIDENTIFIED_FORCES] or s.org or not s.span:
        return False
    span = doc.char_span(*s.span)
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in PRIVATE_ATTACKER_NOUNS


def passenger_target(d: EventDraft, doc, mentions) -> EventDraft | None:
    """A private attacker's act on no one named, in a sentence that names one company's flight,
    plane or bus: that company is the target (see the module docstring)."""
    if not _no_one(d.target) or d.cameo[:2] not in VIOLENCE_ROOTS or not _private_attacker(d, doc):
        return None
    sent = doc[d.trigger_start].sent
    owners = [m for m in mentions if sent.start <= m.start < sent.end and m.actor.org
              and doc[m.head].head.lemma_.lower() in VEHICLE_NOUNS and doc[m.head].dep_ in ("compound", "nmod", "poss")]
    if len({m.actor.org for m in owners}) != 1:
        return None
    company = owners[0].actor
    return _weaker(d, f"the attacker was on board: the {doc[owners[0].head].head.text} of {company.text}",
                   target=replace(company, sectors=list(company.sectors)))


# -- the arrested attacker ------------------------------------------------------------------------------

def _person_of_no_name(tok) -> bool:
    """'a 28-year-old man', 'a woman', 'a 30-year-old': a person named by kind or age only."""
    if tok.lemma_.lower() in PRIVATE_ATTACKER_NOUNS:
        return True
    return any(any(w in t.lower_ for w in AGE_NOUNS if "-" in w)  # "28-year-old" as one token
               or (t.dep_ == "amod" and any(c.lower_ in AGE_NOUNS for c in t.children))  # "28 - year - old"
               for t in tok.subtree)


def arrested_attacker(d: EventDraft, doc, attackers: list[EventDraft]) -> EventDraft | None:
    """An arrest (root 17) of a person of no name and no actor, after an unidentified attacker's act
    in the same article: the attacker arrested (see the module docstring)."""
    if not _no_one(d.target) or d.cameo[:2] != "17" or not attackers:
        return None
    tok = doc[d.trigger_start]
    patients = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if len(patients) != 1 or not _person_of_no_name(patients[0]):
        return None
    before = attackers[-1]
    if before.sentence_index >= d.sentence_index:
        return None
    p = patients[0]
    span = doc[p.left_edge.i:p.i + 1]
    target = replace(before.source, text=span.text, span=(span.start_char, span.end_char),
                     sectors=list(before.source.sectors), resolved_by="coreference")
    return _weaker(d, f"the person arrested is the attacker '{before.source.text}' of the '{before.trigger_lemma}'",
                   target=target)


# -- captives ---------------------------------------------------------------------------------------------

def _armed_group(actor: Actor) -> str | None:
    """The organisation of a named armed group ("Al Qaeda", "the Taliban"), or None."""
    if not actor.org:
        return None
    if actor.country == "IMG" or set(actor.sectors or ()) & ARMED_GROUP_SECTORS:
        return actor.org
    return None


def captives_of_group(d: EventDraft, doc, mentions) -> EventDraft | None:
    """Captives of no stated side taken by an army: the one armed group the article has named up to
    their sentence (see the module docstring)."""
    if d.cameo[:2] != "17" or MILITARY_SECTOR not in (d.source.sectors or []):
        return None
    if not _no_one(d.target):
        return None
    tok = doc[d.trigger_start]
    captives = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in CAPTIVE_NOUNS]
    if len(captives) != 1:
        return None
    end = tok.sent.end
    groups = {}
    for m in mentions:
        if m.start < end and (org := _armed_group(m.actor)):
            groups.setdefault(org, m.actor)
    if len(groups) != 1:
        return None
    (group,) = groups.values()
    c = captives[0]
    span = doc[c.left_edge.i:c.i + 1]
    target = replace(group, text=span.text, span=(span.start_char, span.end_char), sectors=list(group.sectors),
                     resolved_by="context", country_from=None)
    return _weaker(d, f"captives of no stated side, in a story of one armed group: {group.text}'s", target=target)


# -- the war's doer ---------------------------------------------------------------------------------

def _armed_side(actor: Actor | None) -> bool:
    """An army, an armed group or a state as such: a side of a war, not police or a private person."""
    if actor is None or actor.country is None:
        return False
    sectors = set(actor.sectors or ())
    if actor.country in NON_STATE_CODES:
        return bool(actor.org) and not sectors - ARMED_SECTORS
    if UNIDENTIFIED_FORCES in sectors:
        return False
    return not sectors or bool(sectors & ARMED_SECTORS) and not sectors - ARMED_SECTORS


def _clause_heads(tok) -> list:
    """The trigger and the verb it is coordinated with ("were killed and 20 others wounded")."""
    return [tok, tok.head] if tok.dep_ == "conj" else [tok]


def _named_cause(tok):
    """The attack or accident the victims' clause names ("killed in the Gaza strikes"), or None."""
    for h in _clause_heads(tok):
        for prep in h.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in INSTRUMENT_PREPS:
                for n in prep.children:
                    if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN"):
                        return n
    return None


def _own_cause(tok, cause) -> bool:
    """The victims' clause names a cause of its own: a clause of when or how ("killed when a bus
    overturned"), an accident ("killed in a crash") or an attack told as new ("killed in several
    suicide bombings", not "in the strikes")."""
    if any(c.dep_ == "advcl" for h in _clause_heads(tok) for c in h.children):
        return True
    if cause is None:
        return False
    if cause.lemma_.lower() in ACCIDENT_NOUNS:
        return True
    return any(c.dep_ in ("det", "nummod", "amod") and (c.lower_ in INDEFINITE_WORDS or c.like_num)
               for c in cause.children)


def _place_as_victim(actor: Actor) -> bool:
    """A target that is only a place ("an attack in Hebron"): no victims told by a participle."""
    return actor.resolved_by in ("place", "metonym") or (actor.resolved_by == "context" and actor.country_from == "place"
                                                         and not actor.sectors)


def _rebel(actor: Actor) -> bool:
    return bool(set(actor.sectors or ()) & ARMED_GROUP_SECTORS)


def _key(actor: Actor) -> tuple:
    return actor.country, tuple(sorted(actor.sectors or ())), actor.org


def war_doer(d: EventDraft, doc, earlier: list[EventDraft]) -> EventDraft | None:
    """Victims of no named doer hit by the side whose attack on their side came last, a few
    sentences before (see the module docstring); None when no such attack is there."""
    if d.cameo[:2] != "19" or d.target is None or not (d.target.country or d.target.sectors):
        return None
    tok = doc[d.trigger_start]
    if tok.tag_ != "VBN" or _place_as_victim(d.target):
        return None  # victims are told by a participle ("were killed"); a place hit is no victim
    cause = _named_cause(tok)
    if _own_cause(tok, cause):
        return None
    victim = d.target
    recent = [e for e in earlier if d.sentence_index - e.sentence_index <= WAR_LOOKBACK]
    named = [e for e in recent if cause is not None and e.trigger_lemma == cause.lemma_.lower()]
    for e in [*reversed(named), *reversed(recent)]:
        if not (e.modality.factual and e.cameo[:2] in VIOLENCE_ROOTS and _armed_side(e.source)):
            continue
        hit = e.target
        if hit is None or hit.country is None or _key(hit) == _key(e.source):
            continue
        if victim.country is not None and victim.country != hit.country:
            continue
        if victim.country == e.source.country and _rebel(victim) == _rebel(e.source):
            return None  # one's own side (friendly fire, an accident), not the war's other side
        target = victim
        if victim.country is None and hit.country not in NON_STATE_CODES:
            target = replace(victim, country=hit.country, resolved_by="context", country_from=None,
                             code=actor_code(hit.country, sectors=list(victim.sectors), org=victim.org))
        source = replace(e.source, resolved_by="context", country_from=None)
        return _weaker(d, f"victims of no named doer in a story of {e.source.text}'s attack on {hit.text}",
                       source=source, target=target)
    return None


# -- places taken -----------------------------------------------------------------------------------

def _holder_in_where_clause(places, mentions) -> Actor | None:
    """The armed group a where-clause of one of ``places`` says is there, or None."""
    for place in places:
        for w in place.subtree:
            if w.dep_ != "relcl" or not any(a.lower_ in WHERE_WORDS for a in w.children if a.dep_ == "advmod"):
                continue
            for subj in w.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                for m in mentions:
                    if m.start <= subj.i < m.end and _armed_side(m.actor):
                        return m.actor
    return None


def _story_enemy(d: EventDraft, earlier: list[EventDraft]) -> Actor | None:
    """The target of the same side's last attack or seizure in the story, when it is an armed side."""
    for e in reversed(earlier):
        if d.sentence_index - e.sentence_index > ENEMY_LOOKBACK:
            return None
        if e.source is None or e.source.country != d.source.country or not e.modality.factual:
            continue
        t = e.target
        if (e.cameo[:2] in VIOLENCE_ROOTS or e.cameo in TAKING_CODES) and t is not None and _armed_side(t):
            if t.country != d.source.country or _rebel(t):  # another state's side, or the state's own rebels
                return t
    return None


def taken_from(d: EventDraft, doc, mentions, earlier: list[EventDraft]) -> EventDraft | None:
    """A place taken from no one named: from its holder or the story's enemy (module docstring)."""
    tok = doc[d.trigger_start]
    holder = _holder_in_where_clause([c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")], mentions)
    why = "the group its sentence says holds the place taken"
    if holder is None:
        holder = _story_enemy(d, earlier)
        why = "the enemy of the same side's last attack in the story"
    if holder is None:
        return None
    target = replace(holder, resolved_by="context", country_from=None)
    return _weaker(d, f"a place taken from no one named: {why} ({holder.text})", target=target)


# -- places hit -------------------------------------------------------------------------------------

def _hit_nouns(tok) -> list:
    """What the attack is done to: its object or on/against phrase, through "of" ("the network of caves")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in HOLDING_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]
    for n in list(out):
        out += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return out


def _hits_a_place(d: EventDraft, doc) -> bool:
    """An attack on an area or positions of no named holder, or a halt of an attack of no object."""
    tok = doc[d.trigger_start]
    hit = _hit_nouns(tok)
    if d.cameo in HALT_CODES:
        return any(n.lemma_.lower() in STORY_ATTACK_NOUNS or n.lemma_.lower() in ENEMY_PLACE_NOUNS for n in hit) and all(
            not _hit_nouns(n) for n in hit)
    if d.cameo[:2] not in VIOLENCE_ROOTS or not hit:
        return False
    return all(n.lemma_.lower() in ENEMY_PLACE_NOUNS for n in hit[:1])


def _one_armed_group(d: EventDraft, doc, mentions) -> Actor | None:
    """The one armed group the story has named up to the draft's sentence (not the doer's own)."""
    end = doc[d.trigger_start].sent.end
    groups = {}
    for m in mentions:
        if m.start < end and (org := _armed_group(m.actor)) and _key(m.actor) != _key(d.source):
            groups.setdefault(org, m.actor)
    return next(iter(groups.values())) if len(groups) == 1 else None


def place_hit(d: EventDraft, doc, mentions, earlier: list[EventDraft]) -> EventDraft | None:
    """An attack on a place of no named holder: against its holder or the story's enemy (module docstring)."""
    holder = _holder_in_where_clause(_hit_nouns(doc[d.trigger_start]), mentions)
    why = "the group its sentence says is in the place hit"
    if holder is None:
        holder = _story_enemy(d, earlier) or _one_armed_group(d, doc, mentions)
        why = "the story's enemy"
    if holder is None:
        return None
    target = replace(holder, resolved_by="context", country_from=None)
    return _weaker(d, f"an attack on a place of no named holder: {why} ({holder.text})", target=target)
