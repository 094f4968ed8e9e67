"""Document-level coreference: later mentions that name no country ("Putin", "Dupont", "the
minister", "the ministry") resolve to an earlier actor of the same document.

Surnames go to the FIRST full mention with that surname (the one that introduced the person);
titles and head words ("minister", "ministry", "army") go to the MOST RECENT actor with that title
or head word, as a reader would resolve "the minister" in a story about two ministers. Only a
definite phrase ("the", "this", "its"...) looks back: a bare "officials said" never does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..ontology.codes import NON_STATE_CODES
from ..records import Actor
from .chunks import Chunk
from ..nlp.normalise import norm_key
from ..resources.words import word_list

#: Words that make a phrase definite, so that it may refer back.
DEFINITE = word_list("actors_definite_words")


@dataclass
class Memory:
    """What earlier mentions in the document make resolvable later (coreference)."""

    surnames: dict[str, Actor] = field(default_factory=dict)  # first full mention per surname
    heads: dict[str, Actor] = field(default_factory=dict)  # latest mention per title / head word
    people: dict[str, Actor] = field(default_factory=dict)  # first full mention per person_id
    orgs: dict[str, dict[str, Actor]] = field(default_factory=dict)  # sector -> org -> its first mention
    state: str | None = None  # the state an earlier sentence last named as its subject ("Israel said")
    governments: set[str] = field(default_factory=set)  # states whose government earlier sentences named
    place: str | None = None  # the country of the last place an earlier sentence named ("in Kandahar")
    newcomer: str | None = None  # the country of "an Adelaide man" not yet named ("David Hicks, 26, ...")
    unnamed: Actor | None = None  # the last sentence's subject, an office with no name ("The head of X denied ...")
    ages: dict[str, Actor] = field(default_factory=dict)  # "David Hicks, 26": "26" -> Hicks, for "the 26-year-old"
    kinds: dict[str, Actor] = field(default_factory=dict)  # "an Arab Al Qaeda fighter": "arab" -> the fighter
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "the Australian Workers Union (AWU)": "AWU" -> it
    disputes: bool = False  # an earlier sentence named a union or a court: "the parties" are a dispute's
    officials: set[str] = field(default_factory=set)  # states of ministers, MPs, opposition leaders named
    person: Actor | None = None  # the person an earlier sentence last named with a country, its subject first ("his government")
    member: tuple[int, Actor] | None = None  # "a wounded Al Qaeda fighter" (its head token): "seven others" are of it
    scanned: int = 0  # the token up to which counts of the member's fellows were looked for

    def remember(self, doc, chunk: Chunk, *, actor: Actor) -> None:
        """Record ``actor`` under its titles, head words and role for later definite mentions; an
        organisation named alone ("Qantas") also under its sector, for "the company"."""
        if actor.country is None:
            return
        self.disputes = self.disputes or bool({"LAB", "JUD"} & set(actor.sectors))
        if actor.name and len(actor.sectors) == 1 and actor.sectors[0] in _STATE_POLITICS \
                and actor.country not in NON_STATE_CODES:
            self.officials.add(actor.country)
        for word in head_words(doc, chunk, actor=actor):
            self.heads[word] = actor
        for word in kind_words(doc, chunk):
            self.kinds[word] = actor
        if is_member(doc, chunk, actor=actor):
            self.member = (doc[chunk.start:chunk.end].root.i, actor)
        if actor.org and actor.resolved_by == "org" and len(chunk.atoms) == 1 and len(actor.sectors) == 1:
            self.orgs.setdefault(actor.sectors[0], {}).setdefault(actor.org, actor)

    def organisation(self, doc, chunk: Chunk, *, sector: str | None) -> Actor | None:
        """'Qantas ... the airline's proposals': a definite singular phrase of an organisation's
        sector ("the company", "the firm") stands for the one organisation of that sector named
        before it in the document; None with none or several."""
        root = doc[chunk.start:chunk.end].root
        if (sector is None or root.tag_ not in ("NN", "NNP") or chunk.start == 0
                or doc[chunk.start - 1].lower_ not in DEFINITE):
            return None
        named = self.orgs.get(sector, {})
        return next(iter(named.values())) if len(named) == 1 else None

    def officials_state(self) -> str | None:
        """'Prime Minister John Howard ... He said the Government would not apologise': the one
        state whose government people the document named so far, for a later "the Government";
        None with none or several."""
        return next(iter(self.officials)) if len(self.officials) == 1 else None

    def antecedent(self, doc, chunk: Chunk) -> Actor | None:
        """The earlier actor a definite phrase without a country refers to ("the ministry")."""
        if chunk.start == 0 or doc[chunk.start - 1].lower_ not in DEFINITE:
            return None
        key = norm_key(doc[chunk.start:chunk.end].text)
        for k in ([key, key.split()[-1]] if key else []):
            if k in self.heads:
                return self.heads[k]
        return None


#: Sectors of a state's own politics: a person of one named makes "the Government" that state's
#: ("Opposition leader X criticised the Government").
_STATE_POLITICS = frozenset({"GOV", "OPP", "LEG"})


#: Kinds of atoms that name a person: a named person is no member standing for a group.
_PERSON_KINDS = frozenset({"person", "surname", "unknown_person"})


def is_member(doc, chunk: Chunk, *, actor: Actor) -> bool:
    """'a wounded Arab Al Qaeda fighter', 'a Hamas militant': one person named by a group (a body
    or a sector) and no name, whose fellows a later "seven others" may be."""
    root = doc[chunk.start:chunk.end].root
    return (root.tag_ == "NN" and root.lemma_.lower() in MEMBER_NOUNS and bool(actor.org or actor.sectors) and not chunk.kinds & _PERSON_KINDS
            and actor.resolved_by != "coreference")


#: Nouns of one person of a group ("fighter", "militant", "soldier"), not of a body ("the army").
MEMBER_NOUNS = word_list("actors_member_nouns")
#: How many sentences after the member "the other seven" may still stand for its fellows.
MEMBER_REACH = 4


def fellows(doc, start: int, end: int, *, memory: "Memory", taken: set[int]) -> list[tuple[int, int, int, Actor]]:
    """'an Al Qaeda fighter was arrested, but seven others remain barricaded', 'the other seven',
    'three more': a count of people with "other(s)" or "more" (``actors_fellow_words``) after a
    member of a group (``is_member``), in the ``MEMBER_REACH`` sentences after its own, is that group:
    (start, end, head, actor) as coreference. Looks at tokens ``[start, end)`` outside ``taken``,
    at those before it not looked at yet, and on through the sentences after it that name no one
    (``_NAME_LABELS``), which the caller, going from actor to actor, does not visit ("They
    captured three more on Tuesday.")."""
    if memory.member is None:
        return []
    at, member = memory.member
    own = doc[at].sent
    following = []  # the MEMBER_REACH sentences after the member's own
    while len(following) < MEMBER_REACH and (following[-1] if following else own).end < len(doc):
        following.append(doc[(following[-1] if following else own).end].sent)
    reach = following[-1].end if following else own.end
    if start >= reach:
        return []
    stop = end
    for s in following:
        if s.start < end:
            continue
        if any(e.label_ in _NAME_LABELS for e in s.ents):
            break
        stop = s.end
    begin = max(memory.scanned, at + 1)
    memory.scanned = max(memory.scanned, stop)
    out = []
    for t in doc[begin:min(stop, reach)]:
        if t.i in taken or not _fellow_count(t):
            continue
        first = min([c.i for c in t.children if c.dep_ in ("det", "amod", "nummod") and c.i < t.i] + [t.i])
        last = max([c.i for c in t.children if c.dep_ == "amod" and c.lower_ in FELLOW_WORDS] + [t.i])
        if any(i in taken for i in range(first, last + 1)) or first < own.end:
            continue  # in the member's own sentence, the others are mostly acted on with it ("killed one and wounded two others")
        span = doc[first:last + 1]
        out.append((first, last + 1, t.i, replace(member, text=span.text, span=(span.start_char, span.end_char),
                                                  sectors=list(member.sectors), name=None, role=None,
                                                  resolved_by="coreference")))
    return out


#: Entity labels of names: a sentence that names someone is visited by the caller itself.
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


#: Words of "others"/"more" that make a count the fellows of someone named before.
FELLOW_WORDS = word_list("actors_fellow_words")


def _fellow_count(t) -> bool:
    """'seven others' (others with a number), 'the other seven' (a number with "other"),
    'three more' (a number with "more"), as a subject or object."""
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj", "pobj", "appos"):
        return False
    if t.lower_ in FELLOW_WORDS and t.tag_ in ("NNS", "JJR"):  # "seven others", "arrested two more"
        return any(c.dep_ == "nummod" and c.tag_ == "CD" for c in t.children)
    return t.tag_ == "CD" and any(c.dep_ in ("amod", "advmod") and c.lower_ in FELLOW_WORDS for c in t.children)


def kind_words(doc, chunk: Chunk) -> list[str]:
    """'a wounded Arab Al Qaeda fighter': capitalised words of kind (an ethnic or other name no
    country resolves) that modify the mention's head from outside it, under which a later "the
    Arabs" finds it; a word that names an actor itself is a mention of its own."""
    root = doc[chunk.start:chunk.end].root
    return [kind_key(t.text) for t in doc[root.left_edge.i:chunk.start]
            if t.dep_ in ("amod", "compound", "nmod") and t.tag_ in ("NNP", "NNPS", "JJ")
            and t.text[:1].isupper() and t.is_alpha and t.i > root.left_edge.i - (t.i == 0)]


def kind_key(word: str) -> str:
    """'Arabs', 'Arab' -> 'arab'."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def described(doc, start: int, end: int, *, memory: "Memory", taken: set[int]) -> list[tuple[int, int, int, Actor]]:
    """'The Arabs were admitted to hospital': a definite plural of a word of kind the memory holds
    (``kind_words``), in tokens ``[start, end)`` outside ``taken``, as (start, end, head, actor)
    corefering with the earlier actor; [] when the memory holds no such word (most documents)."""
    out = fellows(doc, start, end, memory=memory, taken=taken)
    taken = taken | {i for a, b, _, _ in out for i in range(a, b)}
    for t in doc[start:end] if memory.kinds else ():
        h = t.head
        if (t.dep_ == "det" and t.lower_ in DEFINITE and h.i == t.i + 1 and h.tag_ in ("NNPS", "NNS")
                and h.i not in taken and t.i not in taken and kind_key(h.text) in memory.kinds):
            antecedent = memory.kinds[kind_key(h.text)]
            span = doc[t.i:h.i + 1]
            out.append((t.i, h.i + 1, h.i, replace(antecedent, text=span.text, span=(span.start_char, span.end_char),
                                                   sectors=list(antecedent.sectors), resolved_by="coreference")))
    return out


def head_words(doc, chunk: Chunk, *, actor: Actor) -> list[str]:
    """Keys under which a later definite mention ("the minister", "the ministry") finds this one."""
    words: list[str] = []
    for a in chunk.atoms:
        if a.kind in ("title", "sector"):
            key = norm_key(doc[a.start:a.end].text)
            words += [key, key.split()[-1]]
    if actor.role:
        role = norm_key(actor.role.removeprefix("former "))
        if role:
            words += [role, role.split()[-1]]
    return words


def corefer(doc, chunk: Chunk, *, antecedent: Actor) -> Actor:
    """``antecedent`` as named by this later mention (its own text and span)."""
    span = doc[chunk.start:chunk.end]
    return replace(antecedent, text=span.text, span=(span.start_char, span.end_char),
                   sectors=list(antecedent.sectors), resolved_by="coreference")
