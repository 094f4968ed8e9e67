"""A country named only as the doer of an act of war ("heavy American bombing", "Israeli air
strikes", "after two days of Russian shelling", "Turkey's offensive") is that country's armed
forces (MIL), as a careful coder writes it: only an army shells, bombs from the air or mounts an
offensive. The state as such ("the United States bombed ...") keeps no sector, as the gold
conventions code it. Acts of another kind ("a Palestinian suicide bombing", "car bombings", "a
diplomatic offensive") say nothing of an army."""

from __future__ import annotations

from dataclasses import replace

from ..ontology.codes import MILITARY_SECTOR, is_state_country
from ..records import Actor
from ..resources.words import word_list
from .chunks import Chunk, is_country_only

#: Nouns of an act of war only armed forces do, alone or with the word before them ("air strikes").
MILITARY_ACT_NOUNS = word_list("actors_military_act_nouns")
#: Words before the act's noun that make it no army's ("suicide bombing", "a charm offensive").
NOT_WAR_WORDS = word_list("actors_not_war_act_words")
#: Labels by which a country's word qualifies the act ("American bombing", "Russia's shelling").
_DOER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _military_act(head) -> bool:
    """Whether ``head`` is a noun of an act of war with no word that makes it another kind."""
    before = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in NOT_WAR_WORDS for c in before):
        return False
    words = {head.lower_, head.lemma_.lower()} | {f"{c.lower_} {head.lower_}" for c in before}
    return bool(words & MILITARY_ACT_NOUNS)


def forces_by_act(doc, found: list[tuple[Chunk, Actor | None]]) -> list[tuple[Chunk, Actor | None]]:
    """Gives MIL to a state named by its name or demonym alone as the modifier of an act of war."""
    out: list[tuple[Chunk, Actor | None]] = []
    for chunk, actor in found:
        if (actor is not None and actor.country and not actor.sectors and not actor.org and not actor.name
                and is_state_country(actor.country) and is_country_only(chunk)):
            root = doc[chunk.start:chunk.end].root
            if root.dep_ in _DOER_DEPS and root.head.i >= chunk.end and _military_act(root.head):
                actor = replace(actor, sectors=[MILITARY_SECTOR], code=actor.country + MILITARY_SECTOR)
        out.append((chunk, actor))
    return out
