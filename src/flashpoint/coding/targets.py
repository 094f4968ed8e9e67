"""Whom an event is done to: the target of a verb or noun trigger, most direct evidence first;
whom a threat is addressed to; and the default target of domestic events."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Iterable

from ..ontology.codes import (ACCUSE_CODE, REACTION_ROOTS, CONSULT_ROOT, COURT_ACTION_ROOTS, JUDICIARY_SECTOR, REQUEST_ROOTS, VISIT_CODES, ARMED_GROUP_CODE, ARMED_SECTORS, INVESTIGATE_ROOT, AUTHOR_TARGET_ROOTS, PATIENT_OBJECT_ROOTS, DENY_CODE, DOMESTIC_CODE_PREFIXES, HOME_TARGET_SECTORS,
                              MATERIAL_HELP_ROOTS, MILITARY_SECTOR, OWN_FORCES_ROOTS, PLACE_TARGET_ROOTS, POLICE_ACTION_ROOTS, POLICE_SECTOR, THREATEN_ROOT, VIOLENCE_ROOTS,
                              is_state_country)
from ..actors.groups import FOREIGN_GROUP_WORDS
from ..actors.resolver import ActorMention, actor_code
from ..records import Actor
from ..resources.words import word_list, word_map
from .arguments import (ADDRESSEE_PREPS, AGENT_NOUNS, by_phrase_agent, CHARGE_PREPS, GENERIC_TARGET_PREPS, PLACE_PREPS, PRONOUNS, Arg, MentionIndex, actor_of, agrees, args_of,
                        partitive_head,
                        conjuncts, dative_targets, previous_actor, is_passive, object_pronoun_target, object_tokens, passive_targets, relative_head,
                        place_targets, prep_targets, pronoun_source, sources)
from .lexicon import Entry
from .conjoined import DEFINITE_WORDS, conjoined_targets, reaction_targets
from .pronoun_targets import pronoun_targets
from .quantities import PEOPLE
from .sources import EVENT_SUBJECT_NOUNS, PERPETRATORS, bare_participle, included_members_of, known_by_kind_only
from .triggers import AUTHOR_NOUN_PREPS, AUTHORED_NOUN_ROOTS, BEHEST_PREPS, Candidate

#: Sectors of a government's domestic opposition.
OPPONENT_SECTORS = frozenset({"OPP"})
#: Sector of a government.
GOVERNMENT_SECTOR = "GOV"
#: Roots whose theme a possessive gives to the doer (withdrawing, releasing, deploying "its troops").
DOER_THEME_ROOTS = OWN_FORCES_ROOTS | {"08"}
#: Nouns of something said or done ("the accusation", "the decision"): its author is the target.
ACT_NOUNS = word_list("coding_act_nouns")
#: Determiners that make an act noun point back ("the decision", "this move").
DEFINITE_DETS = DEFINITE_WORDS
#: Verbs of a purpose clause naming whom material help is for ("sent aid to help North Korea").
HELP_VERBS = word_list("coding_help_verbs")
#: Verbs of a participle clause naming whom an act was aimed at ("..., targeting rebel commanders").
TARGETING_VERBS = word_list("coding_targeting_verbs")
#: Verbs of a purpose clause of an attack that name whom it is aimed at ("to flush out the fighters").
PURSUIT_VERBS = word_list("coding_pursuit_verbs")
#: Nouns of trying that carry such a clause ("in an attempt to flush out").
PURPOSE_NOUNS = word_list("coding_purpose_nouns")
#: Subordinators of a clause of purpose whose subject help is for ("so the fighters could").
PURPOSE_MARKS = word_list("coding_purpose_marks")
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
#: Prepositions of the author of what is rejected or criticised ("denied charges by X").
AUTHOR_PREPS = word_list("coding_author_preps")
#: The thing a verb of request asks for ("appealed for intervention") and whom it would come from
#: ("... from the UN"): the one asked, when no one is addressed.
REQUESTED_THING_PREPS = word_list("coding_requested_thing_preps")
PROVIDER_PREPS = word_list("coding_provider_preps")
#: Things asked for whose "from" phrase is what one is kept from ("protection from the militias").
SHIELD_NOUNS = word_list("coding_shield_nouns")
#: Participles of making a proposal whose by-phrase is its author ("the offer of talks made by X").
AUTHOR_PARTICIPLES = word_list("coding_author_participles")
#: Prepositions of the source side of a noun, never its target ("a response from the U.S.").
SOURCE_SIDE_PREPS = AUTHOR_NOUN_PREPS
#: Named-entity labels of a concrete object ("struck Kharkiv").
_ENTITY_TYPES = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")


def candidate_targets(c: Candidate, index: MentionIndex, *, sent=None) -> list[Arg]:
    """The target(s) of candidate ``c`` (a noun trigger looks at its light verb too)."""
    if c.entry.pos == "N":
        verb = c.frame if c.frame.i != c.tok.i else None
        found = noun_targets(c.tok, entry=c.entry, verb=verb, index=index)
        if not found or all(t.weak for t in found):
            found = targeting_targets(c, index) or found
        if not found:  # "launched an attack on them"
            found = pronoun_targets(c, index)
        if c.entry.root in PLACE_TARGET_ROOTS and not any(_is_group(t.mention.actor) for t in found):
            found = _aimed_at(c, index, found)
        return found
    found = verb_targets(c.tok, entry=c.entry, index=index)
    if found and all(t.weak for t in found):
        # "rebels fired on them near Grozny": the party a pronoun of a target slot stands for
        # beats the place or an actor met in passing
        found = pronoun_targets(c, index) or found
    if not found or all(t.weak for t in found):
        found = targeting_targets(c, index) or found
    if not found:  # "opened fire on them", "He was shot": the actor the pronoun stands for
        found = pronoun_targets(c, index) or earlier_targets(c, index)
    if not found:  # "accused X of ... and threatened retaliation": the party of the other verb
        found = conjoined_targets(c, index) or reaction_targets(c, index)
    if not found and (c.entry.root in AUTHOR_TARGET_ROOTS or c.entry.cameo == DENY_CODE):
        found = earlier_author(c, index)
    if not found and c.entry.root in MATERIAL_HELP_ROOTS | OWN_FORCES_ROOTS:
        # "sent troops to help the Philippine army": forces sent to help someone are sent for them
        found = beneficiary_targets(c.tok, index)
    if c.entry.root in PLACE_TARGET_ROOTS:  # "struck a block in Dnipro": the place attacked
        found = [Arg(t.mention, "attacked-place", t.token)
                 if t.how == "place" and not set(t.mention.actor.sectors or ()) - {"GOV"} else t for t in found]
        if not any(_is_group(t.mention.actor) for t in found):  # none, or only the land it was done in
            found = _aimed_at(c, index, found)
    if c.entry.root in STRONGHOLD_ROOTS:  # "deployed near Kandahar, the last stronghold of the Taliban"
        found = [stronghold_owner(t, c.tok.doc, index, avoid=c.sources) or t for t in found]
    if c.entry.root == INVESTIGATE_ROOT and (not found or all(t.weak for t in found)):
        found = sent_to(c.tok, index) or found  # "sent investigators to Mali to investigate the attack"
    if c.entry.cameo[:2] == ACCUSE_CODE[:2]:  # "... of the attack at the behest of B": B is accused too
        found = found + [i for i in instigators(c.tok, index) if all(i.mention is not t.mention for t in found)]
    if found and all(t.weak for t in found):
        # "Ukraine said Russian troops attacked its armoured vehicles": the owner of the object
        # beats an actor met in passing
        found = owner_targets(c, index, sent=sent) or found
    elif not found:
        found = owner_targets(c, index, sent=sent)
    return [state_owned(m, c.tok.doc, index) for t in found if not doers_own(c.tok.doc[t.token], c, actor=t.mention.actor)
            for m in included_members(t, c.tok.doc, index)]


def state_owned(t: Arg, doc, index: MentionIndex) -> Arg:
    """'accuses Pakistan's military intelligence', 'bombed Syria's air defence units': a target of
    a sector and no country (nor body) whose noun (or the noun it modifies) a named state owns is
    that state's body."""
    actor = t.mention.actor
    if actor.country or actor.org or not actor.sectors or not isinstance(t.mention, ActorMention):
        return t
    head = doc[t.mention.head]
    nouns = [head, head.head] if head.dep_ in ("compound", "amod") else [head]  # "Syria's air defence units"
    for p in (p for n in nouns for p in n.children):
        owner = index.at(p.i) if p.dep_ == "poss" else None
        if owner is not None and owner is not t.mention and owner.actor.country and not owner.actor.sectors \
                and not owner.actor.org and is_state_country(owner.actor.country):
            country = owner.actor.country
            owned = replace(actor, country=country, code=actor_code(country, sectors=actor.sectors, org=None),
                            sectors=list(actor.sectors), resolved_by="country")
            return replace(t, mention=replace(t.mention, actor=owned))
    return t


def included_members(t: Arg, doc, index: MentionIndex) -> list[Arg]:
    """'At least four people, including two policemen, have been killed': a group acted on that
    is known only by its kind (a sector word of no country, or of a country from context) and
    names its members in an including-phrase is acted on through them, the more specific actors
    (as ``sources`` reads a source: CAMEO and PLOVER code the most specific actor named)."""
    if not known_by_kind_only(t.mention.actor):
        return [t]
    found = [Arg(a.mention, t.how, a.token) for a in included_members_of(doc[t.mention.head], index)
             if a.mention is not t.mention]
    return found or [t]


#: Words that make a possessive the doer's own ("their own room").
OWN_MARKS = word_list("coding_own_marks")
#: Possessive pronoun -> the subject pronoun of the same person and number.
POSSESSIVE_SUBJECTS = word_map("coding_possessive_subjects")


def _phrase_head(t):
    """The head noun of the phrase ``t`` modifies ("hospital" in "their hospital room": "room")."""
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def doers_own(t, c: Candidate, *, actor: Actor | None = None) -> bool:
    """'They threatened to blow up their (own) hospital room': a thing a possessive pronoun gives
    to the doer is no target (the act is done to the doer's own, not to a party). The pronoun is
    the doer's when "own" marks it, or when it is of the same person and number as the pronoun
    subject ("they ... their"); after a noun subject it may be another's ("police said the rebels
    attacked their station"): kept. People and bodies stay targets even as the doer's own ("act
    against his own movement", "arrested their own commanders")."""
    head = _phrase_head(t)
    if _people_noun(head) or (actor is not None and (actor.org or actor.name or actor.role)):
        return False
    poss = [p for p in head.children if p.dep_ == "poss" and p.tag_ == "PRP$"]
    if not poss:
        return False
    if any(x.lower_ in OWN_MARKS for x in head.children if x.dep_ in ("amod", "poss")):
        return True
    doers = [c.tok.doc[s.token] for s in c.sources] + [x for x in c.tok.children if x.dep_ == "nsubj"]
    return any(POSSESSIVE_SUBJECTS.get(poss[0].lower_) == d.lower_ for d in doers)


#: Nouns of a behest under which someone acted ("at the behest of", "on the orders of").
INSTIGATION_NOUNS = word_list("coding_instigation_nouns")
#: Prepositions of such a phrase ("at", "on", "upon"): those of a behest.
INSTIGATION_PREPS = BEHEST_PREPS


def instigators(tok, index: MentionIndex) -> list[Arg]:
    """'accused A of carrying out the attack at the behest of B', '... on the orders of B': the
    one the charge says the accused acted for is accused as well. Only inside the charge's own
    clause (an of/for phrase with a gerund, on the verb or on its object)."""
    charges = [g for h in [tok] + object_tokens(tok) for p in h.children if p.dep_ == "prep" and p.lower_ in CHARGE_PREPS
               for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    out = []
    for g in charges:
        for p in g.children:
            if p.dep_ != "prep" or p.lower_ not in INSTIGATION_PREPS:
                continue
            for n in p.children:
                if n.dep_ != "pobj" or n.lemma_.lower() not in INSTIGATION_NOUNS:
                    continue
                for o in n.children:
                    for x in o.children if o.dep_ == "prep" and o.lower_ == "of" else ():
                        m = actor_of(x, index) if x.dep_ == "pobj" else None
                        if m is not None:
                            out.append(Arg(m, "instigator", x.i))
    return out


#: Nouns of the place a group holds ("Kandahar, the last stronghold of the Taliban").
STRONGHOLD_NOUNS = word_list("coding_stronghold_nouns")
#: Roots whose act on a group's stronghold is done to the group: attacks and coercion, forces sent.
STRONGHOLD_ROOTS = PLACE_TARGET_ROOTS | OWN_FORCES_ROOTS


def stronghold_owner(t: Arg, doc, index: MentionIndex, *, avoid: Iterable[Arg] = ()) -> Arg | None:
    """'Marines are deployed near Kandahar, the last stronghold of the Taliban', 'shelled the
    Taliban stronghold of Kunduz', 'attacked the rebel stronghold of Jaffna': a place the text
    names as a group's stronghold (``coding_stronghold_nouns``) stands for the group, of the
    place's country when its own is unknown (marked ``context`` / ``place``). The appositive is
    read from the words after the place, wherever the parser hung it. None when ``t`` is no place
    so named, or the group is the doer (``avoid``)."""
    actor = t.mention.actor
    if actor.sectors and set(actor.sectors) - {GOVERNMENT_SECTOR} or actor.org is not None:
        return None  # a group or body already, not a place
    place = doc[t.mention.end - 1]
    nouns = []
    j = t.mention.end
    if j + 1 < len(doc) and doc[j].text == ",":  # "Kandahar, the last stronghold of ..."
        for x in doc[j + 1:min(len(doc), j + 6)]:
            if x.lemma_.lower() in STRONGHOLD_NOUNS and x.left_edge.i == j + 1:
                nouns.append(x)
                break
            if x.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
                break
    of = place.head if place.dep_ == "pobj" else None  # "the Taliban stronghold of Kunduz"
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in STRONGHOLD_NOUNS:
        nouns.append(of.head)
    doers = {id(a.mention) for a in avoid}
    for n in nouns:
        holders = [g for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj" and not t.mention.start <= g.i < t.mention.end]
        holders += [x for x in n.children if x.dep_ in ("compound", "amod", "poss")]
        for g in holders:
            m = index.at(g.i)
            if m is None or id(m) in doers or not (m.actor.sectors or m.actor.org):
                continue
            owner = m.actor
            if owner.country is None and is_state_country(actor.country):
                owner = replace(owner, country=actor.country, resolved_by="context", country_from="place",
                                code=actor_code(actor.country, sectors=list(owner.sectors or ()), org=owner.org))
            return Arg(replace(m, actor=owner), "stronghold", g.i)
    return None


def earlier_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'Somali militants attacked a border post. Kenyan troops later killed them': an object
    pronoun (or "six of them") with no antecedent in its sentence; 'Chad accused Sudan. The
    Sudanese government rejected the accusation': a definite act noun as the object of an act on
    what someone said or did, whose author is the doer of the sentence before."""
    authored = c.entry.root in AUTHOR_TARGET_ROOTS or c.entry.cameo == DENY_CODE
    for o in object_tokens(c.tok):
        heads = [o] + [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]  # "six of them"
        for h in heads:
            pronoun = h.lower_ in PRONOUNS and h.dep_ in ("dobj", "obj", "pobj")
            act = (authored and h.i == o.i and h.lemma_.lower() in ACT_NOUNS
                   and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in h.children)
                   and not any(p.dep_ in ("prep", "agent", "poss") for p in h.children))
            if pronoun or act:
                found = previous_actor(h, index, avoid=[a.mention for a in c.sources])
                if found is not None:
                    return [found]
    return []


def addressed_pronoun(gov, index: MentionIndex, *, avoid=()) -> list[Arg]:
    """'We are trying to persuade them not to detonate their explosives': whom a pronoun object of a
    verb of asking stands for, in its sentence ("... and later urged them to") or the sentences
    before (``previous_actor``), other than the ``avoid`` mentions (the speaker); [] with none."""
    for o in object_tokens(gov):
        if o.lower_ not in PRONOUNS or o.dep_ not in ("dobj", "obj"):
            continue
        found = object_pronoun_target(o, index, avoid=avoid) or previous_actor(o, index, avoid=avoid)
        if found is not None:
            return [found]
    return []


def sent_to(tok, index: MentionIndex) -> list[Arg]:
    """'France sent investigators to Mali to investigate the attack': what people sent somewhere
    are to investigate (the purpose clause ``tok`` of the verb of sending) is investigated there:
    the actor of the to-phrase of the sending verb or of its object; [] when there is none."""
    if tok.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return []
    head = tok.head
    for h in [head] + object_tokens(head):
        found = [a for a in prep_targets(h, index, preps=RECIPIENT_PREPS, how="prep")
                 if is_state_country(a.mention.actor.country) and not a.mention.actor.sectors]
        if found:
            return [Arg(a.mention, "sent-to", a.token) for a in found]
    return []


def earlier_author(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'Qantas has proposed a wage freeze. Unions are fighting the proposed wage freeze', 'The
    government unveiled its budget plan. The opposition rejected the budget plan': a thing
    rejected or criticised with no actor named is its author's when an earlier sentence names the
    same thing (the same noun with the same compounds) with its author: a possessive, or the
    subject of a verb of proposing (``coding_author_participles``); nearest first, weak. [] when
    no earlier sentence does, or the author is the doer."""
    doc, start = c.tok.doc, c.tok.sent.start
    doers = [s.mention for s in c.sources]
    for o in object_tokens(c.tok):
        o = partitive_head(o)
        if o.pos_ != "NOUN" or index.at(o.i) is not None:
            continue
        key = (o.lemma_.lower(), sorted(x.lemma_.lower() for x in o.children if x.dep_ == "compound"))
        for t in reversed(doc[:start]):
            if t.lemma_.lower() != key[0] or sorted(x.lemma_.lower() for x in t.children if x.dep_ == "compound") != key[1]:
                continue
            m = None
            for p in t.children:
                if p.dep_ == "poss":
                    m = index.at(p.i) or (pronoun_source(p, index, sent=t.sent) if p.lower_ in PRONOUNS else None)
            if m is None and t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in AUTHOR_PARTICIPLES:
                found = sources(t.head, index)
                m = found[0].mention if found else None
            if m is not None and all(m is not d and (m.actor.code is None or m.actor.code != d.actor.code) for d in doers):
                return [Arg(m, "coref-author", t.i)]
    return []


def beneficiary_targets(tok, index: MentionIndex) -> list[Arg]:
    """'Japan donated medical supplies to help Ethiopia fight the epidemic': a purpose clause of
    helping (``coding_help_verbs``) under an act of material help names whom the help is for: its
    object, or the subject of the clause it governs."""
    for x in tok.children:
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PURPOSE_MARKS for m in x.children):
            # "handed over weapons so the Arabs could protect themselves": whom it lets act
            found = args_of([g for g in x.children if g.dep_ == "nsubj"], index, how="object", subject=True)
            if found:
                return found
        if x.dep_ not in ("advcl", "xcomp") or x.lemma_.lower() not in HELP_VERBS:
            continue
        found = args_of(object_tokens(x), index, how="object", subject=True)
        if not found:
            found = args_of([g for c in x.children if c.dep_ in ("ccomp", "xcomp")
                             for g in c.children if g.dep_ == "nsubj"], index, how="object", subject=True)
        for o in object_tokens(x):  # "to help people in Somalia": the country of the people helped
            if not found and o.lemma_.lower() in PEOPLE:
                found = prep_targets(o, index, preps=PLACE_PREPS, how="place") or prep_targets(
                    x, index, preps=PLACE_PREPS, how="place")
        if found:
            return found
    return []


#: Relative adverbs of a place defined by who is in it ("areas where X is hiding").
WHERE_WORDS = word_list("coding_where_words")


def occupants(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'B-52 bombers targeted areas of the White Mountains where the rebel leader is believed to be
    leading his fighters': a place attacked that a "where" clause defines by who is in it stands
    for them: that clause's subject (or its object, "where the army keeps its tanks" names the
    army either way); looked for on the object and the nouns of its phrases."""
    nouns = [t for o in object_tokens(c.tok) for t in [o] + [g for p in o.children if p.dep_ == "prep"
                                                          for g in p.children if g.dep_ == "pobj"]]
    nouns += [g for n in list(nouns) for p in n.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for n in nouns:
        for clause in n.children:
            if clause.dep_ != "relcl" or not any(w.dep_ == "advmod" and w.lower_ in WHERE_WORDS for w in clause.children):
                continue
            found = args_of([x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")], index, how="object",
                            subject=True)
            if found:
                return found
    return []


def _aimed_at(c: Candidate, index: MentionIndex, found: list[Arg]) -> list[Arg]:
    """The group an attack on a land was aimed at (``pursuit_targets``), of the land's country when
    its own is unknown (marked ``context`` / ``place``); else ``found``. Not the people a result
    clause says it hit ("ambushed a military vehicle, wounding five soldiers": the vehicle's
    owner, by the gold standards' convention)."""
    aimed = pursuit_targets(c, index) or fighters_hit(c, index) or (
        occupants(c, index) if c.entry.root in VIOLENCE_ROOTS else [])  # not "a curfew where troops fight"
    land = next((t.mention.actor.country for t in found if is_state_country(t.mention.actor.country)), None)
    out = []
    for a in aimed:
        actor = a.mention.actor
        if actor.country is None and land is not None:
            actor = replace(actor, country=land, code=actor_code(land, sectors=list(actor.sectors or ()), org=actor.org),
                            resolved_by="context", country_from="place")
            a = replace(a, mention=replace(a.mention, actor=actor))
        out.append(a)
    return out or found


#: Verbs of a result clause that says whom an attack hit ("..., killing dozens of fighters").
HARM_RESULT_VERBS = word_list("coding_harm_result_verbs")


def fighters_hit(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'carried out air strikes in southern Somalia, killing dozens of Al-Shabaab fighters': an
    attack on a land whose result clause says it killed or wounded fighters (an armed group:
    ``ARMED_SECTORS``) was aimed at them; civilians it killed were not its target ("pounded the
    enclave, killing five people": the enclave), nor when it was done to a thing ("ambushed a
    military vehicle, wounding five soldiers": the vehicle's, by the gold standards' convention).
    [] when no such clause names fighters."""
    if any(not _place_word(partitive_head(o)) for o in object_tokens(c.tok)):
        return []
    heads = [c.tok] if c.frame.i == c.tok.i else [c.tok, c.frame]
    for h in heads:
        for x in h.children:
            if x.dep_ in ("advcl", "conj", "xcomp") and x.tag_ == "VBG" and x.lemma_.lower() in HARM_RESULT_VERBS:
                found = [a for a in args_of([partitive_head(o) for o in object_tokens(x)], index, how="object")
                         if _armed(a.mention.actor)]
                if found:
                    return found
    return []


def pursuit_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'bombed the mountains in an attempt to flush out Al Qaeda fighters', 'shelled the hills to
    drive out the rebels': a purpose clause of pursuit (``coding_pursuit_verbs``) on an attack, or
    on its light verb, names the group it is aimed at, which beats the land it was done in."""
    heads = [c.tok] if c.frame.i == c.tok.i else [c.tok, c.frame]
    if c.tok.dep_ in ("dobj", "nsubjpass") and c.tok.head.pos_ == "VERB":  # "intensified its bombing of X in a bid to"
        heads.append(c.tok.head)
    clauses = [x for h in heads for x in h.children if x.dep_ in ("advcl", "xcomp", "acl")]
    clauses += [x for h in heads for p in h.children if p.dep_ == "prep" for n in p.children
                if n.dep_ == "pobj" and n.lemma_.lower() in PURPOSE_NOUNS for x in n.children if x.dep_ == "acl"]
    for x in clauses:
        if x.lemma_.lower() in PURSUIT_VERBS and any(a.dep_ == "aux" and a.tag_ == "TO" for a in x.children):
            found = [a for a in args_of([partitive_head(o) for o in object_tokens(x)], index, how="object")
                     if _is_group(a.mention.actor)]
            if found:
                return found
    return []


def _is_group(actor: Actor) -> bool:
    """Whether ``actor`` is a group or body (a sector, or an organisation: "Al Qaeda fighters"),
    not a land named as such ("the mountains of Afghanistan")."""
    return bool(actor.sectors) or actor.org is not None


def _armed(actor: Actor) -> bool:
    """Whether ``actor`` is people who fight: an armed sector, or an international militarised
    group (IMG, no sector of its own)."""
    return bool(set(actor.sectors or ()) & ARMED_SECTORS) or actor.country == ARMED_GROUP_CODE


def targeting_targets(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'Warplanes carried out a raid, targeting rebel commanders': a participle clause of aiming
    (``coding_targeting_verbs``) on the trigger or its light verb names whom the act was aimed at."""
    heads = [c.tok] if c.frame.i == c.tok.i else [c.tok, c.frame]
    for h in heads:
        for x in h.children:
            if x.dep_ in ("advcl", "acl", "xcomp", "conj") and x.tag_ == "VBG" and x.lemma_.lower() in TARGETING_VERBS:
                found = args_of(object_tokens(x), index, how="object")
                if found:
                    return found
    return []


def owner_targets(c: Candidate, index: MentionIndex, *, sent=None) -> list[Arg]:
    """The owner of the trigger's object named by a pronoun ("attacked its armoured vehicles",
    "seized their weapons"), resolved to an earlier actor other than the source."""
    if sent is None:
        return []
    subjects = [x for x in c.tok.children if x.dep_ in ("nsubj", "nsubjpass")]
    for o in object_tokens(c.tok):
        if o.lemma_.lower() in c.entry.objects and c.entry.root in DOER_THEME_ROOTS:
            continue  # "told X to withdraw its troops": what is withdrawn or deployed is the doer's
        for p in o.children:
            if p.dep_ == "poss" and p.lower_ in PRONOUNS:
                if any(agrees(p, x) for x in subjects):
                    continue  # "the rebels should surrender their weapons": the doer's own
                m = pronoun_source(p, index, sent=sent)
                if m is not None and all(m is not s.mention and m.actor.code != s.mention.actor.code
                                         and (m.actor.country is None or m.actor.country != s.mention.actor.country)
                                         for s in c.sources):
                    return [Arg(m, "owner", p.i)]
    return []


def _generic_preps(entry: Entry) -> frozenset[str]:
    """Prepositions that may introduce the target of ``entry`` besides its own (for a mutual
    pattern, without those that name a topic or a venue)."""
    return _GENERIC[entry.mutual]


def _subject_mentions(tok, index: MentionIndex) -> list:
    """The actors of the subject of ``tok``'s clause (an object pronoun is never its subject)."""
    return [a.mention for a in sources(tok, index)]


def _theme_preps(entry: Entry) -> frozenset[str]:
    """Prepositions of the object's own phrase that may name the target: not its source side
    for a threat ("warned of a response from the U.S." is not addressed to the U.S.)."""
    preps = _GENERIC_OR_THEME[entry.mutual]
    return preps - SOURCE_SIDE_PREPS if entry.root == THREATEN_ROOT else preps


def verb_targets(tok, *, entry: Entry, index: MentionIndex) -> list[Arg]:
    """Target(s) of a verb trigger, most direct first."""
    themed = bool(entry.objects) and not entry.exclude
    if is_passive(tok) and not themed:
        found = passive_targets(tok, index) or shared_passive_subject(tok, index)
        if found:
            return found
    if bare_participle(tok):  # "4 policemen and 4 civilians also killed."
        found = args_of([c for c in tok.children if c.dep_ == "nsubj"], index, how="patient", subject=True)
        if found:
            return found
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not themed:
        found = args_of([tok.head], index, how="patient")  # "ten soldiers killed in the ambush"
        if found:
            return found
    objs = object_tokens(tok)
    if entry.root in REACTION_ROOTS and not is_passive(tok):
        found = judged_doers(tok, objs, index, blamed=entry.cameo == ACCUSE_CODE)
        if found:
            return found
    if entry.particle and entry.root in VIOLENCE_ROOTS and not is_passive(tok):
        # "fired at security guards as they entered the palace - the residence of X": the object of
        # an attack verb's own preposition is whom it is done to, before an object the parser
        # added (not "called for reform of X", where it is what is asked)
        found = prep_targets(tok, index, preps={entry.particle}, how="prep")
        if found:
            return found
    if is_passive(tok) and themed:  # "evidence against X was presented": the theme is the subject
        objs = objs + [relative_head(c) for c in tok.children if c.dep_ == "nsubjpass"]
    # "mobilized troops", "deployed warships": an object that is the theme (the source's own forces,
    # a thing of the entry's object list) is no target when it names a group of no country; its
    # owner is ("seized a British tanker", "expelled Chinese diplomats")
    own_forces = entry.cameo[:2] in OWN_FORCES_ROOTS
    # a conjunct of a theme shares its role ("sent armoured vehicles and paratroopers to Lebanon")
    themes = {t.i for o in objs if themed and o.lemma_.lower() in entry.objects for t in conjuncts(o)}
    if entry.root in DOER_THEME_ROOTS:  # "pulled its soldiers from X": the doer's own, whatever the noun
        themes |= {t.i for o in objs for t in conjuncts(o) if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)}
    forces = objs
    if own_forces:
        objs = []  # "strengthened its forces in Lebanon": whom they face is named elsewhere
    if not entry.objects or entry.exclude:
        found = _owners(args_of(objs, index, how="object"), themes, tok.doc)
        if found and all(a.mention.actor.country is None for a in found) and not (
                entry.root in PATIENT_OBJECT_ROOTS and all(_patient_people(tok.doc[a.token], a.mention.actor)
                                                           for a in found)):  # "deported 300 migrants to Guatemala"
            # "sent vehicles and paratroopers to Lebanon": a group of no country as the thing
            # sent says less than the country its own preposition (or one of a recipient) names
            # (the parser may hang the phrase on the object: "a team of paratroopers to Lebanon")
            preps = set(entry.preps) | RECIPIENT_PREPS
            holders = [tok] + [t for o in objs for t in o.subtree if t.pos_ in ("NOUN", "PROPN")]
            found = next((f for h in holders for f in [prep_targets(h, index, preps=preps, how="prep")] if f), found)
        if found:
            return found
    for o in objs:  # "... and later annexed it"
        found_one = object_pronoun_target(o, index)
        if found_one is not None and not any(found_one.mention is m for m in _subject_mentions(tok, index)):
            return [found_one]
    found = dative_targets(tok, index)
    if found:
        return found
    found = [a for a in _owners(args_of(objs, index, how="object"), set(), tok.doc)
             if a.token in themes and (_people(tok.doc[a.token], a.mention.actor)
                                       or (entry.root in PATIENT_OBJECT_ROOTS and _patient_people(tok.doc[a.token], a.mention.actor)))]
    if found:  # "summoned a senior Sudanese diplomat to its Foreign Ministry": the people acted on
        return found
    if entry.preps:
        found = prep_targets(tok, index, preps=entry.preps, how="prep")
        if found:
            return found
        for o in objs:  # "imposed sanctions on Russia", "halted aid to Serbia"
            found = prep_targets(o, index, preps=entry.preps, how="prep")
            if found:
                return found
    if entry.root in REQUEST_ROOTS:  # "appealed for intervention from the UN": the one asked
        for h in objs + _pobjs(tok, REQUESTED_THING_PREPS):
            found = [] if h.lemma_.lower() in SHIELD_NOUNS else prep_targets(h, index, preps=PROVIDER_PREPS, how="prep")
            if found:
                return found
    if entry.root in AUTHOR_TARGET_ROOTS or entry.cameo == DENY_CODE:
        for o in objs:  # "denied charges by X", "rejected a request from X": its author
            found = prep_targets(o, index, preps=AUTHOR_PREPS, how="author")
            # "rejected an appeal lodged by X", "proposals laid out by X": the author of a participle
            # (also hung on the theme of the object: "the offer of talks made by Sudan")
            for clause in list(o.children) + [x for p in o.children if p.dep_ == "prep" for g in p.children
                                              if g.dep_ == "pobj" for x in g.children
                                              if x.lemma_.lower() in AUTHOR_PARTICIPLES]:  # not "a committee chaired by X"
                if not found and clause.dep_ == "acl" and (clause.tag_ == "VBN" or any(
                        g.dep_ == "agent" for g in clause.children)):  # "a ceasefire offer by X", misparsed
                    found = prep_targets(clause, index, preps=AUTHOR_PREPS, how="author")
            if found:
                return found
    if entry.objects and not entry.exclude:
        for o in objs:  # the theme's own phrase: "the blockade of Serbia" (not "a response from X");
            # of a passive's theme, a party ("sanctions against Iran were lifted"); before a
            # participle's ("imposed sanctions on China based on Xinjiang ...")
            found = prep_targets(o, index, preps=_theme_preps(entry),
                                 how="prep" if o.dep_ == "nsubjpass" else "prep-generic")
            if found:
                return found
    for o in objs:  # "lifted a travel ban imposed on Chadian citizens"
        for clause in o.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                found = prep_targets(clause, index, preps=set(entry.preps) | GENERIC_TARGET_PREPS, how="prep")
                if found:
                    return found
    found = prep_targets(tok, index, preps=_generic_preps(entry), how="prep-generic")
    if found:
        return found
    for o in objs:
        found = prep_targets(o, index, preps=_theme_preps(entry), how="prep-generic")
        if found:
            return found
        found = _owners(args_of([o], index, how="object"), themes, tok.doc)
        if found:
            return found
    # a clause that names the affected party ("demanded that the US cancel", "appealed for Uganda
    # to reopen the border": a for-to clause; "expressed hope that Croatia will": the object's clause)
    clauses = list(tok.children) + [x for o in objs for x in o.children if x.dep_ in ("acl", "ccomp")
                                     and x.pos_ in ("VERB", "AUX") and x.tag_ != "VBN"]
    for c in clauses:
        if c.dep_ in ("ccomp", "xcomp", "acl") or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):
            # only a subject that is itself an actor ("that the US cancel", not "that the economy of X")
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and (
                index.at(g.i) is not None or any(index.at(x.i) is not None for x in g.children
                                                 if x.dep_ in ("amod", "compound", "poss")))]
            found = args_of(subj, index, how="clause-subject")
            if not found and entry.root == ACCUSE_CODE[:2] and c.dep_ == "ccomp":
                # "alleges the attack was backed by X's intelligence service": the accused is the
                # doer of the passive clause the accusation governs, its by-agent
                found = args_of([g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"],
                                index, how="clause-subject")
            if found:
                return found
    # the clause the trigger governs names the target ("offered to hand over to Britain")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            # "clause-object": the party acted on in the clause, not one agreed or met with
            found = args_of(object_tokens(c), index, how="clause-object") or prep_targets(
                c, index, preps=GENERIC_TARGET_PREPS, how="prep")
            for o in object_tokens(c):  # "agreed to lift tariffs on American products"
                found = found or prep_targets(o, index, preps=GENERIC_TARGET_PREPS - SOURCE_SIDE_PREPS, how="prep")
            if found:
                return found
    if entry.root == CONSULT_ROOT and not entry.mutual and entry.cameo not in VISIT_CODES:
        return []  # "attended a summit in Switzerland on Iran": the venue and the topic are no party
    if entry.mutual:
        # "agreed to a ceasefire in eastern Sudan": the place of the act agreed to (a phrase of its
        # noun) is where it applies, a weak target; "met in Havana", "signed in Geneva": a place
        # phrase of the verb itself is the venue, not a party
        for p in tok.children:
            for g in p.children if p.dep_ == "prep" else ():
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and index.at(g.i) is None and not _people_noun(g):
                    found = place_targets(g, index)
                    if found:
                        return found
        return []
    found = [a for a in place_targets(tok, index) if not _names_doer(tok.doc[a.mention.head])]
    if found:
        return found
    for o in forces:
        found = place_targets(o, index)
        if found:
            return found
    for o in objs:  # "attacked our positions", a spokesman said: the sayer's side
        for p in o.children:
            if p.dep_ == "poss" and p.lower_ == "our":
                m = pronoun_source(p, index, sent=tok.sent)
                if m is not None:
                    return [Arg(m, "coref", p.i)]
    # "withdraw its troops from the region": the theme, or the source's own forces, is no target
    return nearby_targets(tok, index, authors=entry.root in AUTHOR_TARGET_ROOTS or entry.cameo == DENY_CODE,
                          skip=frozenset(themes | ({o.i for o in forces} if own_forces else set())))


#: Prepositions of the phrase that names whom a deed is blamed on ("blamed the killing on X").
BLAMED_PREPS = word_list("coding_blamed_preps")


def judged_doers(tok, objs: list, index: MentionIndex, *, blamed: bool = False) -> list[Arg]:
    """'condemned the arrest of two journalists by Ugandan police', 'welcomed the release of the
    hostages by Iraqi insurgents', 'blamed the assassination of the leader on Pakistani militants':
    a judgement of a deed is aimed at whoever did it, named in the deed's by-phrase or in the
    verb's on-phrase when it is an accusation (``blamed``; the parser may hang either phrase on the
    noun of the of-phrase), not at the deed's victims in its of-phrase; [] when neither names one
    ("rejected criticism of X's stand on asylum seekers": the on-phrase is a topic)."""
    holders = [h for o in objs for h in [o] + [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                              for g in p.children if g.dep_ == "pobj"]]
    for h in holders:
        for b in h.children:
            if b.dep_ in ("prep", "agent") and b.lower_ == "by":
                found = by_phrase_agent(b, index)
                if found is not None and found.mention.actor.country is not None:
                    return [Arg(found.mention, "author", found.token)]
    for h in [tok] + holders[1:] if objs and blamed else []:
        found = prep_targets(h, index, preps=BLAMED_PREPS, how="prep")
        if found:
            return found
    return []


def shared_passive_subject(tok, index: MentionIndex) -> list[Arg]:
    """'The gunman was wounded in the clash and was later shot dead by police': a passive verb
    conjoined to a passive one, with no subject of its own, was done to the first one's subject;
    'two gunmen killed a farmer before being shot dead by the army', '... after having been
    arrested': a passive participle clause was done to the subject of the verb it hangs on."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return []
    if tok.dep_ == "conj" and is_passive(tok.head):
        return passive_targets(tok.head, index)
    if not any(c.dep_ == "auxpass" and c.tag_ in ("VBG", "VBN") for c in tok.children):
        return []  # not "being shot", "been arrested"
    verb = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "advcl" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return args_of([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], index, how="patient", subject=True)


def _patient_people(noun, actor: Actor) -> bool:
    """Whether an object names people who are no fighters ("300 migrants", "40 refugees"): for a
    coercion (``PATIENT_OBJECT_ROOTS``) they are its target, whatever their country."""
    return _people_noun(noun) and not _armed(actor)


def _people(noun, actor: Actor) -> bool:
    """Whether a theme object with a country names people other than troops ("a Sudanese
    diplomat", "Chadian envoys"), not things ("Russian weapons") or the doer's forces."""
    return (actor.country is not None and MILITARY_SECTOR not in (actor.sectors or ())
            and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
            and (noun.lemma_.lower() in AGENT_NOUNS or actor.role is not None))


def _owners(found: list[Arg], themes: set[int], doc) -> list[Arg]:
    """``found`` without the theme objects that name a group of no country ("troops") or the
    doer's own ("withdrew its troops": a possessive pronoun on the object)."""
    def possessed(i: int) -> bool:
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in doc[i].children)
    return [a for a in found if not (a.token in themes and (a.mention.actor.country is None or possessed(a.token)))]


def nearby_targets(tok, index: MentionIndex, *, authors: bool = False, skip: frozenset[int] = frozenset()) -> list[Arg]:
    """Last resort, weak: the first actor inside the trigger's own phrase (objects and their
    modifiers), never inside its subject or a clause of its own, nor (but for acts on what
    someone said or did: ``authors``) in a source-side phrase ("a response from the U.S."), nor an
    actor whose head is one of the tokens ``skip``."""
    source_side = frozenset() if authors else SOURCE_SIDE_PREPS
    stop = ("nsubj", "nsubjpass", "csubj", "advcl", "relcl", "ccomp", "parataxis", "punct")
    def inside(c) -> bool:
        # "militants accused of attacking X", "a man believed to have ...": another event's parties
        return c.dep_ not in stop and not (c.dep_ == "acl" and c.tag_ == "VBN") and not (
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) and not (  # "arrested X and killed Y": Y is not X's
            c.dep_ in ("prep", "agent") and c.lower_ in source_side and _names_someone(c, index)
            and not _inside_target_phrase(c)) and not (
            # "a response from the U.S." (but "killed by a roadside bomb in Kenya" names a means)
            c.dep_ == "prep" and c.lower_ == "of" and c.head.dep_ == "pobj"  # "with the support of Moscow"
            and c.head.lemma_.lower() not in AGENT_NOUNS and c.head.head.dep_ == "prep" and c.head.head.head.i == tok.i) and not (
            # "accused Nouri of plotting against the government": the charge's own parties
            c.dep_ == "prep" and c.lower_ in CHARGE_PREPS and c.head.i == tok.i and any(g.dep_ == "pcomp" for g in c.children))

    stack = [c for c in tok.children if inside(c) and c.i > tok.i]
    order = []
    while stack:
        t = stack.pop(0)
        order.append(t)
        stack.extend(c for c in t.children if inside(c))
    for t in sorted(order, key=lambda t: t.i):
        m = index.at(t.i)
        if m is not None and m.head not in skip:
            head = t.doc[m.head]
            if head.dep_ in ("amod", "compound") and index.at(head.head.i) is None:
                continue  # "the Thai border": a place, not a party
            if m.actor.resolved_by == "metonym":
                continue  # a city named in passing is a place, not a party
            if m.actor.country is None:
                continue  # a group of no country ("troops") says less than a country further on
            if _names_doer(head):
                continue  # "killed in Palestinian violence", "wounded in US bombing": who did it
            return [Arg(m, "nearby", t.i)]
    return []


def _names_doer(tok) -> bool:
    """Whether ``tok`` modifies the noun of an attack or of violence in a phrase ("killed in
    Palestinian violence", "in renewed Afghan fighting"): it names who did it, not whom."""
    return (tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.dep_ == "pobj"
            and tok.head.lemma_.lower() in DOER_NOUNS)


def _inside_target_phrase(prep) -> bool:
    """Whether a by/from phrase hangs on the noun of a target phrase ("retaliate against any
    attack by X": X is the target), not on the trigger's object or theme."""
    head = prep.head
    return head.dep_ == "pobj" and head.head.lower_ in GENERIC_TARGET_PREPS - SOURCE_SIDE_PREPS


def _names_someone(prep, index: MentionIndex) -> bool:
    """Whether a by/from phrase names who acts (an actor, or people), not a means or a place;
    "by a team of police officers" names them through its of-phrase."""
    def actor_noun(g) -> bool:
        return (index.at(g.i) is not None or g.lemma_.lower() in AGENT_NOUNS
                or any(index.at(x.i) is not None for x in g.children if x.dep_ in ("amod", "compound", "poss")))
    return any(g.dep_ == "pobj" and (actor_noun(g) or any(
        actor_noun(o) for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")) for g in prep.children)


def noun_targets(n, *, entry: Entry, verb, index: MentionIndex) -> list[Arg]:
    """Target(s) of a noun trigger: its own phrases, then those of the verb that carries it."""
    preps = _generic_preps(entry).union(entry.preps)
    if entry.root in AUTHORED_NOUN_ROOTS:  # "an appeal from the parliament": who made it
        preps = preps - SOURCE_SIDE_PREPS
    found = prep_targets(n, index, preps=preps, how="prep")
    if entry.root in AUTHORED_NOUN_ROOTS:  # "an appeal from Chad to Sudan", parsed as "from (Chad to Sudan)"
        for p in n.children:
            if not found and p.dep_ == "prep" and p.lower_ in SOURCE_SIDE_PREPS:
                found = prep_targets(p, index, preps=preps, how="prep")
    if found:
        return found
    found = for_clause_subjects(n, index)
    if found:  # "an appeal for the president to resign": whom it asks
        return found
    if entry.objects and not entry.exclude:  # "the expulsion of Malian diplomats": the theme's owner
        found = prep_targets(n, index, preps=THEME_PREPS, how="prep")
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


def for_clause_subjects(n, index: MentionIndex) -> list[Arg]:
    """'an appeal for the president to resign', 'a call for Chad to withdraw': the actor subject
    of a for-to clause a noun governs is whom the noun asks or offers something."""
    for c in n.children:
        if c.dep_ in ("advcl", "acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            found = args_of([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")], index,
                            how="clause-subject", subject=True)
            if found:
                return found
    return []


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


# -- places ---------------------------------------------------------------------------------------

def attacked_place(actor: Actor, *, root: str) -> Actor | None:
    """'Russian troops shelled Kharkiv': a place named as the target of an attack or a coercion
    stands for its country as such (no sector), not for the government a capital stands for in
    "Kyiv said"; None when ``actor`` is no place or the act is of another kind."""
    if (root not in PLACE_TARGET_ROOTS or actor.resolved_by != "metonym" or not is_state_country(actor.country)
            or set(actor.sectors or ()) - {"GOV"}):
        return None  # "a U.S. military drone" names the military, not a place
    return Actor(text=actor.text, span=actor.span, code=actor.country, country=actor.country,
                 resolved_by="place")


#: Nouns of a force or mission kept in a place ("the UN peacekeeping force in Lebanon").
MISSION_NOUNS = word_list("coding_mission_nouns")
#: Roots of sending, giving or withdrawing forces or help (or of what an intent, an offer or a
#: promise is to do: "ready to contribute troops to the NATO force in Afghanistan"): what a mission in
#: a place receives, that place does (not an attack on the mission: its body stays the target).
MISSION_PLACE_ROOTS = MATERIAL_HELP_ROOTS | DOER_THEME_ROOTS


def mission_place(h, actor: Actor | None, *, root: str, ctx) -> Actor | None:
    """'Norway is sending 200 soldiers to the UN peacekeeping force in Lebanon', 'deployed troops to
    the African Union mission in Somalia': forces or help sent to (or withdrawn from) a force or
    mission of a place go to that place, whose country is the target (marked ``place``), as when
    they are sent to the place itself; None when ``h`` is no such noun, the place is of no known
    state or the act is another (an attack on the mission is on its body)."""
    if h.dep_ == "compound" and h.head.lemma_.lower() in MISSION_NOUNS:  # "the European Union mission in Mali"
        h = h.head
    if root not in MISSION_PLACE_ROOTS or h.lemma_.lower() not in MISSION_NOUNS:
        return None
    for g in _pobjs(h, frozenset({"in"})):
        g = partitive_head(g)
        country = ctx.places.get(g.i)
        m = ctx.mentions.at(g.i)
        if country is None and m is not None and g.ent_type_ in _PLACE_ENTITIES and m.head == g.i:
            country = m.actor.country
        if not is_state_country(country) or (actor is not None and actor.country == country and not actor.sectors):
            continue
        span = g.doc[g.left_edge.i:g.i + 1]
        return Actor(text=span.text, span=(span.start_char, span.end_char), code=country, country=country,
                     resolved_by="place")
    return None


def place_country_targets(c: Candidate, ctx) -> list[Arg]:
    """'Russian forces shelled Kharkiv': with no actor named, a place the attack or coercion is
    done to (the object, or an on/against/into/at phrase) stands for its country; so does the
    place a state's forces are sent to, deployed in or withdrawn from ("withdrew peacekeepers from
    Sinai"), and the place of those material help is given to ("gave aid for 30,000 families in
    Idlib"); weak."""
    forces = c.entry.root in DOER_THEME_ROOTS
    helps = c.entry.root in MATERIAL_HELP_ROOTS
    if (c.entry.root not in PLACE_TARGET_ROOTS and not forces and not helps) or not ctx.places:
        return []
    tok = c.tok
    objs = object_tokens(tok)
    if helps:  # where those helped are, or the place itself ("sent tents to Idlib")
        recipients = [g for h in [tok] + objs for g in _pobjs(h, BENEFICIARY_PREPS)]
        for h in recipients + [g for r in recipients for g in _pobjs(r, PLACE_PREPS)]:
            country = ctx.places.get(h.i)
            if country is not None and is_state_country(country):
                place = Actor(text=h.text, span=(h.idx, h.idx + len(h.text)), code=country, country=country,
                              resolved_by="place")
                return [Arg(_PlaceMention(h.i, place), "place", h.i)]
        return []
    heads = objs + [c for c in tok.children if c.dep_ == "nsubjpass"] if not forces else []
    # "fired into Ashkelon", "a curfew on Cochabamba", and where the things attacked were
    # ("struck targets in Rafah", "struck targets near Abeche")
    preps = PLACE_ATTACK_PREPS | (PLACE_PREPS if objs else frozenset()) if not forces else FORCES_PLACE_PREPS
    phrases = [g for h in [tok] + objs for p in h.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj"]
    # "in parts of Kashmir", "from the disputed territory of Kashmir", "shelled the town of Goma":
    # the place the part is of
    heads += phrases
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    for h in heads:
        country = ctx.places.get(h.i)
        if country is not None and is_state_country(country):
            span = h.doc[h.i:h.i + 1]
            place = Actor(text=h.text, span=(span.start_char, span.end_char), code=country, country=country,
                          resolved_by="place")
            return [Arg(_PlaceMention(h.i, place), "attacked-place", h.i)]
    return []


#: Prepositions of whom material help is for ("aid for 30,000 families", "tents to flood victims").
BENEFICIARY_PREPS = word_list("coding_beneficiary_preps")
#: Prepositions of the place an attack is done to ("fired into Gaza", "a raid on Jenin").
PLACE_ATTACK_PREPS = word_list("coding_place_attack_preps")
#: Nouns of an attack or of violence whose modifier names who did it ("in Palestinian violence").
DOER_NOUNS = EVENT_SUBJECT_NOUNS | PERPETRATORS
#: Prepositions of whom something is sent or given to ("sent paratroopers to Lebanon").
RECIPIENT_PREPS = word_list("coding_recipient_preps")
#: Prepositions of the place forces are sent to, kept in or withdrawn from ("troops to Jordan").
FORCES_PLACE_PREPS = word_list("coding_forces_place_preps")


class _PlaceMention:
    """A place standing for its country as a target (stands in for an ActorMention)."""

    def __init__(self, i: int, actor: Actor):
        self.start, self.end, self.head, self.actor = i, i + 1, i, actor


# -- domestic events ------------------------------------------------------------------------------

def is_domestic(cameo: str, source: Actor) -> bool:
    """Codes (and police actions) whose unnamed target is, by convention, the source's own country."""
    if not is_state_country(source.country):
        return False
    if MILITARY_SECTOR in (source.sectors or []) and cameo[:2] in POLICE_ACTION_ROOTS:
        return False  # "US forces have captured 15 prisoners": an act of war, not at home
    return cameo.startswith(DOMESTIC_CODE_PREFIXES) or (POLICE_SECTOR in (source.sectors or [])
                                                        and cameo[:2] in POLICE_ACTION_ROOTS)


def home_group_target(target: Actor, source: Actor, *, root: str, others: Iterable[Actor] = (), ctx=None,
                      sent=None) -> Actor | None:
    """'Pakistani police arrested two dozen militants': a group named by its kind only (rebels,
    protesters, civilians, criminals...) whose country neither its sentence nor the article tells
    is, as the target of a state's police acting by force, of that state: police act at home. So
    is it for the army when the sentence names no other state ("Egyptian troops shot dead four
    militants"; not "... militants who crossed from Syria"), and for the opposition a government
    addresses or acts on in any way, on the same condition ("President Kenyatta appealed for the
    opposition to support the laws"), and for a government its own opposition addresses ("Kenyan
    opposition leaders accused the government"), and for a state's courts charging, trying or
    jailing people ("a Kenyan court charged twelve protesters"). Not for an army abroad (``army_abroad``: "US
    troops killed four militants near Jalalabad" are no Americans), as ``is_domestic`` holds: an
    act of war. Marked ``context`` / ``source``; None when the rule does not apply."""
    if target.country is not None or target.resolved_by != "sector" or not is_state_country(source.country):
        return None
    if sent is not None and _said_foreign(target, sent):
        return None  # "Pakistani police arrested 15 foreign fighters": not Pakistan's own
    sectors = set(source.sectors or ())
    foreign = any(is_state_country(a.country) and a.country != source.country for a in others)
    if target.sectors == [GOVERNMENT_SECTOR] and sectors & OPPONENT_SECTORS and not foreign:
        pass  # "Kenyan opposition leaders accused the government": their own government
    elif not set(target.sectors or ()) <= HOME_TARGET_SECTORS or not target.sectors:
        return None
    if target.sectors == [GOVERNMENT_SECTOR] and sectors & OPPONENT_SECTORS and not foreign:
        pass
    elif set(target.sectors) <= OPPONENT_SECTORS and GOVERNMENT_SECTOR in sectors and not foreign:
        pass  # a government's own opposition
    elif root not in POLICE_ACTION_ROOTS | PLACE_TARGET_ROOTS:
        return None
    elif JUDICIARY_SECTOR in sectors and root in COURT_ACTION_ROOTS:
        pass  # "a Kenyan court charged twelve protesters": the court's own country's people
    elif POLICE_SECTOR not in sectors and (MILITARY_SECTOR not in sectors or foreign
                                            or (ctx is not None and sent is not None and army_abroad(source, sent, ctx))):
        return None
    return Actor(text=target.text, span=target.span, code=source.country + "".join(target.sectors),
                 country=source.country, sectors=list(target.sectors), role=target.role,
                 resolved_by="context", country_from="source")


def _said_foreign(target: Actor, sent) -> bool:
    """Whether the words of ``target`` (a group named by its kind), or the modifiers of its head,
    say it is from abroad (``FOREIGN_GROUP_WORDS``: "15 foreign fighters", "dozens of Arab
    fighters")."""
    if target.span is None:
        return False
    lo, hi = target.span
    inside = [t for t in sent if lo <= t.idx < hi]
    heads = [t for t in inside if not lo <= t.head.idx < hi or t.head.i == t.i]
    words = inside + [c for h in heads for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
    return any(w.lower_ in FOREIGN_GROUP_WORDS for w in words)


#: Nouns of people as such ("25 people"): PETRARCH's PPL, no CAMEO sector.
GENERIC_PEOPLE_NOUNS = word_list("coding_generic_people_nouns")


def people_of_no_sector(target: Actor | None, *, root: str, sent) -> Actor | None:
    """'Suicide bombers killed 25 people in Jerusalem': the people an attack kills or wounds,
    named as people only, are their country's people of no sector (as individuals are: CAMEO has no
    sector for people as such, PETRARCH codes them PPL), not civilians, which the text would say
    ("civilians", "children", "passengers" stay CVL). ``target`` unchanged otherwise."""
    if target is None or root not in VIOLENCE_ROOTS or target.sectors != ["CVL"] or target.span is None:
        return target
    lo, hi = target.span
    heads = [t for t in sent if lo <= t.idx < hi and not lo <= t.head.idx < hi]
    if not heads or heads[0].lemma_.lower() not in GENERIC_PEOPLE_NOUNS and heads[0].lower_ not in GENERIC_PEOPLE_NOUNS:
        return target
    return replace(target, sectors=[], code=actor_code(target.country, sectors=[], org=target.org))


def army_abroad(source: Actor, sent, ctx) -> bool:
    """Whether a state's forces act abroad: their sentence names a place of another state
    ("... near Jalalabad"), or names none of a state and the article's places are mostly of
    another state (a story of the war in Afghanistan). Places inside an actor with a sector ("US
    troops") are its owner's name, not where it is; a place of many words counts once."""
    def places(lo: int, hi: int) -> list[str]:
        out = []
        for i, country in ctx.places.items():
            if not lo <= i < hi or not is_state_country(country) or ctx.places.get(i - 1) == country:
                continue
            m = ctx.mentions.at(i)
            if m is None or not m.actor.sectors:
                out.append(country)
        return out
    here = places(sent.start, sent.end)
    if here:
        return any(c != source.country for c in here)
    counts = Counter(places(0, len(sent.doc)))
    return bool(counts) and counts.most_common(1)[0][0] != source.country


def domestic_target(source: Actor, c: Candidate | None = None, ctx=None) -> Actor:
    """The source's own country, as the default target of a domestic event; its words are those
    of the place the act applies to when the sentence names one of that country or of none
    ("imposed a curfew in parts of Kashmir"), else those of what it is done to ("banned local radio
    stations from broadcasting": ``thing_target``), else the source's own."""
    place = _home_place(c, source, ctx) if c is not None and ctx is not None else None
    if place is None and c is not None and ctx is not None:
        place = thing_target(c, ctx.mentions, source=source)
    text, span = (place.text, place.span) if place is not None else (source.text, source.span)
    return Actor(text=text, span=span, code=source.country, country=source.country, resolved_by="default")


def _home_place(c: Candidate, source: Actor, ctx) -> Actor | None:
    """The phrase of a place of ``source``'s country (or of no known country) the act of ``c``
    applies to: an in/across/near... phrase of the trigger or of its object."""
    tok = c.tok
    holders = [tok] + ([c.frame] if c.frame.i != tok.i else []) + object_tokens(tok)
    for h in holders:
        for g in _pobjs(h, PLACE_PREPS):
            g = partitive_head(g)
            if not _place_word(g) or ctx.places.get(g.i) not in (None, source.country):
                continue
            m = ctx.mentions.at(g.i)
            if m is not None and m.actor.country not in (None, source.country):
                continue
            return _thing_actor(g)
    return None


# -- what is acted on when it is no actor ---------------------------------------------------------

#: Prepositions of the phrase that names what an act is aimed at or about when no actor is named
#: ("an investigation into the dealings", "pessimism about the deal", "claimed the attack on X").
THING_PREPS = word_list("coding_thing_target_preps")
#: Prepositions of that phrase for a mutual pattern: a party, never a topic ("talks on X").
MUTUAL_THING_PREPS = word_list("coding_mutual_thing_target_preps")
#: Roots whose act applies to a place: with nothing else named, the place is what it is done to
#: ("a ceasefire in Hodeidah", "aid to fight the epidemic in West Africa", "troops in Syria").
PLACE_THING_ROOTS = MATERIAL_HELP_ROOTS | DOER_THEME_ROOTS | PLACE_TARGET_ROOTS
#: Nouns of people an act is done to, beside ``PEOPLE`` and ``AGENT_NOUNS`` ("expelled the inspectors").
PATIENT_NOUNS = word_list("coding_patient_nouns")
#: Named-entity labels of places.
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")
#: Named-entity labels of words that name no target: a time, an amount ("for two years").
_NO_THING_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
#: Words whose noun phrase is no thing acted on ("each other", "it", "a decade").
NOT_THINGS = word_list("coding_not_thing_nouns")


def thing_target(c: Candidate, index: MentionIndex, *, source: Actor | None) -> Actor | None:
    """'rejected the scheme', 'launched an investigation into the dealings of X', 'expressed
    pessimism about the deal': with no actor found, the noun phrase the act is done to or is about
    is the target as written, its codes null (no country, no sector: the text names no actor the
    coder knows), so the record says what was acted on instead of nothing. Last resort: never a
    phrase that names an actor (those rules rejected it), the source's own words, a theme of the
    entry ("imposed a curfew"), the doer's own forces, a time or an amount; None when nothing fits."""
    tok, entry = c.tok, c.entry
    avoid = {i for s in c.sources for i in range(s.mention.start, s.mention.end)}
    if source is not None:
        avoid |= {t.i for t in tok.sent if t.idx < source.span[1] and source.span[0] < t.idx + len(t)}
    preps = MUTUAL_THING_PREPS if entry.mutual else THING_PREPS
    if entry.particle and entry.particle not in entry.preps:  # "called for a ceasefire": what is asked, not whom
        preps = preps - {entry.particle}
    places = FORCES_PLACE_PREPS - preps if entry.root in DOER_THEME_ROOTS else frozenset()  # "from Sinai"
    away = frozenset({"from"}) & places  # "withdrew its troops from a zone along the border": a place
    own_phrase = (preps | THEME_PREPS | MUTUAL_THING_PREPS) - SOURCE_SIDE_PREPS  # "ended talks with the truckers"
    heads: list = []
    if entry.pos == "N":
        heads += _pobjs(tok, own_phrase)
        if c.frame.i != tok.i:  # "expressed condolences to the families", "gave aid to X"
            heads += _recipients(c.frame) + _pobjs(c.frame, preps)
    else:
        if not entry.mutual:
            heads += _recipients(tok)  # "gave money to developers": whom, before what
            objs = object_tokens(tok)
            if is_passive(tok):  # "Peter Biar Ajak was released"
                objs = objs + [relative_head(x) for x in tok.children if x.dep_ == "nsubjpass"]
            themed = entry.general or entry.root in MATERIAL_HELP_ROOTS or (bool(entry.objects) and not entry.exclude)
            if entry.root in AUTHOR_TARGET_ROOTS or entry.cameo == DENY_CODE:  # "denied charges by X"
                heads += _pobjs(tok, AUTHOR_PREPS) + [g for o in objs for g in _pobjs(o, AUTHOR_PREPS)]
            for o in objs:
                own = any(x.dep_ == "poss" and x.tag_ == "PRP$" for x in o.children) and (
                    entry.root in DOER_THEME_ROOTS | OWN_FORCES_ROOTS)
                theme = themed and (entry.general or entry.root in MATERIAL_HELP_ROOTS or any(
                    w.lemma_.lower() in entry.objects for w in [o] + [x for x in o.children if x.dep_ == "compound"]))
                # people acted on stay the target even as the entry's theme ("expelled the inspectors")
                theme = theme and not (entry.root not in OWN_FORCES_ROOTS and _people_noun(o))
                if own or theme:  # "lift a ban on X", "withdrew its troops from X"
                    heads += _pobjs(o, own_phrase) + [g for g in _pobjs(o, places) if _place_word(g) or g.head.lower_ in away]
                else:
                    heads.append(o)
        # an adjective's own phrase ("skeptical of that death toll"); a gerund's object ("pessimistic
        # about reaching a deal")
        heads += _pobjs(tok, own_phrase if entry.pos == "A" else preps) + [
            g for g in _pobjs(tok, places) if _place_word(g) or g.head.lower_ in away]
        heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                  for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in object_tokens(g)]
        if not entry.mutual:  # "threatened to shell Bagram", "considering giving money to developers"
            for x in tok.children:
                if x.dep_ == "xcomp" and x.pos_ == "VERB":
                    heads += _helped(x) + _recipients(x) + object_tokens(x)
        heads += _helped(tok)  # "sent aid to help flood victims"
    places_named: set[int] = set()
    if entry.root in PLACE_THING_ROOTS:  # "a ceasefire in Hodeidah", "a curfew in parts of Kashmir",
        # "gave 20 million euros to promote development in Ethiopia"
        holders = [tok] + ([c.frame] if c.frame.i != tok.i else []) + object_tokens(tok)
        holders += [x for h in list(holders) for x in h.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]  # a purpose, not "as she left"
        holders += [o for h in holders[1:] for o in object_tokens(h)]
        found = [g for h in holders for g in _pobjs(h, PLACE_PREPS | PLACE_ATTACK_PREPS) if _place_word(g)]
        places_named = {g.i for g in found}
        heads += found
    for h in heads:
        h = _author(partitive_head(h))
        if doers_own(h, c):  # "blow up their own room": the doer's own thing is acted on, no party
            continue
        if _is_thing(h, index, avoid):  # "accused the bank of fraud": the of-phrase is the charge
            return _thing_actor(h, through_of=entry.cameo != ACCUSE_CODE)
        group = _patient_group(h, index, avoid, root=entry.root)
        if group is None and h.i in places_named:
            group = _named_place(h, index, avoid)
        if group is not None:
            return group
    return None


def unnamed_person(c: Candidate, index: MentionIndex) -> Actor | None:
    """'The FBI arrested a 28-year-old man', 'the 30-year-old who was detained by police': a
    person the act is done to whom the text gives no nationality, no body and no side is that
    person as written, codes null (country null: the text does not say), never by default the
    doer's home. Only the verb's own patient (object, passive subject, the noun a relative pronoun
    stands for); None when it names an actor, a group or no person."""
    tok = c.tok
    if c.entry.pos != "V":
        return None
    heads = object_tokens(tok)
    if is_passive(tok):
        heads = heads + [relative_head(x) for x in tok.children if x.dep_ in ("nsubjpass",)]
    for h in heads:
        h = partitive_head(h)
        if index.at(h.i) is not None or any(index.at(t.i) is not None for t in h.subtree if t.i < h.i):
            continue
        # one person ("a man", "the suspect"; a group, "the journalists", stays the state's own by
        # convention); "a 28-year-old", "a 28-year-old man": an age is a person's
        lemma = h.lemma_.lower()
        one = h.tag_ == "NN" and (lemma in PEOPLE or lemma in PATIENT_NOUNS)
        if one or _aged_person(h) or any(x.dep_ == "amod" and _aged_person(x) for x in h.children):
            return _thing_actor(h)
    return None


#: A crime or an attack a suspect is held or charged for -> the sector of a suspect of no nationality.
SUSPECT_CRIME_WORDS = word_map("coding_suspect_crime_words")
#: Words of suspicion or charge whose phrase or clause names the deed ("believed to have smuggled").
SUSPICION_WORDS = word_list("coding_suspicion_words")
#: Verbs whose object names the deed ("charged with waging war").
DEED_VERBS = word_list("coding_deed_verbs")
#: Prepositions of the deed a person is held or charged for ("arrested for", "charged with", "over").
DEED_PREPS = word_list("coding_deed_preps")


def suspect_sector(c: Candidate, target: Actor) -> str | None:
    """'Police arrested a man believed to have smuggled migrants', 'X has been charged with waging
    war against India': a person of no stated nationality or side held or charged for a crime is a
    criminal (CRM), for an attack or terrorism an unidentified attacker (UAF), as the gold codes
    suspects (tests/gold/README.md). Read only from the deed the text ties to the person (a clause
    on them, a for/with/over phrase of the act), never from a deed they suffer or protest; None
    when none is named. Only for a coercion (arrest, charge, detention) of a person of no codes."""
    if c.entry.root != "17" or c.entry.pos != "V" or target.country or target.sectors or target.org:
        return None
    doc = c.tok.doc
    span = doc.char_span(*target.span, alignment_mode="expand")
    if span is None or not span.root.sent == c.tok.sent:
        return None
    clauses = [x for x in span.root.children if x.dep_ in ("acl", "relcl")]
    # the act's phrases, or the person's own ("detained a man over the bombing"), hold the deed
    found = [_deed_of(x, hops=3, named=True) for x in clauses] + [_deed_of(h, hops=4, act=True) for h in (c.tok, span.root)]
    return next((f for f in found if f), None)


def _deed_of(tok, *, hops: int, named: bool = False, act: bool = False) -> str | None:
    """The sector of the deed ``tok`` names (``named``: a clause on the suspect names it itself, "who
    smuggled"), or that the phrases and clauses of a word of suspicion or charge (or of the ``act``
    of arrest itself: "arrested for smuggling") name; not those of any other clause ("a man who
    was protesting over the bombing")."""
    lemma = tok.lemma_.lower()
    if (named or tok.dep_ in ("pobj", "pcomp", "xcomp", "dobj")) and lemma in SUSPECT_CRIME_WORDS:
        return SUSPECT_CRIME_WORDS[lemma]
    if hops == 0:
        return None
    suspicion = act or lemma in SUSPICION_WORDS
    for x in tok.children:
        follow = (x.dep_ == "xcomp" and lemma in SUSPICION_WORDS) or (x.dep_ == "dobj" and lemma in DEED_VERBS)
        if x.dep_ == "prep" and x.lower_ in DEED_PREPS and suspicion:
            for g in x.children:
                if g.dep_ in ("pobj", "pcomp"):
                    found = _deed_of(g, hops=hops - 1)
                    if found:
                        return found
        elif follow:
            found = _deed_of(x, hops=hops - 1)
            if found:
                return found
    return None


def _aged_person(tok) -> bool:
    """Whether ``tok`` heads "the 26-year-old" (the parser's "old" with a "year" below it)."""
    return tok.lower_ == "old" and any(c.lower_ == "year" and any(n.like_num for n in c.children) for c in tok.children)


def _named_place(h, index: MentionIndex, avoid: set[int]) -> Actor | None:
    """'a ceasefire in Yemen': a country or place of a known country that an act applying to a
    place names, as that country (no sector), marked ``place`` like an attacked place."""
    m = index.at(h.i)
    if (m is None or any(i in avoid for i in range(m.start, m.end)) or not is_state_country(m.actor.country)
            or h.ent_type_ not in _PLACE_ENTITIES or set(m.actor.sectors or ()) - {GOVERNMENT_SECTOR}):
        return None  # a person, a body, its forces: not a place
    return Actor(text=m.actor.text, span=m.actor.span, code=m.actor.country, country=m.actor.country,
                 resolved_by="place")


def _patient_group(h, index: MentionIndex, avoid: set[int], *, root: str) -> Actor | None:
    """'expelled the foreign aid workers': people of no country the rules left out as the entry's
    theme are, when the act is done to them (not the doer's own forces), its target."""
    m = index.at(h.i)
    if (m is None or m.actor.country is not None or root in DOER_THEME_ROOTS | OWN_FORCES_ROOTS
            or MILITARY_SECTOR in (m.actor.sectors or ()) or not _people_noun(h)
            or any(i in avoid for i in range(m.start, m.end))):
        return None
    return m.actor


def _helped(tok) -> list:
    """Whom a purpose clause of helping (``coding_help_verbs``) under ``tok`` names: its object, or
    the subject of the clause it governs ("to help North Korea cope")."""
    out = []
    for x in tok.children:
        if x.dep_ in ("advcl", "xcomp") and x.lemma_.lower() in HELP_VERBS:
            out += object_tokens(x) + [g for c in x.children if c.dep_ in ("ccomp", "xcomp")
                                       for g in c.children if g.dep_ == "nsubj"]
    return out


def _people_noun(tok) -> bool:
    """Whether ``tok`` names people ("inspectors", "aid workers", "Mohamed Soltan")."""
    lemma = tok.lemma_.lower()
    return lemma in PEOPLE or lemma in AGENT_NOUNS or lemma in PATIENT_NOUNS or tok.ent_type_ == "PERSON"


def _recipients(tok) -> list:
    """Whom something is given, sent or said to: a dative, or the object of a to-phrase."""
    return [d for d in tok.children if d.dep_ == "dative" and d.pos_ != "ADP"] + _pobjs(tok, RECIPIENT_PREPS)


def _place_word(tok) -> bool:
    """Whether ``tok`` names a place ("from Sinai", "in parts of Kashmir"), not a purpose ("in a bid")."""
    # "parts of Kashmir", "the disputed territory of Kashmir", "the town of Goma"
    return tok.ent_type_ in _PLACE_ENTITIES or any(
        g.ent_type_ in _PLACE_ENTITIES for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


def _author(h):
    """'rejected the demands of the truck drivers', 'denied charges by X': the author of an act
    noun (``coding_act_nouns``) is what the act is done to, when the phrase names one."""
    if h.lemma_.lower() not in ACT_NOUNS and h.lower_ not in ACT_NOUNS:
        return h
    for g in _pobjs(h, AUTHOR_PREPS | THEME_PREPS):
        if g.pos_ in ("NOUN", "PROPN"):
            return g
    return h


def _pobjs(tok, preps) -> list:
    """The objects of ``tok``'s prepositional phrases with one of ``preps``, in order."""
    return [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def _is_thing(h, index: MentionIndex, avoid: set[int]) -> bool:
    """Whether ``h`` heads a noun phrase that may stand as a thing target."""
    if h.pos_ not in ("NOUN", "PROPN") or h.i in avoid or h.ent_type_ in _NO_THING_ENTITIES:
        return False
    if h.lemma_.lower() in NOT_THINGS or h.lower_ in PRONOUNS:
        return False
    # an actor heading the phrase was weighed by the rules before and left out ("troops" sent)
    return index.at(h.i) is None and not any(t.i in avoid for t in h.subtree)


def _thing_actor(h, *, through_of: bool = True) -> Actor:
    """The noun phrase of ``h`` up to its head, and (``through_of``) through its "of" phrase ("the
    network of caves", "a series of measures"), codes null."""
    end = h.i + 1
    for p in h.children if through_of else ():
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == end:
            end = max([g.i + 1 for g in p.children if g.dep_ == "pobj"] or [end])
    span = h.doc[h.left_edge.i:end]
    return Actor(text=span.text, span=(span.start_char, span.end_char))


def addressee_thing(gov, index: MentionIndex, *, source: Actor | None) -> Actor | None:
    """'urged the public to donate', 'asked banks to stay open': whom a request is made to when
    it names no actor, as written (codes null); None when it names none."""
    avoid = set() if source is None else {t.i for t in gov.sent if t.idx < source.span[1] and source.span[0] < t.idx + len(t)}
    for h in object_tokens(gov) + _pobjs(gov, ADDRESSEE_PREPS):
        h = partitive_head(h)
        if _is_thing(h, index, avoid):
            return _thing_actor(h)
    return None
