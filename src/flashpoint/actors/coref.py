"""Document-level coreference: later mentions that name no country ("Putin", "Dupont", "the
minister", "the ministry") resolve to an earlier actor of the same document.

Surnames go to the FIRST full mention with that surname (the one that introduced the person);
titles and head words ("minister", "ministry", "army") go to the MOST RECENT actor with that title
or head word, as a reader would resolve "the minister" in a story about two ministers. Only a
definite phrase ("the", "this", "its"...) looks back: a bare "officials said" never does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
    ages: dict[str, Actor] = field(default_factory=dict)  # "David Hicks, 26": "26" -> Hicks, for "the 26-year-old"
    kinds: dict[str, Actor] = field(default_factory=dict)  # "an Arab Al Qaeda fighter": "arab" -> the fighter
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "the Australian Workers Union (AWU)": "AWU" -> it
    disputes: bool = False  # an earlier sentence named a union or a court: "the parties" are a dispute's

    def remember(self, doc, chunk: Chunk, *, actor: Actor) -> None:
        """Record ``actor`` under its titles, head words and role for later definite mentions; an
        organisation named alone ("Qantas") also under its sector, for "the company"."""
        if actor.country is None:
            return
        self.disputes = self.disputes or bool({"LAB", "JUD"} & set(actor.sectors))
        for word in head_words(doc, chunk, actor=actor):
            self.heads[word] = actor
        for word in kind_words(doc, chunk):
            self.kinds[word] = actor
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

    def antecedent(self, doc, chunk: Chunk) -> Actor | None:
        """The earlier actor a definite phrase without a country refers to ("the ministry")."""
        if chunk.start == 0 or doc[chunk.start - 1].lower_ not in DEFINITE:
            return None
        key = norm_key(doc[chunk.start:chunk.end].text)
        for k in ([key, key.split()[-1]] if key else []):
            if k in self.heads:
                return self.heads[k]
        return None


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
    if not memory.kinds:
        return []
    out = []
    for t in doc[start:end]:
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
