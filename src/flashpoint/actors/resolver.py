"""STUB (to be replaced by the actors work)."""
from __future__ import annotations
from dataclasses import dataclass
from ..records import Actor


@dataclass
class ActorMention:
    start: int
    end: int
    head: int
    actor: Actor


def find_actors(doc, kb, *, as_of=None) -> list[ActorMention]:
    out = []
    for ent in doc.ents:
        code = kb.names.get(ent.text.lower().removeprefix("the "))
        if code:
            out.append(ActorMention(ent.start, ent.end, ent.root.i, Actor(
                text=ent.text, span=(ent.start_char, ent.end_char), code=code, country=code,
                resolved_by="country")))
    return out


def resolve_text(text, kb, *, as_of=None, context=None):
    code = kb.names.get(text.lower())
    return Actor(text=text, span=(0, len(text)), code=code, country=code) if code else None
