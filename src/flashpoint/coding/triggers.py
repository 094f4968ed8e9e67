"""Which words of a sentence trigger an event: lexicon entries matched to tokens, the verb that
carries a noun trigger, and the candidate events of a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..ontology.codes import CONSULT_ROOT, GOVERNMENT_SECTOR, INVESTIGATE_ROOT, MATERIAL_CONFLICT_ROOTS, MATERIAL_HELP_ROOTS, VERBAL_ROOTS, event_group
from .arguments import PARTITIVE_WORDS, Arg, MentionIndex, actor_of, args_of, by_phrase_agent, is_passive, noun_actor, relative_head
from .modality.rules import necessity_clause, obligation_clause, time_clause, wished_clause
from .background import EARLIER_WORDS, NOUN_FRAME_PREPS, PARTITIVE_NOUNS, backgrounded, is_purpose_of_motion, partitive_head, topic_subject
from .lexicon import PLACE_CLASS, Entry, Lexicon, hyphenated, plain
from .assessment import Assessment
from .meetings import joined_parties, setting_participant
from ..resources.words import word_list

#: The entry of a clause with no trigger of its own ("China must drop barriers").
UNCODED = Entry(id="uncoded-clause", lemma="", pos="V", cameo="00")
#: Prepositions of the theme of a noun trigger, which its object constraint reads.
NOUN_THEME_PREPS = word_list("coding_noun_theme_preps")
#: Prepositions under which a ``standalone`` noun still reports its event ("after the arrests").
STANDALONE_NOUN_PREPS = word_list("coding_standalone_noun_preps")
#: Nouns of having a thing in hand ("control"): their "of" phrase names what was taken.
CONTROL_NOUNS = word_list("coding_control_nouns")


@dataclass
class Candidate:
    """A trigger found in a sentence, with what the coder learns about it step by step."""

    tok: object  # the trigger token
    entry: Entry
    frame: object  # the token whose clause carries the modality (the trigger, or its light verb)
    noun_actor: Arg | None = None  # actor named by the noun trigger itself ("Israeli air strikes")
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    assessment: Assessment | None = None
    synthetic: bool = False  # a clause with no trigger of its own that still carries a statement
    parties: list[Arg] = field(default_factory=list)  # the parties of a mutual noun, from its clause


# -- matching lexicon entries to tokens -----------------------------------------------------------

#: Named-entity labels of words that are never triggers ("in March": a month, not a march).
_NOT_TRIGGER_ENTITIES = ("DATE", "TIME")


def clause_verb(tok) -> bool:
    """A verb that heads a clause: never part of a date or time, even when the entity recogniser
    runs one over it ("Saudi Arabia eased curfew hours" tagged as a time)."""
    return tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl")


#: Where a parsed Doc keeps the ``trigger_pos`` of each of its tokens (asked ~3 times a token).
_TRIGGER_POS_KEY = "flashpoint.trigger_pos"


def trigger_pos(tok) -> str | None:
    """The lexicon part of speech of a token: V (a verb, or a root auxiliary other than "be"), N,
    A (an adjective predicated of a subject: "is opposed to", "remains open to talks"), or None.
    Worked out once for the whole Doc (the coder reads a parsed Doc, which no longer changes)."""
    return trigger_poses(tok.doc)[tok.i]


def trigger_poses(doc) -> list[str | None]:
    """``trigger_pos`` of every token of ``doc``, by index (worked out once per Doc)."""
    known = doc.user_data.get(_TRIGGER_POS_KEY)
    if known is None or len(known) != len(doc):
        known = doc.user_data[_TRIGGER_POS_KEY] = [_trigger_pos(t) for t in doc]
    return known


def _trigger_pos(tok) -> str | None:
    if tok.ent_type_ in _NOT_TRIGGER_ENTITIES and not clause_verb(tok):
        return None
    if (tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)):
        return "N"  # "fighting between A and B continued": a gerund named as a thing, with its parties
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT" and tok.lemma_ != "be"):
        return "V"
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children):
        return "V"  # a headline's present tense read as a noun: "EU and UN hand over supplies to Chad"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "N"
    if tok.dep_ == "acomp" and tok.pos_ in ("ADJ", "VERB"):
        return "A"
    return None


def _object_lemmas(tok, pos: str) -> set[str]:
    """Words an object constraint may match: objects, passive subject, prepositional objects,
    the verb of an xcomp, and the modifiers of these nouns ("air strikes", "state of emergency")."""
    heads = []
    if pos == "N":
        heads = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        # "the deployment of troops", "an offer of talks": the theme of a noun of an action;
        # "an end to the campaign": what a noun of ending or return is about
        heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in NOUN_THEME_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        # "his offer of holding talks": a gerund's object is the theme
        heads += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in NOUN_THEME_PREPS
                  for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in g.children if o.dep_ == "dobj"]
        out = {plain(h.lemma_.lower()) for h in heads} | {plain(h.lower_) for h in heads}
        return out
    heads = _object_heads(tok)
    out: set[str] = set()
    for h in heads:
        joined = hyphenated(h)  # "violated the cease-fire"
        if joined:
            out.add(joined)
        # "died in police firing" is sometimes parsed as "police" + a participle: read both
        for t in [h] + [c for c in h.children if c.dep_ in ("compound", "amod", "conj")
                        or (c.dep_ == "acl" and c.tag_ == "VBG" and c.i == h.i + 1)]:
            out.add(plain(t.lemma_.lower()))
            out.add(plain(t.lower_))
            if t.pos_ == "PROPN" and t.tag_ == "NNPS" and t.lower_.endswith("s"):
                out.add(plain(t.lower_[:-1]))  # "deployed US Marines": a name is not lemmatised
        for c in h.children:  # "state of emergency", "a mission of observers"
            if c.dep_ == "prep" and c.lower_ == "of":
                out.update(plain(g.lemma_.lower()) for g in c.children if g.dep_ == "pobj")
    return out


def _object_heads(tok) -> list:
    """The head words of a verb's objects (see ``_object_lemmas``), without their modifiers."""
    heads = raised_patients(tok)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "xcomp", "dative"):
            heads.append(relative_head(c))
        elif c.dep_ in ("prep", "agent", "prt"):
            # "resorted to firing": a gerund under the preposition is its object too
            heads.extend(g for g in c.children if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.tag_ == "VBG"))
            # "died in police firing" parsed as "in police" + a participle clause of the verb
            heads.extend(_misparsed_participle(g, tok) for g in c.children
                         if g.dep_ == "pobj" and _misparsed_participle(g, tok) is not None)
            for g in c.children:  # "walked out of the talks"
                if g.dep_ == "prep":
                    heads.extend(x for x in g.children if x.dep_ == "pobj")
        elif c.dep_ == "ccomp":  # "allowed inspectors to visit" parsed as a clause
            heads.extend(g for g in c.children if g.dep_ == "nsubj")
    return heads


def _names_head(e: Entry, other: Entry, tok, pos: str) -> bool:
    """Between two object patterns of equal strength, the one that names the object's kind wins:
    a modifier says which kind ("violated the ceasefire agreement" is a ceasefire broken,
    "deployed peacekeeping troops" peacekeeping), and the object itself wins over its "of" phrase
    ("called for the lifting of sanctions" is an appeal to lift them, not a call for sanctions)."""
    if pos != "V" or e.exclude or other.exclude or not e.objects or not other.objects:
        return False
    return _object_rank(e, tok) > _object_rank(other, tok)


def _object_rank(e: Entry, tok) -> int:
    """2: a modifier of an object names the entry's kind, or the "of" phrase of a noun of control
    does ("seized control of radio equipment" takes property); 1: the object itself; 0: only its
    "of" phrase (or nothing)."""
    heads = _object_heads(tok)
    mods = {plain(m.lemma_.lower()) for h in heads for m in h.children if m.dep_ in ("compound", "amod")}
    mods |= {plain(g.lemma_.lower()) for h in heads if h.lemma_.lower() in CONTROL_NOUNS
             for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    if mods & e.objects:
        return 2
    if ({plain(h.lemma_.lower()) for h in heads} | {plain(h.lower_) for h in heads}) & e.objects:
        return 1
    return 0


def _misparsed_participle(pobj, verb):
    """The participle right after a preposition's object that the parser hung on the object or on
    the verb ("died in police firing" read as "in police" + "firing"), or None."""
    nxt = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
    if nxt is not None and nxt.tag_ == "VBG" and nxt.dep_ in ("acl", "advcl") and nxt.head.i in (pobj.i, verb.i):
        return nxt
    return None


def raised_patients(tok) -> list:
    """'Two rounds had to be fired', 'the curbs need to be lifted': a passive infinitive with no
    subject of its own is done to the subject of the verb that governs it."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    return [relative_head(c) for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


#: Where a coded Doc keeps the token indices of its named places (set by the coder).
PLACE_TOKENS_KEY = "flashpoint.place_tokens"
#: Entity labels of named places.
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
#: Prepositions or particles by which a place object is moved or judged, not taken ("took Iran to
#: the Security Council", "took Japan by surprise", "took Jakarta off the list").
PLACE_ELSEWHERE_PREPS = word_list("coding_place_elsewhere_preps")


def place_class(heads, verb) -> set[str]:
    """{"@place"} when an object head is a named place ("took Kunduz", "seized Goma, the main
    city"), for rows that list the class; empty when the verb sends it elsewhere or judges it."""
    if any(c.dep_ in ("prep", "prt", "agent") and c.lower_ in PLACE_ELSEWHERE_PREPS for c in verb.children):
        return set()
    return named_place_class(heads)


def named_place_class(heads) -> set[str]:
    """{"@place"} when one of ``heads`` is a named place, else empty."""
    if not heads:
        return set()
    places = heads[0].doc.user_data.get(PLACE_TOKENS_KEY, frozenset())
    return {PLACE_CLASS} if any(h.i in places or h.ent_type_ in PLACE_ENTITIES for h in heads) else set()


def patient_lemmas(tok) -> set[str]:
    """The words of what a verb is done to, and nothing else: its direct object or passive subject
    and their conjuncts ("held five men and two women"), for patterns whose other phrases would
    mislead ("talks were held with the leaders" holds no leader)."""
    heads = [relative_head(c) for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + raised_patients(tok)
    heads += [x for h in heads for x in h.conjuncts]
    # "captured half of the airport", "a number of heights": the "of" phrase of a part or a number
    heads += [g for h in heads if h.lemma_.lower() in PARTITIVE_WORDS or h.lemma_.lower() in PARTITIVE_NOUNS
              for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]  # "seized Goma, the main city"
    return {plain(h.lemma_.lower()) for h in heads} | {plain(h.lower_) for h in heads} | place_class(heads, tok)


def subject_lemmas(tok) -> set[str]:
    """The words of a verb's active subject and their modifiers ("peacekeeping troops arrived"),
    for patterns that name who acts (PETRARCH-2's "&PKO * ARRIVE")."""
    heads = [c for c in tok.children if c.dep_ == "nsubj"]
    if not heads and tok.dep_ == "xcomp":  # "peacekeepers began deploying": the controller's subject
        heads = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not heads and tok.dep_ == "acl" and tok.tag_ == "VBG":  # "detainees chanting 'visa'": the noun it is said of
        heads = [tok.head]
    head = tok
    while not heads and head.dep_ == "conj" and head.head.i != head.i:  # "tore down X and clashed with"
        head = head.head
        heads = [c for c in head.children if c.dep_ == "nsubj"]
    # "contingents of peacekeeping troops arrived": the "of" phrase of a partitive subject
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    heads += [m for h in heads for m in h.children if m.dep_ in ("compound", "amod")]
    # "Kandahar fell to tribal forces": a named place as the subject
    return {plain(h.lemma_.lower()) for h in heads} | {plain(h.lower_) for h in heads} | named_place_class(heads)


def has_object(tok) -> bool:
    """Whether a verb has a direct object, or a passive subject ("were returned to Brazil")."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN") or bool(raised_patients(tok))


def has_to_clause(tok) -> bool:
    """Whether a verb governs a to-infinitive ("told the allies to prepare"), or a for-to clause
    with a subject of its own ("looking for the opposition to back us", parsed as an adverbial
    clause marked by "for")."""
    return any((c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and for_to_clause(c)))
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def for_to_clause(clause) -> bool:
    """'for the opposition to back us': a clause marked by "for" with a subject of its own; not
    one whose object is a pronoun ("looking for the leader to bring him to justice": he is looked
    for, and the looker brings him)."""
    return (any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
            and any(s.dep_ == "nsubj" for s in clause.children)
            and not any(o.dep_ == "dobj" and o.tag_ == "PRP" for o in clause.children))


def _noun_preps(n) -> set[str]:
    """The prepositions of a noun's own phrases, which are its particles ("an appeal from the
    parliament for calm": for)."""
    return {c.lower_ for c in n.children if c.dep_ == "prep"}


def _prep_object_lemmas(n, prep: str) -> set[str]:
    """Lemmas of the object of ``n``'s ``prep`` phrase and of that object's modifiers."""
    heads = [g for c in n.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]
    heads += [m for h in heads for m in h.children if m.dep_ in ("compound", "amod")]
    # "Kandahar fell to tribal forces": a named place as the subject
    return {plain(h.lemma_.lower()) for h in heads} | {plain(h.lower_) for h in heads} | named_place_class(heads)


def has_that_clause(tok) -> bool:
    """Whether a verb governs a finite clause with a subject that acts ("agreed with Ottawa that the
    law fails", "hoped Japan would help"; not "hoped the officials would be indicted": a wish that
    something be done, by no one named, is no appeal)."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "nsubj" for a in c.children)
               and not any(a.dep_ in ("nsubjpass", "auxpass") or (a.dep_ == "aux" and a.lower_ == "to")
                           for a in c.children) for c in tok.children)


def _particles(tok) -> set[str]:
    """The particles of a phrasal verb: a "prt" child, or a preposition after the verb with only
    its object or adverbs between ("gave in to", "put X under arrest", "pushed hard for"; not
    "given to the board in November")."""
    # what may stand between the verb and its particle: its object, adverbs, a bare time ("pushed
    # hard for", "called on Monday for" is a time phrase too: not a particle)
    between_ok = {t.i for c in tok.children if c.dep_ in ("dobj", "obj", "advmod", "npadvmod") and c.i > tok.i
                  for t in c.subtree}
    def next_to_verb(c) -> bool:
        return all(i in between_ok for i in range(tok.i + 1, c.i))
    found = {c.lower_ for c in tok.children
             if c.dep_ == "prt" or (c.dep_ in ("prep", "agent") and c.i > tok.i and next_to_verb(c))
             or (c.dep_ == "acomp" and c.i == tok.i + 1)}  # "pleaded guilty": a fixed complement
    # "pushed for the constitution to be revised", "called for X to step down": the preposition
    # is parsed as the mark of the clause it introduces
    found.update(m.lower_ for c in tok.children if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
                 for m in c.children if m.dep_ == "mark" and m.i > tok.i and next_to_verb(m))
    return found


def stative_passive(tok) -> bool:
    """'France is opposed to the plan': a passive with no agent that may be a predicate adjective."""
    return is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def match_entry(tok, lexicon: Lexicon) -> Entry | None:
    """The most specific lexicon entry whose constraints hold for ``tok`` (a passive with no agent
    tries the predicate adjectives first: "is opposed to", "is committed to")."""
    pos = trigger_pos(tok)
    if pos is None:
        return None
    if pos == "V" and stative_passive(tok):
        found = _best_entry(tok, lexicon.token_entries(tok, "A"), "A")
        if found is not None:
            return found
    return _best_entry(tok, lexicon.token_entries(tok, pos), pos)


def _best_entry(tok, entries: list[Entry], pos: str) -> Entry | None:
    if not entries:
        return None
    objects = None
    patients = None
    particles = None
    best = None
    for e in entries:
        if e.needs_object and not has_object(tok):
            continue
        if e.needs_clause and not has_to_clause(tok):
            continue
        if e.needs_that and not has_that_clause(tok):
            continue
        if e.particle:
            particles = (_particles(tok) if pos != "N" else _noun_preps(tok)) if particles is None else particles
            if e.particle not in particles:
                continue
        if e.objects:
            if e.patient_object:  # "fifty persons were held", not "talks were held with the leaders"
                patients = patient_lemmas(tok) if patients is None else patients
                hit = bool(patients & e.objects)
            elif e.subject_object:  # "Japanese peacekeepers arrived in Juba"
                hit = bool(subject_lemmas(tok) & e.objects)
            else:
                objects = _object_lemmas(tok, pos) if objects is None else objects
                hit = bool(objects & e.objects)
                if not hit and pos == "N" and e.particle:  # "an appeal from Chad for calm"
                    hit = bool(_prep_object_lemmas(tok, e.particle) & e.objects)
            if hit == e.exclude:
                continue
        if best is None or e.strength > best.strength or (e.strength == best.strength and e.ignore != best.ignore
                                                           and _wins_tie(e, best, tok)) or (
                e.strength == best.strength and e.ignore == best.ignore and _names_head(e, best, tok, pos)):
            best = e
    return None if best is None or best.ignore else best


def _wins_tie(e: Entry, other: Entry, tok) -> bool:
    """Between a stop pattern and a coded one of equal strength, the stop pattern wins ("sent a
    message"), unless only the coded one names the object's kind by its modifier: "sent a
    condolence message" is condolences, "a protest note" a protest."""
    kinds = {plain(m.lemma_.lower()) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
             for m in c.children if m.dep_ == "compound"}
    coded, stop = (other, e) if e.ignore else (e, other)
    modifier_named = bool(kinds & coded.objects) and not kinds & stop.objects
    return e is coded if modifier_named else e is stop


#: Verbs of exchange, whose object says what was exchanged ("traded diplomatic sanctions").
EXCHANGE_VERBS = word_list("coding_exchange_verbs")


def exchanged_kind(verb, e: Entry, lexicon: Lexicon) -> Entry:
    """'both sides trading diplomatic sanctions': an exchange is of its object's own kind, when the
    object noun has a more specific code of the same root ("diplomatic sanctions" reduce relations,
    161, where sanctions are 163); ``e`` otherwise."""
    if verb.lemma_.lower() not in EXCHANGE_VERBS:
        return e
    for o in verb.children:
        if o.dep_ == "dobj":
            own = _best_entry(o, lexicon.token_entries(o, "N"), "N")
            if own is not None and own.root == e.root and own.cameo != e.cameo and own.strength > 1:
                return replace(e, id=f"{e.id}+{own.id}", cameo=own.cameo)
    return e


# -- noun triggers ------------------------------------------------------------------------------


def noun_frame(n, lexicon: Lexicon):
    """The verb that carries noun trigger ``n`` and whether it is a light verb, or (None, False)."""
    cur = n
    while cur.dep_ in ("conj", "compound") and cur.head.i != cur.i and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    cur = partitive_head(cur)  # "held a new round of talks", "launched a wave of air strikes"
    if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and cur.head.pos_ in ("VERB", "AUX"):
        v = cur.head
        return v, "light" in lexicon.token_cues(v)
    if cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent") and cur.head.head.pos_ in ("VERB", "AUX"):
        prep = cur.head.lower_
        v = cur.head.head
        if is_purpose_of_motion(cur):
            return v, True  # "returned to Geneva for talks", "converged for a rally"
        if prep in NOUN_FRAME_PREPS:
            agentless = prep == "in" and is_passive(v) and not any(c.dep_ == "agent" for c in v.children)
            return v, "light" in lexicon.token_cues(v) or agentless
        return None, False
    if cur.dep_ == "ROOT":
        return None, True
    return None, False


def possessed_event(n, actor: Arg | None) -> bool:
    """'Moscow's offer of talks', 'Spain's recognition of a Palestinian state': a noun of an action
    whose possessor is an actor names that actor's act, whatever the sentence says of it."""
    return actor is not None and n.dep_ not in ("compound", "pobj") and any(
        c.dep_ == "poss" and c.i == actor.token for c in n.children)


def disputed(n, lexicon: Lexicon) -> bool:
    """A noun that a verb of denying or alleging takes ("denied the capture of ...", "accused X
    of the killing of ..."): not an event the sentence asserts."""
    gov = n.head.head if n.dep_ == "pobj" else n.head
    return bool(lexicon.token_cues(gov) & {"deny", "allege"})


def participle_owner(tok, index: MentionIndex) -> Arg | None:
    """'the police firing', parsed as the noun "police" and a participle tied to it (the noun its
    subject, modifier or head, or both hung on one head: "rioting and the police firing that
    followed left two dead", "describing the police firing as uncalled for", "100 died in police
    firing" read as "in police" + a clause of the verb): the actor right before a bare -ing word that is no clause of its own (no subject, no
    auxiliary, no object) owns the act the word names as a noun. None otherwise."""
    if tok.tag_ != "VBG" or tok.i == 0 or any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    tied = (prev.head.i == tok.i and prev.dep_ in ("nsubj", "compound")) or (
        tok.head.i == prev.i and tok.dep_ == "acl") or (
        tok.dep_ in ("acl", "advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and prev.dep_ in ("pobj", "conj", "dobj") and any(a.i == tok.head.i for a in prev.ancestors))
    if not tied:
        return None
    m = actor_of(prev, index, depth=1)
    return Arg(m, "noun", prev.i) if m is not None and m.actor.sectors else None


def standalone_noun(n, lexicon: Lexicon) -> bool:
    """'The arrests followed the visit', 'after the arrest of three traders': a noun of an act that
    news reports as done, as subject or under a preposition of time or cause. Never as the object of
    a verb ("demanded the arrest of", "evaded arrest": wanted or avoided, not done), never as a
    modifier ("arrest orders"), never denied or alleged. A number noun stands for it ("the
    number of arrests rose")."""
    cur = partitive_head(n)
    if cur.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return not disputed(cur, lexicon)
    if cur.dep_ == "pobj" and cur.head.lower_ in STANDALONE_NOUN_PREPS:
        return not disputed(cur, lexicon)
    return False


#: Prepositions of a scene-setting phrase that tells its act as done ("after two days of Israeli
#: shelling", "amid Russian air strikes"); not those of what is awaited or compared ("before",
#: "ahead of", "for", "like", "without").
REPORTED_SCENE_PREPS = word_list("coding_reported_scene_preps")


def scene_doer(n, entry: Entry, index: MentionIndex, lexicon: Lexicon) -> Arg | None:
    """'The town fell on the third day of a fierce offensive by Ethiopian troops', 'after two days
    of Israeli shelling': a noun of a physical act of conflict that sets the scene is still news of
    that act when it names its own doer (a nationality, a possessor or a by-phrase) and its phrase
    tells it as done (an "of" phrase only of a time: "on the third day of"); that doer, or None.
    Not one dated before the news ("earlier US bombing"),
    nor one denied or alleged, nor a bare one ("after two days of fighting": no one named)."""
    if entry.root not in MATERIAL_CONFLICT_ROOTS or entry.mutual:
        return None
    if any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in n.children):
        return None
    cur = n
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    cur = partitive_head(cur)
    if cur.dep_ != "pobj" or disputed(cur, lexicon):
        return None
    prep = cur.head
    if prep.lower_ == "of":  # "on the seventh day of an offensive", not "the implications of an invasion"
        if prep.head.ent_type_ not in _NOT_TRIGGER_ENTITIES:
            return None
    elif prep.lower_ not in REPORTED_SCENE_PREPS:
        return None
    return noun_actor(n, index) or stray_by_agent(n, index)


def stray_by_agent(n, index: MentionIndex) -> Arg | None:
    """'The rout came on the seventh day of an offensive by US warplanes', parsed with the
    by-phrase on the verb: a by-phrase right after a noun's phrase, hung on an active verb (which
    has no agent), is the noun's own; its actor, or None."""
    after = n.right_edge.i + 1
    if after >= len(n.doc):
        return None
    by = n.doc[after]
    verb = by.head
    if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or verb.pos_ != "VERB" or is_passive(verb):
        return None
    if not any(a.i == verb.i for a in n.ancestors):
        return None
    return by_phrase_agent(by, index)


def agent_noun_patients(n, index: MentionIndex) -> list[Arg]:
    """'The militants were flushed out of their caves by weeks of American bombing': a noun of an
    act that is the agent of a passive (through a bout noun) acted on the passive's subject; its
    actors, or []."""
    cur = partitive_head(n)
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.ent_type_ in _NOT_TRIGGER_ENTITIES:
        cur = cur.head.head  # "by weeks of bombing": a time the act lasted stands for it
    if cur.dep_ != "pobj" or cur.head.dep_ != "agent" or not is_passive(cur.head.head):
        return []
    subj = [c for c in cur.head.head.children if c.dep_ == "nsubjpass"]
    return [Arg(a.mention, "patient", a.token) for a in args_of(subj, index, how="patient")]


#: Nouns of those who suffered an act: a noun of the act modifying them says it was done.
VICTIM_NOUNS = word_list("coding_victim_nouns")


def victim_modifier(n) -> bool:
    """'the police firing victims', 'a police fire victim': a noun of an act that modifies a noun
    of those who suffered it (through other modifiers) reports the act as done."""
    cur = n
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in VICTIM_NOUNS:
            return True
    return False


#: Prepositions of a noun whose "of" phrase names who asked or ordered what the clause says was
#: done ("suspended the raids at the request of the elders", "withdrew on the orders of X").
BEHEST_PREPS = word_list("coding_behest_preps")
#: How a behest phrase's actor is found (``Arg.how``): the coder takes its target from the clause.
BEHEST = "behest"


def behest_agent(n, index: MentionIndex, lexicon: Lexicon) -> Arg | None:
    """'at the request of a local commander': the actor of the of-phrase of a noun of asking or
    ordering (cue kinds request, demand) under "at"/"on" made the request (the clause it modifies
    says it was granted), or None ("in protest at the arrest of a leader" is no behest)."""
    if n.dep_ != "pobj" or n.head.lower_ not in BEHEST_PREPS or n.head.head.pos_ not in ("VERB", "AUX"):
        return None
    if not lexicon.token_cues(n) & {"request", "demand"}:
        return None
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                m = actor_of(g, index) if g.dep_ == "pobj" else None
                if m is not None:
                    return Arg(m, BEHEST, g.i)
    return None


def behest_tokens(verb, index: MentionIndex, lexicon: Lexicon) -> frozenset[int]:
    """Token indices of the behest phrases on ``verb`` ("at the request of a local commander"):
    the one who asked is no target of what was done at their request."""
    found: set[int] = set()
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in BEHEST_PREPS:
            if any(behest_agent(g, index, lexicon) is not None for g in p.children):
                found.update(t.i for t in p.subtree)
    return frozenset(found)


def agent_of_noun(n, index: MentionIndex) -> Arg | None:
    """'the capture of two fighters by Pakistani troops': the actor of a noun's own by-phrase
    did the act the noun names (the parser often hangs the by-phrase on the of-object)."""
    phrases = list(n.children) + [x for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj" for x in g.children]
    for c in phrases:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    m = actor_of(g, index)
                    if m is not None:
                        return Arg(m, "noun-agent", g.i)
    return None


#: Prepositions of who a noun of saying or giving comes from ("an appeal from the parliament").
AUTHOR_NOUN_PREPS = word_list("coding_source_side_preps")
#: Roots of the nouns whose from-phrase names their doer: said or given by someone ("a warning from
#: X", "aid from Japan"), not a motion or a place left ("a withdrawal from Lebanon", "an attack from Gaza").
AUTHORED_NOUN_ROOTS = VERBAL_ROOTS | MATERIAL_HELP_ROOTS
#: Verbs whose object is a reaction the subject drew from others ("drew criticism from the UN"):
#: the noun is then the reaction's own event, not the verb's.
ELICITING_VERBS = word_list("coding_eliciting_verbs")


def author_of_noun(n, entry: Entry, index: MentionIndex) -> Arg | None:
    """'an appeal from the parliament for the president to resign', 'criticism from Washington':
    the actor a noun of saying or giving comes from made the appeal or gave the aid; None for
    other nouns and when the phrase names no actor. Not for the object of a verb, whose own event
    it is ("accepted demands from the rebels", "the step enjoyed support from Moscow"), unless the
    verb only says the reaction was drawn ("the verdict drew criticism from the UN")."""
    drawn = n.dep_ == "dobj" and n.head.lemma_.lower() in ELICITING_VERBS
    if entry.root not in AUTHORED_NOUN_ROOTS or (n.dep_ in ("dobj", "obj", "nsubjpass") and not drawn):
        return None
    phrases = list(n.children) + ([c for c in n.head.children if c.i > n.i] if drawn else [])
    for c in phrases:  # the parser may hang "from the UN" on the verb that drew it
        if c.dep_ == "prep" and c.lower_ in AUTHOR_NOUN_PREPS:
            for g in c.children:
                m = actor_of(g, index) if g.dep_ == "pobj" else None
                if m is not None:
                    return Arg(m, "noun-agent", g.i)
    return None


#: Prepositions under which an inquiry is the setting of what is told: it is going on ("at the
#: inquiry into X, it was revealed", "told during the inquiry into X", "evidence before the inquiry").
INQUIRY_VENUE_PREPS = word_list("coding_inquiry_venue_preps")
#: Prepositions of what an inquiry looks into ("an inquiry into the collapse of X").
INQUIRY_THEME_PREPS = word_list("coding_inquiry_theme_preps")


def ongoing_inquiry(n, entry: Entry, lexicon: Lexicon) -> bool:
    """'At the royal commission inquiry into the collapse of HIH, it was revealed ...', 'the Senate's
    inquiry into the airline heard evidence': a noun of investigation (CAMEO 09) with a theme
    ("into X") that the text tells as going on -- the subject of a clause, or the setting of one
    (``INQUIRY_VENUE_PREPS``) -- is its doer's investigation (its modifier or possessor, read by the
    caller). Not when wanted, refused or disputed ("called for an inquiry into X": an appeal; "the
    inquiry he demanded": the verb's own event)."""
    if entry.root != INVESTIGATE_ROOT or not any(c.dep_ == "prep" and c.lower_ in INQUIRY_THEME_PREPS
                                                 for c in n.children):
        return False
    if n.dep_ in ("nsubj", "nsubjpass"):
        return not disputed(n, lexicon)
    return n.dep_ == "pobj" and n.head.lower_ in INQUIRY_VENUE_PREPS and not disputed(n, lexicon)


def inquiry_doer(n, index: MentionIndex) -> Arg | None:
    """'A US Senate inquiry into X': the body named as the modifier of an inquiry, also when it is
    named by metonymy (which ``noun_actor`` leaves out for a place, "the Kabul bombing"), unless it
    is only a seat of government ("the Kabul inquiry" may be where it sits)."""
    for c in n.children:
        if c.dep_ in ("compound", "poss"):
            m = actor_of(c, index, depth=1)
            if m is not None and set(m.actor.sectors or ()) - {GOVERNMENT_SECTOR}:
                return Arg(m, "noun", c.i)
    return None


# -- the candidates of a sentence ---------------------------------------------------------------

#: Dependencies by which a mutual noun is what a clause tells of: its subject, or the object of a
#: preposition of time ("after the talks", "during negotiations").
_TOLD_OF_DEPS = ("nsubj", "nsubjpass")
#: Clauses a clause about the talks may hang on to reach the clause of the parties.
_CLAUSE_LINKS = ("advcl", "conj", "ccomp", "xcomp")
#: Most parties a coordinated subject may give a mutual noun.
_MAX_PARTIES = 4


#: Prepositions whose phrase names all the parties of a mutual noun ("talks between A and B").
BETWEEN_PREPS = word_list("coding_between_preps")


def between_parties(n, index: MentionIndex) -> list[Arg]:
    """'Talks between India and Pakistan broke down': the actors of a mutual noun's own "between"
    phrase (two to four, of different codes) are its parties, whatever the verb is; so are those of
    the phrase the parser hangs on the noun's verb when the noun is its subject ("fighting broke
    out between A and B", or, read as a noun and its clause, "fighting flared between A and B");
    [] otherwise."""
    holders = [n, n.head] if n.dep_ == "nsubj" and n.head.i != n.i else [n]
    holders += [c for c in n.children if c.dep_ == "acl" and c.i == n.i + 1]
    for p in (c for h in holders for c in h.children):
        if p.dep_ == "prep" and p.lower_ in BETWEEN_PREPS:
            objs = [g for g in p.children if g.dep_ == "pobj"]
            found = args_of([o for g in objs for o in [g, *g.conjuncts]], index, how="prep", subject=True)
            codes = {a.mention.actor.code or a.mention.actor.country for a in found}
            if 2 <= len(found) <= _MAX_PARTIES and len(codes) == len(found):
                return found
    return []


def clause_parties(n, entry: Entry, index: MentionIndex) -> list[Arg]:
    """'Qantas management and unions will meet again after marathon talks last night failed':
    a mutual noun (talks, negotiations, a meeting) with no party of its own, told of in a clause
    (its subject, or "after/during the talks") that hangs on a clause whose subject joins two to
    four actors ("A and B"), was held between those actors. [] otherwise: one actor, or none, says
    nothing about who the other party was ("Israel struck after talks failed")."""
    if n.dep_ in _TOLD_OF_DEPS:
        clause = n.head
    elif n.dep_ == "pobj" and n.head.lower_ in STANDALONE_NOUN_PREPS:
        clause = n.head.head
    else:
        return []
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in entry.preps) for c in n.children):
        return []  # "talks with X", "their talks": the noun names a party of its own; its own rules read it
    while clause.pos_ in ("VERB", "AUX"):
        subj = [c for c in clause.children if c.dep_ == "nsubj"] or (
            [c for c in clause.children if c.dep_ == "nsubjpass"] if engaged_in(n, entry, clause) else [])
        if subj and subj[0].i != n.i:
            found = args_of([subj[0]] + list(subj[0].conjuncts), index, how="subject", subject=True)
            codes = {a.mention.actor.code or a.mention.actor.country for a in found}
            if 2 <= len(found) <= _MAX_PARTIES and len(codes) == len(found):
                return found
            return []
        if clause.dep_ not in _CLAUSE_LINKS or clause.head.i == clause.i:
            return []
        clause = clause.head
    return []


def engaged_in(n, entry: Entry, clause) -> bool:
    """'Qantas and the unions have been locked in negotiations', 'Israel and Syria were engaged in
    talks': talks held "in" under a passive of no agent are held by its subject, the parties (a
    noun of consultation only: "two men were wounded in clashes" suffered them)."""
    return (entry.root == CONSULT_ROOT and n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.i == clause.i
            and is_passive(clause) and not any(c.dep_ == "agent" for c in clause.children))


def candidates(sent, *, lexicon: Lexicon, index: MentionIndex) -> list[Candidate]:
    """Verb triggers, noun triggers carried by a light verb or naming their own actor, and clauses
    with a demand auxiliary but no trigger ("China must drop barriers"), in sentence order."""
    out: list[Candidate] = []
    verb_hits: dict[int, Entry] = {}
    toks = list(sent)  # one Token each, read by the passes below
    poses = trigger_poses(toks[0].doc) if toks else []
    for tok in toks:
        if poses[tok.i] not in ("V", "A"):
            continue
        e = match_entry(tok, lexicon)
        if e is not None:
            verb_hits[tok.i] = exchanged_kind(tok, e, lexicon) if e.mutual and e.objects else e
    for tok in toks:
        if tok.i in verb_hits:
            out.append(Candidate(tok=tok, entry=verb_hits[tok.i], frame=tok))
            continue
        if poses[tok.i] != "N" or index.at(tok.i) is not None:
            continue
        e = match_entry(tok, lexicon)
        if e is not None and ongoing_inquiry(tok, e, lexicon):  # "at the Senate inquiry into X, it was revealed"
            doer = noun_actor(tok, index) or inquiry_doer(tok, index)
            if doer is not None:
                out.append(Candidate(tok=tok, entry=e, frame=tok, noun_actor=doer))
                continue
        held = setting_participant(tok, e, index) if e is not None else None
        if held is not None:  # "during his visit to China, Musharraf said": the subject's visit
            out.append(Candidate(tok=tok, entry=e, frame=tok, noun_actor=held))
            continue
        scene = None
        if e is not None and backgrounded(tok) and not (e.standalone and standalone_noun(tok, lexicon)) and (
                behest_agent(tok, index, lexicon) is None):
            scene = scene_doer(tok, e, index, lexicon)  # "amid Russian air strikes": news of its act
            if scene is None:
                continue  # "after two days of fighting" sets the scene; "after the arrests" reports them
        if e is None:
            continue
        verb, light = noun_frame(tok, lexicon)
        actor = noun_actor(tok, index) or scene
        joined = joined_parties(tok, e, index) if e.mutual else []
        if joined:  # "the Indian-Pakistani talks": the two joined modifiers are its parties
            out.append(Candidate(tok=tok, entry=e, frame=verb if light and verb is not None else tok, parties=joined))
            continue
        by_agent = (agent_of_noun(tok, index) or author_of_noun(tok, e, index) or behest_agent(tok, index, lexicon)
                    or stray_by_agent(tok, index) if actor is None and not disputed(tok, lexicon) else None)
        owned = possessed_event(tok, actor) or by_agent is not None
        if owned:  # "Moscow's offer of talks", "the capture of X by US forces": an event of its own
            out.append(Candidate(tok=tok, entry=e, frame=tok, noun_actor=actor or by_agent))
            continue
        if verb is not None and verb.i in verb_hits and tok.dep_ != "pobj":
            continue  # the verb's own pattern codes it ("lifted sanctions")
        if e.standalone and not light and actor is None and standalone_noun(tok, lexicon):
            out.append(Candidate(tok=tok, entry=e, frame=tok))  # "the arrests followed the visit"
            continue
        if actor is not None and victim_modifier(tok):  # "the police firing victims": it was done
            out.append(Candidate(tok=tok, entry=e, frame=tok, noun_actor=actor))
            continue
        parties = (between_parties(tok, index) or clause_parties(tok, e, index)
                   if e.mutual and actor is None and (not light or tok.dep_ == "ROOT"
                                                      or verb is not None and engaged_in(tok, e, verb)) else [])
        if parties:  # "A and B will meet again after talks failed": the talks were theirs
            out.append(Candidate(tok=tok, entry=e, frame=tok, parties=parties))
            continue
        if not light and (actor is None or tok.dep_ == "compound"
                          or (tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be")):
            continue
        if not light and topic_subject(tok, verb_hits=verb_hits, lexicon=lexicon):
            continue
        out.append(Candidate(tok=tok, entry=e, frame=verb if verb is not None else tok, noun_actor=actor))
    for tok in toks:
        if tok.i in verb_hits or poses[tok.i] != "V":
            continue
        owner = participle_owner(tok, index)
        if owner is None:
            continue
        e = _best_entry(tok, lexicon.entries.get((plain(tok.lower_), "N"), []), "N")
        if e is not None:  # "the police firing left two dead", read as "police" + a participle
            out.append(Candidate(tok=tok, entry=e, frame=tok, noun_actor=owner))
    out.sort(key=lambda c: c.tok.i)
    framed = {c.frame.i for c in out} | {c.tok.i for c in out}
    for tok in toks:
        if tok.i in framed or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "xcomp", "relcl", "acl"):
            continue
        if tok.dep_ in ("relcl", "acl"):
            if time_clause(tok):  # "it is time for Mr Arafat to exert control"
                out.append(Candidate(tok=tok, entry=UNCODED, frame=tok, synthetic=True))
            continue
        aux = {a.lower_ for a in tok.children if a.dep_ == "aux"}
        if tok.dep_ == "xcomp":
            if wished_clause(tok, lexicon):  # "would like the union to come back"
                out.append(Candidate(tok=tok, entry=UNCODED, frame=tok, synthetic=True))
            continue
        if (any(lexicon.is_cue(w, "demand_aux") for w in aux) or necessity_clause(tok, lexicon)
                or (obligation_clause(tok, lexicon) and not any(c.tok.head.i == tok.i for c in out))
                or wished_clause(tok, lexicon)):
            out.append(Candidate(tok=tok, entry=UNCODED, frame=tok, synthetic=True))
    return out


def result_clause_of(c: Candidate, by_token: dict[int, Candidate]) -> Candidate | None:
    """'..., killing 12': a participial clause that belongs to the violent event above it."""
    t = c.tok
    if c.entry.pos != "V" or t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    head = t.head
    while head.dep_ == "conj" and head.i not in by_token:
        head = head.head
    owner = by_token.get(head.i)
    if (owner is not None and event_group(owner.entry.cameo) == event_group(c.entry.cameo)
            and c.entry.root in MATERIAL_CONFLICT_ROOTS):
        return owner
    return None


def result_clauses(cands: list[Candidate]) -> dict[int, int]:
    """Result clause token -> the token of the event it belongs to (see ``result_clause_of``)."""
    by_token = {c.frame.i: c for c in cands}
    by_token.update({c.tok.i: c for c in cands})
    merged: dict[int, int] = {}
    for c in cands:
        owner = result_clause_of(c, by_token)
        if owner is not None:
            merged[c.tok.i] = owner.tok.i
    return merged


# -- victims as subjects --------------------------------------------------------------------------

#: The preposition of the act a victim suffered, for an entry with no particle ("suffered
#: injuries in police firing").
VICTIM_PREP = "in"

def victim_roles(c: Candidate, index: MentionIndex) -> tuple[list[Arg], list[Arg]]:
    """'Three protesters died in police firing': for a ``victim_subject`` entry the subject suffered
    the act and the actor owning the object of its particle did it. Returns (sources, targets);
    no owner named leaves no source."""
    doers: list[Arg] = []
    # "died in police firing"; "suffered injuries in police firing": the phrase of the injury
    phrases = [p for p in c.tok.children if p.dep_ == "prep"] + [
        p for o in c.tok.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    for p in phrases:
        if p.lower_ != (c.entry.particle or VICTIM_PREP):
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            owner = noun_actor(g, index)
            if owner is None and _misparsed_participle(g, p.head) is not None:
                # the participle under the actor or beside it
                m = actor_of(g, index, depth=1)  # "police firing" parsed as "police" + a participle
                owner = Arg(m, "noun", g.i) if m is not None else None
            if owner is not None:
                doers.append(owner)
    victims = []
    for s in c.tok.children:
        if s.dep_ in ("nsubj", "nsubjpass"):
            m = actor_of(s, index, subject=True)
            if m is not None:
                victims.append(Arg(m, "object", s.i))
    return doers, victims
