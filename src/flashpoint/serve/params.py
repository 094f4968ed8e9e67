"""Query parameters -> ``EventFilter``: the same filters everywhere, each refused with its own name.

Every parameter is bounded in length (an oversized one is a 400 before anything runs), and the
store's own validation (``EventFilter``: known actor codes, CAMEO codes, PLOVER types, dates...)
decides the rest. When it refuses, the parameter at fault is found by building the filter from
each parameter alone, so the 400 names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Query

from ..errors import FlashpointError
from ..store.filters import ALL, FACTUAL, EventFilter
from .problems import ApiError, invalid

CODE_MAX = 32     # an actor, CAMEO or PLOVER code
TEXT_MAX = 200    # words searched in the sentence, an id
CURSOR_MAX = 1024


def _split(param: str, value: str | None, *, count: int | None = None) -> list[str] | None:
    if value is None or value == "":
        return None
    parts = [p.strip() for p in value.split(",")]
    if count is not None and len(parts) != count:
        raise invalid(param, f"give {count} values separated by commas (got {len(parts)})")
    return parts


def _floats(param: str, values: list[str] | None) -> tuple[float, ...] | None:
    if values is None:
        return None
    try:
        return tuple(float(v) for v in values)
    except ValueError:
        raise invalid(param, "give numbers") from None


@dataclass(frozen=True)
class FilterParams:
    """The filter parameters of a request, as given (``filter()`` validates them)."""

    values: dict[str, Any]

    def filter(self) -> EventFilter:
        """The validated filter; a refused value is a 400 naming its parameter."""
        kwargs = {name: value for name, value in self._kwargs().items() if value is not None}
        try:
            return EventFilter(**{k: v for k, (_, v) in kwargs.items()})
        except FlashpointError as exc:
            for name, (param, value) in kwargs.items():
                try:
                    EventFilter(**{name: value})
                except FlashpointError as alone:
                    raise ApiError(400, str(alone), param=param) from None
            raise ApiError(400, str(exc), param="date_from") from None  # each alone is fine: the range is backwards

    def _kwargs(self) -> dict[str, tuple[str, Any] | None]:
        v = self.values
        dyad = _split("dyad", v.get("dyad"), count=2)
        bbox = _floats("bbox", _split("bbox", v.get("bbox"), count=4))
        status = v.get("status")
        if status not in (None, FACTUAL, ALL):
            status = tuple(_split("status", status) or ())
        pairs: dict[str, tuple[str, Any]] = {
            "date_from": ("date_from", v.get("date_from")), "date_to": ("date_to", v.get("date_to")),
            "source": ("source", v.get("source")), "target": ("target", v.get("target")),
            "actor": ("actor", v.get("actor")),
            "dyad": ("dyad", tuple(dyad) if dyad else None),
            "cameo": ("cameo", v.get("cameo")), "plover_type": ("plover_type", v.get("plover_type")),
            "quad_class": ("quad_class", v.get("quad_class")), "status": ("status", status),
            "min_confidence": ("min_confidence", v.get("min_confidence")), "bbox": ("bbox", bbox),
            "text": ("q", v.get("q") or None), "doc_id": ("doc_id", v.get("doc_id")),
            "cluster_id": ("cluster_id", v.get("cluster_id")), "outlet": ("outlet", v.get("outlet")),
        }
        out: dict[str, Any] = {k: (p, val) for k, (p, val) in pairs.items() if val is not None}
        if v.get("directed") and dyad:
            out["directed"] = ("directed", True)
        return out


def filter_params(
    date_from: str | None = Query(None, max_length=10, description="Events on or after this date (YYYY-MM-DD)."),
    date_to: str | None = Query(None, max_length=10, description="Events on or before this date (YYYY-MM-DD)."),
    source: str | None = Query(None, max_length=CODE_MAX,
                               description="Source actor: a country (RUS), a CAMEO actor code (RUSMIL, a prefix) "
                                           "or an organisation (NATO)."),
    target: str | None = Query(None, max_length=CODE_MAX, description="Target actor, as `source`."),
    actor: str | None = Query(None, max_length=CODE_MAX,
                              description="An actor on either side: a country's events."),
    dyad: str | None = Query(None, max_length=2 * CODE_MAX + 1,
                             description="Two actors, comma-separated (RUS,UKR): both directions unless "
                                         "`directed`."),
    directed: bool = Query(False, description="With `dyad`: only the first acting on the second."),
    cameo: str | None = Query(None, max_length=4, description="A CAMEO root (\"19\") or code and its sub-codes."),
    plover_type: str | None = Query(None, max_length=CODE_MAX, description="A PLOVER type (ASSAULT)."),
    quad_class: int | None = Query(None, ge=1, le=4, description="QuadClass 1 to 4."),
    status: str | None = Query(None, max_length=120,
                               description="`factual` (the default: asserted, reported, historical, not "
                                           "negated), `all`, or statuses comma-separated."),
    min_confidence: float | None = Query(None, ge=0, le=1, description="The coder's confidence at least this."),
    bbox: str | None = Query(None, max_length=120,
                             description="Bounding box west,south,east,north in degrees (located events)."),
    q: str | None = Query(None, max_length=TEXT_MAX, description="Words in the sentence (case-insensitive)."),
    doc_id: str | None = Query(None, max_length=TEXT_MAX, description="The events of one document."),
    cluster_id: str | None = Query(None, max_length=TEXT_MAX, description="The reports of one happening."),
    outlet: str | None = Query(None, max_length=TEXT_MAX, description="One outlet's events."),
) -> FilterParams:
    """FastAPI dependency: the filters shared by events, counts, series, places, clusters and exports."""
    return FilterParams(dict(date_from=date_from, date_to=date_to, source=source, target=target, actor=actor,
                             dyad=dyad, directed=directed, cameo=cameo, plover_type=plover_type,
                             quad_class=quad_class, status=status, min_confidence=min_confidence, bbox=bbox,
                             q=q, doc_id=doc_id, cluster_id=cluster_id, outlet=outlet))
