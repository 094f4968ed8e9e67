"""The REST API's resources, under /api (read-only, except POST /api/documents with the token).

Routes are thin: they check parameters, ask the store (``ApiReader``, on the request's own cursor
with a time limit) or the analysis, and shape the answer with the models generated from the field
spec. Every error leaves through ``problems`` in the one shape.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import msg
from ..store.reading import EVENT_COLUMNS
from ..version import __version__
from . import analysis_bridge
from .labels import PRIVATE_COLUMNS
from .models import (ActorRow, Article, Counts, DocumentView, EventPage, Evidence, Health, PlaceRow, Series, Stored)
from .params import CODE_MAX, CURSOR_MAX, TEXT_MAX, FilterParams, filter_params
from .problems import ERROR_RESPONSES, ApiError, ErrorBody, invalid, not_found
from .records import document_spans, highlights, unflatten
from .state import ServerStore

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


def server(request: Request) -> ServerStore:
    return request.app.state.server


def _sort(sort: str) -> tuple[str, bool]:
    column, descending = (sort[1:], True) if sort.startswith("-") else (sort, False)
    if column not in EVENT_COLUMNS:
        raise invalid("sort", f"unknown column {column!r}; sort by a column of the event row, '-' in front "
                              "for descending (-date)")
    return column, descending


def _limit(value: int | None, srv: ServerStore) -> int:
    limit = srv.limits.page_default if value is None else value
    if not 1 <= limit <= srv.limits.page_max:
        raise invalid("limit", f"give 1 to {srv.limits.page_max} (got {limit})")
    return limit


# -- health and counts ----------------------------------------------------------------------------------


@router.get("/health", response_model=Health, summary="Is the server up, and on which store")
def health(srv: ServerStore = Depends(server)) -> dict[str, Any]:
    with srv.reading() as reader:
        counts = reader.counts()
        return {"status": "ok", "version": __version__, "store": srv.store.path,
                "schema_version": reader.schema_version(), "writable": srv.writable,
                "events": counts["events"], "documents": counts["documents"]}


@router.get("/counts", response_model=Counts, summary="Rows of each table; matching events by one column")
def counts(by: str | None = Query(None, max_length=CODE_MAX, description="Count matching events by this "
                                  "column: quad_class, cameo_root, plover_type, status, source_country, "
                                  "target_country, location_country, outlet, date, year, month."),
           limit: int = Query(100, ge=1, le=1000, description="Largest groups first, at most this many."),
           params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    selection = params.filter()
    with srv.reading() as reader:
        answer: dict[str, Any] = {"tables": reader.counts()}
        if by is not None:
            from ..store.api_queries import GROUPS

            if by not in GROUPS:
                raise invalid("by", f"count by one of {', '.join(GROUPS)}")
            answer.update(by=by, matching=reader.count_events(selection),
                          groups=reader.count_by(selection, by=by, limit=limit))
        return answer


# -- events ----------------------------------------------------------------------------------------------


@router.get("/events", response_model=EventPage, summary="Events matching the filters, a page at a time")
def events(sort: str = Query("date", max_length=64, description="A column of the event row; '-' in front "
                             "for descending (-confidence)."),
           limit: int | None = Query(None, description="Events per page (default 50, at most 500)."),
           cursor: str | None = Query(None, max_length=CURSOR_MAX, description="`next_cursor` of the "
                                      "previous page."),
           params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    column, descending = _sort(sort)
    size = _limit(limit, srv)
    selection = params.filter()
    with srv.reading() as reader:
        try:
            page = reader.events(selection, sort=column, descending=descending, limit=size, cursor=cursor)
        except Exception as exc:
            if str(exc).startswith("[E711]"):
                raise ApiError(400, str(exc), param="cursor") from None
            raise
    return {"events": page.rows, "next_cursor": page.next_cursor, "limit": size, "sort": sort}


@router.get("/events/{event_id}", response_model=Evidence, summary="One event with its evidence",
            responses={404: {"model": ErrorBody}})
def event(event_id: str = Path(max_length=TEXT_MAX), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    with srv.reading() as reader:
        row = reader.event(event_id)
        if row is None:
            raise not_found("event", event_id)
        document = reader.document(row["doc_id"]) or {"doc_id": row["doc_id"], "text": None}
        cluster = reader.cluster_row(row["cluster_id"]) if row.get("cluster_id") else None
        others = [r for r in reader.cluster_events(row["cluster_id"]) if r["event_id"] != event_id] \
            if row.get("cluster_id") else []
    text = document.pop("text", None)
    inside, outside = highlights(row, document_text=text)
    return {"event": unflatten(row), "row": row, "highlights": inside, "outside": outside,
            "document": _document_info(document), "cluster": cluster, "cluster_events": others}


def _document_info(document: dict[str, Any]) -> dict[str, Any]:
    info = {k: v for k, v in document.items() if k not in PRIVATE_COLUMNS}
    for key, value in info.items():
        if not isinstance(value, (str, int, float, bool, type(None))):
            info[key] = str(value)
    return info


# -- documents -------------------------------------------------------------------------------------------


@router.get("/documents/{doc_id}", response_model=DocumentView,
            summary="One document: its cleaned text, its events (every status) and every span",
            responses={404: {"model": ErrorBody}})
def document(doc_id: str = Path(max_length=TEXT_MAX), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    with srv.reading() as reader:
        found = reader.document(doc_id)
        if found is None:
            raise not_found("document", doc_id)
        rows = reader.document_events(doc_id)
    text = found.pop("text")
    return {"document": _document_info(found), "text": text, "events": rows, "spans": document_spans(rows)}


_POST_BODY = {"requestBody": {"content": {"application/json": {"schema": Article.model_json_schema()}},
                             "required": True}}


@router.post("/documents", response_model=Stored, summary="Code one article and store it (needs the token)",
             openapi_extra=_POST_BODY,
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody}})
async def post_document(request: Request) -> dict[str, Any]:
    srv: ServerStore = request.app.state.server
    _authorise(request, srv)
    body = await _read_body(request, limit=srv.limits.max_body)
    try:
        fields = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ApiError(400, msg("E911", detail=str(exc)), param="body") from None
    if not isinstance(fields, dict):
        raise ApiError(400, msg("E911", detail=f"a JSON {type(fields).__name__}"), param="body")
    from starlette.concurrency import run_in_threadpool

    client = request.client.host if request.client else "client"
    return await run_in_threadpool(srv.store_document, fields, origin=f"api:{client}")


def _authorise(request: Request, srv: ServerStore) -> None:
    """401 without a bearer token, 403 with a wrong one or on a read-only server."""
    if not srv.writable:
        raise ApiError(403, msg("E906"))
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, msg("E904"), headers={"WWW-Authenticate": "Bearer"})
    assert srv.token is not None
    if not hmac.compare_digest(given.strip().encode("utf-8"), srv.token.encode("utf-8")):
        raise ApiError(403, msg("E905"))


async def _read_body(request: Request, *, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes ``limit`` bytes (whatever Content-Length says)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, msg("E907", limit=limit, size=f" ({int(declared)} bytes)"))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, msg("E907", limit=limit, size=""))
        chunks.append(chunk)
    return b"".join(chunks)


# -- the map, actors -------------------------------------------------------------------------------------


@router.get("/places", response_model=list[PlaceRow], summary="Located events grouped by place, for the map")
def places(limit: int = Query(2000, ge=1, description="Most reported places first, at most this many."),
           params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> list[dict[str, Any]]:
    if limit > srv.limits.places_max:
        raise invalid("limit", f"give 1 to {srv.limits.places_max}")
    selection = params.filter()
    with srv.reading() as reader:
        return reader.places(selection, limit=limit)


@router.get("/actors", response_model=list[ActorRow], summary="Actor codes for autocompletion")
def actors(q: str = Query(..., min_length=1, max_length=CODE_MAX, description="The start of a code (RUS) or "
                          "words of a name (putin)."),
           limit: int = Query(10, ge=1, le=50), srv: ServerStore = Depends(server)) -> list[dict[str, Any]]:
    with srv.reading() as reader:
        return reader.actors(q, limit=limit)


# -- clusters, series, alerts ----------------------------------------------------------------------------


@router.get("/clusters", response_model=list[dict[str, Any]],
            summary="Happenings (clusters of reports) with a report matching the filters")
def clusters(sort: str = Query("-date", max_length=32, description="date, events, documents, confidence or "
                               "cluster_id; '-' in front for descending."),
             limit: int | None = Query(None, description="Clusters per page (default 50, at most 500)."),
             offset: int = Query(0, ge=0, le=1_000_000),
             params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> list[dict[str, Any]]:
    from ..store.api_queries import CLUSTER_SORTS

    column, descending = (sort[1:], True) if sort.startswith("-") else (sort, False)
    if column not in CLUSTER_SORTS:
        raise invalid("sort", f"sort clusters by one of {', '.join(CLUSTER_SORTS)}")
    selection = params.filter()
    size = _limit(limit, srv)
    with srv.reading() as reader:
        rows = reader.cluster_list(selection, sort=column, descending=descending, limit=size, offset=offset)
    return [_document_info(r) for r in rows]


@router.get("/clusters/{cluster_id}", summary="One happening and its reports",
            responses={404: {"model": ErrorBody}})
def cluster(cluster_id: str = Path(max_length=TEXT_MAX), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    with srv.reading() as reader:
        found = reader.cluster_row(cluster_id)
        if found is None:
            raise not_found("cluster", cluster_id)
        return {"cluster": _document_info(found), "events": reader.cluster_events(cluster_id)}


@router.get("/series", response_model=Series,
            summary="Counts per period by QuadClass and mean Goldstein, for a dyad, a country or any filter")
def series(period: str = Query("week", pattern="^(day|week|month|year)$", description="day, week, month or year."),
           unit: str | None = Query(None, pattern="^(clusters|events)$", description="clusters (happenings: the "
                                    "default for a dyad or a country when the analysis is installed) or events."),
           alerts: bool = Query(False, description="Also the alerts of the dyad or country over these periods "
                                "(slower: /api/alerts gives them on their own)."),
           params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> dict[str, Any]:
    selection = params.filter()
    with srv.reading() as reader:
        answer = analysis_bridge.series_for(reader, selection, period=period, unit=unit)
    rows = answer["rows"]
    answer["alerts"] = []
    if alerts and rows and (selection.dyad is not None or selection.actor is not None):
        with srv.reading(seconds=srv.limits.alerts_seconds) as reader:
            answer["alerts"] = analysis_bridge.alerts_for(reader, selection, since=rows[0]["period"])
    return answer


@router.get("/alerts", response_model=list[dict[str, Any]], summary="Escalation alerts (from flashpoint.analysis)",
            responses={501: {"model": ErrorBody}})
def alerts(since: str | None = Query(None, max_length=10, description="Alerts whose episode reaches a day from "
                                     "this date (YYYY-MM-DD; default: the last 7 days of data). A long range "
                                     "takes seconds."),
           params: FilterParams = Depends(filter_params), srv: ServerStore = Depends(server)) -> list[dict[str, Any]]:
    selection = params.filter()
    if since is not None:
        from ..store.filters import check_date

        try:
            since = check_date(since, what="since")
        except Exception as exc:
            raise ApiError(400, str(exc), param="since") from None
    if not analysis_bridge.available():
        raise ApiError(501, msg("E912", what="Alerts"))
    with srv.reading(seconds=srv.limits.alerts_seconds) as reader:
        return analysis_bridge.alerts_for(reader, selection, since=since)
