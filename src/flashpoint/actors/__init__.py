"""Actors: the knowledge base (countries, organisations, sectors, people with dated roles) and
the resolver that turns mentions in a parsed sentence into ``Actor`` records as of a date.

Interface used by the pipeline (keep it stable):

- ``load_kb(extra_files=()) -> KnowledgeBase`` (cached for the shipped data)
- ``find_actors(doc, kb, *, as_of) -> list[ActorMention]`` (sorted by start, non-overlapping)
- ``resolve_text(text, kb, *, as_of=None, context=None) -> Actor | None``

Modules: the knowledge base is ``kb`` (the indexes and lookups) over ``entries`` (countries,
names, titles, sector words) and ``roles`` (dated organisation periods and people's offices),
loaded by ``loading`` from the files described in ``files``; ``names`` has surnames and the
n-gram window. Finding actors: ``atoms`` (known names in a sentence), ``chunks`` (names of one
phrase), ``resolver`` (each phrase to an ``Actor``), with ``people`` (a person's office on a
date), ``coref`` (later mentions) and ``sovereignty`` (places that changed state). Place names
that stand for their country ("Samarra") are looked up in the gazetteer, handed to the
knowledge base when it is built (``flashpoint.geo.place_country``).
"""

from .kb import KnowledgeBase
from .loading import load_kb
from .resolver import ActorMention, find_actors, resolve_text

__all__ = ["KnowledgeBase", "load_kb", "ActorMention", "find_actors", "resolve_text"]
