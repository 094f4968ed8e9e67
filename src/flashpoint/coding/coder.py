"""The rule-based event coder: trigger lexicon + dependency parse -> event drafts.

For each sentence: find triggers (verbs, and nouns carried by a light verb or naming their own
actor), take the source and target from the parse, assess the modality, derive the statement a
governing verb makes ("agreed to send tanks" -> an agreement about future aid), attach
quantities, score confidence and explain. Events with no source actor are not coded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp import sentences as nlp_sentences
from ..records import Actor, Modality
from .arguments import (AGENT_NOUNS, GENERIC_TARGET_PREPS, PRONOUNS, Arg, MentionIndex, args_of, actor_of,
                        dative_targets, is_passive, object_tokens, passive_targets, place_targets,
                        prep_targets, pronoun_source, sources, subject_tokens)
from .confidence import explain, score
from .draft import EventDraft
from .lexicon import Entry, Lexicon
from .modality import FACTUAL, Assessment, assess, has_negation
from .quantities import attach, find_quantities

#: Prepositions that put a noun trigger in the background ("after two days of fighting").
BACKGROUND_PREPS = frozenset({"after", "following", "since", "despite", "amid", "amidst", "before",
                              "until", "over", "about", "for", "of", "during", "like", "than",
                              "without", "against", "to", "from", "on", "at", "toward", "towards",
                              "into", "with"})
#: Prepositions through which a noun trigger still belongs to its verb ("killed in an air strike").
NOUN_FRAME_PREPS = frozenset({"in", "on", "under", "by", "through", "with"})
#: Verbs of coming and going: "for" + a noun trigger names the purpose ("came for talks").
MOTION_VERBS = frozenset({"return", "travel", "arrive", "come", "go", "head", "fly", "converge", "gather",
                          "assemble", "meet", "leave"})
#: Roots whose participial result clauses ("..., killing 12") belong to the main event.
VIOLENT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: Codes whose events, when no target is named, are about the source's own country (CAMEO
#: convention: a protest, a curfew, an arrest with no named target is domestic).
DOMESTIC_PREFIXES = ("14", "172", "173", "175", "081", "082", "083", "0813", "0814", "1723", "1724")
#: The entry of a clause with no trigger of its own ("China must drop barriers").
UNCODED = Entry(id="uncoded-clause", lemma="", pos="V", cameo="00")
#: Most parties a mutual event is expanded over (n parties give n*(n-1) events).
MAX_MUTUAL = 4
#: How a target must have been found for an ambiguous verb to count ("blasted X", not "blasted at").
DIRECT_TARGETS = ("object", "patient", "prep", "dative", "clause-subject", "giver")
STATEMENT_STATUS = {"intent": "future", "threat": "future", "refuse": "future",
                    "request": "hypothetical", "demand": "hypothetical"}


@dataclass
class Candidate:
    tok: object  # the trigger token
    entry: Entry
    frame: object  # the token whose clause carries the modality (the trigger, or its light verb)
    noun_actor: Arg | None = None  # actor named by the noun trigger itself ("Israeli air strikes")
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    assessment: Assessment | None = None
    synthetic: bool = False  # a clause with no trigger of its own that still carries a statement


# -- trigger matching -------------------------------------------------------------------------

def _pos(tok) -> str | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and tok.lemma_ != "be"):
        return "V"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "N"
    return None


def _object_lemmas(tok, pos: str) -> set[str]:
    """Words an object constraint may match: objects, passive subject, prepositional objects,
    the verb of an xcomp, and the modifiers of these nouns ("air strikes", "state of emergency")."""
    heads = []
    if pos == "N":
        heads = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        out = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
        return out
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "xcomp", "dative"):
            heads.append(c)
        elif c.dep_ in ("prep", "agent", "prt"):
            heads.extend(g for g in c.children if g.dep_ == "pobj")
            for g in c.children:  # "walked out of the talks"
                if g.dep_ == "prep":
                    heads.extend(x for x in g.children if x.dep_ == "pobj")
        elif c.dep_ == "ccomp":  # "allowed inspectors to visit" parsed as a clause
            heads.extend(g for g in c.children if g.dep_ == "nsubj")
    out: set[str] = set()
    for h in heads:
        for t in [h] + [c for c in h.children if c.dep_ in ("compound", "amod", "conj")]:
            out.add(t.lemma_.lower())
            out.add(t.lower_)
        for c in h.children:  # "state of emergency", "a mission of observers"
            if c.dep_ == "prep" and c.lower_ == "of":
                out.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def _particles(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "agent")}


def match_entry(tok, lexicon: Lexicon) -> Entry | None:
    """The most specific lexicon entry whose constraints hold for ``tok``."""
    pos = _pos(tok)
    if pos is None:
        return None
    entries = lexicon.token_entries(tok, pos)
    if not entries:
        return None
    objects = None
    particles = None
    best = None
    for e in entries:
        if e.particle:
            particles = _particles(tok) if particles is None else particles
            if e.particle not in particles:
                continue
        if e.objects:
            objects = _object_lemmas(tok, pos) if objects is None else objects
            hit = bool(objects & e.objects)
            if hit == e.exclude:
                continue
        if best is None or e.strength > best.strength or (e.strength == best.strength and e.ignore):
            best = e
    return None if best is None or best.ignore else best


# -- noun triggers ----------------------------------------------------------------------------

def _noun_frame(n, lexicon: Lexicon):
    """The verb that carries noun trigger ``n`` and whether it is a light verb, or (None, False)."""
    cur = n
    while cur.dep_ in ("conj", "compound") and cur.head is not cur and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and cur.head.pos_ in ("VERB", "AUX"):
        v = cur.head
        return v, "light" in lexicon.token_cues(v)
    if cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent") and cur.head.head.pos_ in ("VERB", "AUX"):
        prep = cur.head.lower_
        v = cur.head.head
        if prep == "for" and v.lemma_.lower() in MOTION_VERBS:
            return v, True  # "returned to Geneva for talks", "converged for a rally"
        if prep in NOUN_FRAME_PREPS:
            agentless = prep == "in" and is_passive(v) and not any(c.dep_ == "agent" for c in v.children)
            return v, "light" in lexicon.token_cues(v) or agentless
        return None, False
    if cur.dep_ == "ROOT":
        return None, True
    return None, False


def _noun_actor(n, index: MentionIndex) -> Arg | None:
    for c in n.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            m = actor_of(c, index, depth=1)
            if m is not None and c.dep_ != "poss" and m.actor.resolved_by == "metonym":
                continue  # "the Kabul bombing": a city named as a modifier is where, not who
            if m is not None:
                return Arg(m, "noun", c.i)
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    m = actor_of(g, index, subject=True)
                    if m is not None:
                        return Arg(m, "agent", g.i)
    return None


def _backgrounded(n) -> bool:
    cur = n
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.lemma_.lower() in MOTION_VERBS:
        return False
    return cur.dep_ == "pobj" and cur.head.lower_ in BACKGROUND_PREPS and cur.head.lower_ not in NOUN_FRAME_PREPS


# -- targets ----------------------------------------------------------------------------------

def verb_targets(tok, entry: Entry, index: MentionIndex) -> list[Arg]:
    """Target(s) of a verb trigger, most direct first."""
    themed = bool(entry.objects) and not entry.exclude
    if is_passive(tok) and not themed:
        found = passive_targets(tok, index)
        if found:
            return found
    objs = object_tokens(tok)
    if is_passive(tok) and themed:  # "evidence against X was presented": the theme is the subject
        objs = objs + [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not entry.objects or entry.exclude:
        found = args_of(objs, index, "object")
        if found:
            return found
    found = dative_targets(tok, index)
    if found:
        return found
    if entry.preps:
        found = prep_targets(tok, index, entry.preps, how="prep")
        if found:
            return found
        for o in objs:  # "imposed sanctions on Russia", "halted aid to Serbia"
            found = prep_targets(o, index, entry.preps, how="prep")
            if found:
                return found
    if entry.objects and not entry.exclude:
        for o in objs:  # the theme's own phrase: "the blockade of Serbia"
            found = prep_targets(o, index, GENERIC_TARGET_PREPS + ("of", "by"), how="prep-generic")
            if found:
                return found
    found = prep_targets(tok, index, _party_preps(entry)[len(entry.preps):], how="prep-generic")
    if found:
        return found
    for o in objs:
        found = prep_targets(o, index, _party_preps(entry)[len(entry.preps):] + ("of", "by"), how="prep-generic")
        if found:
            return found
        found = args_of([o], index, "object")
        if found:
            return found
    # a clause that names the affected party ("demanded that the US cancel")
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            # only a subject that is itself an actor ("that the US cancel", not "that the economy of X")
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and (
                index.at(g.i) is not None or any(index.at(x.i) is not None for x in g.children
                                                 if x.dep_ in ("amod", "compound", "poss")))]
            found = args_of(subj, index, "clause-subject")
            if found:
                return found
    # the clause the trigger governs names the target ("offered to hand over to Britain")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            found = args_of(object_tokens(c), index, "object") or prep_targets(
                c, index, GENERIC_TARGET_PREPS, how="prep")
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


#: Prepositions that give the topic or venue of talks, not a party ("talks on Zimbabwe").
TOPIC_PREPS = frozenset({"on", "about", "over", "at", "into", "onto", "upon", "from", "toward", "towards"})


def _party_preps(entry: Entry) -> tuple[str, ...]:
    """Prepositions that may introduce the target of ``entry``: its own, then the generic ones
    (for a mutual pattern, without those that name a topic or a venue)."""
    generic = tuple(p for p in GENERIC_TARGET_PREPS if not (entry.mutual and p in TOPIC_PREPS))
    return tuple(entry.preps) + generic


def noun_targets(n, entry: Entry, verb, index: MentionIndex) -> list[Arg]:
    preps = _party_preps(entry)
    found = prep_targets(n, index, preps, how="prep")
    if found:
        return found
    if n.dep_ == "compound":  # "arrest warrants for two Brazilian men"
        found = prep_targets(n.head, index, preps + ("for",), how="prep")
        if found:
            return found
    if verb is not None:
        found = prep_targets(verb, index, preps, how="prep")
        if found:
            return found
        found = dative_targets(verb, index)
        if found:
            return found
        objs = [o for o in object_tokens(verb) if o.i != n.i]
        found = args_of(objs, index, "object")
        if found:
            return found
    if entry.mutual:
        return []
    found = place_targets(n, index) or (place_targets(verb, index) if verb is not None else [])
    return found or nearby_targets(n, index) or (nearby_targets(verb, index) if verb is not None else [])


# -- the coder --------------------------------------------------------------------------------

def _candidates(sent, lexicon: Lexicon, index: MentionIndex) -> list[Candidate]:
    out: list[Candidate] = []
    verb_hits: dict[int, Entry] = {}
    for tok in sent:
        if _pos(tok) != "V":
            continue
        e = match_entry(tok, lexicon)
        if e is not None:
            verb_hits[tok.i] = e
    for tok in sent:
        if tok.i in verb_hits:
            out.append(Candidate(tok, verb_hits[tok.i], tok))
            continue
        if _pos(tok) != "N" or index.at(tok.i) is not None:
            continue
        e = match_entry(tok, lexicon)
        if e is None or _backgrounded(tok):
            continue
        verb, light = _noun_frame(tok, lexicon)
        if verb is not None and verb.i in verb_hits and tok.dep_ != "pobj":
            continue  # the verb's own pattern codes it ("lifted sanctions")
        noun_actor = _noun_actor(tok, index)
        if not light and (noun_actor is None or tok.dep_ == "compound"
                          or (tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be")):
            continue
        if not light and _topic_subject(tok, verb_hits, lexicon):
            continue
        out.append(Candidate(tok, e, verb if verb is not None else tok, noun_actor=noun_actor))
    framed = {c.frame.i for c in out} | {c.tok.i for c in out}
    for tok in sent:
        if tok.i in framed or tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp":
            continue
        aux = {a.lower_ for a in tok.children if a.dep_ == "aux"}
        if any(lexicon.is_cue(w, "demand_aux") for w in aux):
            out.append(Candidate(tok, UNCODED, tok, synthetic=True))
    return out


def _topic_subject(n, verb_hits: dict, lexicon: Lexicon) -> bool:
    """A noun trigger that is the subject of a verb saying what it led to ("the Russian attack
    pushed up prices", "Egyptian mediation failed to produce a truce"): the sentence is about its
    consequences, background to the news. Kept when its verb is an event verb of its own
    ("Israeli strikes killed five") or a light verb ("talks began")."""
    if n.dep_ != "nsubj" or n.head is n or n.head.pos_ not in ("VERB", "AUX"):
        return False
    v = n.head
    return v.i not in verb_hits and not lexicon.token_cues(v) & {"light", "report"}


def _resolve_sources(c: Candidate, index: MentionIndex, sent, prev_sent) -> list[Arg]:
    if c.entry.pos == "N":
        if c.noun_actor is not None:
            return [c.noun_actor]
        found = sources(c.frame, index) if c.frame is not c.tok else []
        if not found and c.entry.mutual:  # "talks between A and B were held"
            found = (prep_targets(c.tok, index, ("between",), how="between")
                     or prep_targets(c.frame, index, ("between",), how="between"))
        if not found and c.frame is c.tok:
            return []
    else:
        found = [_place_as_perpetrator(a, c.tok.doc) for a in sources(c.tok, index)]
    if found:
        return found
    return _pronoun_sources(c.frame, index, sent, prev_sent) or _location_sources(c, index)


#: Places phrases that locate an attack ("a bombing near Samarra", "killed in Beirut").
_LOCATION_PREPS = ("in", "near", "outside", "at", "inside", "around")
_NON_STATES = ("IGO", "NGO", "IMG", "ISM", "MNC")
#: Unnamed perpetrators and means of attack that stand for unidentified armed forces.
PERPETRATORS = frozenset({
    "gunman", "attacker", "assailant", "bomber", "militant", "insurgent", "sniper", "kidnapper",
    "abductor", "hijacker", "raider", "bomb", "bombing", "explosion", "blast", "device",
    "ied", "mine", "minefield", "rocket", "missile", "shell", "mortar", "grenade", "attack", "ambush",
    "raid", "gunfire", "shooting", "strike", "airstrike", "shelling", "drone", "gunshot"})
_PERSONS = frozenset({"gunman", "attacker", "assailant", "bomber", "militant", "insurgent", "sniper", "kidnapper",
                      "abductor", "hijacker", "raider"})


def _place_as_perpetrator(arg: Arg, doc) -> Arg:
    """"The Kabul bombing killed five": the city names where the attack was, so its perpetrator
    is unidentified (forces of that country), not the government the city stands for."""
    tok = doc[arg.mention.head]
    if (arg.mention.actor.resolved_by == "metonym" and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.lemma_.lower() in PERPETRATORS and tok.head.lemma_.lower() not in _PERSONS):
        return Arg(_UnidentifiedMention(arg.mention), "location", arg.token)
    return arg


def _location_sources(c: Candidate, index: MentionIndex) -> list[Arg]:
    """Violence with no identifiable perpetrator ("a roadside bomb near Basra killed two soldiers"):
    by the CAMEO/PLOVER convention, unidentified armed forces (UAF) of the country where it happened.
    Weak, and only when the clause names no actor as its subject."""
    if c.entry.pos != "V" or c.entry.root not in ("18", "19", "20"):
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
            if p.dep_ != "prep" or p.lower_ not in _LOCATION_PREPS:
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
                if m is not None and m.actor.country and len(m.actor.country) == 3 \
                        and m.actor.country not in _NON_STATES and m.actor.code == m.actor.country:
                    return [Arg(_UnidentifiedMention(m), "location", t.i)]
    return []


@dataclass
class _UnidentifiedMention:
    """Unidentified armed forces of the country of a place mention (stands in for an ActorMention)."""

    place: object

    def __post_init__(self):
        src = self.place.actor
        self.start, self.end, self.head = self.place.start, self.place.end, self.place.head
        self.actor = Actor(text=src.text, span=src.span, code=f"{src.country}UAF", country=src.country,
                           sectors=["UAF"], resolved_by="place")


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


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


def _pronoun_sources(tok, index: MentionIndex, sent, prev_sent) -> list[Arg]:
    """A pronoun subject ("it", "they"): the nearest earlier actor, weakly."""
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
                m = pronoun_source(p, index, sent=sent, previous_sent=prev_sent)
                if m is not None:
                    return [Arg(m, "coref", p.i)]
    return []


def _result_clause_of(c: Candidate, by_token: dict[int, Candidate]) -> Candidate | None:
    """'..., killing 12': a participial clause that belongs to the violent event above it."""
    t = c.tok
    if c.entry.pos != "V" or t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    head = t.head
    while head.dep_ == "conj" and head.i not in by_token:
        head = head.head
    owner = by_token.get(head.i)
    if owner is not None and _group(owner.entry.cameo) == _group(c.entry.cameo) and c.entry.root in VIOLENT_ROOTS:
        return owner
    return None


def _actor_copy(arg: Arg) -> Actor:
    return arg.mention.actor


def _pairs(c: Candidate) -> list[tuple[Arg, Arg | None, bool]]:
    """(source, target, reversed) pairs; mutual patterns code both directions."""
    srcs, tgts = c.sources, [t for t in c.targets if all(t.mention is not s.mention for s in c.sources)]
    out: list[tuple[Arg, Arg | None, bool]] = []
    if c.entry.mutual and 2 <= len(srcs) <= MAX_MUTUAL and not any(t.party for t in tgts):
        for a in srcs:
            for b in srcs:
                if a.mention is not b.mention:
                    out.append((a, b, False))
        return out
    for s in srcs:
        if tgts:
            for t in tgts:
                out.append((s, t, False))
                if c.entry.mutual and t.how.split("+")[0] in ("object", "prep", "patient"):
                    out.append((t, s, True))
        else:
            out.append((s, None, False))
    return out


def code_doc(doc, mentions, *, lexicon: Lexicon) -> list[EventDraft]:
    """Code every sentence of a parsed document; see the module docstring."""
    index = MentionIndex(mentions)
    drafts: list[EventDraft] = []
    sentences = list(nlp_sentences(doc))
    for si, sent in enumerate(sentences):
        prev = sentences[si - 1] if si > 0 else None
        drafts.extend(code_sentence(sent, si, index, lexicon=lexicon, previous=prev))
    return drafts


def code_sentence(sent, si: int, index: MentionIndex, *, lexicon: Lexicon, previous=None) -> list[EventDraft]:
    """The events of one sentence (deduplicated by source, target and CAMEO root)."""
    doc = sent.doc
    cands = _candidates(sent, lexicon, index)
    by_token = {c.frame.i: c for c in cands}
    by_token.update({c.tok.i: c for c in cands})
    merged: dict[int, int] = {}  # result clause token -> owner token
    for c in cands:
        owner = _result_clause_of(c, by_token)
        if owner is not None:
            merged[c.tok.i] = owner.tok.i
    for c in cands:
        c.assessment = assess(c.frame, lexicon)
        if c.entry.pos == "N" and has_negation(c.tok, lexicon):  # "no talks were held"
            c.assessment.negated = True
        if c.entry.pos == "N" and c.frame is c.tok and c.tok.dep_ == "nsubj" and c.tok.head.pos_ in ("VERB", "AUX"):
            # "the visit by X could signal a thaw": the noun is what a clause is about, and that
            # clause's modality is the noun's
            ha = assess(c.tok.head, lexicon)
            if ha.status not in FACTUAL:
                c.assessment.status, c.assessment.statement_kind = ha.status, None
        if _background_intent(c.assessment, doc):
            c.assessment.statement_kind = None
        if _durative(c.frame):
            c.assessment.suppressed = True
        c.sources = _resolve_sources(c, index, sent, previous)
        if c.entry.pos == "N":
            verb = c.frame if c.frame is not c.tok else None
            c.targets = noun_targets(c.tok, c.entry, verb, index)
        else:
            c.targets = verb_targets(c.tok, c.entry, index)
        if c.entry.reverse:  # "received weapons from X": the giver acts on the receiver
            givers = prep_targets(c.tok, index, ("from",), how="giver")
            for o in object_tokens(c.tok):
                givers = givers or prep_targets(o, index, ("from",), how="giver")
            c.sources, c.targets = givers, [Arg(a.mention, "object", a.token) for a in c.sources]
    # statements made by governing verbs replace those verbs' own generic events
    statements: list[tuple[Candidate, str, object]] = []
    consumed: set[int] = set()
    for c in cands:
        a = c.assessment
        if a.suppressed or not a.statement_kind or c.tok.i in merged:
            continue
        code = lexicon.statement_code(a.statement_kind, c.entry.cameo)
        gov = doc[a.statement_token] if a.statement_token is not None else None
        if gov is None:
            continue
        if gov.i == c.frame.i:  # will/would on the action itself
            if a.report_token is None and "would" in a.notes:
                a.statement_kind = None
                continue
            if a.report_token is not None and not _same_speaker(c, doc[a.report_token], index):
                a.statement_kind = None  # a prediction by someone else, not an intent
                continue
            if "would" in a.notes and a.status == "hypothetical":
                a.status = "future"
        if code is None:
            continue
        if gov.i != c.frame.i:
            own = match_entry(gov, lexicon)
            if own is not None and own.strength > 1 and own.root not in ("03", "10", "13", "02"):
                continue  # "declined to comment": the governor's own pattern says it all
        statements.append((c, code, gov))
        if gov.i != c.frame.i:
            consumed.add(gov.i)
    drafts: list[EventDraft] = []
    for c in cands:
        if c.tok.i in merged or (c.tok.i in consumed and c.entry.root in ("01", "02", "03", "10", "12", "13")):
            continue
        if c.assessment.suppressed:
            continue
        drafts.extend(_action_drafts(c, si, lexicon, index))
    for c, code, gov in statements:
        drafts.extend(_statement_drafts(c, code, gov, si, index, lexicon, sent, previous))
    # quantities go to the event whose trigger governs them
    quantities = attach(find_quantities(sent), [d.trigger_start for d in drafts] + list(merged), doc)
    for tok_i, owner in merged.items():
        quantities.setdefault(owner, []).extend(quantities.pop(tok_i, []))
    for d in drafts:
        d.quantities = list(quantities.get(d.trigger_start, []))
    return _dedupe_drafts(drafts)


#: Subordinators of a clause that sets the scene for another ("the trip came as X prepared to ...").
BACKGROUND_MARKS = frozenset({"as", "while", "when", "since"})


def _background_intent(a: Assessment, doc) -> bool:
    """An intent verb inside a scene-setting clause ("as X prepared to attend", "while seeking to
    mend ties") describes the circumstances of the news, not a statement of intent."""
    if a.statement_kind != "intent" or a.statement_token is None:
        return False
    gov = doc[a.statement_token]
    if gov.dep_ != "advcl" or gov.head is gov:
        return False
    marks = {m.lower_ for m in gov.children if m.dep_ == "mark"}
    return bool(marks & BACKGROUND_MARKS) or (not marks and gov.tag_ == "VBG")


#: Nouns of a span of time: "has fought X for a decade" describes a state of affairs.
DURATION_NOUNS = frozenset({"year", "decade", "month", "week", "century", "generation"})


def _is_year(tok) -> bool:
    return tok.shape_ == "dddd" and 1800 <= int(tok.text) <= 2100


def _durative(verb) -> bool:
    """A perfect verb with a duration or a starting point ("has fought Boko Haram for over a
    decade", "have clashed since 2019") describes a long-running situation, background to the
    news rather than an event of its own."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "since" and any(_is_year(g) or g.lemma_.lower() in DURATION_NOUNS for g in p.subtree):
            return True  # "since 2015", "since last year" (not "since Monday": a recent spell)
        # "for the past decade", "has been fighting for years" (not a term: "jailed for two years")
        spans = [g for g in p.subtree if g.lemma_.lower() in DURATION_NOUNS]
        if p.lower_ == "for" and spans and (
                verb.tag_ == "VBG" or any(x.lower_ in ("past", "last") for x in p.subtree)):
            return True
    return False


def _same_speaker(c: Candidate, say, index: MentionIndex) -> bool:
    """Whether the sayer of a report verb is the actor of the event ("X said it will ...")."""
    subj = [t for t in say.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return True
    sayer = actor_of(subj[0], index, subject=True)
    if any(s.how.startswith("coref") for s in c.sources):
        return True
    if sayer is None:
        return False
    return any(s.mention.actor.country == sayer.actor.country for s in c.sources)


#: Roots of verbal acts: saying them is doing them ("X said it condemned Y" is X condemning Y).
VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})


def _own_words(a: Assessment, doc, source: Actor, index: MentionIndex) -> bool:
    """Whether the say-verb that reports an event is the event's own source speaking."""
    if a.report_token is None:
        return False
    say = doc[a.report_token]
    for t in say.children:
        if t.dep_ in ("nsubj", "nsubjpass"):
            m = actor_of(t, index, subject=True)
            return m is not None and m.actor.country == source.country
    return False


def _modality(a: Assessment, doc, *, status: str | None = None, negated: bool | None = None) -> Modality:
    attributed = None
    if a.attributed_to is not None:
        attributed = doc[a.attributed_to[0]:a.attributed_to[1]].text
    return Modality(status=status or a.status, negated=a.negated if negated is None else negated,
                    attributed_to=attributed)


def _domestic(cameo: str, source: Actor) -> bool:
    """Codes (and police actions) whose unnamed target is, by convention, the source's own country."""
    if not source.country or len(source.country) != 3 or source.country in ("IGO", "NGO", "IMG", "ISM", "MNC"):
        return False
    return cameo.startswith(DOMESTIC_PREFIXES) or ("COP" in (source.sectors or []) and cameo[:2] in
                                                   ("17", "18", "19"))


def _domestic_target(source: Actor) -> Actor:
    return Actor(text=source.text, span=source.span, code=source.country, country=source.country,
                 resolved_by="default")


_ENTITY_TYPES = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON")


def _names_entity(tok) -> bool:
    """Whether the trigger's object is a named entity the resolver did not know ("struck Kharkiv"):
    enough to tell an ambiguous verb's concrete use from a figurative one."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in tok.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
    return any(h.ent_type_ in _ENTITY_TYPES for h in heads)


def _action_drafts(c: Candidate, si: int, lexicon: Lexicon, index: MentionIndex) -> list[EventDraft]:
    a = c.assessment
    if not c.sources or c.synthetic:
        return []
    mutual_pair = c.entry.mutual and 2 <= len(c.sources) <= MAX_MUTUAL
    direct = any(t.how.split("+")[0] in DIRECT_TARGETS for t in c.targets)
    if c.entry.needs_target and not mutual_pair and not direct and not _names_entity(c.tok):
        return []
    doc = c.tok.doc
    status = a.status
    if a.statement_kind and status in ("asserted", "reported"):
        status = STATEMENT_STATUS[a.statement_kind]
    cameo, rule = c.entry.cameo, c.entry.id
    own_words = status == "reported" and c.entry.root in VERBAL_ROOTS
    if c.entry.root == "03" and any(x.dep_ == "xcomp" and any(g.dep_ == "neg" for g in x.children)
                                    for x in c.tok.children):
        cameo, rule = lexicon.statement_code("refuse", "0") or "120", c.entry.id + "+negated-complement"
    out = []
    for s, t, rev in _pairs(c):
        target = _actor_copy(t) if t else None
        target_how = t.how if t else None
        note = "mutual (reverse direction)" if rev else None
        if target is None and _domestic(c.entry.cameo, s.mention.actor):
            target = _domestic_target(s.mention.actor)
            target_how, note = "default", "no target named: domestic by convention"
        conf = score(strength=c.entry.strength, verb=c.entry.pos == "V", source_how=s.how,
                     target_how=target_how, source_resolved_by=s.mention.actor.resolved_by)
        if rev:
            conf = round(conf - 0.05, 3)
        modality = _modality(a, doc, status=status)
        if own_words and _own_words(a, doc, s.mention.actor, index):
            modality = Modality(status="asserted", negated=a.negated)
        why = explain(trigger=c.tok.text, plover=lexicon.plover.get(cameo, ""), cameo=cameo, source=s.mention.actor,
                      source_how=s.how, target=target, target_how=target_how,
                      status=modality.status, negated=a.negated, statement=note)
        out.append(EventDraft(si, c.tok.i, c.tok.i + 1, c.tok.lemma_.lower(), cameo,
                              _actor_copy(s), target, modality, confidence=conf, rule=rule, why=why))
    return out


def _statement_drafts(c: Candidate, code: str, gov, si: int, index: MentionIndex, lexicon: Lexicon,
                      sent, previous) -> list[EventDraft]:
    """The statement a governing verb (or 'will') makes about the action of candidate ``c``."""
    a = c.assessment
    doc = gov.doc
    kind = a.statement_kind
    if kind in ("intent", "threat") and gov.i != c.frame.i and any(
            x.dep_ in ("nsubj", "nsubjpass") for x in c.frame.children):
        gsrc = _governor_sources(gov, index, sent, previous, lexicon)
        if gsrc and c.sources and all(s.mention is not g.mention and s.mention.actor.country != g.mention.actor.country
                                      for s in c.sources for g in gsrc):
            # "Obama wants Putin to attack X": not Obama's intent but a request to Putin
            kind = "request"
            code = lexicon.statement_code("request", c.entry.cameo) or code
            tgts_override = [Arg(s.mention, "clause-subject", s.token) for s in c.sources]
        else:
            tgts_override = None
    else:
        tgts_override = None
    if gov.i == c.frame.i:
        srcs = c.sources
        ga = Assessment(status="asserted")
        if a.report_token is not None:
            ga = assess(doc[a.report_token], lexicon)
            if ga.status == "reported" or ga.status == "asserted":
                ga.status, ga.negated = "asserted", False
    else:
        srcs = _governor_sources(gov, index, sent, previous, lexicon)
        ga = assess(gov, lexicon)
    if not srcs:
        return []
    tgts = list(c.targets)
    if c.synthetic and kind == "demand" and not [s for s in c.sources if all(s.mention is not g.mention for g in srcs)]:
        return []  # "X must ..." with no identifiable addressee
    if kind == "demand" and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("we", "i")
                                for x in c.frame.children):
        return []  # "we must protect ...": the speaker's own resolve, not a demand on anyone
    if tgts_override:
        tgts = tgts_override
    elif kind == "request":
        addressee = args_of(object_tokens(gov), index, "object") or prep_targets(gov, index, ("on", "to"))
        tgts = addressee or tgts
    elif kind == "demand":
        subj = [s for s in c.sources if all(s.mention is not g.mention for g in srcs)]
        if not subj and any(x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN")
                            and index.at(x.i) is None and x.lemma_.lower() not in AGENT_NOUNS
                            for x in c.frame.children):
            return []  # "factors should help recovery": what is no party cannot be asked to act
        tgts = [Arg(s.mention, "clause-subject", s.token) for s in subj] or tgts
    if not tgts and code.startswith("13"):  # a threat is addressed to whoever the condition names
        tgts = _condition_subjects(c.frame, index) or _condition_subjects(gov, index)
    status = ga.status
    gov_entry = match_entry(gov, lexicon) if gov.i != c.frame.i else c.entry
    if status == "reported" and srcs and _own_words(ga, doc, srcs[0].mention.actor, index):
        ga = Assessment(status="asserted", negated=ga.negated)  # "we are ready to talk", the minister said
        status = "asserted"
    mutual = (gov_entry is not None and gov_entry.mutual) or c.entry.mutual
    if mutual and 2 <= len(srcs) <= MAX_MUTUAL and not any(t.party for t in tgts):
        pairs = [(s, t) for s in srcs for t in srcs if s.mention is not t.mention]
    else:
        pairs = [(s, t) for s in srcs for t in (tgts or [None]) if t is None or t.mention is not s.mention]
    out = []
    seen = set()
    for s, t in pairs:
        key = (id(s.mention), id(t.mention) if t else None)
        if key in seen or (t is not None and kind in ("demand", "request") and t.mention.actor.code == s.mention.actor.code):
            continue  # nobody demands of themselves
        seen.add(key)
        target = _actor_copy(t) if t else None
        target_how = t.how if t else None
        if target is None and _domestic(c.entry.cameo, s.mention.actor):
            target, target_how = _domestic_target(s.mention.actor), "default"
        conf = score(strength=c.entry.strength, verb=True, source_how=s.how, target_how=target_how,
                     source_resolved_by=s.mention.actor.resolved_by, derived=True)
        why = explain(trigger=gov.text, plover=lexicon.plover.get(code, ""), cameo=code, source=s.mention.actor,
                      source_how=s.how, target=target, target_how=target_how, status=status,
                      negated=ga.negated, statement=f"{kind} about '{c.tok.text}' ({c.entry.cameo})")
        out.append(EventDraft(si, gov.i, gov.i + 1, gov.lemma_.lower(), code, _actor_copy(s), target,
                              _modality(ga, doc, status=status), confidence=conf,
                              rule=f"{c.entry.id}+{kind}", why=why))
    return out


def _condition_subjects(tok, index: MentionIndex) -> list[Arg]:
    """Subjects of an if/unless clause under ``tok``: whom a threat is addressed to."""
    for c in tok.children:
        if c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & {"if", "unless"}:
            found = args_of([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")], index, "condition",
                          subject=True)
            if found:
                return found
    return []


def _governor_sources(gov, index: MentionIndex, sent, previous, lexicon: Lexicon) -> list[Arg]:
    """Who makes a statement: the subject of the governing verb, or for a governing noun ("its
    demand that ...") its own actor or the subject of the verb that carries it."""
    if gov.pos_ in ("NOUN", "PROPN"):
        head = gov.head.head if gov.dep_ == "pobj" else gov.head
        if head is not gov and head.pos_ in ("VERB", "AUX") and not lexicon.token_cues(head) & {"light", "report"}:
            return []  # "rejected an appeal by X to ...": the appeal is background
        own = _noun_actor(gov, index)
        if own is not None:
            return [own]
        for c in gov.children:
            if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                m = pronoun_source(c, index, sent=sent, previous_sent=previous)
                if m is not None:
                    return [Arg(m, "coref", c.i)]
        for c in gov.children:  # "an appeal from X"
            if c.dep_ == "prep" and c.lower_ == "from":
                found = args_of([g for g in c.children if g.dep_ == "pobj"], index, "agent", subject=True)
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
    return sources(gov, index) or _pronoun_sources(gov, index, sent, previous)


def _group(cameo: str) -> str:
    root = cameo[:2]
    return "violence" if root in ("18", "19", "20") else root


def _key(actor: Actor | None):
    """Events are the same when they join the same mentions (two Israeli units shelling two
    Palestinian positions are two events; one attack reported by two verbs is one)."""
    if actor is None:
        return None
    return (actor.country or actor.code, tuple(actor.span))


def _dedupe_drafts(drafts: list[EventDraft]) -> list[EventDraft]:
    """One event per (source, target, root, factuality) in a sentence: the most confident."""
    best: dict[tuple, EventDraft] = {}
    order: list[tuple] = []
    for d in drafts:
        root = d.cameo[:2]
        group = "violence" if root in ("18", "19", "20") else root
        key = (_key(d.source), _key(d.target), group, d.modality.factual)
        if key not in best:
            best[key] = d
            order.append(key)
        elif d.confidence > best[key].confidence:
            d.quantities = d.quantities or best[key].quantities
            best[key] = d
        else:
            best[key].quantities = best[key].quantities or d.quantities
    kept = [best[k] for k in order]
    with_target = {(_key(d.source), _group(d.cameo), d.modality.factual) for d in kept if d.target is not None}
    return [d for d in kept
            if d.target is not None or (_key(d.source), _group(d.cameo), d.modality.factual) not in with_target]
