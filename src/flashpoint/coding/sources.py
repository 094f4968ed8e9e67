"""Who acts: the source of a candidate event, from its subject, a pronoun's antecedent, the actor
a noun trigger names, or, for violence nobody is named for, the unidentified armed forces of the
place where it happened; and who makes a statement (the subject of the governing verb)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..actors.groups import CROWD_NOUNS, POLICE_OR_ARMY_NOUNS
from ..actors.resolver import ActorMention, actor_code
from ..geo.gazetteer import load_gazetteer
from ..ontology.codes import (ARMED_SECTORS, AGENTLESS_ROOTS, CROWD_FORCE_CODE, GOVERNMENT_SECTOR, MATERIAL_HELP_ROOTS, MILITARY_SECTOR, POLICE_SECTOR, POLICE_VARIANTS,
                              POLICE_WORK_CODES, UNIDENTIFIED_FORCES, VERBAL_ROOTS, VIOLENCE_ROOTS, is_state_country)
from ..records import Actor
from ..resources.words import word_list, word_map
from .arguments import (AGENT_NOUNS, by_phrase_agent, PASSIVE_SUBJECT_DEPS, PRONOUNS, RELATIVE_PRONOUNS, Arg, MentionIndex, actor_of,
                        args_of, is_passive, noun_actor, object_tokens, prep_targets, pronoun_source, sources, subject_tokens)
from .context import SentenceContext
from .craft import is_craft, reported_craft
from .quantities import PEOPLE
from .triggers import Candidate


#: Nouns of a statement that may stand as the subject of what its authors say or ask ("a
#: statement issued by X called for ...").
STATEMENT_NOUNS = word_list("coding_statement_nouns")
#: CAMEO root of support ("backed", "endorsed").
SUPPORT_ROOT = "05"

def resolve_sources(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """The source(s) of candidate ``c``, strongest evidence first (see the module docstring). A
    person known by name only (no title, country or body: ``bare_name``) is the source of what
    they say, refuse, demand or agree to (the verbal roots), not of a material act: "Harrison
    withdrew from the limelight" is no retreat; for such acts the rules below go on as if the name
    were not there."""
    found = [_police_by_act(_possessor_country(m, ctx), c) for a in _resolve_sources(c, ctx)
             for m in _named_members(a, ctx)]
    if c.entry.root in VIOLENCE_ROOTS:  # "the bombing carried out by Hamas killed ...": Hamas
        found = [means_doer(a, c.tok.doc, ctx.mentions) or a for a in found]
    if c.entry.cameo in POLICE_WORK_CODES:
        found = _arresting_police(found, c, ctx) or found
    if c.entry.root in VERBAL_ROOTS or not any(bare_name(a.mention.actor) for a in found):
        return found
    kept = [a for a in found if not bare_name(a.mention.actor)]
    if kept:
        return kept
    # as if the names were no actors (a pronoun then points past them): rare, so built here
    named = MentionIndex([m for m in ctx.mentions.mentions if not bare_name(m.actor)])
    return _resolve_sources(c, replace(ctx, mentions=named))




#: Verbs of 173 that are no police work when no one is named (a capture, a charge, a prison term).
NOT_POLICE_WORK_LEMMAS = word_list("coding_not_police_arrest_lemmas")


def _arresting_police(found: list[Arg], c: Candidate, ctx: SentenceContext) -> list[Arg]:
    """'... when the police clashed with armed protesters as they tried to arrest X': a pronoun
    that does police work (arrest, crowd control) stands for the police its sentence names, not
    for the nearer crowd; [] when the pronoun already stands for police or none is named."""
    if not found or not all(a.how == "coref" for a in found) or c.tok.lemma_.lower() in NOT_POLICE_WORK_LEMMAS:
        return []  # "they captured two officers": fighters capture too
    if any(set(a.mention.actor.sectors or ()) & ({POLICE_SECTOR} | ARMED_SECTORS) for a in found):
        return []
    sent = c.tok.sent
    police = [m for m in ctx.mentions.in_range(sent.start, sent.end) if POLICE_SECTOR in (m.actor.sectors or ())]
    return [Arg(police[0], "coref", found[0].token)] if police else []


def means_doer(arg: Arg, doc, index: MentionIndex) -> Arg | None:
    """'The bombing carried out by Hamas killed 12 Israelis', 'a rocket fired by Hezbollah killed
    two soldiers', 'an air strike by US warplanes killed 15 civilians': a source that is an attack
    or a weapon (a thing of no country or body, not people) acted through whoever its own
    by-phrase, its participle's by-agent or its modifier names; None when they name no one."""
    actor = arg.mention.actor
    if actor.org is not None or actor.name or actor.role or (
            actor.country is not None and actor.resolved_by not in ("place", "perpetrator")):
        # a country the place of the attack guessed for the means ("in Haifa") is no one's
        return None
    head = doc[arg.mention.head]  # the means' own word (a location source's token is the place)
    if head.ent_type_ == "PERSON" or head.lemma_.lower() in PEOPLE_NOUNS or head.pos_ != "NOUN":
        return None  # "gunmen", "the attackers": people of no country, no means
    found = noun_actor(head, index)
    if found is None:
        found = next((a for clause in head.children if clause.dep_ == "acl"
                      for b in clause.children if b.dep_ == "agent"
                      for a in [by_phrase_agent(b, index)] if a is not None), None)
    if found is None or found.mention is arg.mention or not (found.mention.actor.country or found.mention.actor.org):
        return None
    return Arg(found.mention, "means-doer", found.token)


def _possessor_country(arg: Arg, ctx: SentenceContext) -> Arg:
    """'The Kenyan minister said his government had ...', 'their army': an actor of a sector and
    no country, owned by a pronoun, takes the country of the pronoun's antecedent (weakly)."""
    m = arg.mention
    actor = m.actor
    if not isinstance(m, ActorMention) or actor.country or actor.org or not actor.sectors:
        return arg
    owners = [p for p in ctx.doc[m.head].children if p.dep_ == "poss" and p.lower_ in PRONOUNS]
    if not owners:
        return arg
    owner = pronoun_source(owners[0], ctx.mentions, sent=ctx.sent, previous_sent=ctx.previous)
    if owner is None or owner is m or not owner.actor.country or not is_state_country(owner.actor.country):
        return arg
    country = owner.actor.country
    actor = replace(actor, country=country, code=actor_code(country, sectors=actor.sectors, org=None),
                    resolved_by="coreference")
    return replace(arg, mention=replace(m, actor=actor))


#: Triggers of gunfire and hurting: by police, crowd control (175) unless someone died (``drafts``).
POLICE_FORCE_LEMMAS = word_list("coding_police_force_lemmas")


def _police_by_act(arg: Arg, c: Candidate) -> Arg:
    """"Afghan security forces have arrested ...", "security forces fired on the mob": forces that
    are police or army by what they do (``actors_police_or_army_nouns``, army by default) are
    police when they arrest or control a crowd, and stay army when they fight ("security forces
    killed the militants"), as coders of CAMEO code them."""
    actor = arg.mention.actor
    if actor is None or actor.sectors != [MILITARY_SECTOR]:
        return arg
    doc = c.tok.doc
    head = doc[arg.mention.start:arg.mention.end]
    words = [t.lower_ for t in head]
    # two words or more ("security forces"): army "officers" are so by a modifier or a partner
    if not any(" ".join(words[-n:]) in POLICE_OR_ARMY_NOUNS for n in (2, 3) if n <= len(words)):
        return arg
    if not (c.entry.cameo[:3] in POLICE_WORK_CODES or c.entry.cameo in POLICE_VARIANTS or _at_crowd(c)):
        return arg
    police = replace(actor, sectors=[POLICE_SECTOR],
                     code=actor_code(actor.country, sectors=[POLICE_SECTOR], org=actor.org))
    return replace(arg, mention=replace(arg.mention, actor=police))


def _at_crowd(c: Candidate) -> bool:
    """Gunfire or force whose object, or the object of its on/at phrase, is a crowd ("fired
    teargas at the mob", "opened fire on protesters")."""
    if not (c.entry.crowd_force or (c.entry.root in VIOLENCE_ROOTS and c.tok.lemma_.lower() in POLICE_FORCE_LEMMAS)):
        return False
    objs = [w for w in c.tok.children if w.dep_ in ("dobj", "nsubjpass")]
    objs += [o for w in [c.tok, *objs] for p in w.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in CROWD_NOUNS or o.lemma_.lower() in CROWD_NOUNS for o in objs)


def bare_name(actor) -> bool:
    """A person named alone, of whom nothing else is known ("Mr Porter said")."""
    return (actor is not None and actor.name is not None and actor.country is None and not actor.sectors
            and actor.org is None)


def _resolve_sources(c: Candidate, ctx: SentenceContext) -> list[Arg]:
    index = ctx.mentions
    if c.entry.pos == "A":  # "France is opposed to", "Iran remains open to talks"
        found = predicate_subjects(c.tok, index)
        return found or pronoun_sources(c.tok, ctx, predicate=True)
    if c.entry.pos == "N":
        if c.noun_actor is not None:
            if c.tok.doc[c.noun_actor.token].dep_ == "pobj" and c.entry.root in VIOLENCE_ROOTS:  # "an offensive by A and B": each
                return args_of([c.tok.doc[c.noun_actor.token]], index, how="noun-agent") or [c.noun_actor]
            return [c.noun_actor]
        found = sources(c.frame, index) if c.frame.i != c.tok.i else []
        if not found and c.entry.mutual:  # "talks between A and B were held"
            found = (prep_targets(c.tok, index, preps=("between",), how="between")
                     or prep_targets(c.frame, index, preps=("between",), how="between"))
        if not found and c.frame.i == c.tok.i:
            return []
    elif bare_participle(c.tok, people_act=c.entry.root in PEOPLE_ACT_ROOTS):
        found = []  # the subject of "... also killed." is who was killed
    else:
        found = [_place_as_perpetrator(a, c.tok.doc) for a in (nearest_conjunct_sources(c.tok, index)
                                                                  or sources(c.tok, index))]
        if not found:
            found = said_by_agent(c, index)
        if not found and passive_without_agent(c.tok, people_act=c.entry.root in PEOPLE_ACT_ROOTS):
            found = instrument_sources(c.tok, ctx) or crowd_control_sources(c, index)
        if not found and c.entry.root in VIOLENCE_ROOTS:
            found = weapon_sources(c.tok, ctx)
    if found or bare_participle(c.frame, people_act=c.entry.root in PEOPLE_ACT_ROOTS):
        return found
    return (pronoun_sources(c.frame, ctx) or statement_authors(c.frame, index) or misattached_subjects(c.frame, index) or stray_conjunct_subject(c.frame, index)
            or included_sources(c.frame, index)
            or purpose_sources(c.frame, index) or for_gerund_doer(c.frame, index) or pronoun_police(c, index)
            or reported_craft(c.frame, index) or private_attacker_sources(c, index) or location_sources(c, index))


def said_by_agent(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'The militant accused by Washington of ordering the attacks ...': a participle of a verbal
    act (accuse, condemn, reject: ``VERBAL_ROOTS``) that describes its noun tells what its by-agent
    said of it. Not of a deed, support or a cause, which describe a standing state or a means:
    "forces backed by their allies", "victims killed by the crash", "a doctor sent by X"."""
    tok = c.tok
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or c.entry.root not in VERBAL_ROOTS or c.entry.root == SUPPORT_ROOT:
        return []
    return [Arg(a.mention, "clause-agent", a.token) for b in tok.children if b.dep_ == "agent"
            for a in [by_phrase_agent(b, index)] if a is not None]


def statement_authors(verb, index: MentionIndex) -> list[Arg]:
    """'A statement issued by Hamas condemned ...', 'a communique released after a meeting chaired
    by X called for ...': a statement as the subject acts for whom its participle names as the
    agent, or the agent of the meeting it came out of (two steps at most)."""
    toks, _ = subject_tokens(verb)
    for t in toks:
        if t.lemma_.lower() not in STATEMENT_NOUNS or index.at(t.i) is not None:
            continue
        for noun in (t, *(o for a in t.children if a.dep_ == "acl" for p in a.children
                          if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")):
            agents = [g for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
                      for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
            found = args_of(agents, index, how="author")
            if found:
                return found
    return []


def for_gerund_doer(verb, index: MentionIndex) -> list[Arg]:
    """'criticised the police for opening fire on the crowd', 'thanked Kenya for hosting the talks':
    the doer of a gerund after "for" is the object of the verb it serves. Not the subject of a
    passive or intransitive one ("was honoured for battling terrorists years ago", "apologised
    for"): those mostly recall the past, and the praise or apology is the news."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "for" or any(
            c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return []
    gov = verb.head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    return args_of([c for c in gov.children if c.dep_ in ("dobj", "obj")], index, how="control", subject=True)


def purpose_sources(verb, index: MentionIndex) -> list[Arg]:
    """'US troops arrived in Nepal to help deliver aid', 'police came to disperse the crowd': an
    infinitive of purpose (an adverbial clause with "to", through the infinitives it governs) is done
    by the subject of the clause it serves, when that clause is active and has no object who
    could be the doer instead ("sent troops to help": the troops or the sender; "aid was sent to
    help": the unnamed sender)."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cur.children):
            return []
        if cur.dep_ == "xcomp" and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    if cur.dep_ != "advcl" or cur.head.i == cur.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return []
    head = cur.head
    if head.pos_ not in ("VERB", "AUX") or is_passive(head) or any(c.dep_ in ("dobj", "obj", "dative") for c in head.children):
        return []
    return [Arg(a.mention, "control", a.token) for a in sources(head, index)]


#: Prepositions that name members of a group ("critics, including the European Commission").
_MEMBER_PREPS = word_list("coding_member_preps")


def _named_members(arg: Arg, ctx: SentenceContext) -> list[Arg]:
    """'Several student groups including the National Union of Students held a protest': a group
    known only by its kind (a sector word, no name, no country but one guessed from context) that
    names its members acts through them."""
    if not isinstance(arg.mention, ActorMention) or not known_by_kind_only(arg.mention.actor):
        return [arg]
    members = included_members_of(ctx.doc[arg.mention.head], ctx.mentions)
    return members or [arg]


def known_by_kind_only(actor) -> bool:
    """A group with no name of its own and no country but one guessed from context ("people",
    "student groups"): the one whose including-phrase may name more specific actors."""
    return not (actor.org or actor.name) and (
        actor.resolved_by == "sector" and not actor.country or actor.resolved_by == "context")


def included_members_of(tok, index: MentionIndex) -> list[Arg]:
    """The actors a noun's including-phrase names (sources and targets both use it)."""
    return [a for p in tok.children if p.dep_ == "prep" and p.lower_ in _MEMBER_PREPS
            for a in args_of([g for g in p.children if g.dep_ == "pobj"], index, how="subject", subject=True)]


def included_sources(verb, index: MentionIndex) -> list[Arg]:
    """'Critics, including the European Commission, accuse ...', 'several student groups including
    the National Union of Students held a protest': a subject that names no actor of its own acts
    through the actors its including-phrase names (they are among those who did it)."""
    toks, how = subject_tokens(verb)
    if how not in ("subject", "conj", "control"):
        return []
    found: list[Arg] = []
    for t in toks:
        if index.at(t.i) is not None:
            return []
        found += included_members_of(t, index)
    return found


#: Relations the parser gives a subject it did not attach to its verb ("USAID/advmod provided").
_STRAY_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "amod", "nmod", "dep", "compound"})


def _listed_after(subj, index: MentionIndex) -> bool:
    """'US, Western allies launch war games': a subject that names no actor, after a comma that
    follows a word the parser left hanging: the subjects are a list it broke."""
    return (actor_of(subj, index, subject=True) is None and subj.i >= 2
            and any(t.text == "," for t in subj.doc[max(subj.sent.start, subj.left_edge.i - 1):subj.left_edge.i]))


def misattached_subjects(verb, index: MentionIndex) -> list[Arg]:
    """A subject the parser hung elsewhere, for a clause that has none: on the auxiliary ("France
    however have opposed": nsubj of "have"), as an adverb or modifier before the verb when it names
    an actor ("USAID/advmod provided shelter", an acronym the tagger read as an adjective), or,
    for a bare infinitive complement ("Ethiopia let free 74 prisoners": "free" a ccomp of "let"),
    the subject of the verb it completes; an actor before a subject of no actor set off by a comma
    ("US, Western allies launch war games": "US" left as "dep"), the actor too. Climbs conjoined
    verbs to the first ("USAID had announced ... and suspended ..."). Weak evidence is still the sentence's own actor, so it
    comes before guesses from context."""
    for _ in range(3):
        if is_passive(verb) or any(c.dep_ in ("csubj", "expl", "agent") for c in verb.children):
            return []  # what stands before a passive is its patient
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and not (len(subj) == 1 and _listed_after(subj[0], index)):
            return []
        for c in verb.children:
            if c.i > verb.i:
                break
            if c.dep_ == "aux":
                found = args_of([g for g in c.children if g.dep_ == "nsubj"], index, how="subject", subject=True)
                if found:
                    return found
            elif c.dep_ in _STRAY_SUBJECT_DEPS and c.pos_ != "PRON":
                m = index.at(c.i)
                if m is not None and (m.actor.country or m.actor.sectors or m.actor.org) and c.i == max(
                        (g.i for g in c.subtree), default=c.i) and not any(
                        t.dep_ == "prep" for t in c.subtree):
                    return [Arg(m, "subject", c.i)]
        if verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(
                c.dep_ in ("mark", "aux", "auxpass") for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # "let free": the bare infinitive's doer is its governor's subject
            return sources(verb, index)
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = verb.head
    return []


def nearest_conjunct_sources(verb, index: MentionIndex) -> list[Arg]:
    """'Police arrested ten men and the army killed two and wounded five': a conjoined verb with no
    subject of its own shares the subject of the nearest conjunct before it that has one (the
    army wounded), not always the first verb's; and "militants opened fire, but police sentries
    posted there killed one", where the parser hung every verb on the first, the same. Empty when
    no later conjunct than the first has its own active subject (the shared subject is the first's)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    before = sorted((c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")),
                    key=lambda c: -c.i)
    for other in before:
        if any(c.dep_ in ("nsubjpass", "csubjpass") for c in other.children):
            return []  # "X was arrested and released": the shared patient is another matter
        subj = [c for c in other.children if c.dep_ == "nsubj"]
        if subj:
            return [Arg(a.mention, "conj", a.token) for a in args_of(subj, index, how="conj", subject=True)]
    return []


def stray_conjunct_subject(verb, index: MentionIndex) -> list[Arg]:
    """'... a religious place which further unleashed tempers and police opened fire': the parser
    made "police" a conjunct of the object before and the verb a relative clause of a noun far
    back; an actor right before the verb, conjoined to a noun inside the relative clause, is the
    verb's subject."""
    if verb.dep_ != "relcl" or verb.i < 2:
        return []
    rel = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS]
    prev = verb.doc[verb.i - 1]
    if not rel or prev.dep_ != "conj" or prev.pos_ not in ("NOUN", "PROPN") or not rel[0].i < prev.head.i < prev.i:
        return []
    m = index.at(prev.i)
    return [Arg(m, "subject", prev.i)] if m is not None else []


def predicate_subjects(tok, index: MentionIndex) -> list[Arg]:
    """The subject of a predicate adjective: of its copula ("is open to"), or the passive subject of
    a participle read as one ("is opposed to")."""
    holder = tok.head if tok.dep_ == "acomp" else tok
    subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")] or _hung_subjects(holder)
    if not subj:
        toks, _ = subject_tokens(holder)
        subj = toks
    return args_of(subj, index, how="subject", subject=True)


def _hung_subjects(tok) -> list:
    """Subjects the parser hung on an auxiliary before ``tok`` ("the government/nsubj is/auxpass
    committed to")."""
    return [g for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def givers(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'received weapons from X': for a ``reverse`` entry X gives (and so is the source); the
    entry's own prepositions when it names them ("Kandahar fell to tribal forces": to)."""
    preps = c.entry.preps or ("from",)
    found = prep_targets(c.tok, index, preps=preps, how="giver")
    for o in object_tokens(c.tok):
        found = found or prep_targets(o, index, preps=preps, how="giver")
    return found


# -- no agent ------------------------------------------------------------------------------------

def passive_without_agent(verb, *, people_act: bool = False) -> bool:
    """'Five people were arrested in Lagos', 'fifteen people arrested on Friday', 'were forced to
    flee': a passive clause (or a past participle modifying its patient) that names no agent."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    # "five people arrested in Lagos": a reduced relative on the patient
    return (is_passive(verb) or reduced_relative(verb) or bare_participle(verb, people_act=people_act)
            or (people_act and copular_participle(verb)))


def copular_participle(verb) -> bool:
    """'The protesters were tear-gassed', parsed as "were" + a predicate participle: a past
    participle of an act done to people (the caller asks only for those: "they are committed to
    talks" is a stance), predicated by "be" with no agent and no object, is a passive; the
    subject of "be" is its patient, not its doer."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be"
            and not any(c.dep_ in ("agent", "dobj", "obj") for c in verb.children))


def bare_participle(verb, *, people_act: bool = False) -> bool:
    """'4 policemen and 4 civilians also killed.': a headline's past participle with no auxiliary
    and no object is a passive; its subject is the patient. The tagger often reads the participle as
    a past tense ("• 4 policemen and 4 civilians also killed."): that reading needs a verb of an
    act done to people (``people_act``: killing, arresting; not "five policemen resigned") and a
    counted subject, as a headline counts its victims."""
    if verb.tag_ == "VBN" and verb.dep_ == "csubj":
        # "the others arrested in the case include ...": a participle phrase parsed as a clause
        return (any(c.dep_ == "nsubj" for c in verb.children)
                and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "agent") for c in verb.children))
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT" or (verb.tag_ == "VBD" and not people_act):
        return False
    return (any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in PEOPLE_NOUNS
                and (verb.tag_ == "VBN" or any(n.dep_ == "nummod" for n in c.children)) for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "prep", "agent", "ccomp", "xcomp")
                        for c in verb.children))


#: Prepositions of the attack a passive verb's patient suffered ("killed in the Russian bombardment").
INSTRUMENT_PREPS = word_list("coding_instrument_preps")


def instrument_sources(verb, ctx: SentenceContext) -> list[Arg]:
    """'Three soldiers were killed in the Russian bombardment': with no agent, the actor named by
    the attack noun of the verb's in/during phrase is who did it."""
    for p in verb.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ not in INSTRUMENT_PREPS:
            continue
        for n in p.children:
            if n.dep_ != "pobj":
                continue
            m = ctx.mentions.at(n.i)
            if m is not None and m.actor.sectors and any(
                    x.dep_ == "acl" and x.tag_ == "VBG" and ctx.lexicon.lookup(x.lemma_.lower(), "V") for x in n.children):
                return [Arg(m, "noun", n.i)]  # "killed in police firing", parsed as the police firing
            n = _attack_of_span(n, ctx)
            lemma = n.lemma_.lower()
            if lemma in PERPETRATORS or ctx.lexicon.lookup(lemma, "N"):
                own = noun_actor(n, ctx.mentions)
                if own is not None and own.mention.actor.resolved_by != "metonym" and not _place_inside(own, n):
                    return [Arg(own.mention, "noun", own.token)]
    return []


def _place_inside(own: Arg, n) -> bool:
    """'killed in the Gaza strikes': a name modifying the attack that the gazetteer knows only as a
    place inside a country (a territory, a province, a city) is where it was, not who did it; a
    country's own name ("the US strikes") stays the doer."""
    tok = n.doc[own.token]
    if own.how != "noun" or tok.dep_ != "compound" or own.mention.actor.resolved_by != "country":
        return False
    readings = load_gazetteer().lookup(own.mention.actor.text)
    return bool(readings) and all(p.precision != "country" for p in readings)


def _attack_of_span(n, ctx: SentenceContext):
    """'killed in three nights of US airstrikes': the attack noun of a span-of-time noun's "of"
    phrase stands for it; any other noun is itself."""
    if n.lemma_.lower() in PERPETRATORS or ctx.lexicon.lookup(n.lemma_.lower(), "N"):
        return n
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in PERPETRATORS or ctx.lexicon.lookup(g.lemma_.lower(), "N")):
                    return g
    return n


#: Subordinators of the clause that tells how a passive's patient was hurt ("killed when ...").
_HOW_MARKS = word_list("coding_weapon_clause_marks")
#: Reflexive pronouns: "a bomber blew himself up" hurt no one else by its object.
_REFLEXIVES = word_list("coding_reflexive_pronouns")
#: Prepositions that name who fired or dropped a weapon ("fired from an Israeli helicopter").
_LAUNCH_PREPS = word_list("coding_weapon_launch_preps")


def _weapon(tok) -> bool:
    """Whether ``tok`` heads a weapon, a craft or an attacker of no name ("a bomb", "B-52 bombers")."""
    return tok.lemma_.lower() in PERPETRATORS or is_craft(tok)


def _weapon_doer(n, ctx: SentenceContext, *, depth: int = 0) -> Arg | None:
    """Who a weapon or craft ``n`` belongs to: its own modifier ("US planes", "a Chechen suicide
    bomber"), else who fired or dropped it ("a bomb dropped by a US Navy jet", "a missile fired
    from an Israeli helicopter"), that craft's owner in turn."""
    own = noun_actor(n, ctx.mentions)
    if own is not None and own.mention.actor.resolved_by != "metonym":
        return own
    for c in n.children:  # "a US Navy jet": a modifier that names armed forces, not a city
        if c.dep_ in ("amod", "compound", "nmod") and (m := actor_of(c, ctx.mentions, depth=1)) is not None:
            if m.actor.sectors and set(m.actor.sectors) & _ARMED_SECTORS:
                return Arg(m, "noun", c.i)
    if depth > 1:
        return None
    for x in n.children:
        if x.dep_ != "acl":
            continue
        for p in x.children:
            if p.dep_ not in ("prep", "agent") or p.lower_ not in _LAUNCH_PREPS:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if (d := _launcher(g, ctx, depth=depth + 1)) is not None:
                    return d
    return None


def _launcher(g, ctx: SentenceContext, *, depth: int = 0) -> Arg | None:
    """The actor a by/from phrase's noun ``g`` names: itself ("by Israeli forces"), or the owner of
    the craft it is ("by a US Navy jet", "from an Israeli helicopter")."""
    m = actor_of(g, ctx.mentions, subject=True)
    if m is not None and m.actor.resolved_by != "metonym":
        return Arg(m, "agent", g.i)
    if _weapon(g) or any(c.dep_ in ("compound", "amod") for c in g.children):
        return _weapon_doer(g, ctx, depth=depth)
    return None


def weapon_sources(verb, ctx: SentenceContext) -> list[Arg]:
    """'Two soldiers were killed by a missile fired from an Israeli helicopter', 'six people were
    killed when US planes bombed the camp', '... when a bomb dropped by a US Navy jet landed': the
    doer of violence done to a passive's patient by a weapon or craft is its owner (the agent's, or
    that of the subject of the when/after clause), or the attacker named by the attack noun of a
    conjoined verb's phrase ("civilians have been killed and 200 wounded in US airstrikes"); no
    owner named, no doer."""
    shared = [x for x in verb.children if x.dep_ == "conj" and x.pos_ == "VERB"]
    for v in shared + ([verb.head] if verb.dep_ == "conj" else []):
        if found := instrument_sources(v, ctx):
            return found
    for ch in verb.children:
        if ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj" and _weapon(g) and (d := _weapon_doer(g, ctx)) is not None:
                    return [d]
        if ch.dep_ != "advcl" or ch.i < verb.i or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _HOW_MARKS for m in ch.children):
            continue
        if any(o.dep_ == "dobj" and _person_word(o, ctx.mentions) and o.lower_ not in _REFLEXIVES
               for o in ch.children):
            continue  # "stormed after Hamas bombers killed 26 people": an earlier attack, on others
        for s in ch.children:
            if s.dep_ == "nsubj" and _weapon(s) and (d := _launcher(s, ctx)) is not None:
                return [d]  # "when two gunmen from Hamas infiltrated", "when US planes bombed"
            if s.dep_ == "nsubj" and (m := actor_of(s, ctx.mentions, subject=True)) is not None and (
                    set(m.actor.sectors or ()) & _ARMED_SECTORS and m.actor.resolved_by != "metonym"):
                return [Arg(m, "subject", s.i)]  # "shot dead as Israeli forces stormed the town"
            if s.dep_ == "agent" and any(x.dep_ == "nsubj" and _weapon(x) for x in ch.children):
                # "when a bomb dropped by a US jet landed", parsed as "the bomb dropped"
                for g in s.children:
                    if g.dep_ == "pobj" and (d := _launcher(g, ctx)) is not None:
                        return [d]
    return []


def reduced_relative(verb) -> bool:
    """'ten soldiers killed in the ambush': a past participle modifying its patient."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl"


def agentless(c: Candidate, index: MentionIndex) -> bool:
    """Whether candidate ``c``, with no source found, is still an event: a passive with no agent
    whose root is news without a doer (``AGENTLESS_ROOTS``), or material help whose target is
    named ("aid was delivered to Gaza"; not "300 people have been flown from the island"); a verbal act ("was accused", "was praised") needs its speaker, and an accident is no
    attack. A noun
    trigger counts through the passive verb that carries it ("a curfew was imposed"); a standalone
    noun with no verb of its own counts by itself ("after the arrests")."""
    if c.synthetic or c.entry.reverse or c.entry.mutual:
        return False
    verb = c.frame if c.entry.pos == "N" else c.tok
    if c.entry.pos == "N" and verb.i == c.tok.i:
        return c.entry.standalone  # "the arrests followed the visit": reported as done, by no one named
    if conflict_subject(verb) and c.entry.root in VIOLENCE_ROOTS:
        return True  # "the war has killed more than 25,000 people"
    if coerced_person(c, verb, index):
        return True  # "the arrested workers were released", "those detained were released"
    if c.entry.root in _ACCIDENT_ROOTS and accident_story(verb):
        return False  # "The pilot was killed" after the crash, "four people were rescued" in a storm
    if not passive_without_agent(verb, people_act=c.entry.root in PEOPLE_ACT_ROOTS) or accidental(verb) or _attack_place(verb, [], index) is _NAMED:
        return False  # "wounded in American bombing": the doer is named, though not as the agent
    if c.entry.root in VERBAL_ROOTS:
        return False  # "X has long been accused of ...": a verbal act is news only with its speaker
    if reduced_relative(verb):
        # "ten soldiers killed in the ambush": news; "militiamen armed with machetes" (a state) and
        # "the curfew imposed in Sudan" (the background of another event) are not
        return c.entry.root in AGENTLESS_ROOTS and (
            any(t.party and t.how != "attacked-place" for t in c.targets) or verb.head.lemma_.lower() in PEOPLE_NOUNS)
    if c.entry.root in MATERIAL_HELP_ROOTS and any(t.party for t in c.targets):
        return True
    return c.entry.root in AGENTLESS_ROOTS and patient_is_news(c, verb, index)


def coerced_person(c: Candidate, verb, index: MentionIndex) -> bool:
    """'the arrested workers', 'those detained', 'the others arrested in the case': a participle of
    coercion (root 17: arrest, detention, deportation) on the people it was done to reports that
    it was done, whoever did it; not on a thing ("arrested development", "the banned outfit")."""
    if c.entry.root != "17" or verb.tag_ != "VBN" or verb.dep_ not in ("amod", "acl") or verb.head.i == verb.i:
        return False
    if any(x.dep_ in ("agent", "aux", "auxpass") for x in verb.children):
        return False
    return _person_word(verb.head, index)


#: Nouns and indefinite pronouns of people beyond ``PEOPLE`` that an agentless act is news about
#: ("the accused were arrested", "someone was killed"; not "the firefighters were pulled out").
_PERSON_PATIENTS = word_list("coding_patient_person_nouns")
#: Pronouns that stand for no person ("it was wound up", "which were fired").
_THING_PRONOUNS = word_list("coding_thing_pronouns")
#: Roots of acts done to people (coercion and violence): their agentless passive is news whoever
#: its patient is ("five ram sevaks were arrested"), unless it is a thing ("it was wound up").
PEOPLE_ACT_ROOTS = frozenset({"17"}) | VIOLENCE_ROOTS


def patient_is_news(c: Candidate, verb, index: MentionIndex) -> bool:
    """Whether what an agentless passive was done to makes it political news: an actor (a party
    target, or a mention), the event noun itself ("a curfew was imposed"), the object a pattern
    names ("sanctions were lifted"), or, for coercion and violence, whoever suffered it (those verbs
    are done to people: "two persons were arrested", "a total of 30 were detained"); for the other
    roots, people ("refugees were sent back"), not firefighters pulled out. A thing pronoun ("it
    was wound up") is no patient of news."""
    if c.entry.pos == "N" or (c.entry.objects and not c.entry.exclude) or any(t.party for t in c.targets):
        return True
    patients = [t for t in verb.children if t.dep_ in PASSIVE_SUBJECT_DEPS]
    if not patients:
        return True  # the parse names no patient: keep what the passive says
    for p in patients:
        if p.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            p = verb.head
        if p.pos_ == "PRON" and p.lower_ in _THING_PRONOUNS:
            continue
        if c.entry.root in PEOPLE_ACT_ROOTS or any(_person_word(w, index) for w in p.subtree):
            return True
    return False


def _person_word(w, index: MentionIndex) -> bool:
    """A word of the patient's phrase that names people or an actor ("five were", "they", "the
    accused", "30 persons", a named person)."""
    lemma = w.lemma_.lower()
    if lemma in PEOPLE or lemma in _PERSON_PATIENTS or w.lower_ in _PERSON_PATIENTS or w.ent_type_ in ("PERSON", "NORP"):
        return True
    if (w.pos_ == "NUM" and w.dep_ != "nummod") or (w.pos_ == "PRON" and w.lower_ not in _THING_PRONOUNS):
        return True
    return index.at(w.i) is not None


#: Nouns of an ongoing conflict that kill without naming a doer ("the war has killed 25,000").
EVENT_SUBJECT_NOUNS = word_list("coding_event_subject_nouns")


def conflict_subject(verb) -> bool:
    """'The war has killed more than 25,000 people', 'fighting has displaced thousands': the
    subject is the conflict itself, no doer."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in EVENT_SUBJECT_NOUNS for c in verb.children)


def accidental(verb) -> bool:
    """'Two people were killed in a car crash': a phrase of the verb names an accident (not "in a
    bomb explosion": an attack noun in it makes it an attack)."""
    for c in verb.children:
        if c.dep_ in ("prep", "agent", "advcl"):
            lemmas = {g.lemma_.lower() for g in c.subtree}
            if lemmas & ACCIDENT_NOUNS and not lemmas & STORY_ATTACK_NOUNS:
                return True
    return False


#: Nouns of an attack or armed conflict: a story about one is about violence, not an accident.
STORY_ATTACK_NOUNS = word_list("coding_story_attack_nouns")
#: Roots of what an accident or a disaster does with no doer: deaths and injuries, rescues.
_ACCIDENT_ROOTS = VIOLENCE_ROOTS | frozenset({"07"})
#: How many sentences back a running story's cause is looked for.
_STORY_REACH = 8
#: Nouns of both an accident and an attack ("fire": a blaze or gunfire): no clue to a story's cause.
_AMBIGUOUS_CAUSES = word_list("coding_story_ambiguous_nouns")


def _story_kind(tok) -> str | None:
    """'attack' or 'accident' for a noun that names a story's cause ("the bombing", "the crash")."""
    if tok.pos_ not in ("NOUN", "VERB"):  # "the crash", "the plane crashed"
        return None
    lemma = tok.lemma_.lower()
    if lemma in STORY_ATTACK_NOUNS:
        return "attack"
    return "accident" if lemma in ACCIDENT_NOUNS and lemma not in _AMBIGUOUS_CAUSES else None


def accident_story(verb) -> bool:
    """Whether the cause the story last named, in this sentence or the ones before it, is an
    accident or a disaster ("The crash ... The pilot was killed", "storms ... four people were
    rescued"), not an attack: then a death, an injury or a rescue of no doer is no political event.
    An attack noun in the same sentence wins ("killed in a bomb explosion")."""
    doc, sent = verb.doc, verb.sent
    for _ in range(_STORY_REACH):
        kinds = {_story_kind(t) for t in sent}
        if "attack" in kinds:
            return False
        if "accident" in kinds:
            return True
        if sent.start == 0:
            return False
        sent = doc[sent.start - 1].sent
    return False


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


#: Nouns a possessive pronoun makes its antecedent's state ("his country", "their nation").
_OWN_STATE_NOUNS = word_list("coding_own_state_nouns")
#: Nouns of a state's government as a body ("his government", "its administration").
GOVERNMENT_NOUNS = word_list("actors_government_nouns")


def _own_state(m, noun):
    """'his country', 'his government' said of the antecedent ``m``: the state of ``m``'s country,
    or its government (``m`` as it is when it already is one, or has no country)."""
    country = m.actor.country
    if not country or not is_state_country(country):
        return m
    lemma = noun.lemma_.lower()
    if lemma in _OWN_STATE_NOUNS:
        sectors = []
    elif lemma in GOVERNMENT_NOUNS and GOVERNMENT_SECTOR not in (m.actor.sectors or []):
        sectors = [GOVERNMENT_SECTOR]
    else:
        return m
    actor = replace(m.actor, text=noun.text, span=(noun.idx, noun.idx + len(noun.text)), sectors=sectors,
                    code=actor_code(country, sectors=sectors, org=None), org=None, name=None, role=None,
                    kb_id=None, resolved_by="coreference")
    return replace(m, actor=actor)


def pronoun_sources(tok, ctx: SentenceContext, *, predicate: bool = False) -> list[Arg]:
    """A pronoun subject ("it", "they"): the nearest earlier actor, weakly; "his country", "his
    government" (the subject's owner): that actor's state or government. A ``predicate`` participle
    read as an adjective ("is committed to") has its passive subject for subject."""
    index = ctx.mentions
    toks, how = subject_tokens(tok)
    if predicate and not toks and tok.dep_ != "acomp" and tok.tag_ == "VBN":  # "his government is committed to"
        toks = [c for c in tok.children if c.dep_ == "nsubjpass"] + _hung_subjects(tok)
    if how == "relcl" and toks and toks[0].dep_ in ("dobj", "attr") and toks[0].head.pos_ in ("VERB", "AUX") \
            and toks[0].head.i != tok.i and index.at(toks[0].i) is None:
        # "it carried out the bombings that killed 100": the relative's head is what "it" did
        found = pronoun_sources(toks[0].head, ctx)
        if found:
            return found
    for t in toks:
        if t.lower_ in RELATIVE_PRONOUNS:
            # "..., that killed ten": only the phrase right before it is the antecedent
            m = _antecedent(t, index)
            if m is not None:
                return [Arg(m, "coref", t.i)]
            continue
        # "it", or the possessor of a subject that names a force: "their forces", "its army"
        # ("his allies", "their families" are other people)
        owned = t.lemma_.lower() in AGENT_NOUNS or t.lemma_.lower() in _OWN_STATE_NOUNS
        owners = [c for c in t.children if c.dep_ == "poss"] if owned else []
        for p in [t] + owners:
            if p.lower_ in PRONOUNS:
                m = pronoun_source(p, index, sent=ctx.sent, previous_sent=ctx.previous)
                if m is not None:
                    return [Arg(_own_state(m, t) if p is not t else m, "coref", p.i)]
    return []


# -- who makes a statement ------------------------------------------------------------------------

def governor_sources(gov, ctx: SentenceContext) -> list[Arg]:
    """Who makes a statement: the subject of the governing verb, or for a governing noun ("its
    demand that ...") its own actor or the subject of the verb that carries it."""
    index, lexicon = ctx.mentions, ctx.lexicon
    if gov.pos_ in ("NOUN", "PROPN"):
        head = gov.head.head if gov.dep_ == "pobj" else gov.head
        if head.i != gov.i and head.pos_ in ("VERB", "AUX") and not lexicon.token_cues(head) & {"light", "report"}:
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
        if head.i == gov.i or head.pos_ not in ("VERB", "AUX"):
            return []
        if not lexicon.token_cues(head) & {"light", "report"}:
            return []  # "rejected an appeal to ...": the appeal is someone else's
        gov = head
    return sources(gov, index) or pronoun_sources(gov, ctx)


# -- unidentified armed forces --------------------------------------------------------------------

#: Prepositions that locate an attack ("a bombing near Samarra", "killed in Beirut").
LOCATION_PREPS = word_list("coding_attack_location_preps")
#: Nouns of people: the patient a reduced relative may be news about ("ten soldiers killed").
PEOPLE_NOUNS = PEOPLE | AGENT_NOUNS
#: Accidents and disasters: "killed in a car crash" with no agent is no attack.
ACCIDENT_NOUNS = word_list("coding_accident_nouns")
#: Unnamed perpetrators (person) and means of attack (means) that stand for unidentified armed forces.
_PERPETRATOR_KIND = word_map("coding_perpetrators")
PERPETRATORS = frozenset(_PERPETRATOR_KIND)
_PERSONS = frozenset(w for w, kind in _PERPETRATOR_KIND.items() if kind == "person")


@dataclass
class UnidentifiedMention:
    """Unidentified armed forces (stands in for an ActorMention): the perpetrator phrase
    ("gunmen", "a car bomb") when the sentence has one, else the place, with the country of the
    place mention ``place`` (or no country when there is none)."""

    place: object | None
    perpetrator: tuple[int, int, int] | None = None  # token start, end, head of "a car bomb"
    doc: object = None

    def __post_init__(self):
        src = self.place.actor if self.place is not None else None
        country = src.country if src is not None else None
        if self.perpetrator is not None:
            self.start, self.end, self.head = self.perpetrator
            span = self.doc[self.start:self.end]
            text, chars = span.text, (span.start_char, span.end_char)
        else:
            self.start, self.end, self.head = self.place.start, self.place.end, self.place.head
            text, chars = src.text, src.span
        self.actor = Actor(text=text, span=chars, code=f"{country}{UNIDENTIFIED_FORCES}" if country else None,
                           country=country, sectors=[UNIDENTIFIED_FORCES],
                           resolved_by="place" if country else "perpetrator")


def perpetrator_span(tok) -> tuple[int, int, int]:
    """Token span of the perpetrator phrase headed by ``tok`` ("a roadside bomb", "unidentified
    gunmen"), without the phrases after its head ("in Kabul")."""
    left = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "quantmod", "nmod", "poss")]
    start = min([tok.i] + [t.i for c in left for t in c.subtree])
    return start, tok.i + 1, tok.i


def _place_as_perpetrator(arg: Arg, doc) -> Arg:
    """"The Kabul bombing killed five": the city names where the attack was, so its perpetrator
    is unidentified (forces of that country), not the government the city stands for."""
    tok = doc[arg.mention.head]
    if (arg.mention.actor.resolved_by == "metonym" and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.lemma_.lower() in PERPETRATORS and tok.head.lemma_.lower() not in _PERSONS):
        return Arg(UnidentifiedMention(arg.mention, perpetrator_span(tok.head), doc), "location", arg.token)
    return arg


def location_sources(c: Candidate, index: MentionIndex) -> list[Arg]:
    """Violence with no identifiable perpetrator ("a roadside bomb near Basra killed two soldiers"):
    by the CAMEO/PLOVER convention, unidentified armed forces (UAF) of the country where it happened,
    named by the perpetrator phrase ("a roadside bomb"); with no place, UAF of no known country.
    Weak, and only when the clause names no actor as its subject."""
    if c.entry.pos != "V" or c.entry.root not in VIOLENCE_ROOTS:
        return []
    toks, _ = subject_tokens(c.tok)
    if any(t.lower_ in PRONOUNS or index.at(t.i) is not None or t.lemma_.lower() not in PERPETRATORS
           for t in toks):
        return []  # "the weather in Kabul killed ...": not an attack
    if not toks and not any(t.lemma_.lower() in PERPETRATORS for t in c.tok.subtree if t.i != c.tok.i):
        return []  # "five people were killed in Kabul": an accident as likely as an attack
    doc = c.tok.doc
    perpetrator = perpetrator_span(toks[0]) if toks else None
    place = _attack_place(c.tok, toks, index)
    if place is _NAMED:
        return []
    if place is None and perpetrator is None:
        return []
    return [Arg(UnidentifiedMention(place, perpetrator, doc), "location", place.head if place else perpetrator[2])]


#: Private people who are attackers when they set off explosives or attack a plane, bus or crowd.
PRIVATE_ATTACKER_NOUNS = word_list("coding_private_attacker_nouns")
#: Explosives, and the planes, buses and crowds an attack on makes it political violence.
PUBLIC_ATTACK_NOUNS = word_list("coding_public_attack_nouns")


def private_attacker_sources(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'A passenger tried to ignite explosives in his shoes', 'a man attacked passengers on a bus':
    a private person of no group who sets off explosives or attacks a plane, bus or crowd is an
    unidentified attacker (UAF, as would-be bombers are), of the country of the attack's place, else
    of none. Not "a man stabbed his neighbour": violence between private people is crime, no event."""
    if c.entry.pos != "V" or c.entry.root not in VIOLENCE_ROOTS:
        return []
    toks, how = subject_tokens(c.tok)
    if (len(toks) != 1 or how not in ("subject", "conj", "control") or index.at(toks[0].i) is not None
            or toks[0].lemma_.lower() not in PRIVATE_ATTACKER_NOUNS):
        return []
    aimed = [t for t in c.tok.subtree if t.i != c.tok.i and t.pos_ in ("NOUN", "PROPN")]
    if not any(t.lower_ in PUBLIC_ATTACK_NOUNS or t.lemma_.lower() in PUBLIC_ATTACK_NOUNS for t in aimed):
        return []
    place = _attack_place(c.tok, [], index)
    if place is _NAMED:
        return []
    return [Arg(UnidentifiedMention(place, perpetrator_span(toks[0]), c.tok.doc), "location", toks[0].i)]


#: ``_attack_place``'s answer when the attacker is named in the place phrase.
_NAMED = object()


def _attack_place(verb, toks: list, index: MentionIndex):
    """The place mention (a bare country or its place) where the attack of ``verb`` happened, None,
    or ``_NAMED`` when the phrase names the attacker ("injured in raids by US warplanes")."""
    heads = [verb] + list(toks) + object_tokens(verb)  # "killed nine villagers near Lima"
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in LOCATION_PREPS:
                continue
            if any((m := index.at(t.i)) is not None and (
                    (m.actor.code != m.actor.country and (m.actor.resolved_by != "metonym" or _beyond_government(m.actor)))
                    or (t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.lemma_.lower() in PERPETRATORS))
                   for t in p.subtree):
                # "injured in raids by US warplanes", "wounded in US bombing": the attacker is named
                # ("killed in the Gaza strikes": the place of the strikes, attacker unknown)
                return _NAMED
            for t in p.subtree:
                m = index.at(t.i)
                # a bare place or a city, not an actor met in passing ("raids by US warplanes")
                if m is not None and is_state_country(m.actor.country) and (
                        m.actor.code == m.actor.country or m.actor.resolved_by == "metonym"):
                    return m
    return None


#: Sectors of armed forces: named with a city ("police in Karachi"), they are a doer, not a place.
_ARMED_SECTORS = frozenset({POLICE_SECTOR, MILITARY_SECTOR, "REB", "INS", "SPY", UNIDENTIFIED_FORCES})


def _beyond_government(actor) -> bool:
    """A city's actor that names an armed force, not the government it stands for ("a shootout with
    police in Karachi": the police, placed by the city): a doer is named. Not "mostly Christian
    eastern Beirut", a place still."""
    return bool(set(actor.sectors or ()) & _ARMED_SECTORS)


# -- crowd control by no one named -------------------------------------------------------------------

#: Words of crowd control: its weapons (tear gas, water cannon, lathis), dispersing, warning fire
#: into the air. Police use them; armies and gunmen seldom do.
CROWD_CONTROL_WORDS = word_list("coding_crowd_control_words")


@dataclass
class PoliceMention:
    """The police implied by an act of crowd control that names no doer (stands in for an
    ActorMention): the trigger's words, sector COP, the country of the place where it happened (or
    of the one country its sentence names)."""

    trigger: object  # the trigger token
    place: object | None  # the place mention, or None
    word: object | None = None  # the word that stands for the police ("they"), else the trigger

    def __post_init__(self):
        tok = self.word if self.word is not None else self.trigger
        self.start, self.end, self.head = tok.i, tok.i + 1, tok.i
        country = self.place.actor.country if self.place is not None else None
        self.actor = Actor(text=tok.text, span=(tok.idx, tok.idx + len(tok.text)),
                           code=f"{country}{POLICE_SECTOR}" if country else None, country=country,
                           sectors=[POLICE_SECTOR], resolved_by="place" if country else "default")


def crowd_control_sources(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'Tear-gas shells were lobbed to disperse the crowd', 'rounds were fired into the air': an
    act of crowd control (CAMEO 175 by the lexicon, with a word of crowd control in its clause:
    ``coding_crowd_control_words``) that names no doer is police work, as coders of police events
    code it: the police of the place where it happened, else of the one country the sentence names
    ("to disperse the protesters in Nairobi"), else of no known country (resolved_by
    "default", weak: how "agentless"). Not a crackdown or repression in general, which governments
    and armies do too."""
    if c.entry.pos != "V" or c.entry.cameo != CROWD_FORCE_CODE:
        return []
    words = {t.lower_ for t in c.tok.subtree} | {t.lemma_.lower() for t in c.tok.subtree}
    if not words & CROWD_CONTROL_WORDS:
        return []
    return _implied_police(c, index, how="agentless")


def _implied_police(c: Candidate, index: MentionIndex, *, how: str, word=None) -> list[Arg]:
    """The police of the place where ``c`` happened, else of the one country its sentence names,
    else of no known country; none when the place phrase names the doer."""
    place = _attack_place(c.tok, [], index)
    if place is _NAMED:
        return []
    if place is None:  # "to disperse the protesters in Nairobi": the one country the sentence names
        sent = c.tok.sent
        named = [m for m in index.in_range(sent.start, sent.end) if m.actor.country]
        if len({m.actor.country for m in named}) == 1:
            place = named[0]
    return [Arg(PoliceMention(c.tok, place, word), how, (word if word is not None else c.tok).i)]


#: Pronouns that may stand for the police in their own words or a report of them ("they", "we").
_POLICE_PRONOUNS = word_list("coding_police_pronouns")


def pronoun_police(c: Candidate, index: MentionIndex) -> list[Arg]:
    """'They fired in the air, lobbed teargas shells and arrested 40 people', with no earlier
    actor "they" can stand for (a line read alone, a quote opening a story): force or an arrest
    whose subject is such a pronoun, in a clause that also uses the means of crowd control (tear
    gas, lathis, water cannon, dispersing a crowd), is police work, as for an act of crowd
    control that names no doer (``crowd_control_sources``): weak, the pronoun's words are kept.
    Not "they fired at the soldiers": gunfire alone is not police work."""
    if c.entry.pos != "V" or not (c.entry.root in PEOPLE_ACT_ROOTS or c.entry.cameo == CROWD_FORCE_CODE):
        return []
    toks, how = subject_tokens(c.tok)
    if len(toks) != 1 or toks[0].lower_ not in _POLICE_PRONOUNS or how not in ("subject", "conj", "control"):
        return []
    clause = toks[0].head
    words = {t.lower_ for t in clause.subtree} | {t.lemma_.lower() for t in clause.subtree}
    if not words & CROWD_CONTROL_WORDS:
        return []
    return _implied_police(c, index, how="coref", word=toks[0])
