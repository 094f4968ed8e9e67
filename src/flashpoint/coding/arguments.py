"""Source and target of an event on the dependency parse.

An argument counts when its head token, or a token close below it in the parse (compound, amod,
poss, appos, "of"/"from"/"in" phrases), lies inside an actor mention. Every function returns
plain data: (mention, how) pairs, where ``how`` says how the argument was found (it feeds the
confidence and the explanation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Collection, Iterable

from ..actors.groups import PEOPLE_NOUNS as _PERSON_NOUNS  # nouns of people ("man"): what "he" may stand for
from ..resources.words import word_list, word_map

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "obj")
#: Relations from a head noun to words that may name its actor ("Israeli troops", "Russia's army").
_NOUN_LINKS = ("compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod", "det")
#: Prepositions under a subject noun that still name who acts ("leaders of X", "forces from X").
_SUBJECT_PREPS = word_list("coding_subject_noun_preps")
#: "in X" names who acts only under a noun for a group of people ("security forces in Guinea").
_PLACE_SUBJECT_PREPS = word_list("coding_group_place_preps")
#: Nouns of people or bodies that act ("forces", "police", "officials").
AGENT_NOUNS = word_list("coding_agent_nouns")
#: Prepositions that introduce a target when the trigger's own entry names none.
GENERIC_TARGET_PREPS = word_list("coding_target_preps")
#: Place-like prepositions: an actor there is a weak target ("lifted the curfew in Montenegro").
PLACE_PREPS = word_list("coding_place_target_preps")
#: Prepositions of accompaniment: their phrase names a party only by itself ("with the support of X" does not).
ACCOMPANIMENT_PREPS = word_list("coding_accompaniment_preps")
#: Verbs whose object is also the subject of the clause they govern ("urged X to ...").
OBJECT_CONTROL = word_list("coding_object_control_verbs")
#: Prepositions of the addressee of such a verb ("called on his allies to", "appealed to X to").
ADDRESSEE_PREPS = word_list("coding_addressee_preps")
#: Prepositions of what X is accused or criticized for ("accused X of attacking"): X did it.
CHARGE_PREPS = word_list("coding_charge_preps")
#: Pronouns that stand for an actor named before.
PRONOUNS = word_list("coding_anaphoric_pronouns")
#: Relative pronouns ("gunmen, who fired").
RELATIVE_PRONOUNS = word_list("coding_relative_pronouns")
#: Personal pronouns by person and number (for agreement and for quotations).
PLURAL_PRONOUNS = word_list("coding_plural_pronouns")
_SINGULAR_PRONOUNS = word_list("coding_singular_pronouns")
_THIRD_PERSON = word_list("coding_third_person_pronouns")
_FIRST_PERSON = word_list("coding_first_person_pronouns")
#: Pronouns of one person -> their subject form ("his", "him" -> "he"; "her" -> "she").
_PERSON_SUBJECTS = word_map("coding_person_pronoun_subjects")
#: Quotation marks: a speaker outside a quotation is not a name inside it.
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: Words of a part: as an object, the noun of their "of" phrase is what is acted on ("some of its troops").
PARTITIVE_WORDS = word_list("coding_partitive_words")
#: Verbs of saying whose subject a pronoun of the said clause stands for ("X said it would ...").
SAYER_VERBS = word_list("coding_pronoun_sayer_verbs")


@dataclass(frozen=True)
class Arg:
    """One resolved argument: the actor mention and how it was found."""

    mention: Any  # ActorMention
    how: str  # subject, agent, object, prep:<p>, control, conj, relcl, coref, place, ...
    token: int  # token index of the argument head

    @property
    def weak(self) -> bool:
        return self.how in ("coref", "place", "nearby") or self.how.startswith("coref")

    @property
    def party(self) -> bool:
        """Whether the argument was found as a party of the event (not a place or a topic)."""
        return not self.weak and not self.how.startswith("prep-generic")


class MentionIndex:
    """Token index -> the actor mention that covers it."""

    def __init__(self, mentions: Iterable[Any]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.by_token: dict[int, Any] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def at(self, i: int):
        return self.by_token.get(i)

    def in_range(self, start: int, end: int) -> list[Any]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def actor_of(tok, index: MentionIndex, *, depth: int = 3, subject: bool = False, through_of: bool = True):
    """The mention naming the noun phrase headed by ``tok`` (breadth-first, nearest first); with
    ``through_of`` false, an "of" phrase names it only under a noun of people or bodies ("the
    leaders of X", not "with the support of Moscow")."""
    frontier = [tok]
    seen = set()
    for _ in range(depth + 1):
        nxt = []
        for t in frontier:
            if t.i in seen:
                continue
            seen.add(t.i)
            m = index.at(t.i)
            if m is not None:
                return m
            for c in t.children:
                if c.dep_ in _NOUN_LINKS:
                    nxt.append(c)
                elif c.dep_ == "prep" and ((c.lower_ == "of" and (through_of or t.lemma_.lower() in AGENT_NOUNS))
                                           or (subject and c.lower_ in _SUBJECT_PREPS) or (
                        subject and c.lower_ in _PLACE_SUBJECT_PREPS and t.lemma_.lower() in AGENT_NOUNS)):
                    nxt.extend(g for g in c.children if g.dep_ == "pobj")
                elif c.dep_ == "pobj":
                    nxt.append(c)
        frontier = nxt
    return None


def conjuncts(tok) -> list:
    """The token and the tokens conjoined with it ("A, B and C")."""
    out = [tok]

    def members(t):
        # "A, B and C" is often parsed with B as an apposition that carries the conjunction
        return [c for c in t.children if c.dep_ == "conj"
                or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))]

    stack = members(tok)
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(members(t))
    return out


def args_of(tokens: Iterable, index: MentionIndex, *, how: str, subject: bool = False,
            through_of: bool = True) -> list[Arg]:
    """Actors named by each token (and the tokens conjoined with it), in order, without repeats."""
    out: list[Arg] = []

    def add(m, label, i):
        if m is not None and all(a.mention is not m for a in out):
            out.append(Arg(m, label, i))

    for head in tokens:
        for t in conjuncts(head):
            m = actor_of(t, index, subject=subject, through_of=through_of)
            add(m, how if t.i == head.i else how + "+conj", t.i)
            if m is None:
                continue
            # "Indian and Pakistani troops", "the ministers of Kenya and Ethiopia"
            doc = t.doc
            inside = [doc[i] for i in range(m.start, m.end)]
            # not "Pakistan-based X", "Iran-backed X": a participle says whose base or patron, not a party
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.tag_ != "VBN"]
            for anchor in inside + mods:
                for cj in conjuncts(anchor)[(1 if anchor in inside else 0):]:
                    add(actor_of(cj, index, depth=1), how + "+conj", cj.i)
    return out


def is_passive(tok) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)


def subject_tokens(tok) -> tuple[list, str]:
    """The subject(s) of the clause of ``tok``, climbing control, conjunction and relative clauses."""
    cur = tok
    how = "subject"
    controlled = False  # whether ``cur`` was reached from a clause it controls ("forced to open fire")
    for _ in range(6):
        subj = [c for c in cur.children if c.dep_ in SUBJECT_DEPS] or _subject_on_auxiliary(cur)
        if subj:
            if (cur.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS
                    and cur.head.pos_ in ("NOUN", "PROPN")):
                return [_antecedent(subj[0], cur.head)], "relcl"
            return subj, how
        if controlled and is_passive(cur):
            # "the police were forced (ordered, allowed) to open fire": the passive's subject is who
            # was made to act, whatever its agent
            patient = [c for c in cur.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if patient:
                return patient, "control"
        if is_passive(cur):
            agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return agent, "agent"
        agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent and cur.dep_ == "acl" and cur.tag_ != "VBN":
            # "a ceasefire offer by four groups", parsed as a clause of "ceasefire" with "offer" a
            # verb: its by-agent is who made it (a participle's: ``sources.said_by_agent``)
            return agent, "clause-agent"
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            return [], how
        controlled = dep == "xcomp"
        if dep == "xcomp" or dep == "acomp":
            if head.lemma_ in OBJECT_CONTROL and dep == "xcomp":
                obj = [c for c in head.children if c.dep_ in OBJECT_DEPS]
                # "called on his allies to freeze", "appealed to the rebels to lay down arms"
                obj = obj or [g for c in head.children if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
                              and c.i < cur.i for g in c.children if g.dep_ == "pobj"]
                if obj:
                    return obj, "control"
            cur, how = head, "control"
        elif dep == "conj":
            if is_passive(head) and cur.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
                return [], "conj"  # "were killed or wounded": a second participle of the passive
            if is_passive(head) and not is_passive(cur):
                # "X was indicted ... and will resign": the shared subject, not the agent
                return [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS], "conj"
            cur, how = head, "conj"
        elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if cur.tag_ == "VBN" and head.dep_ == "ROOT" and any(c.dep_ in OBJECT_DEPS for c in cur.children) \
                    and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
                # "The Iraqi air force carried out strikes ...", parsed as a noun phrase with a
                # participle: a participle with an object is no passive, so the noun is its subject
                return [head], how
            if cur.tag_ == "VBN":  # "militiamen armed with ...": the noun is the patient
                return [], how
            return [head], "relcl"
        elif (dep == "pcomp" and head.dep_ == "prep" and head.lower_ in CHARGE_PREPS
              and any(c.dep_ in OBJECT_DEPS for c in head.head.children)):
            # "criticized X for arresting", "accused X of attacking": X did it
            return [c for c in head.head.children if c.dep_ in OBJECT_DEPS], "control"
        elif (dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "by"
              and any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPS for c in head.head.children)
              and any(c.dep_ in OBJECT_DEPS for c in head.head.children)):
            # "accused X of escalating violence by killing ...": X did the killing
            return [c for c in head.head.children if c.dep_ in OBJECT_DEPS], "control"
        elif dep in ("advcl", "pcomp") and cur.tag_ == "VBG":
            cur, how = head if dep == "advcl" else head.head, "adjunct"
        elif dep == "pcomp":
            cur, how = head.head, "adjunct"
        else:
            return [], how
    return [], how


def _subject_on_auxiliary(verb) -> list:
    """'his government is committed to opening up', 'France have opposed the resolutions': the
    parser may hang the subject on an auxiliary right before the verb (only adverbs between); not
    "80 workers were on Wednesday taken into custody", a passive whose patient it misplaced."""
    doc = verb.doc
    for a in verb.children:
        if a.dep_ in ("aux", "auxpass") and a.i < verb.i and all(
                doc[i].dep_ in ("advmod", "neg", "aux", "auxpass") for i in range(a.i + 1, verb.i)):
            found = [g for g in a.children if g.dep_ in SUBJECT_DEPS]
            if found:
                return found
    return []


def _antecedent(pronoun, head):
    """The noun a relative "who" stands for: the noun right before it (commas skipped) when the
    parser attached the clause further away ("forces chasing gunmen who fired": the gunmen)."""
    i = pronoun.i - 1
    while i > pronoun.sent.start and pronoun.doc[i].is_punct:
        i -= 1
    near = pronoun.doc[i]
    if (pronoun.lower_ == "who" and near.i != head.i and near.pos_ in ("NOUN", "PROPN") and near.i > head.i
            and near.dep_ in ("pobj", "dobj", "conj", "appos")):
        return near
    return head


def sources(tok, index: MentionIndex) -> list[Arg]:
    """Who acts: subject (or passive agent), climbing control and conjunction. A clause that
    modifies an object noun with no actor of its own ("issued a declaration demanding ...")
    takes the subject of that noun's verb."""
    toks, how = subject_tokens(tok)
    found = args_of(toks, index, how=how, subject=True)
    if not found and how == "relcl" and toks:
        noun = toks[0]
        people = any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in SUBJECT_DEPS for g in c.children)
                     for c in noun.children)  # "groups, who killed ...": the groups acted, unnamed
        if (noun.dep_ in ("dobj", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != tok.i
                and not people):
            found = [Arg(a.mention, "relcl", a.token) for a in sources(noun.head, index)]
    return found


def passive_targets(tok, index: MentionIndex) -> list[Arg]:
    """The patient(s) of a passive verb; a relative pronoun stands for the noun its clause modifies
    ("the 30-year-old who was detained by Kenyan police": the 30-year-old)."""
    patients = [relative_head(c) for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return args_of(patients, index, how="patient", subject=True)


def object_tokens(tok) -> list:
    """The direct objects of ``tok``; a relative pronoun stands for the noun its clause modifies
    ("Crimea, which Russia seized": Crimea), a part for what it is a part of ("withdrew some of
    its troops": its troops)."""
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    if not objs:
        objs = shared_objects(tok) or shifted_objects(tok)
    return [partitive_head(relative_head(c)) for c in objs]


def shifted_objects(tok) -> list:
    """'refused to free on bail a British man', 'handed over to the army three militants': a long
    object written after a prepositional phrase of its verb, which the parser hangs on that
    phrase's noun as a direct object (a noun takes none), is the verb's; else []."""
    return [d for p in tok.children if p.dep_ == "prep" and p.i > tok.i
            for g in p.children if (g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
            or (g.dep_ == "pcomp" and g.tag_ != "VBG")  # "on bail", tagged a verb; not "by freeing X"
            for d in g.children if d.dep_ == "dobj" and d.i > g.i]


#: Dependencies allowed between two conjoined verbs that share the object of the second: the
#: conjunction and commas before it, adverbs, auxiliaries and a negation inside it ("arrested and
#: later charged").
_LINK_DEPS = frozenset({"cc", "punct"})
_CONJ_PREFIX_DEPS = frozenset({"advmod", "aux", "neg", "preconj"})


def shared_objects(tok) -> list:
    """'Russia invaded and annexed Crimea', 'police arrested and charged two men': a verb with no
    object of its own, joined to the next verb by only a conjunction (or a comma) and sharing its
    subject and its form, takes that verb's direct objects; else []. Not when anything but a
    conjunction, adverb or auxiliary stands between them, nor across forms ("prepared to negotiate
    and cornered X" joins two clauses)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "ccomp", "xcomp", "dative", "prt") for c in tok.children):
        return []
    nxt = next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "VERB"), None)
    if nxt is None or any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in nxt.children):
        return []
    if nxt.tag_ != tok.tag_:  # "were not prepared to negotiate and cornered X": two clauses misjoined
        return []
    if any(tok.i < c.i < nxt.i and c.dep_ not in _LINK_DEPS for c in tok.children):
        return []
    if any(c.i < nxt.i and c.dep_ not in _CONJ_PREFIX_DEPS for c in nxt.children):
        return []
    objs = [c for c in nxt.children if c.dep_ in OBJECT_DEPS and c.i > nxt.i]
    return objs or shared_objects(nxt)


def partitive_head(tok):
    """'some of its troops', 'most of the prisoners': the noun of the "of" phrase of a word of
    part (``coding_partitive_words``), else ``tok``."""
    if tok.lemma_.lower() not in PARTITIVE_WORDS and tok.lower_ not in PARTITIVE_WORDS:
        return tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return tok


def relative_head(tok):
    """The noun a relative pronoun stands for when its clause modifies a noun, else ``tok``."""
    if tok.lower_ in RELATIVE_PRONOUNS:
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl" and (clause.head.pos_ in ("NOUN", "PROPN") or clause.head.dep_ in _NOMINAL_DEPS):
            return clause.head
    return tok


#: Relations of a word that stands as a noun phrase whatever its tag ("the 26-year-old who...").
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "appos", "attr"})


def object_pronoun_target(obj, index: MentionIndex, *, avoid=()) -> "Arg | None":
    """'invaded Crimea in 2014 and later annexed it': an object pronoun stands for the nearest
    earlier actor named as an object or place (not a subject), other than ``avoid``."""
    if obj.lower_ not in PRONOUNS or obj.dep_ not in OBJECT_DEPS:
        return None
    sent = obj.sent
    earlier = [m for m in index.mentions if sent.start <= m.start and m.end <= obj.i and m not in avoid]
    for m in reversed(earlier):
        head = obj.doc[m.head]
        if head.dep_ in ("dobj", "pobj", "nsubjpass", "appos", "conj") and agrees(obj, head):
            return Arg(m, "coref", obj.i)
    return None


def prep_targets(tok, index: MentionIndex, *, preps: Collection[str], how: str = "prep") -> list[Arg]:
    """Actors in the first of ``tok``'s prepositional phrases (with one of ``preps``) that has any.
    A generic "with" phrase names its actor itself, not through an "of" phrase of a thing ("with
    the support of Moscow" names no party; "to areas of Syria" does)."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            found = args_of([g for g in c.children if g.dep_ == "pobj"], index, how=how,
                            through_of=not (how.startswith("prep-generic") and c.lower_ in ACCOMPANIMENT_PREPS))
            if found:
                return found
    return []


def dative_targets(tok, index: MentionIndex) -> list[Arg]:
    return args_of([c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"], index, how="dative")


def place_targets(tok, index: MentionIndex) -> list[Arg]:
    return prep_targets(tok, index, preps=PLACE_PREPS, how="place")


def agrees(pronoun, noun) -> bool:
    """Number agreement of a personal pronoun with a common noun ("a spokesman said ... they":
    not the spokesman). Names and other words agree with anything."""
    if pronoun.lower_ in PLURAL_PRONOUNS and noun.tag_ == "NN":
        return False
    if pronoun.lower_ in _SINGULAR_PRONOUNS and noun.tag_ == "NNS":
        return False
    return True


def quoted(tok) -> bool:
    """Whether ``tok`` is inside a quotation of its sentence."""
    return _quoted(tok.doc, tok.sent.start, tok.i)


def _quoted(doc, start: int, i: int) -> bool:
    """Whether token ``i`` is inside a quotation, counting marks from ``start`` (its sentence's
    start). A sentence the splitter cut out of a longer quotation ('and I hope they will," he
    said.') begins inside it: its first mark, odd in number, closes (it is attached to the word
    before it)."""
    sent = doc[start].sent
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
    inside = (len(marks) % 2 == 1 and marks[0] > sent.start
              and not doc[marks[0] - 1].whitespace_ and doc[marks[0]].whitespace_ != "")
    return (sum(1 for m in marks if start <= m < i) % 2 == 1) != inside


def pronoun_source(tok, index: MentionIndex, *, sent, previous_sent=None, depth: int = 0):
    """A pronoun subject resolved to the nearest earlier actor (weak): the sayer of a report verb
    governing the clause first, then the nearest earlier subject mention in the sentence (not one
    inside a quotation when the pronoun is outside it: '"Arafat is to blame," he said'), then the
    sentence before: a "he" or "she" that is the main subject there stands for the same person
    ('X arrived. "...," he said. He also rejected ...': a chain back to the named speaker)."""
    quoted = tok.lower_ in _THIRD_PERSON and _quoted(tok.doc, sent.start, tok.i)
    for anc in tok.ancestors:
        if quoted:
            break  # '"... he wanted to ...," the minister said': the speaker would say "I"
        if anc.lemma_ in SAYER_VERBS:
            # "X said it would ...", not "... when they blew themselves up, police said" (a speaker
            # named after a pronoun of the third person is who reports, not who acted)
            subj = [c for c in anc.children if c.dep_ in SUBJECT_DEPS and agrees(tok, c)
                    and (c.i < tok.i or tok.lower_ not in _THIRD_PERSON)]
            for s in subj:
                m = actor_of(s, index, subject=True)
                if m is None and s.lower_ in _PERSON_PRONOUNS and depth < LOOKBACK:
                    # '"We have taken the town," he said': the speaker "he" stands for
                    m = pronoun_source(s, index, sent=sent, previous_sent=previous_sent, depth=depth + 1)
                    if m is not None and not m.actor.country:
                        continue  # a speaker of no known country: a link to no one codable
                if m is not None:
                    return m
    if tok.lower_ in _FIRST_PERSON:
        return None  # "we", "our": the speaker, whom no say-verb of this sentence names
    earlier = [m for m in index.mentions if sent.start <= m.start and m.end <= tok.i]
    if tok.lower_ in _PERSON_PRONOUNS and not quoted:
        earlier = [m for m in earlier if not _quoted(tok.doc, sent.start, m.start)]
    plural = _plural_after_singular_subject(tok, earlier)
    if plural is not None:
        return plural
    for m in reversed(earlier):
        head = tok.doc[m.head]
        if head.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("poss",):
            return m
    if earlier:
        return earlier[-1]
    if any(t.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and t.lemma_.lower() in AGENT_NOUNS
           and index.at(t.i) is None for t in tok.doc[sent.start:tok.i]):
        return None  # "the police clashed with ... as they tried to": they are the unnamed police
    if previous_sent is not None:
        prev = [m for m in index.mentions if previous_sent.start <= m.start and m.end <= previous_sent.end]
        subjects = [m for m in prev if tok.doc[m.head].dep_ in SUBJECT_DEPS]
        if tok.lower_ in _PERSON_PRONOUNS:
            chained = _chained_person(tok, index, previous_sent, depth=depth)
            if chained is not None:
                return chained
            main = _main_subject(previous_sent)
            if main is not None and own_subject(main) not in (None, own_subject(tok)):
                return None  # '"...," he said. She accused ...': another person than his
            # "he"/"she" stands for a person, not a body the sentence before named ("He said the
            # Government would not apologise. He criticised ...")
            # ... and the agent of a passive is its doer ("was spelt out by spokesman X. He said")
            agents = [m for m in prev if tok.doc[m.head].dep_ == "pobj" and tok.doc[m.head].head.dep_ == "agent"]
            subjects = [m for m in sorted(subjects + agents, key=lambda m: m.start) if m.actor.name or m.actor.role
                        or tok.doc[m.head].lemma_.lower() in _PERSON_NOUNS | AGENT_NOUNS]
        # "the Taliban handed over weapons so the Arabs could protect themselves. They ...": of
        # the groups a plural pronoun may stand for, the latest subject (recency among subjects)
        plural = [m for m in subjects if tok.doc[m.head].tag_ in ("NNS", "NNPS")] if tok.lower_ in PLURAL_PRONOUNS else []
        if plural:
            return plural[-1]
        if subjects:
            return subjects[0]
        return earlier_subject(tok, index, before=previous_sent)
    return None


def own_subject(tok) -> str | None:
    """The subject form of a pronoun of one person ("his" -> "he"), None for any other word."""
    return _PERSON_SUBJECTS.get(tok.lower_)


def _main_subject(sent):
    """The subject of a sentence's root verb, or None."""
    return next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)


def _chained_person(tok, index: MentionIndex, previous_sent, *, depth: int):
    """'Hugo Chavez arrived on Monday. "...," he said. He also rejected ...': when the main subject
    of the sentence before is the same personal pronoun ("he" for "he"/"his"/"him", "she" for
    "she"/"her") and no actor, it and ``tok`` are one person: what it stands for (up to
    ``LOOKBACK`` sentences back), else None."""
    if depth >= LOOKBACK or previous_sent.start == tok.sent.start:
        return None
    subj = _main_subject(previous_sent)
    if subj is None or subj.lower_ != own_subject(tok) or index.at(subj.i) is not None:
        return None
    before = tok.doc[previous_sent.start - 1].sent if previous_sent.start > 0 else None
    m = pronoun_source(subj, index, sent=previous_sent, previous_sent=before, depth=depth + 1)
    if m is None or not (m.actor.name or m.actor.role):
        return None
    a = m.actor  # the pronoun's own words, marked: the link is the coder's reading
    return replace(m, actor=replace(a, text=tok.text, span=(tok.idx, tok.idx + len(tok.text)),
                                    sectors=list(a.sectors), resolved_by="coreference"))


def _plural_after_singular_subject(tok, earlier: list) -> "Any | None":
    """'Kenya will deport the migrants if they refuse to register': "they" as the subject of a
    subordinate clause (if, when, unless...) after a main clause whose subject is singular (a name
    or a singular noun) stands for the latest plural group named before it, not for that subject."""
    if tok.lower_ not in PLURAL_PRONOUNS or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "advcl":
        return None
    doc = tok.doc
    subjects = [m for m in earlier if doc[m.head].dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    if not subjects or doc[subjects[-1].head].tag_ not in ("NN", "NNP"):
        return None
    plural = [m for m in earlier if m.start > subjects[-1].start and doc[m.head].tag_ in ("NNS", "NNPS")]
    return plural[-1] if plural else None


#: How many sentences before the previous one a personal pronoun looks back for its antecedent.
LOOKBACK = 3
_PERSON_PRONOUNS = _THIRD_PERSON & _SINGULAR_PRONOUNS  # he, him, his, she, her


def earlier_subject(tok, index: MentionIndex, *, before) -> "Any | None":
    """'The rebels seized the town. ... A spokesman said ... They have since withdrawn': a personal
    pronoun of the third person whose own and previous sentences name no subject takes the latest
    subject of the ``LOOKBACK`` sentences before ``before`` that agrees with it: "he"/"she" a
    singular noun of a person, "they"/"them" a plural noun. When that subject is no actor ("the
    other seven are armed ... they threatened"), or an actor of no known country, or a state named
    bare, the pronoun stands for no actor: None (a wrong link is a false event). Weak, like every
    pronoun's antecedent."""
    if tok.lower_ not in _THIRD_PERSON:
        return None
    person = tok.lower_ in _PERSON_PRONOUNS
    doc, cur = tok.doc, before
    for _ in range(LOOKBACK):
        if cur.start == 0:
            return None
        cur = doc[cur.start - 1].sent
        for t in reversed(cur):
            if t.dep_ not in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS or t.pos_ == "PRON":
                continue
            if person != (t.tag_ in ("NN", "NNP")) or t.tag_ not in ("NN", "NNP", "NNS", "NNPS", "CD"):
                continue
            m = index.at(t.i)
            if m is None and person and t.tag_ == "NN" and t.lemma_.lower() not in AGENT_NOUNS | _PERSON_NOUNS:
                continue  # "the plan was approved": no person
            a = m.actor if m is not None else None
            if a is None or not (a.country or a.org) or (not a.sectors and not a.name and not a.org):
                return None
            if person and (a.resolved_by == "org" or not (a.name or a.role)):
                return None
            # the pronoun's own words, marked: the link is the coder's reading, not the text's
            return replace(m, actor=replace(a, text=tok.text, span=(tok.idx, tok.idx + len(tok.text)),
                                            sectors=list(a.sectors), resolved_by="coreference"))
    return None


def previous_actor(tok, index: MentionIndex, *, avoid=()) -> "Arg | None":
    """An object pronoun ("Kenyan troops later killed them") or a definite act noun ("rejected
    the accusation") with no antecedent in its own sentence: the actor of the sentence before,
    its subjects first, then its other actors, agreeing in number with a pronoun and other than
    the ``avoid`` actors (the current source) and their country. When the sentence before names
    no person or group, only places or things ("The rebels hold the airport. The town is quiet.
    We are trying to persuade them"), an earlier one of the ``LOOKBACK`` may: a party named in
    between ends the search. First-person pronouns ("asking us to investigate them") stand for the
    speaker, never for an actor of an earlier sentence: None. Weak (``coref``)."""
    if tok.lower_ in _FIRST_PERSON:
        return None
    avoid = list(avoid)
    def fits(m) -> bool:
        a = m.actor
        return (a.country is not None and a.resolved_by not in ("metonym", "place")
                and all(m is not b and (b.actor.country is None or a.country != b.actor.country) for b in avoid)
                and (tok.lower_ not in PRONOUNS or agrees(tok, tok.doc[m.head])))
    previous = tok.sent
    for _ in range(LOOKBACK):
        if previous.start == 0:
            return None
        previous = tok.doc[previous.start - 1].sent
        named = [m for m in index.mentions if previous.start <= m.start and m.end <= previous.end]
        prev = [m for m in named if fits(m)]
        subjects = [m for m in prev if tok.doc[m.head].dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
        for m in subjects + [m for m in prev if m not in subjects]:
            return Arg(m, "coref", tok.i)
        if tok.lower_ not in PRONOUNS or any(_party(m.actor) for m in named):
            return None  # an act noun points to the sentence before only; a party in between
    return None


def _party(a) -> bool:
    """Whether an actor names a person or group (a sector, a name, a body, an office), not a bare
    place or country."""
    return bool(a.sectors or a.name or a.org or a.role) and a.resolved_by not in ("metonym", "place")


def noun_actor(n, index: MentionIndex) -> Arg | None:
    """The actor a noun names itself: a modifier ("Israeli air strikes", "Russia's invasion") or a
    by-phrase ("the bombing by X")."""
    for c in n.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            m = actor_of(c, index, depth=1)
            if m is not None and c.dep_ != "poss" and m.actor.resolved_by == "metonym":
                continue  # "the Kabul bombing": a city named as a modifier is where, not who
            if m is not None:
                return Arg(m, "noun", c.i)
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            found = by_phrase_agent(c, index)
            if found is not None:
                return found
    return None


def by_phrase_agent(by, index: MentionIndex) -> Arg | None:
    """The actor of a by-phrase's object ("the bombing by X", "a rally by building workers"), or None."""
    for g in by.children:
        if g.dep_ == "pobj":
            m = actor_of(g, index, subject=True)
            if m is not None:
                return Arg(m, "agent", g.i)
    return None
