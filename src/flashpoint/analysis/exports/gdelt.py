"""The GDELT 2.0 event table: one row per happening, its 61 columns in GDELT's order, tab-separated.

GDELT counts a happening once per article; here a row is a happening (a cluster, or an event no
cluster holds), drawn from its face (most confident) event, with ``NumMentions`` the cluster's
events, ``NumSources`` its outlets and ``NumArticles`` its documents (near-duplicate copies once).
Actor codes are split into GDELT's fields (country, known group, up to three type codes); the
geography uses FIPS 10-4 country codes, as GDELT's does, from ``data/exports/fips_countries.csv``.
What flashpoint does not code (tone, ethnicity, religion, ADM2, the actors' own places) is left
empty, never invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TextIO

from ...columns import LIST_SEPARATOR
from ...ontology.codes import is_state_country
from ...records import text_hash
from ...store.filters import EventFilter
from .tables import countries, gdelt_columns

#: GDELT's geographic types.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
NO_GEO = 0
US = "USA"


def global_event_id(event_id: str) -> int:
    """A 60-bit integer from the event id (GDELT's ids are integers)."""
    return int(text_hash(event_id, 15), 16)


def _actor(row: dict[str, Any], side: str) -> list[Any]:
    code, country = row.get(f"{side}_code"), row.get(f"{side}_country")
    if all(row.get(f"{side}_{k}") is None for k in ("code", "country", "sectors", "text")):
        return [""] * 10  # no actor; one with no code keeps its name (GDELT's Actor1Name) and sectors
    name = row.get(f"{side}_name") or row.get(f"{side}_text") or ""
    sectors = (row.get(f"{side}_sectors") or "").split(LIST_SEPARATOR) if row.get(f"{side}_sectors") else []
    sectors = (sectors + ["", "", ""])[:3]
    return [code or "", name.upper(), country if is_state_country(country) else "", row.get(f"{side}_org") or "",
            "", "", "", *sectors]


def _geo(row: dict[str, Any]) -> list[Any]:
    country = row.get("location_country")
    precision = row.get("location_precision")
    if country is None and row.get("location_lat") is None:
        return [NO_GEO, "", "", "", "", "", "", ""]
    known = countries().get(country or "")
    fips = known.fips if known and known.fips else ""
    if precision == "country":
        kind = GEO_COUNTRY
    elif precision == "admin1":
        kind = GEO_US_STATE if country == US else GEO_WORLD_STATE
    elif precision == "city":
        kind = GEO_US_CITY if country == US else GEO_WORLD_CITY
    else:
        kind = NO_GEO
    parts = [row.get("location_name")]
    if precision == "city":
        parts.append(row.get("location_admin1"))
    if precision != "country" and known:
        parts.append(known.name)
    full_name = ", ".join(p for p in parts if p)
    feature = fips if precision == "country" else (row.get("location_geonameid") or "")
    return [kind, full_name, fips, fips, "", _num(row.get("location_lat")), _num(row.get("location_lon")), feature]


def _num(value: Any) -> Any:
    return "" if value is None else value


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One happening (its face event's flat row with ``num_mentions``, ``num_sources``,
    ``num_articles`` and ``ingested``) as GDELT's 61 values."""
    date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
    if date is not None:
        days = 366 if date.year % 4 == 0 and (date.year % 100 != 0 or date.year % 400 == 0) else 365
        fraction = round(date.year + (date.timetuple().tm_yday - 1) / days, 4)
        dates = [date.strftime("%Y%m%d"), date.strftime("%Y%m"), date.year, f"{fraction:.4f}"]
    else:
        dates = ["", "", "", ""]
    cameo = row.get("cameo") or ""
    ingested = row.get("ingested")
    added = ingested.strftime("%Y%m%d%H%M%S") if isinstance(ingested, dt.datetime) else ""
    empty_geo = [NO_GEO, "", "", "", "", "", "", ""]
    values = [global_event_id(row["event_id"]), *dates, *_actor(row, "source"), *_actor(row, "target"),
              1 if row.get("sentence_index") == 0 else 0, cameo, cameo[:3], row.get("cameo_root") or cameo[:2],
              _num(row.get("quad_class")), _num(row.get("goldstein")), row["num_mentions"], row["num_sources"],
              row["num_articles"], "", *empty_geo, *empty_geo, *_geo(row), added, row.get("url") or ""]
    assert len(values) == len(gdelt_columns())
    return values


def _cell(value: Any) -> str:
    return " ".join(str(value).split())  # a tab or newline inside a value would shift the columns


def write(store: Any, f: EventFilter, stream: TextIO) -> int:
    n = 0
    for row in store.cluster_faces(f):
        stream.write("\t".join(_cell(v) for v in gdelt_row(row)) + "\n")
        n += 1
    return n
