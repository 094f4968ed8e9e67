"""``Reader``: the store's read API, as plain dicts or Arrow tables (parameterised SQL only).

What the analysis (clusters, series, alerts, exports) and the REST API build on:

- ``events(filter, sort=, descending=, limit=, cursor=)`` -> ``Page`` of flat rows and the cursor of
  the next page (keyset pagination: stable while rows are added, no OFFSET scans);
- ``events_arrow(filter, columns=)`` -> an Arrow table of every matching row;
- ``count_events(filter)``, ``event(event_id)``, ``document(doc_id)``, ``documents(...)``,
  ``near_duplicates(doc_id)``, ``rejections(...)``, ``runs()``, ``counts()``.

A ``Store`` is a Reader on its own connection; ``Store.reader()`` gives readers with their own
cursors, so several threads can read at once.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from ..columns import FLAT_COLUMNS
from ..errors import FlashpointError, msg
from .analysis_queries import AnalysisReads
from .filters import EventFilter, where
from .schema import STORE_EVENT_COLUMNS

#: Columns an event query may sort by or return.
EVENT_COLUMNS: tuple[str, ...] = FLAT_COLUMNS + tuple(c.name for c in STORE_EVENT_COLUMNS)
DEFAULT_SORT = "date"
#: Sorts by a value the events are not stored in the order of: a page is bounded first (``_page_bound``).
BOUNDED_SORTS = ("confidence", "goldstein")
MAX_PAGE = 10_000


@dataclass(frozen=True)
class Page:
    """One page of rows and the cursor of the next one (None on the last page)."""

    rows: list[dict[str, Any]]
    next_cursor: str | None


def _columns(columns: tuple[str, ...] | list[str] | None) -> str:
    chosen = tuple(columns) if columns else EVENT_COLUMNS
    unknown = [c for c in chosen if c not in EVENT_COLUMNS]
    if unknown:
        raise FlashpointError(msg("E709", what="column", value=unknown[0],
                                  hint=f"Columns: {', '.join(EVENT_COLUMNS)}."))
    return ", ".join(f'"{c}"' for c in chosen)


def shadow_missing_columns(con: duckdb.DuckDBPyConnection, missing: tuple[tuple[str, str], ...]) -> None:
    """A temporary ``events`` view (this connection only) with the stored table's columns and
    ``missing`` as typed nulls, and its ``rowid``: queries name ``events`` as ever."""
    catalog = con.execute("SELECT current_database()").fetchall()[0][0]
    nulls = ", ".join(f'NULL::{kind} AS "{name}"' for name, kind in missing if name.isidentifier())
    con.execute(f'CREATE OR REPLACE TEMP VIEW events AS SELECT *, rowid AS rowid, {nulls} FROM "{catalog.replace(chr(34), "")}".main.events')


def _arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pa.Table:
    """An Arrow table of a query's result, without a copy (the method's name changed across
    DuckDB versions: ``to_arrow_table`` from 1.4, ``arrow`` before)."""
    relation = con.sql(sql, params=params)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def encode_cursor(*, sort: str, descending: bool, value: Any, event_id: str) -> str:
    raw = json.dumps([sort, descending, value, event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, *, sort: str, descending: bool) -> tuple[Any, str]:
    """(sort value, event id) of the last row of the previous page; refused when damaged or made
    for another sort."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        made_sort, made_desc, value, event_id = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise FlashpointError(msg("E711", reason="it cannot be read")) from None
    if made_sort != sort or made_desc != descending or not isinstance(event_id, str):
        raise FlashpointError(msg("E711", reason=f"it was made for another sort ({made_sort})"))
    return value, event_id


class Reader(AnalysisReads):
    """Read queries on one DuckDB connection or cursor.

    ``missing``: columns of the field spec that a store opened read-only lacks (written by an
    older version; a writable open adds them): the reader sees them as nulls, through a view of
    the events table on its own connection, so an older store is read, not refused.
    ``frozen``: shared by the readers of a store opened read-only, which nothing can change while
    it is open (DuckDB's one-writer rule): facts about the file found once are kept there."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, missing: tuple[tuple[str, str], ...] = (),
                 frozen: dict[str, Any] | None = None):
        self.con = con
        self.path = path
        self.missing = missing
        self.frozen = frozen
        if missing:
            shadow_missing_columns(con, missing)

    def _value(self, sql: str, params: list[Any] | None = None) -> Any:
        """The one value of a one-row query (the result is read to its end: DuckDB 2 refuses new
        work on a connection with an unfinished result)."""
        return self.con.execute(sql, params or []).fetchall()[0][0]

    def _rows(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self.con.execute(sql, params or [])
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    # -- events ------------------------------------------------------------------------------------

    def _page_bound(self, sort: str, *, descending: bool, condition: str, params: list[Any], limit: int) -> str:
        """A condition that keeps a page's rows only: the sort value of the row after the page
        (found by a top-N on that one column, which DuckDB does fast) bounds the page's values.
        The page's query, which also orders by event id, then sorts a few rows, not every match
        (about half the time of a country's events by confidence on a million events). The
        bound goes into the SQL as a ``?`` parameter: the returned condition ends with it."""
        direction = "DESC" if descending else "ASC"
        found = self.con.execute(f'SELECT "{sort}" FROM events WHERE {condition} ORDER BY "{sort}" {direction} '
                                 "NULLS LAST LIMIT 1 OFFSET ?", params + [limit]).fetchall()
        if not found or found[0][0] is None:
            return ""  # the page holds every match, or rows without a value: no bound
        params.append(found[0][0])
        return f' AND "{sort}" {">=" if descending else "<="} ?'

    def events(self, filter: EventFilter | None = None, *, sort: str = DEFAULT_SORT, descending: bool = False,
               limit: int = 100, cursor: str | None = None,
               columns: tuple[str, ...] | list[str] | None = None) -> Page:
        """One page of events matching ``filter``, ordered by ``sort`` (nulls last) then event_id."""
        if sort not in EVENT_COLUMNS:
            raise FlashpointError(msg("E709", what="sort column", value=sort,
                                      hint=f"Columns: {', '.join(EVENT_COLUMNS)}."))
        if not 1 <= limit <= MAX_PAGE:
            raise FlashpointError(msg("E710", what="page size", value=limit, reason=f"give 1 to {MAX_PAGE}"))
        condition, params = where(filter)
        direction = "DESC" if descending else "ASC"
        after = ""
        if cursor is not None:
            value, last_id = decode_cursor(cursor, sort=sort, descending=descending)
            op = "<" if descending else ">"
            if value is None:
                after = f' AND "{sort}" IS NULL AND event_id {op} ?'
                params = params + [last_id]
            else:
                after = (f' AND ("{sort}" {op} ? OR ("{sort}" = ? AND event_id {op} ?) OR "{sort}" IS NULL)')
                params = params + [value, value, last_id]
        select = _columns(columns)
        order = f'ORDER BY "{sort}" {direction} NULLS LAST, event_id {direction}'
        if sort in BOUNDED_SORTS:
            after += self._page_bound(sort, descending=descending, condition=condition + after, params=params,
                                      limit=limit)
        # The page's rows are chosen on the filter's columns alone, then read whole by rowid: DuckDB
        # would otherwise read every column of every matching row before keeping the first ones
        # (three times slower on a million events).
        sql = (f'SELECT {select}, "{sort}" AS _sort, event_id AS _id FROM events WHERE rowid IN '
               f'(SELECT rowid FROM events WHERE {condition}{after} {order} LIMIT ?) {order}')
        rows = self._rows(sql, params + [limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = None
        if more and rows:
            last = rows[-1]
            next_cursor = encode_cursor(sort=sort, descending=descending, value=last["_sort"],
                                        event_id=last["_id"])
        for row in rows:
            del row["_sort"], row["_id"]
        return Page(rows=rows, next_cursor=next_cursor)

    def events_arrow(self, filter: EventFilter | None = None, *,
                     columns: tuple[str, ...] | list[str] | None = None) -> pa.Table:
        """Every event matching ``filter`` as an Arrow table, ordered by date then event_id."""
        condition, params = where(filter)
        sql = f"SELECT {_columns(columns)} FROM events WHERE {condition} ORDER BY date NULLS LAST, event_id"
        return _arrow(self.con, sql, params)

    def count_events(self, filter: EventFilter | None = None) -> int:
        condition, params = where(filter)
        return self._value(f"SELECT count(*) FROM events WHERE {condition}", params)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's flat row (with the store's columns), or None."""
        rows = self._rows(f"SELECT {_columns(None)} FROM events WHERE event_id = ?", [event_id])
        return rows[0] if rows else None

    # -- documents, rejections, runs --------------------------------------------------------------

    def document(self, doc_id: str, *, text: bool = True) -> dict[str, Any] | None:
        """One stored document with its cleaned text (every event span points into it), or None."""
        rows = self._rows("SELECT * EXCLUDE (minhash) FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            return None
        row = rows[0]
        if not text:
            del row["text"]
        return row

    def documents(self, *, outlet: str | None = None, limit: int = 100, after: str | None = None
                  ) -> list[dict[str, Any]]:
        """Stored documents without their text, by doc_id; ``after`` is the last doc_id of the
        previous page."""
        if not 1 <= limit <= MAX_PAGE:
            raise FlashpointError(msg("E710", what="page size", value=limit, reason=f"give 1 to {MAX_PAGE}"))
        return self._rows("SELECT * EXCLUDE (text, minhash) FROM documents WHERE (? IS NULL OR outlet = ?) "
                          "AND (? IS NULL OR doc_id > ?) ORDER BY doc_id LIMIT ?",
                          [outlet, outlet, after, after, limit])

    def near_duplicates(self, doc_id: str) -> list[dict[str, Any]]:
        """The group of near-duplicate copies ``doc_id`` belongs to (its original first, then the
        copies by doc_id), without texts; a document that nobody copies is a group of one."""
        return self._rows(
            "WITH g AS (SELECT coalesce(dup_of, doc_id) AS original FROM documents WHERE doc_id = ?) "
            "SELECT d.* EXCLUDE (text, minhash) FROM documents d, g "
            "WHERE d.doc_id = g.original OR d.dup_of = g.original ORDER BY d.dup_of IS NOT NULL, d.doc_id",
            [doc_id])

    def rejections(self, *, run_id: int | None = None, reason: str | None = None) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM rejections WHERE (? IS NULL OR run_id = ?) AND (? IS NULL OR reason = ?) "
                          "ORDER BY origin, reason", [run_id, run_id, reason, reason])

    def runs(self) -> list[dict[str, Any]]:
        """The run manifest, oldest first."""
        return self._rows("SELECT * FROM runs ORDER BY run_id")

    def schema_version(self) -> int:
        return self._value("SELECT max(version) FROM schema_version")

    def counts(self) -> dict[str, int]:
        """Rows of each table, and the factual events."""
        return {"documents": self._count("documents"), "events": self._count("events"),
                "factual_events": self.count_events(EventFilter()), "rejections": self._count("rejections"),
                "clusters": self._count("clusters"), "runs": self._count("runs")}

    def _count(self, table: str) -> int:
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        return self._value(f'SELECT count(*) FROM "{table}"')
