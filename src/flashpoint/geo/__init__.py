"""Places: an embedded gazetteer and toponym resolution, and the location of each event.

Interface used by the pipeline (keep it stable):

- ``load_gazetteer() -> Gazetteer`` (cached)
- ``find_places(doc, gazetteer, *, actor_mentions) -> list[PlaceMention]``
- ``locate_event(doc, trigger_i, places) -> Place | None``
"""

from .gazetteer import Gazetteer, load_gazetteer
from .toponyms import PlaceMention, find_places, locate_event

__all__ = ["Gazetteer", "load_gazetteer", "PlaceMention", "find_places", "locate_event"]
