"""``ApiReader``: the read queries of the REST API and the dashboard (parameterised SQL only).

A ``Reader`` (the store's read API) plus what a browser asks for that the command line does not:
actor look-up for autocompletion, counts grouped by one column, a timeline (counts by QuadClass and
mean Goldstein per day, week or month), located events grouped by place for the map, every event
of one document, the clusters table and a cluster's reports (exports stream through the analysis's
``event_batches``).

The names differ from those of the analysis's reads (``store/analysis_queries.py``: ``clusters``,
``event_batches``...), which every Reader has: a method here never shadows one there.

Every column name that reaches SQL comes from a fixed table below, never from a request; every
value is a ``?`` parameter. The server gives each request its own ``ApiReader`` on its own cursor
(``ApiReader.on(store)``), so that a timer can ``interrupt()`` a query that runs too long.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb

from ..errors import FlashpointError, msg
from .filters import EventFilter, where
from .reading import EVENT_COLUMNS, MAX_PAGE, Reader, _columns

#: Columns the counts may be grouped by (name in the API -> SQL expression).
GROUPS: dict[str, str] = {
    "quad_class": "quad_class", "cameo_root": "cameo_root", "plover_type": "plover_type",
    "status": "status", "source_country": "source_country", "target_country": "target_country",
    "location_country": "location_country", "outlet": "outlet", "date": "date",
    "year": "substr(date, 1, 4)", "month": "substr(date, 1, 7)",
}
#: Timeline periods (name -> DuckDB ``date_trunc`` part).
PERIODS: dict[str, str] = {"day": "day", "week": "week", "month": "month", "year": "year"}
#: What a cluster list may be sorted by.
CLUSTER_SORTS = ("date", "events", "documents", "confidence", "cluster_id")
#: What a query stopped by ``interrupt()`` raises (callers need not import DuckDB to catch it).
QueryInterrupted = duckdb.InterruptException


class ApiReader(Reader):
    """The REST API's read queries on one cursor."""

    @classmethod
    def on(cls, reader: Reader) -> "ApiReader":
        """A reader with its own cursor on the connection of ``reader`` (a ``Store``)."""
        return cls(reader.con.cursor(), path=reader.path, missing=reader.missing, frozen=reader.frozen)

    def close(self) -> None:
        self.con.close()

    def interrupt(self) -> None:
        """Stop the query running on this cursor (called from a timer thread)."""
        self.con.interrupt()

    # -- look-ups ----------------------------------------------------------------------------------

    def actors(self, prefix: str, *, limit: int = 10) -> list[dict[str, Any]]:
        """Actor codes seen in events whose code starts with ``prefix`` or whose name contains it,
        most frequent first: what an autocompleting field offers."""
        _check_limit(limit)
        needle = prefix.strip()
        return self._rows(
            "WITH sides AS ("
            " SELECT source_code AS code, source_country AS country, source_name AS name FROM events"
            " WHERE source_code IS NOT NULL UNION ALL"
            " SELECT target_code, target_country, target_name FROM events WHERE target_code IS NOT NULL)"
            " SELECT code, any_value(country) AS country, mode(name) AS name, count(*) AS events FROM sides"
            " WHERE starts_with(code, upper(?)) OR contains(lower(name), lower(?))"
            " GROUP BY code ORDER BY events DESC, code LIMIT ?", [needle, needle, limit])

    def count_by(self, filter: EventFilter | None, *, by: str, limit: int = 100) -> list[dict[str, Any]]:
        """Matching events counted by one column of ``GROUPS``, largest first."""
        expression = _group(by)
        _check_limit(limit)
        condition, params = where(filter)
        return self._rows(f"SELECT {expression} AS value, count(*) AS events FROM events WHERE {condition} "
                          f"GROUP BY value ORDER BY events DESC, value NULLS LAST LIMIT ?", params + [limit])

    def timeline(self, filter: EventFilter | None, *, period: str = "week") -> list[dict[str, Any]]:
        """Per period, from the first period with an event to the last (empty periods as zeros, so
        a time axis is not squeezed): events by QuadClass (q1..q4), all events and the mean
        Goldstein value. Events without a date are left out (they have no place on it)."""
        if period not in PERIODS:
            raise FlashpointError(msg("E710", what="period", value=period,
                                      reason=f"give one of {', '.join(PERIODS)}"))
        condition, params = where(filter)
        rows = self._rows(
            f"SELECT strftime(date_trunc('{PERIODS[period]}', CAST(date AS DATE)), '%Y-%m-%d') AS period, "
            "count(*) AS events, count(*) FILTER (WHERE quad_class = 1) AS q1, "
            "count(*) FILTER (WHERE quad_class = 2) AS q2, count(*) FILTER (WHERE quad_class = 3) AS q3, "
            "count(*) FILTER (WHERE quad_class = 4) AS q4, round(avg(goldstein), 3) AS goldstein_mean "
            f"FROM events WHERE {condition} AND date IS NOT NULL GROUP BY period ORDER BY period", params)
        return _fill_periods(rows, period=period)

    def places(self, filter: EventFilter | None, *, limit: int = 2000) -> list[dict[str, Any]]:
        """Located events grouped by place: reports (distinct documents), events, the most frequent
        QuadClass, mean Goldstein and one event to open; most reported first."""
        _check_limit(limit)
        condition, params = where(filter)
        return self._rows(
            "SELECT location_name AS name, location_country AS country, location_lat AS lat, "
            "location_lon AS lon, count(DISTINCT doc_id) AS reports, count(*) AS events, "
            "mode(quad_class) AS quad_class, round(avg(goldstein), 3) AS goldstein_mean, "
            "min(event_id) AS event_id "
            f"FROM events WHERE {condition} AND location_lat IS NOT NULL AND location_lon IS NOT NULL "
            "GROUP BY ALL ORDER BY reports DESC, events DESC, name LIMIT ?", params + [limit])

    # -- documents and clusters --------------------------------------------------------------------

    def document_events(self, doc_id: str) -> list[dict[str, Any]]:
        """Every event of one document, whatever its status, in text order."""
        return self._rows(f"SELECT {_columns(None)} FROM events WHERE doc_id = ? "
                          "ORDER BY sentence_start, trigger_start, event_id", [doc_id])

    def cluster_list(self, filter: EventFilter | None = None, *, sort: str = "date", descending: bool = True,
                 limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Clusters with a member event matching ``filter`` (all clusters without one)."""
        if sort not in CLUSTER_SORTS:
            raise FlashpointError(msg("E709", what="cluster sort", value=sort,
                                      hint=f"Sort by one of: {', '.join(CLUSTER_SORTS)}."))
        _check_limit(limit)
        direction = "DESC" if descending else "ASC"
        params: list[Any] = []
        member = ""
        if filter is not None:
            condition, params = where(filter)
            member = f"WHERE cluster_id IN (SELECT cluster_id FROM events WHERE {condition})"
        return self._rows(f'SELECT * FROM clusters {member} ORDER BY "{sort}" {direction} NULLS LAST, '
                          "cluster_id LIMIT ? OFFSET ?", params + [limit, max(offset, 0)])

    def cluster_row(self, cluster_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id])
        return rows[0] if rows else None

    def cluster_events(self, cluster_id: str, *, limit: int = 200) -> list[dict[str, Any]]:
        """The reports of one happening: its member events, most confident first."""
        _check_limit(limit)
        return self._rows(f"SELECT {_columns(None)} FROM events WHERE cluster_id = ? "
                          "ORDER BY confidence DESC, published, event_id LIMIT ?", [cluster_id, limit])

#: Periods filled in at most: beyond, the rows are returned as found.
MAX_FILLED = 20_000


def _next_period(day: dt.date, period: str) -> dt.date:
    if period == "day":
        return day + dt.timedelta(days=1)
    if period == "week":
        return day + dt.timedelta(days=7)
    if period == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return dt.date(day.year + 1, 1, 1)


def _fill_periods(rows: list[dict[str, Any]], *, period: str) -> list[dict[str, Any]]:
    """The rows with a zero row for every empty period between the first and the last."""
    if len(rows) < 2:
        return rows
    found = {r["period"]: r for r in rows}
    out: list[dict[str, Any]] = []
    day, last = dt.date.fromisoformat(rows[0]["period"]), dt.date.fromisoformat(rows[-1]["period"])
    while day <= last:
        key = day.isoformat()
        out.append(found.get(key) or {"period": key, "events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                      "goldstein_mean": None})
        if len(out) > MAX_FILLED:
            return rows
        day = _next_period(day, period)
    return out


def _group(by: str) -> str:
    if by not in GROUPS:
        raise FlashpointError(msg("E709", what="count group", value=by,
                                  hint=f"Count by one of: {', '.join(GROUPS)}."))
    return GROUPS[by]


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise FlashpointError(msg("E710", what="limit", value=limit, reason=f"give 1 to {MAX_PAGE}"))


__all__ = ["ApiReader", "GROUPS", "PERIODS", "CLUSTER_SORTS", "EVENT_COLUMNS", "QueryInterrupted"]
