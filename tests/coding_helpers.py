"""Hand-built actor mentions for the coder's unit tests: the coder alone, without the actor finder,
so that a test of a coding rule fails only for that rule."""

from __future__ import annotations

from flashpoint.actors import ActorMention
from flashpoint.records import Actor


def country_mentions(doc, countries: dict[str, str]) -> list[ActorMention]:
    """A one-token mention for every token whose text is a key of ``countries`` (text -> code)."""
    return [ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)),
                                                  code=countries[t.text], country=countries[t.text],
                                                  resolved_by="country"))
            for t in doc if t.text in countries]


def factual_triples(nlp, lexicon, text: str, countries: dict[str, str]) -> set[tuple]:
    """(source country, CAMEO, target country) of every factual draft the coder makes of ``text``,
    with the countries of ``countries`` as its only actors."""
    from flashpoint.coding import code_doc

    doc = nlp(text)
    return {(d.source and d.source.country, d.cameo, d.target and d.target.country)
            for d in code_doc(doc, country_mentions(doc, countries), lexicon=lexicon) if d.modality.factual}
