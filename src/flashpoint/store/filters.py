"""``EventFilter``: which events a query wants, checked when built, turned into a SQL condition.

A filter is validated before any SQL runs: a backwards date range, an unknown country or actor
code, CAMEO code, PLOVER type, QuadClass or status is a numbered ``FlashpointError`` (exit status
2 on the command line), never an empty answer that looks like "nothing happened".

By default only factual events are kept (status asserted, reported or historical, not negated):
series and alerts count what happened. ``status="all"`` keeps every status.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..actors.files import SECTORS
from ..errors import FlashpointError, msg
from ..ontology import PLOVER_TYPES, load_ontology
from ..records import FACTUAL_STATUSES, STATUSES
from ..resources.datafiles import data_path, read_csv

#: ``status`` values that name a set of statuses rather than one status.
FACTUAL = "factual"
ALL = "all"
_CODE = re.compile(r"^[A-Z0-9]{3,}$")


@cache
def known_actor_codes() -> tuple[frozenset[str], frozenset[str]]:
    """(country and non-state codes, organisation codes) from the shipped knowledge base files."""
    countries = {row["iso3"] for row in read_csv(data_path("countries.csv"), required=("iso3",))}
    orgs: set[str] = set()
    for row in read_csv(data_path("organisations.csv"), required=("org", "country")):
        orgs.add(row["org"])
        countries.add(row["country"])
    return frozenset(countries), frozenset(orgs)


def check_actor(value: str, *, what: str = "actor code") -> str:
    """An actor value of a filter: a country ("RUS"), a CAMEO actor code ("RUSMIL", matched as a
    prefix) or an organisation code ("NATO"). Unknown ones are refused."""
    code = value.strip().upper()
    countries, orgs = known_actor_codes()
    if _CODE.match(code) and (code in orgs or (code[:3] in countries and _known_rest(code[3:], orgs))):
        return code
    raise FlashpointError(msg("E709", what=what, value=value, hint=(
        "Use an ISO 3166 alpha-3 country (RUS), a CAMEO actor code (RUSMIL) or an organisation code "
        "(NATO) of the knowledge base.")))


def _known_rest(rest: str, orgs: frozenset[str]) -> bool:
    """What follows the country in a CAMEO actor code: nothing, an organisation ("IGOEU"), or
    sector codes ("MILREB"); "RUSSIA" is not RUS + "SIA"."""
    if not rest or rest in orgs:
        return True
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    return all(chunk in SECTORS for chunk in chunks)


def check_date(value: str | dt.date | None, *, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FlashpointError(msg("E710", what=what, value=value, reason="use YYYY-MM-DD")) from None


def check_range(start: str | None, end: str | None) -> None:
    if start is not None and end is not None and start > end:
        raise FlashpointError(msg("E708", start=start, end=end))


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Conditions on events, all optional, combined with AND.

    ``date_from``/``date_to``: the event date, inclusive (YYYY-MM-DD). ``source``/``target``: the
    actor on that side; ``actor``: on either side (a country's events); ``dyad``: (source, target),
    both directions unless ``directed``. ``cameo``: a two-digit root, or a code and its sub-codes.
    ``status``: "factual" (default), "all", a status or a tuple of statuses. ``bbox``: (west,
    south, east, north) degrees, west > east crossing the antimeridian. ``text``: words in the
    sentence, case-insensitive. ``include_copies=False``: leave out the events of near-duplicate
    copies of a document (count each story once).
    """

    date_from: str | dt.date | None = None
    date_to: str | dt.date | None = None
    source: str | None = None
    target: str | None = None
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    cameo: str | None = None
    plover_type: str | None = None
    quad_class: int | None = None
    status: str | tuple[str, ...] = FACTUAL
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    doc_id: str | None = None
    cluster_id: str | None = None
    outlet: str | None = None
    include_copies: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date_from", check_date(self.date_from, what="date_from"))
        set_(self, "date_to", check_date(self.date_to, what="date_to"))
        check_range(self.date_from, self.date_to)
        set_(self, "source", _optional_actor(self.source, what="source actor code"))
        set_(self, "target", _optional_actor(self.target, what="target actor code"))
        set_(self, "actor", _optional_actor(self.actor, what="actor code"))
        if self.dyad is not None:
            if len(self.dyad) != 2:
                raise FlashpointError(msg("E710", what="dyad", value=self.dyad, reason="give two actors"))
            set_(self, "dyad", tuple(check_actor(a, what="dyad actor code") for a in self.dyad))
        if self.cameo is not None:
            set_(self, "cameo", _check_cameo(self.cameo))
        if self.plover_type is not None:
            kind = self.plover_type.strip().upper()
            if kind not in PLOVER_TYPES:
                raise FlashpointError(msg("E709", what="PLOVER type", value=self.plover_type,
                                          hint=f"PLOVER types: {', '.join(PLOVER_TYPES)}."))
            set_(self, "plover_type", kind)
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise FlashpointError(msg("E709", what="QuadClass", value=self.quad_class,
                                      hint="QuadClass is 1, 2, 3 or 4."))
        set_(self, "status", _check_status(self.status))
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise FlashpointError(msg("E710", what="confidence", value=self.min_confidence,
                                      reason="give a number from 0 to 1"))
        if self.bbox is not None:
            set_(self, "bbox", _check_bbox(self.bbox))


def _optional_actor(value: str | None, *, what: str) -> str | None:
    return None if value is None else check_actor(value, what=what)


def _check_cameo(value: str) -> str:
    code = str(value).strip()
    if code not in load_ontology():
        raise FlashpointError(msg("E709", what="CAMEO code", value=value, hint=(
            "Give a two-digit root (\"19\") or a code of the CAMEO table (\"193\"), with leading zeros.")))
    return code


def _check_status(value: str | tuple[str, ...]) -> str | tuple[str, ...]:
    if value in (FACTUAL, ALL):
        return value
    values = (value,) if isinstance(value, str) else tuple(value)
    unknown = [v for v in values if v not in STATUSES]
    if unknown or not values:
        raise FlashpointError(msg("E709", what="status", value=value, hint=(
            f"Give {FACTUAL!r}, {ALL!r} or statuses among: {', '.join(STATUSES)}.")))
    return values


def _check_bbox(bbox: Any) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise FlashpointError(msg("E710", what="bounding box", value=bbox,
                                  reason="give four numbers: west, south, east, north")) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise FlashpointError(msg("E710", what="bounding box", value=bbox, reason=(
            "longitudes in -180..180, latitudes in -90..90 with south <= north")))
    return west, south, east, north


# -- SQL ----------------------------------------------------------------------------------------------


def _side(side: str, code: str, params: list[Any]) -> str:
    """Events whose ``side`` actor (source or target) is ``code``. A country code is the actor's
    country or organisation (every actor code of a country starts with it): two comparisons, not
    four, on the queries that matter most for speed (dyads, countries)."""
    if len(code) == 3 and code in known_actor_codes()[0]:
        params.extend([code, code])
        return f"({side}_country = ? OR {side}_org = ?)"
    params.extend([code, code, code, code + "%"])
    return (f"({side}_country = ? OR {side}_org = ? OR {side}_code = ? OR {side}_code LIKE ?)")


def where(f: EventFilter | None) -> tuple[str, list[Any]]:
    """The SQL condition (with ``?`` placeholders) and its parameters; "TRUE" for no condition."""
    if f is None:
        f = EventFilter()
    parts: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        parts.append("date >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        parts.append("date <= ?")
        params.append(f.date_to)
    if f.source is not None:
        parts.append(_side("source", f.source, params))
    if f.target is not None:
        parts.append(_side("target", f.target, params))
    if f.actor is not None:
        parts.append("(" + _side("source", f.actor, params) + " OR " + _side("target", f.actor, params) + ")")
    if f.dyad is not None:
        a, b = f.dyad
        forward = _side("source", a, params) + " AND " + _side("target", b, params)
        if f.directed:
            parts.append(f"({forward})")
        else:
            backward = _side("source", b, params) + " AND " + _side("target", a, params)
            parts.append(f"(({forward}) OR ({backward}))")
    if f.cameo is not None:
        if len(f.cameo) == 2:
            parts.append("cameo_root = ?")
            params.append(f.cameo)
        else:
            parts.append("(cameo = ? OR cameo LIKE ?)")
            params.extend([f.cameo, f.cameo + "_"])
    if f.plover_type is not None:
        parts.append("plover_type = ?")
        params.append(f.plover_type)
    if f.quad_class is not None:
        parts.append("quad_class = ?")
        params.append(f.quad_class)
    if f.status == FACTUAL:
        parts.append("list_contains(?, status) AND NOT negated")
        params.append(sorted(FACTUAL_STATUSES))
    elif f.status != ALL:
        parts.append("list_contains(?, status)")
        params.append(list(f.status))
    if f.min_confidence is not None:
        parts.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.bbox is not None:
        west, south, east, north = f.bbox
        parts.append("location_lat BETWEEN ? AND ?")
        params.extend([south, north])
        if west <= east:
            parts.append("location_lon BETWEEN ? AND ?")
            params.extend([west, east])
        else:
            parts.append("(location_lon >= ? OR location_lon <= ?)")
            params.extend([west, east])
    if f.text:
        parts.append("contains(lower(sentence), lower(?))")
        params.append(f.text)
    for column in ("doc_id", "cluster_id", "outlet"):
        value = getattr(f, column)
        if value is not None:
            parts.append(f"{column} = ?")
            params.append(value)
    if not f.include_copies:
        parts.append("dup_of IS NULL")
    return (" AND ".join(parts) or "TRUE"), params
