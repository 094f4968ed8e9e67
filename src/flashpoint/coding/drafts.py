"""The events a candidate yields (``EventDraft``: what the coder returns for one event before the
pipeline enriches it with place, date and ids), and the dedupe of one sentence's drafts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..ontology.codes import (ARMED_GROUP_CODE, ARMED_SECTORS, CONSULT_ROOT, CROWD_FORCE_CODE, INTENT_ROOT, KILLING_FIRE_CODE, MATERIAL_HELP_ROOTS, POLICE_SECTOR,
                              POLICE_VARIANTS, PRESS_SECTORS, REJECT_CODE, VERBAL_ROOTS, VIOLENCE_ROOTS, event_group,
                              is_state_country)
from ..records import Actor, Modality, Quantity
from ..resources.words import word_list
from .arguments import ADDRESSEE_PREPS, Arg, object_tokens
from .modality.rules import FAILED_NOTE
from .meetings import TWO_PARTY_WORDS, two_parties_named
from .organs import acting_organ
from .confidence import explain, score
from .context import SentenceContext
from .status import action_modality
from .sources import POLICE_FORCE_LEMMAS, agentless
from .addressees import POLICY_CALL_VERBS, TWO_PARTY_NOUNS, government_addressee, names_addressee
from .targets import (attacked_place, domestic_target, home_group_target, is_domestic, names_entity, suspect_sector,
                      thing_target, mission_place, people_of_no_sector, unnamed_person)
from .triggers import Candidate

#: Words that say someone died ("killed in police firing": 193, not 175).
DEATH_WORDS = word_list("coding_death_words")
#: Words of a reciprocal object ("each other", "one another").
RECIPROCAL_WORDS = word_list("coding_reciprocal_words")
#: Most parties a mutual event is expanded over (n parties give n*(n-1) events).
MAX_MUTUAL = 4
#: How a target must have been found for an ambiguous verb to count ("blasted X", not "blasted at").
DIRECT_TARGETS = ("object", "patient", "prep", "dative", "clause-subject", "clause-object", "giver", "attacked-place",
                  "owner")


@dataclass
class EventDraft:
    """One coded event as the coder sees it: token positions and actors, before the pipeline adds
    place, date, ids and provenance."""

    sentence_index: int  # index of the sentence in ``list(doc.sents)``
    trigger_start: int  # token index (inclusive) of the trigger in the doc
    trigger_end: int  # token index (exclusive)
    trigger_lemma: str
    cameo: str  # a code present in the ontology table, e.g. "130"
    source: Actor | None
    target: Actor | None
    modality: Modality = field(default_factory=Modality)
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""  # lexicon entry id
    why: str = ""  # short human-readable explanation


def is_mutual_pair(sources: list[Arg], targets: list[Arg]) -> bool:
    """Whether a mutual pattern ("met", "signed") is expanded over its sources ("A and B met"):
    two to ``MAX_MUTUAL`` of them, and no target found as a party of its own. A kind of people of
    no country or body ("agreed on people smuggling") is what they dealt with, not a third party."""
    return 2 <= len(sources) <= MAX_MUTUAL and not any(
        t.party and (t.mention.actor.country or t.mention.actor.org) for t in targets)


def crowded_mutual(sources: list[Arg], targets: list[Arg]) -> bool:
    """'Ministers from Australia, Bangladesh, ... and Nigeria will meet in London': a mutual pattern
    with more parties than ``MAX_MUTUAL`` and none met as a party of its own is a multilateral
    gathering: no pair of them is its parties, and one event per party with no counterpart says
    nothing (none is coded)."""
    return len(sources) > MAX_MUTUAL and not any(t.party for t in targets)


def _political(arg: Arg | None) -> bool:
    """Whether a party of a meeting or talks is one of a country, an organisation or a sector of
    public life (unions, business, officials): a meeting with no such counterpart (none named, or
    "his children") is no consultation between parties."""
    if arg is None:
        return False
    actor = arg.mention.actor
    return bool(actor.country or actor.org or set(actor.sectors) - PRIVATE_PARTY_SECTORS)


#: Sectors of people in private: a party of only these is no party of a consultation.
PRIVATE_PARTY_SECTORS = word_list("coding_private_party_sectors")


def pairs(c: Candidate) -> list[tuple[Arg | None, Arg | None, bool]]:
    """(source, target, reversed) pairs; mutual patterns code both directions. With no source (an
    agentless passive), one pair per target, with no source."""
    srcs, tgts = c.sources, [t for t in c.targets if all(t.mention is not s.mention for s in c.sources)]
    if len(srcs) == 2 and all(s.how == "coref-sides" for s in srcs) and not any(t.party for t in tgts):
        # "both sides massing troops": each side's act to the other
        return [(srcs[0], srcs[1], False), (srcs[1], srcs[0], False)]
    if 2 <= len(srcs) <= MAX_MUTUAL and not tgts and reciprocal_object(c.tok):
        # "Chad and Sudan accused each other": each of the parties to each other one
        return [(a, b, False) for a in srcs for b in srcs if a.mention is not b.mention]
    if not srcs:  # an agentless passive: its patient is the target, not a place met in passing
        return [(None, t, False) for t in tgts if t.party] or [(None, None, False)]
    out: list[tuple[Arg | None, Arg | None, bool]] = []
    if c.entry.mutual and crowded_mutual(srcs, tgts):
        return []
    if c.entry.mutual and is_mutual_pair(srcs, tgts):
        for a in srcs:
            for b in srcs:
                if a.mention is not b.mention:
                    out.append((a, b, False))
        return out
    for s in srcs:
        if tgts:
            for t in tgts:
                out.append((s, t, False))
                if c.entry.mutual and t.how.split("+")[0] in ("object", "prep", "patient") and _known(s):
                    out.append((t, s, True))  # not from a source of no country or body ("it reached a deal with X")
        else:
            out.append((s, None, False))
    return out


def _known(arg: Arg) -> bool:
    """Whether an argument names an actor: of a country, an organisation or a sector ("it" of
    nothing known is none)."""
    actor = arg.mention.actor
    return bool(actor.country or actor.org or actor.sectors)



class _SideMention:
    """One of the two parties "both sides" stands for (stands in for an ActorMention)."""

    def __init__(self, tok, actor: Actor):
        self.start, self.end, self.head, self.actor = tok.left_edge.i, tok.i + 1, tok.i, actor


def two_sides(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """'India accused Pakistan ... with both sides massing troops along their border': a subject
    "both sides" / "the two countries" that names no actor (of the verb, or of the verb a
    conjunct shares it with: "... and trading sanctions") stands for the two states the sentence
    before and this one up to it name, when they name exactly two (each then acts on the other:
    ``pairs`` reads them as mutual); [] otherwise (three states named, or one, or a subject that is
    an actor)."""
    if c.entry.pos != "V":
        return []
    verb = c.tok
    if verb.dep_ == "conj" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children):
        verb = verb.head  # "both sides massing troops ... and trading sanctions": the first verb's subject
    subj = [x for x in verb.children if x.dep_ == "nsubj" and x.lemma_.lower() in TWO_PARTY_NOUNS
            and x.tag_ in ("NNS", "NNPS") and ctx.mentions.at(x.i) is None]
    if not subj or not any(d.lower_ in TWO_PARTY_WORDS and d.i < subj[0].i for d in subj[0].children):
        return []
    if c.entry.root in VERBAL_ROOTS and not any(o.lemma_.lower() in RECIPROCAL_WORDS for o in c.tok.children
                                                if o.dep_ in ("dobj", "dative")):
        return []  # "both sides warned it could collapse": said of a third thing, not to each other
    return _named_sides(subj[0], ctx)


def _named_sides(head, ctx: SentenceContext) -> list[Arg]:
    """The two states the sentence before and this one up to ``head`` name, each as one side
    standing at ``head`` (resolved by coreference); [] when they name more or fewer."""
    named: list[str] = []
    start = ctx.previous.start if ctx.previous is not None else ctx.sent.start  # a lead names them itself
    for m in ctx.mentions.in_range(start, head.left_edge.i):
        country = m.actor.country
        if is_state_country(country) and country not in named:
            named.append(country)
    if len(named) != 2:
        return []
    doc = head.doc
    span = doc[head.left_edge.i:head.i + 1]
    return [Arg(_SideMention(head, Actor(text=span.text, span=(span.start_char, span.end_char), code=country,
                                         country=country, resolved_by="coreference")), "coref-sides", head.i)
            for country in named]


#: Modifiers of an act noun that make it an exchange: "a tit-for-tat expulsion", "reciprocal sanctions".
RECIPROCAL_MODIFIERS = word_list("coding_reciprocal_modifiers")


def reciprocal_noun(c: Candidate) -> bool:
    """Whether noun trigger ``c`` (or the object of verb trigger ``c``) is an exchange by its own
    modifier ("a tit-for-tat expulsion of diplomats", "imposed reciprocal tariffs"): each party
    does it to the other."""
    nouns = [c.tok] if c.entry.pos == "N" else [o for o in c.tok.children if o.dep_ == "dobj"]
    return any(x.lower_ in RECIPROCAL_MODIFIERS and x.dep_ in ("amod", "nmod", "compound") for n in nouns for x in n.lefts)


def reciprocal_sides(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """'Ties between Moscow and London soured. A tit-for-tat expulsion of diplomats followed': an
    exchange noun that names no party stands for the two states named just before (as "both
    sides" does); [] otherwise."""
    return _named_sides(c.tok, ctx) if reciprocal_noun(c) else []


def reciprocal_object(tok) -> bool:
    """Whether the object of ``tok`` is "each other" or "one another"."""
    return any(o.lemma_.lower() in RECIPROCAL_WORDS and any(x.lemma_.lower() in RECIPROCAL_WORDS for x in o.children)
               for o in tok.children if o.dep_ in ("dobj", "pobj", "prep"))


def asks_to_act(tok) -> bool:
    """'called on the people to vote', 'urged donor countries to speed up': a verb of asking with an
    addressee and a to-clause is an appeal, whoever the addressee is."""
    return any(x.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               for x in tok.children) and bool(object_tokens(tok) or any(
                   c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children))


def armed_on_things(c: Candidate) -> bool:
    """'Israeli troops destroyed several houses', 'B-52 bombers pounded the caves': a verb of force
    that needs a target (``armed_object`` rows) is the act of force itself when an armed doer
    (forces, rebels, gunmen, an armed group) does it to a thing, whoever owns the thing; "the
    storm destroyed homes" has no armed doer and stays no event."""
    if not (c.entry.armed_object and c.entry.pos == "V"
            and (object_tokens(c.tok) or any(x.dep_ == "nsubjpass" for x in c.tok.children))):
        return False
    return any(set(s.mention.actor.sectors or ()) & ARMED_SECTORS or s.mention.actor.country == ARMED_GROUP_CODE
               for s in c.sources)


def crowd_force_code(c: Candidate, source: Actor | None) -> str | None:
    """'Police opened fire on the mob': gunfire by police is crowd control (175) unless the
    sentence says someone died (193); None for anyone else's gunfire or other acts."""
    if source is None or POLICE_SECTOR not in (source.sectors or []):
        return None
    if c.entry.cameo in POLICE_VARIANTS:  # "police blocked the streets": repression, not a protest
        return POLICE_VARIANTS[c.entry.cameo]
    if not c.entry.crowd_force and not (c.entry.root in VIOLENCE_ROOTS and c.tok.lemma_.lower() in POLICE_FORCE_LEMMAS):
        return None
    died = any(t.lemma_.lower() in DEATH_WORDS or t.lower_ in DEATH_WORDS for t in c.tok.sent)
    return KILLING_FIRE_CODE if died else CROWD_FORCE_CODE


def action_drafts(c: Candidate, ctx: SentenceContext) -> list[EventDraft]:
    """The events of candidate ``c`` itself, one per (source, target) pair."""
    a = c.assessment
    if not c.synthetic:  # "the two leaders held talks": the two named before, never one of them
        c.sources = two_parties_named(c, ctx) or c.sources
    if not c.sources and not c.synthetic:
        c.sources = two_sides(c, ctx) or reciprocal_sides(c, ctx)
    if 2 <= len(c.sources) <= MAX_MUTUAL and reciprocal_noun(c):
        # "Russia and Britain carried out a tit-for-tat expulsion of diplomats": the parties to each
        # other (the diplomats of no country named are each other's)
        c.entry = replace(c.entry, mutual=True)
        c.targets = [t for t in c.targets if t.mention.actor.country]
    if c.synthetic or not (c.sources or agentless(c, ctx.mentions)):
        return []
    sides = any(s.how == "coref-sides" for s in c.sources)
    mutual_pair = (c.entry.mutual or sides) and 2 <= len(c.sources) <= MAX_MUTUAL
    direct = any(t.how.split("+")[0] in DIRECT_TARGETS for t in c.targets)
    if (c.entry.needs_target and not mutual_pair and not direct and not names_entity(c.tok) and not asks_to_act(c.tok)
            and not armed_on_things(c)):
        return []
    doc = c.tok.doc
    lexicon = ctx.lexicon
    cameo, rule = c.entry.cameo, c.entry.id
    if c.entry.root == INTENT_ROOT and any(x.dep_ == "xcomp" and any(g.dep_ == "neg" for g in x.children)
                                           for x in c.tok.children):
        cameo, rule = lexicon.statement_code("refuse", "0") or REJECT_CODE, c.entry.id + "+negated-complement"
    failed_agreement = c.entry.root == INTENT_ROOT and a.negated and FAILED_NOTE in a.notes
    if failed_agreement:  # "failed to reach a deal": the parties did not agree, a rejection that happened
        cameo, rule = lexicon.statement_code("refuse", c.entry.cameo) or REJECT_CODE, c.entry.id + "+failed"
    out = []
    for s, t, rev in pairs(c):
        if c.entry.mutual and c.entry.root == CONSULT_ROOT and any(
                a is not None and a.mention.actor.sectors and set(a.mention.actor.sectors) <= PRESS_SECTORS for a in (s, t)):
            continue  # "talked to the BBC", "spoke with reporters": an interview, not a consultation
        if c.entry.mutual and c.entry.root == CONSULT_ROOT and not (_political(s) and _political(t)):
            continue  # "the executive is meeting", "doctors are talking to his children": no counterpart of state or body
        source = s.mention.actor if s else None
        source_how = s.how if s else "agentless"
        target = t.mention.actor if t else None
        target_how = t.how if t else None
        place = attacked_place(target, root=c.entry.root) if target is not None else None
        if place is not None:  # "shelled Kharkiv": the place's country
            target, target_how = place, "attacked-place"
        mission = mission_place(doc[t.token], target, root=c.entry.root, ctx=ctx) if t is not None else None
        if mission is not None:  # "sent troops to the UN force in Lebanon": Lebanon
            target, target_how = mission, "mission-place"
        note = "mutual (reverse direction)" if rev else None
        if failed_agreement:
            note = f"failed to agree ('{c.tok.text}' under a failure): a rejection"
        if c.entry.general:  # "imposed a blackout": the verb's general code, its object not on a list
            note = f"general code of '{c.entry.lemma}' (object not on its list)"
        force = crowd_force_code(c, source)
        if force is not None:
            cameo, note = force, ("police gunfire with deaths" if force == KILLING_FIRE_CODE
                                  else "police force against a crowd, no death said" if c.entry.cameo not in POLICE_VARIANTS
                                  else "done by police: repression, not protest")
        if target is not None and source is not None:  # "Pakistani police arrested militants"
            home = home_group_target(target, source, root=c.entry.root,
                                     others=(m.actor for m in ctx.mentions.in_range(c.tok.sent.start, c.tok.sent.end)),
                                     ctx=ctx, sent=c.tok.sent)
            if home is not None:
                target = home
        target = people_of_no_sector(target, root=c.entry.root, sent=c.tok.sent)  # "killed 25 people": no sector
        person = unnamed_person(c, ctx.mentions) if target is None and source is not None else None
        if person is not None:  # "arrested a 28-year-old man": a person of no stated nationality
            target, target_how = person, "person"
        elif target is None and source is not None and is_domestic(c.entry.cameo, source):
            target = domestic_target(source, c, ctx)
            target_how, note = "default", "no target named: domestic by convention"
        elif (target is None and c.entry.pos == "V" and c.tok.lemma_.lower() in POLICY_CALL_VERBS
              and not names_addressee(c.tok, ADDRESSEE_PREPS)
              and (gov := government_addressee(source, cameo, others=_sentence_actors(ctx))) is not None):
            target, target_how, note = gov, "default", "a domestic call names no addressee: its government"
        if target is not None and (crime := suspect_sector(c, target)) is not None:
            # "arrested a man believed to have smuggled migrants": a criminal (CRM) or attacker (UAF)
            target = replace(target, sectors=[crime], resolved_by=target.resolved_by or "sector")
        conf = score(strength=c.entry.strength, verb=c.entry.pos == "V", source_how=source_how,
                     target_how=target_how, source_resolved_by=source.resolved_by if source else None)
        if target is None and c.entry.general and c.entry.root in MATERIAL_HELP_ROOTS:
            continue  # "the bank delivered a further cut", "sending copies out": no help given to anyone
        if target is None:  # "rejected the scheme": what was acted on, as written, codes null
            target = thing_target(c, ctx.mentions, source=source)
            target_how = "thing" if target is not None else None
        if rev:
            conf = round(conf - 0.05, 3)
        if c.entry.general:
            conf = round(max(0.05, conf - 0.1), 3)
        # "both sides massing troops": the state's military; "during a cabinet meeting": its government
        source = acting_organ(source, c.tok, c.frame, c.entry.root, ctx.mentions)
        modality = action_modality(a, doc=doc, root=c.entry.root, source=source, index=ctx.mentions)
        if failed_agreement:
            modality.negated = False
        why = explain(trigger=c.tok.text, plover=lexicon.plover.get(cameo, ""), cameo=cameo, source=source,
                      source_how=source_how, target=target, target_how=target_how,
                      status=modality.status, negated=modality.negated, statement=note)
        out.append(EventDraft(sentence_index=ctx.sentence_index, trigger_start=c.tok.i, trigger_end=c.tok.i + 1,
                              trigger_lemma=c.tok.lemma_.lower(), cameo=cameo, source=source,
                              target=target, modality=modality, confidence=conf, rule=rule, why=why))
    return out


def _sentence_actors(ctx: SentenceContext):
    """The actors the sentence of ``ctx`` names (read lazily)."""
    return (m.actor for m in ctx.mentions.in_range(ctx.sent.start, ctx.sent.end))


def _key(actor: Actor | None):
    """Events are the same when they join the same mentions (two Israeli units shelling two
    Palestinian positions are two events; one attack reported by two verbs is one)."""
    if actor is None:
        return None
    return (actor.country or actor.code, tuple(actor.span))


#: Roots whose codes name different happenings even between the same parties ("opened fire and
#: arrested 20": crowd control and arrests are two events, not one reported twice).
DISTINCT_CODE_ROOTS = ("17",)


def _group(cameo: str) -> str:
    return cameo[:3] if cameo[:2] in DISTINCT_CODE_ROOTS else event_group(cameo)


def dedupe_drafts(drafts: list[EventDraft]) -> list[EventDraft]:
    """One event per (source, target, group, factuality) in a sentence: the most confident. The
    group is the root (``event_group``), or the three-digit code for a root of distinct acts."""
    best: dict[tuple, EventDraft] = {}
    order: list[tuple] = []
    for d in drafts:
        # a thing as target ("the scheme") makes no event of its own: one per actor pair as before
        key = (_key(d.source), _key(d.target) if is_actor(d.target) else None, _group(d.cameo), d.modality.factual)
        if key not in best:
            best[key] = d
            order.append(key)
        elif d.confidence > best[key].confidence or (d.confidence == best[key].confidence
                                                     and best[key].target is None and d.target is not None):
            d.quantities = d.quantities or best[key].quantities
            best[key] = d
        else:
            best[key].quantities = best[key].quantities or d.quantities
    kept = [best[k] for k in order]
    with_target = {(_key(d.source), _group(d.cameo), d.modality.factual) for d in kept if is_actor(d.target)}
    return [d for d in kept
            if is_actor(d.target) or (_key(d.source), _group(d.cameo), d.modality.factual) not in with_target]


def is_actor(actor: Actor | None) -> bool:
    """Whether ``actor`` names an actor, not only a thing as written ("the scheme": no codes)."""
    return actor is not None and (actor.code is not None or actor.country is not None or bool(actor.sectors)
                                  or actor.org is not None or actor.resolved_by is not None)
