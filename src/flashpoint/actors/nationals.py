"""People named with their nationality in apposition: "Zacarias Moussaoui, a French national",
"Ahmed Hassan, a Pakistani citizen", "a Briton, Mark Jones". The gold conventions code an
individual by nationality, with no sector unless a role is given (tests/gold/README.md), so the
name takes the country of its apposition and no sector: "citizen" and "national" say whose
passport, not what the person does ("a Chinese student" keeps EDU on its own phrase)."""

from __future__ import annotations

from dataclasses import replace

from ..ontology.codes import NON_STATE_CODES
from ..records import Actor
from ..resources.words import word_list
from .chunks import Chunk

#: Nouns of a person that a nationality qualifies and that add nothing else ("a French national",
#: "an Australian man").
NATIONALITY_NOUNS = word_list("actors_nationality_nouns")
#: Atom kinds of a name the knowledge base does not know.
_NAME_KINDS = frozenset({"unknown_person", "surname"})


def _nationality(doc, tok, found: list[tuple[Chunk, Actor | None]]) -> str | None:
    """The state an apposition token names as a nationality: a demonym used as a noun ("an
    Australian", "a Yemeni") or one that qualifies a noun of ``NATIONALITY_NOUNS`` ("a French
    national"); None otherwise ("a French diplomat" is a role, resolved on its own)."""
    words = {tok.i}
    if tok.lemma_.lower() in NATIONALITY_NOUNS or tok.lower_ in NATIONALITY_NOUNS:
        words |= {c.i for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i}
    elif tok.ent_type_ != "NORP":
        return None
    states = {a.country for c, a in found
              if a is not None and a.country and a.country not in NON_STATE_CODES and c.kinds <= {"country", "sector"}
              and any(c.start <= i < c.end for i in words)}
    return states.pop() if len(states) == 1 else None


def nationals_by_apposition(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """A name of no country whose apposition (either side of the comma) gives a nationality takes
    it (``resolved_by`` "demonym", no sector); the apposition's own phrase is left as it is."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        unnamed = actor is None or (actor.name and not actor.country and not actor.sectors and not actor.org)
        if unnamed and chunk.kinds <= _NAME_KINDS:
            root = doc[chunk.start:chunk.end].root
            near = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                near.append(root.head)
            country = next((s for s in (_nationality(doc, t, found) for t in near) if s), None)
            if country is not None and actor is not None:
                actor = replace(actor, country=country, code=country, resolved_by="demonym")
            elif country is not None:
                span = doc[chunk.start:chunk.end]
                actor = Actor(text=span.text, span=(span.start_char, span.end_char), code=country,
                              country=country, sectors=[], name=span.text, resolved_by="demonym")
        out.append((chunk, actor))
    return out
