"""Actors: the knowledge base (countries, organisations, sectors, people with dated roles) and
the resolver that turns mentions in a parsed sentence into ``Actor`` records as of a date.

Interface used by the pipeline (keep it stable):

- ``load_kb(extra_files=()) -> KnowledgeBase`` (cached for the shipped data)
- ``find_actors(doc, kb, *, as_of) -> list[ActorMention]`` (sorted by start, non-overlapping)
- ``resolve_text(text, kb, *, as_of=None, context=None) -> Actor | None``
"""

from .kb import KnowledgeBase
from .loading import load_kb
from .resolver import ActorMention, find_actors, resolve_text

__all__ = ["KnowledgeBase", "load_kb", "ActorMention", "find_actors", "resolve_text"]
