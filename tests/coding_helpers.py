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
