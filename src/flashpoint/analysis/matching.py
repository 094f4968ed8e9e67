"""Can two events report the same happening? The rules of STORE.md, one small function each.

Two events are compatible when they have

- the same actors: the same source country, and the same target country or one target unknown;
  sectors equal, one of them not given ("Russia" and "Russian forces"), both of the state's
  apparatus ("Russian police" and "the Russian authorities") or both of the civilian population
  ("protesters" and "students"); rebels and the government are two, and so are rebels and civilians;
- the same kind of action: the same PLOVER type, or the same CAMEO root;
- dates within ``DAY_SLACK`` day of each other, a coarse date standing for its whole week, month or
  year ("in March" is compatible with any day of March);
- compatible places: the same place, one inside the other (a city and its province, region or
  country; a city whose province the gazetteer does not know is taken to be inside), or one of them
  unknown.

A cluster is a set of pairwise compatible events (complete linkage): an event with no place joins a
cluster of Kharkiv reports or one of Zaporizhzhia reports, never both at once.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..columns import LIST_SEPARATOR
from ..ontology.codes import CIVILIAN_SECTORS, STATE_APPARATUS_SECTORS, UNKNOWN_SECTORS

#: Days two dated happenings may lie apart and still be one (a report dated by its publication the
#: day after the happening).
DAY_SLACK = 1
#: Two located places closer than this are one (the gazetteer's twin entries of a town).
SAME_PLACE_KM = 5.0
#: Place precisions from the finest; a finer place can lie inside a coarser one.
PLACE_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3}


@dataclass(frozen=True, kw_only=True)
class Member:
    """The fields of one event that clustering reads (a row of ``CLUSTER_EVENT_COLUMNS``)."""

    event_id: str
    doc_id: str
    published: str | None
    date: str
    date_precision: str | None
    source_country: str
    source_sectors: frozenset[str]
    source_code: str | None
    target_country: str | None
    target_sectors: frozenset[str]
    target_code: str | None
    cameo: str
    cameo_root: str
    plover_type: str | None
    quad_class: int | None
    goldstein: float | None
    location_name: str | None
    location_country: str | None
    location_admin1: str | None
    location_lat: float | None
    location_lon: float | None
    location_geonameid: int | None
    location_precision: str | None
    quantities: tuple[dict[str, Any], ...]
    confidence: float
    outlet: str | None = None
    cluster_id: str | None = None
    sentence_index: int | None = None
    sentence: str | None = None
    location_text: str | None = None
    place_inferred: bool = False  # placed by ``places.infer_places``, not by the coder

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Member":
        return cls(
            event_id=row["event_id"], doc_id=row["doc_id"], published=row.get("published"), date=row["date"],
            date_precision=row.get("date_precision"), source_country=row["source_country"],
            source_sectors=_sectors(row.get("source_sectors")), source_code=row.get("source_code"),
            target_country=row.get("target_country"), target_sectors=_sectors(row.get("target_sectors")),
            target_code=row.get("target_code"), cameo=row["cameo"], cameo_root=row["cameo_root"],
            plover_type=row.get("plover_type"), quad_class=row.get("quad_class"), goldstein=row.get("goldstein"),
            location_name=row.get("location_name"), location_country=row.get("location_country"),
            location_admin1=row.get("location_admin1"), location_lat=row.get("location_lat"),
            location_lon=row.get("location_lon"), location_geonameid=row.get("location_geonameid"),
            location_precision=row.get("location_precision"),
            quantities=tuple(json.loads(row["quantities"])) if row.get("quantities") else (),
            confidence=float(row.get("confidence") or 0.0), outlet=row.get("outlet"),
            cluster_id=row.get("cluster_id"), sentence_index=row.get("sentence_index"),
            sentence=row.get("sentence"), location_text=row.get("location_text"))

    @cached_property
    def interval(self) -> tuple[int, int]:
        """The days (ordinals) the event's date may stand for, first and last."""
        return date_interval(self.date, self.date_precision)

    @property
    def located(self) -> bool:
        """Placed in a country at least (a region without a country, "Europe", says nothing)."""
        return self.location_country is not None


def _sectors(joined: str | None) -> frozenset[str]:
    return frozenset(joined.split(LIST_SEPARATOR)) if joined else frozenset()


def date_interval(date: str, precision: str | None) -> tuple[int, int]:
    """First and last day (ordinals) of a date at its precision: a week from its Monday, a month
    or a year from its first day."""
    day = dt.date.fromisoformat(date)
    start = day.toordinal()
    if precision == "week":
        return start, start + 6
    if precision == "month":
        return start, start + calendar.monthrange(day.year, day.month)[1] - day.day
    if precision == "year":
        return start, dt.date(day.year, 12, 31).toordinal()
    return start, start


# -- the rules ------------------------------------------------------------------------------------


def same_sectors(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same sectors, one side without sectors (or only unknown ones: "unidentified armed
    forces"), both parts of the state's apparatus, or both of the civilian population."""
    a, b = a - UNKNOWN_SECTORS, b - UNKNOWN_SECTORS
    return (a == b or not a or not b or (a <= STATE_APPARATUS_SECTORS and b <= STATE_APPARATUS_SECTORS)
            or (a <= CIVILIAN_SECTORS and b <= CIVILIAN_SECTORS))


def same_actor(country_a: str | None, sectors_a: frozenset[str], country_b: str | None,
               sectors_b: frozenset[str]) -> bool:
    """One actor: the same country and compatible sectors."""
    return country_a == country_b and same_sectors(sectors_a, sectors_b)


def same_actors(a: Member, b: Member) -> bool:
    if not same_actor(a.source_country, a.source_sectors, b.source_country, b.source_sectors):
        return False
    if a.target_country is None or b.target_country is None:
        return True
    return same_actor(a.target_country, a.target_sectors, b.target_country, b.target_sectors)


def same_action(a: Member, b: Member) -> bool:
    """The same PLOVER type, or the same CAMEO root."""
    return (a.plover_type is not None and a.plover_type == b.plover_type) or a.cameo_root == b.cameo_root


def close_dates(a: Member, b: Member, *, slack: int = DAY_SLACK) -> bool:
    (a0, a1), (b0, b1) = a.interval, b.interval
    return a0 <= b1 + slack and b0 <= a1 + slack


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Member, b: Member) -> bool:
    """Places compatible: one unknown, the same, or one inside the other."""
    if not a.located or not b.located:
        return True
    if a.location_country != b.location_country:
        return False
    rank_a = PLACE_RANK.get(a.location_precision or "", 0)
    rank_b = PLACE_RANK.get(b.location_precision or "", 0)
    if PLACE_RANK["country"] in (rank_a, rank_b) or PLACE_RANK["region"] in (rank_a, rank_b):
        return True  # a country holds every place of that country; a region's bounds are loose
    if a.location_geonameid is not None and a.location_geonameid == b.location_geonameid:
        return True
    if rank_a != rank_b:  # a city and a province: inside unless the city is known to be elsewhere
        finer, coarser = (a, b) if rank_a < rank_b else (b, a)
        return finer.location_admin1 is None or finer.location_admin1 in (
            coarser.location_admin1, coarser.location_name)
    if a.location_name == b.location_name:
        return True
    if None not in (a.location_lat, a.location_lon, b.location_lat, b.location_lon):
        return distance_km(a.location_lat, a.location_lon, b.location_lat, b.location_lon) <= SAME_PLACE_KM
    return False


def compatible(a: Member, b: Member) -> bool:
    """Whether ``a`` and ``b`` may report one happening (every rule above)."""
    return same_action(a, b) and same_actors(a, b) and close_dates(a, b) and same_place(a, b)


def affinity(a: Member, b: Member) -> int:
    """How much two compatible events share beyond what compatibility needs: picks the cluster an
    event joins when several would take it."""
    return ((a.cameo == b.cameo) + (a.source_code == b.source_code) + (a.target_code == b.target_code)
            + (a.date == b.date) + (a.located and b.located and a.location_name == b.location_name))
