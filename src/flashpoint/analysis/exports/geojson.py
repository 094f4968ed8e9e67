"""GeoJSON: the located events as a FeatureCollection of points ([lon, lat], WGS 84), written as
it streams (one feature per line, so a large export never sits in memory)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ...store.filters import EventFilter
from .flat import rows

#: The flat columns each feature carries as properties.
PROPERTIES = ("event_id", "cluster_id", "date", "date_precision", "source_code", "source_country", "cameo",
              "plover_type", "quad_class", "goldstein", "target_code", "target_country", "status", "confidence",
              "location_name", "location_country", "location_admin1", "location_precision", "location_geonameid",
              "sentence", "doc_id", "url", "outlet", "published")


def feature(row: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["location_lon"], row["location_lat"]]},
            "properties": {k: row.get(k) for k in PROPERTIES}}


def write(store: Any, f: EventFilter, stream: TextIO) -> int:
    stream.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows(store, f):
        if row.get("location_lat") is None or row.get("location_lon") is None:
            continue
        stream.write(("," if n else "") + json.dumps(feature(row), ensure_ascii=False) + "\n")
        n += 1
    stream.write("]}\n")
    return n
