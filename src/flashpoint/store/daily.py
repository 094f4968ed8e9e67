"""The daily counts: happenings and events per day, QuadClass and actor, kept with the events.

A series of a country or a dyad read from the events scans the whole table and groups its matches
by happening: about 200 ms on a million events, each time a server meets a view it does not keep.
``daily_counts`` holds what such a series adds up, per day (the date of the events; a happening's
day is that of its first matching report) and QuadClass, for every

- ``actor``: a country or organisation on either side (the event's source or target country or
  organisation: what ``EventFilter(actor=...)`` matches for a country code);
- ``dyad``: an unordered pair ``A|B`` (A <= B) of a source's and a target's country or organisation;
- ``directed``: an ordered pair ``source|target``;
- ``all``: the key ``""``, every counted event (what the guard checks, below).

Only what series count by default: factual events (asserted, reported, historical; not negated)
with a date. A happening (a cluster, or an event no cluster holds) counts once per key, on the day
of its earliest member matching the key, with the Goldstein value and QuadClass of its most
confident such member (ties: the greatest event id); events count unless their document is a
near-duplicate copy: exactly what ``series_rows`` computes from the events.

Kept in the transaction that changes the events (``apply_change``): every happening touched by the
change (its events' happenings before it, and the clusters they join) has its contribution taken
out before the change and put back after it, from the events as they are then; the events of new
documents are counted from the batch itself (``add_new_events``). Rows are appended (a cell may
have several; readers sum them). Crash-safe and idempotent with the transaction; built whole and
compact by the migration that adds it (and by ``rebuild``). A store changed behind the Store's back (SQL by hand) is caught by ``in_step``: the
counted events of ``all`` must equal those of the events table, else the series read the events.
"""

from __future__ import annotations

import dataclasses
import re
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

import duckdb

from ..records import FACTUAL_STATUSES
from .filters import EventFilter, known_actor_codes

TABLE = "daily_counts"
DDL = f"""
CREATE TABLE {TABLE} (
  kind VARCHAR NOT NULL,           -- all, actor, dyad, directed
  key VARCHAR NOT NULL,            -- '', RUS, RUS|UKR
  day VARCHAR NOT NULL,            -- YYYY-MM-DD
  quad_class INTEGER,
  happenings BIGINT NOT NULL,      -- happenings first reported that day (for this key)
  happenings_goldstein DOUBLE NOT NULL, happenings_scored BIGINT NOT NULL,  -- Goldstein sum, values summed
  events BIGINT NOT NULL,          -- events of that day
  events_goldstein DOUBLE NOT NULL, events_scored BIGINT NOT NULL
)"""
_FACTUAL = "list_contains(?, status) AND NOT negated AND date IS NOT NULL"
_SIDE = "list_distinct(list_filter([{0}_country, {0}_org], lambda x: x IS NOT NULL))"
_PAIRS = ("list_distinct(flatten(list_transform(s, lambda a: list_transform(t, lambda b: {0}))))")


def _contributions(where: str, *, source: str = "events") -> str:
    """SQL of the rows a set of happenings adds (``where``: which events of ``source``: every
    member of each happening)."""
    members = (f"SELECT coalesce(cluster_id, event_id) AS k, event_id AS id, date AS day, goldstein AS g, "
               f"quad_class AS q, confidence AS c, dup_of IS NOT NULL AS copy, {_SIDE.format('source')} AS s, "
               f"{_SIDE.format('target')} AS t FROM {source} WHERE {_FACTUAL} AND {where}")
    keyed = ("SELECT k, id, day, g, q, c, copy, 'all' AS kind, '' AS key FROM m UNION ALL "
             "SELECT k, id, day, g, q, c, copy, 'actor', unnest(list_distinct(s || t)) FROM m UNION ALL "
             f"SELECT k, id, day, g, q, c, copy, 'dyad', "
             f"unnest({_PAIRS.format('least(a, b) || chr(124) || greatest(a, b)')}) FROM m UNION ALL "
             f"SELECT k, id, day, g, q, c, copy, 'directed', unnest({_PAIRS.format('a || chr(124) || b')}) FROM m")
    happenings = ("SELECT kind, key, min(day) AS day, arg_max(q, (c, id)) AS q, arg_max(g, (c, id)) AS g "
                  "FROM keyed GROUP BY k, kind, key")
    return (f"WITH m AS ({members}), keyed AS ({keyed}), h AS ({happenings}) "
            "SELECT kind, key, day, q AS quad_class, sum(hn) AS happenings, sum(hg) AS happenings_goldstein, "
            "sum(hs) AS happenings_scored, sum(en) AS events, sum(eg) AS events_goldstein, "
            "sum(es) AS events_scored FROM ("
            "SELECT kind, key, day, q, 1 AS hn, coalesce(g, 0) AS hg, (g IS NOT NULL)::INTEGER AS hs, "
            "0 AS en, 0.0 AS eg, 0 AS es FROM h UNION ALL "
            "SELECT kind, key, day, q, 0, 0.0, 0, 1, coalesce(g, 0), (g IS NOT NULL)::INTEGER FROM keyed "
            "WHERE NOT copy) "
            "GROUP BY ALL")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """The whole table again from the events (the migration; after every cluster is forgotten)."""
    con.execute(f"DELETE FROM {TABLE}")
    con.execute(f"INSERT INTO {TABLE} BY NAME {_contributions('TRUE')} ORDER BY kind, key, day",
                [sorted(FACTUAL_STATUSES)])


def _append(con: duckdb.DuckDBPyConnection, sign: int, where: str, *, source: str = "events") -> None:
    """Append the contributions of the happenings ``where`` selects, added (1) or taken out (-1).
    Rows are appended, not merged into their cells (merging reads the whole table at every
    change): a cell may have several rows, and readers sum them; ``rebuild`` compacts."""
    columns = [r[0] for r in con.execute(f"DESCRIBE {TABLE}").fetchall()][4:]  # the counts, after the cell
    signed = ", ".join(f"{sign} * {c} AS {c}" for c in columns)
    con.execute(f"INSERT INTO {TABLE} BY NAME SELECT kind, key, day, quad_class, {signed} FROM "
                f"({_contributions(where, source=source)})", [sorted(FACTUAL_STATUSES)])


def add_new_events(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Count the events of ``table`` (a registered Arrow table of flat rows with ``dup_of``), just
    inserted for documents the store did not hold: each is a happening of its own (no cluster
    yet), so nothing stored changes and the events table is not read. (``new_event_counts`` gives
    the same rows from Python, without this query's cost: what a batch of new documents uses.)"""
    _append(con, 1, "TRUE", source=f"(SELECT *, NULL::VARCHAR AS cluster_id FROM {table})")


def _ddl_columns() -> tuple[str, ...]:
    """The column names of ``DDL``, in its order (read from it: one place names them)."""
    body = re.sub(r"--[^\n]*", "", DDL[DDL.index("(") + 1:DDL.rindex(")")])
    return tuple(part.split()[0] for part in body.split(",") if part.strip())


#: The columns of the daily counts, in ``DDL``'s order: the cell (kind, key, day, QuadClass), then
#: the counts.
COLUMNS = _ddl_columns()
#: The kind of the cell that counts every event (key "").
EVERY = "all"


def new_event_counts(rows: Iterable[dict[str, Any]]) -> list[tuple]:
    """The rows of the daily counts (``COLUMNS``) that new events add: flat event rows (``status``,
    ``negated``, ``date``, ``goldstein``, ``quad_class``, the sides' country and organisation,
    ``dup_of``) of documents the store did not hold. Each such event is a happening of its own (no
    cluster holds it yet), so it counts once per key as a happening, and as an event unless its
    document is a copy: the rows ``add_new_events`` computes in SQL (a test compares them), at a
    fraction of its cost for the few dozen events of a batch (a DuckDB query of lists and
    ``unnest`` costs some 20 ms whatever its size)."""
    cells: dict[tuple, list] = {}
    for row in rows:
        if row["status"] not in FACTUAL_STATUSES or row["negated"] or row["date"] is None:
            continue
        g = row["goldstein"]
        scored = g is not None
        g = float(g) if scored else 0.0
        counted = row["dup_of"] is None
        s = list(dict.fromkeys(x for x in (row["source_country"], row["source_org"]) if x is not None))
        t = list(dict.fromkeys(x for x in (row["target_country"], row["target_org"]) if x is not None))
        keys = [(EVERY, "")]
        keys += [("actor", k) for k in dict.fromkeys(s + t)]
        keys += [("dyad", k) for k in dict.fromkeys(f"{min(a, b)}|{max(a, b)}" for a in s for b in t)]
        keys += [("directed", k) for k in dict.fromkeys(f"{a}|{b}" for a in s for b in t)]
        for kind, key in keys:
            cell = cells.setdefault((kind, key, row["date"], row["quad_class"]), [0, 0.0, 0, 0, 0.0, 0])
            cell[0] += 1
            cell[1] += g
            cell[2] += scored
            if counted:
                cell[3] += 1
                cell[4] += g
                cell[5] += scored
    return [k + tuple(v) for k, v in cells.items()]


def append_counts(con: duckdb.DuckDBPyConnection, counts: list[tuple]) -> None:
    """Append rows of ``COLUMNS`` (``new_event_counts``) in one statement."""
    if not counts:
        return
    import pyarrow as pa

    columns = list(zip(*counts))
    types = (pa.string(), pa.string(), pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.int64(),
             pa.int64(), pa.float64(), pa.int64())
    table = pa.table([pa.array(c, type=t) for c, t in zip(columns, types)], names=list(COLUMNS))
    con.register("_daily_new", table)
    try:
        con.execute(f"INSERT INTO {TABLE} BY NAME SELECT * FROM _daily_new")
    finally:
        con.unregister("_daily_new")


@contextmanager
def apply_change(con: duckdb.DuckDBPyConnection, *, events: str, params: list[Any] | None = None,
                 joined: str | None = None, joined_params: list[Any] | None = None) -> Iterator[None]:
    """Keep the counts through a change of the events made inside the ``with`` block (in the
    caller's transaction). ``events``: a condition on the events table selecting every event the
    change deletes, inserts or modifies (checked before and after it); ``joined``: a query of
    the cluster ids events are moved into or inserted with (their happenings change too)."""
    params = list(params or [])
    extra = f" UNION SELECT * FROM ({joined})" if joined else ""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _daily_ids AS SELECT DISTINCT coalesce(cluster_id, event_id) AS k "
                f"FROM events WHERE {events}{extra}", params + list(joined_params or []))
    touched = "coalesce(cluster_id, event_id) IN (SELECT k FROM _daily_ids)"
    if con.execute("SELECT count(*) FROM _daily_ids").fetchall()[0][0]:
        _append(con, -1, touched)
    yield
    con.execute(f"INSERT INTO _daily_ids SELECT DISTINCT coalesce(cluster_id, event_id) FROM events "
                f"WHERE {events} EXCEPT SELECT k FROM _daily_ids", params)
    _append(con, 1, touched)
    con.execute("DROP TABLE IF EXISTS _daily_ids")


def in_step(con: Any) -> bool:
    """Whether the counts hold every counted event of the events table (one scan of the table's
    status, negation, copy and date columns: a few milliseconds on a million events)."""
    counted = con.execute(f"SELECT count(*) FROM events WHERE {_FACTUAL} AND dup_of IS NULL",
                          [sorted(FACTUAL_STATUSES)]).fetchall()[0][0]
    kept = con.execute(f"SELECT coalesce(sum(events), 0) FROM {TABLE} WHERE kind = 'all'").fetchall()[0][0]
    return int(counted) == int(kept)


def cell_of(f: EventFilter, *, unit: str) -> tuple[str, str] | None:
    """(kind, key) of the daily counts that give the series of ``f`` (whole or by QuadClass), or
    None when they cannot: only a country's or a pair of countries' series of the factual events,
    with no other condition than dates (and, counting events, copies left out or not: the events
    of copies never count)."""
    copies = True if unit == "events" else f.include_copies
    if dataclasses.replace(f, date_from=None, date_to=None, actor=None, dyad=None, directed=False,
                           include_copies=copies) != EventFilter():
        return None
    countries = known_actor_codes()[0]
    if f.actor is not None and f.dyad is None and len(f.actor) == 3 and f.actor in countries:
        return ("actor", f.actor)
    if f.dyad is not None and f.actor is None and all(len(c) == 3 and c in countries for c in f.dyad):
        a, b = f.dyad
        return ("directed", f"{a}|{b}") if f.directed else ("dyad", f"{min(a, b)}|{max(a, b)}")
    return None
