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

    def remember(self, doc, chunk: Chunk, *, actor: Actor) -> None:
        """Record ``actor`` under its titles, head words and role for later definite mentions; an
        organisation named alone ("Qantas") also under its sector, for "the company"."""
        if actor.country is None:
            return
        for word in head_words(doc, chunk, actor=actor):
            self.heads[word] = actor
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
