"""The store's queries for the analysis: clusters, series, alerts and exports (parameterised SQL only).

The analysis (``flashpoint.analysis``) never opens DuckDB: it asks these methods for plain rows or
Arrow data and does its work in Python. Two mixins, so a read-only store can serve series, alerts
and exports while only a writable one can cluster:

- ``AnalysisReads`` (on every ``Reader``): the events still to cluster and the clustered members
  near them, per-period aggregates for series, daily counts for alerts, cluster rows for evidence,
  event batches for exports;
- ``ClusterWrites`` (on ``Store``): one transaction that assigns events to clusters and replaces
  the cluster rows, and a bulk load of generated rows for benchmarks.

Near-duplicate documents (the article de-duplication marks a copy and its events with ``dup_of``,
the original of its group) count once: counting events skips the copies' events, and a cluster
counts documents by their original. A store made before that column (schema 1, read-only) counts
every document as its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Iterable, Sequence

import pyarrow as pa

from ..errors import FlashpointError, msg
from ..columns import FLAT_COLUMNS
from . import daily
from .filters import EventFilter, where
from .schema import STORE_EVENT_COLUMNS

#: Every column of the events table.
ALL_EVENT_COLUMNS: tuple[str, ...] = FLAT_COLUMNS + tuple(c.name for c in STORE_EVENT_COLUMNS)

#: Columns of an event that clustering reads.
CLUSTER_EVENT_COLUMNS = (
    "event_id", "doc_id", "outlet", "published", "date", "date_precision", "sentence_index",
    "source_code", "source_country", "source_sectors", "source_org",
    "target_code", "target_country", "target_sectors", "target_org",
    "cameo", "cameo_root", "plover_type", "quad_class", "goldstein",
    "location_name", "location_country", "location_admin1", "location_lat", "location_lon",
    "location_geonameid", "location_precision", "location_text", "quantities", "confidence", "cluster_id",
    "sentence",
)
#: Series periods and the DuckDB ``date_trunc`` part of each.
PERIODS = ("day", "week", "month")
#: Columns a series can split each period by (or not: ``NO_SPLIT``).
SPLITS = ("quad_class", "plover_type")
NO_SPLIT = "none"
#: The column the de-duplication writes: the canonical document of a copy (null for the canonical).
DUP_COLUMN = "dup_of"


def _period_sql(period: str, column: str) -> str:
    if period not in PERIODS:
        raise FlashpointError(msg("E709", what="period", value=period, hint=f"Periods: {', '.join(PERIODS)}."))
    return f"CAST(date_trunc('{period}', CAST({column} AS DATE)) AS DATE)"


def _select(columns: Sequence[str] | None) -> str:
    """The SELECT list of event columns, each checked (the same check as the read API's)."""
    chosen = tuple(columns) if columns else ALL_EVENT_COLUMNS
    unknown = [c for c in chosen if c not in ALL_EVENT_COLUMNS]
    if unknown:
        raise FlashpointError(msg("E709", what="column", value=unknown[0],
                                  hint=f"Columns: {', '.join(ALL_EVENT_COLUMNS)}."))
    return ", ".join(f'"{c}"' for c in chosen)


class AnalysisReads:
    """Read queries of the analysis; mixed into ``Reader`` (needs ``self.con`` and ``self.frozen``)."""

    con: Any
    frozen: dict[str, Any] | None

    # -- helpers ----------------------------------------------------------------------------------

    def _result_rows(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        result = self.con.execute(sql, list(params or []))
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    def has_duplicates_column(self) -> bool:
        """Whether the documents table says which documents are near-duplicate copies."""
        rows = self.con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'documents' "
                                "AND column_name = ?", [DUP_COLUMN]).fetchall()
        return bool(rows)

    def _canonical_events(self) -> str:
        """SQL condition: the event's document is not a near-duplicate copy (the store marks a
        copy's events with ``dup_of`` too)."""
        return f'"{DUP_COLUMN}" IS NULL' if self.has_duplicates_column() else "TRUE"

    def _documents_of(self, doc_ids: Iterable[str], columns: str) -> list[tuple[Any, ...]]:
        """Rows of ``documents`` for these ids, by a join with the ids (a list compared on every row
        would cost the store's size times the list's)."""
        ids = pa.table({"doc_id": pa.array(sorted(set(doc_ids)), type=pa.string())})
        if not ids.num_rows:
            return []
        cursor = self.con.cursor()  # its own registration: a reader may run beside another
        try:
            cursor.register("_wanted", ids)
            return cursor.execute(f"SELECT d.doc_id, {columns} FROM documents d JOIN _wanted USING (doc_id)").fetchall()
        finally:
            cursor.close()

    def canonical_documents(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """doc_id -> the canonical document of its near-duplicate group (itself when it has none)."""
        ids = set(doc_ids)
        if not self.has_duplicates_column():
            return {i: i for i in ids}
        found = dict(self._documents_of(ids, f'coalesce(d."{DUP_COLUMN}", d.doc_id)'))
        return {i: found.get(i, i) for i in ids}

    def document_outlets(self, doc_ids: Iterable[str]) -> dict[str, str | None]:
        return dict(self._documents_of(doc_ids, "d.outlet"))

    # -- clustering -------------------------------------------------------------------------------

    def unclustered_events(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Factual, dated events with a source country that no cluster holds yet, oldest first."""
        condition, params = where(EventFilter())
        sql = (f"SELECT {', '.join(CLUSTER_EVENT_COLUMNS)} FROM events WHERE {condition} AND cluster_id IS NULL "
               "AND date IS NOT NULL AND source_country IS NOT NULL ORDER BY date, published, event_id")
        if limit is not None:
            sql += " LIMIT ?"
            params = params + [limit]
        return self._result_rows(sql, params)

    def placed_events_of(self, doc_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Every event of these documents that has a place, whatever its status, source or date
        (the places a report names, for the events of it the coder could not place)."""
        ids = pa.table({"doc_id": pa.array(sorted(set(doc_ids)), type=pa.string())})
        if not ids.num_rows:
            return []
        columns = ", ".join(f"e.{c}" for c in CLUSTER_EVENT_COLUMNS)
        cursor = self.con.cursor()
        try:
            cursor.register("_wanted", ids)
            result = cursor.execute(f"SELECT {columns} FROM events e JOIN _wanted USING (doc_id) "
                                    "WHERE e.location_country IS NOT NULL ORDER BY e.doc_id, e.event_id")
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchall()]
        finally:
            cursor.close()

    def clusters_near(self, *, source_countries: Sequence[str], plover_types: Sequence[str],
                      cameo_roots: Sequence[str], date_from: str, date_to: str, coarse_from: str) -> list[str]:
        """Clusters with a member that new events could join: one of ``source_countries``, one of
        the PLOVER types or CAMEO roots, dated within [date_from, date_to] (a coarse date — week,
        month — from ``coarse_from``). Read by date: the events are stored roughly in date order,
        so DuckDB skips most of the file."""
        if not source_countries:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL AND date BETWEEN ? AND ? "
            "AND (date >= ? OR date_precision <> 'day') AND list_contains(?, source_country) "
            "AND (list_contains(?, plover_type) OR list_contains(?, cameo_root)) ORDER BY cluster_id",
            [coarse_from, date_to, date_from, sorted(set(source_countries)), sorted(set(plover_types)),
             sorted(set(cameo_roots))]).fetchall()
        return [r[0] for r in rows]

    def clustered_events_count(self) -> tuple[int, int]:
        """(events with a cluster, the members the clusters table counts): equal unless members went."""
        held = self.con.execute("SELECT count(cluster_id) FROM events").fetchall()[0][0]
        counted = self.con.execute("SELECT coalesce(sum(events), 0) FROM clusters").fetchall()[0][0]
        return int(held), int(counted)

    def cluster_members(self, cluster_ids: Sequence[str], *, date_from: str | None = None,
                        date_to: str | None = None) -> list[dict[str, Any]]:
        """Every member of these clusters (dated within [date_from, date_to] when given: a window
        that holds the clusters whole lets DuckDB skip the rest of the file)."""
        ids = pa.table({"cluster_id": pa.array(sorted(set(cluster_ids)), type=pa.string())})
        if not ids.num_rows:
            return []
        columns = ", ".join(f"e.{c}" for c in CLUSTER_EVENT_COLUMNS)
        cursor = self.con.cursor()
        try:
            cursor.register("_wanted", ids)
            result = cursor.execute(
                f"SELECT {columns} FROM events e JOIN _wanted USING (cluster_id) WHERE (? IS NULL OR e.date >= ?) "
                "AND (? IS NULL OR e.date <= ?) ORDER BY e.cluster_id, e.published, e.event_id",
                [date_from, date_from, date_to, date_to])
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchall()]
        finally:
            cursor.close()

    def clusters_out_of_step(self) -> list[str]:
        """Clusters whose stored member count differs from their events (members recoded away)."""
        rows = self.con.execute(
            "SELECT c.cluster_id FROM clusters c LEFT JOIN (SELECT cluster_id, count(*) AS n FROM events "
            "WHERE cluster_id IS NOT NULL GROUP BY cluster_id) m USING (cluster_id) "
            "WHERE m.n IS NULL OR m.n <> c.events ORDER BY c.cluster_id").fetchall()
        return [r[0] for r in rows]

    def clusters(self, cluster_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Cluster rows with the face event's sentence, document and URL."""
        ids = sorted(set(cluster_ids))
        if not ids:
            return []
        return self._result_rows(
            "SELECT c.*, e.sentence AS face_sentence, e.doc_id AS face_doc_id, e.url AS face_url, "
            "e.outlet AS face_outlet FROM clusters c LEFT JOIN events e ON e.event_id = c.face_event_id "
            "WHERE list_contains(?, c.cluster_id) ORDER BY c.date, c.cluster_id", [ids])

    # -- series -----------------------------------------------------------------------------------

    def series_rows(self, filter: EventFilter, *, period: str, split: str = NO_SPLIT, unit: str = "clusters"
                    ) -> list[dict[str, Any]]:
        """Per period (its first day) and split value: count, Goldstein sum and mean.

        ``unit`` "clusters" counts each happening once, in the period of its earliest matching
        member (an unclustered event is its own happening), with the Goldstein value and classes
        of its most confident member (ties: the greatest event id); a date range keeps the
        happenings whose earliest matching member lies in it (one that began before the range is
        not new in it). "events" counts events in the range, except those of near-duplicate copies.

        A country's or a dyad's series of the default statuses, by QuadClass or not, is read from
        the daily counts (``daily``) when they are in step with the events: the same rows, without
        a scan of the events.
        """
        if split != NO_SPLIT and split not in SPLITS:
            raise FlashpointError(msg("E709", what="split", value=split,
                                      hint=f"Splits: {NO_SPLIT}, {', '.join(SPLITS)}."))
        bucket = _period_sql(period, "d")
        group = "NULL" if split == NO_SPLIT else split
        if unit not in ("clusters", "events"):
            raise FlashpointError(msg("E709", what="unit", value=unit, hint="Count clusters or events."))
        cell = daily.cell_of(filter, unit=unit) if split != "plover_type" else None  # kept by QuadClass only
        if cell is not None and self._daily_in_step():
            return self._daily_series(cell, filter, period=period, grouped=split != NO_SPLIT, unit=unit)
        if unit == "clusters":
            condition, params = where(dataclasses.replace(filter, date_from=None, date_to=None))
            inner = ("SELECT coalesce(cluster_id, event_id) AS k, min(date) AS d, "
                     "arg_max(goldstein, (confidence, event_id)) AS g, "
                     "arg_max(quad_class, (confidence, event_id)) AS quad_class, "
                     "arg_max(plover_type, (confidence, event_id)) AS plover_type "
                     f"FROM events WHERE {condition} AND date IS NOT NULL GROUP BY k "
                     "HAVING (? IS NULL OR min(date) >= ?) AND (? IS NULL OR min(date) <= ?)")
            params = params + [filter.date_from, filter.date_from, filter.date_to, filter.date_to]
        else:
            condition, params = where(filter)
            inner = (f"SELECT date AS d, goldstein AS g, quad_class, plover_type FROM events "
                     f"WHERE {condition} AND date IS NOT NULL AND {self._canonical_events()}")
        sql = (f"SELECT {bucket} AS period, {group} AS grp, count(*) AS count, sum(g) AS goldstein_sum, "
               f"avg(g) AS goldstein_mean FROM ({inner}) GROUP BY ALL ORDER BY period, grp NULLS LAST")
        return self._result_rows(sql, params)

    def _daily_in_step(self) -> bool:
        """Whether the store has daily counts, in step with its events: checked on every series
        of a writable store (SQL run by hand on the file is not seen by the Store's bookkeeping),
        once for a store opened read-only (``frozen``)."""
        frozen = self.frozen
        if frozen is not None and "daily" in frozen:
            return frozen["daily"]
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        found = daily.TABLE in tables and daily.in_step(self.con)
        if frozen is not None:
            frozen["daily"] = found
        return found

    def _daily_series(self, cell: tuple[str, str], filter: EventFilter, *, period: str, grouped: bool,
                      unit: str) -> list[dict[str, Any]]:
        """``series_rows`` from the daily counts (``cell``: kind and key)."""
        count = "events" if unit == "events" else "happenings"  # the columns of daily.DDL
        scored, total = f"{count}_scored", f"{count}_goldstein"
        group = "quad_class" if grouped else "NULL"
        sql = (f"SELECT {_period_sql(period, 'day')} AS period, {group} AS grp, "
               f"sum({count}) AS count, CASE WHEN sum({scored}) > 0 THEN sum({total}) END AS goldstein_sum, "
               f"sum({total}) / nullif(sum({scored}), 0) AS goldstein_mean FROM {daily.TABLE} "
               "WHERE kind = ? AND key = ? AND (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?) "
               f"GROUP BY ALL HAVING sum({count}) > 0 ORDER BY period, grp NULLS LAST")
        return self._result_rows(sql, [*cell, filter.date_from, filter.date_from, filter.date_to, filter.date_to])

    def documents_per_period(self, *, period: str, date_from: str | None = None, date_to: str | None = None
                             ) -> dict[dt.date, int]:
        """Documents ingested per period of publication (near-duplicate copies not counted).
        Counted per publication day in SQL (a few thousand days), bucketed into periods here; a
        store opened read-only counts its days once (``frozen``)."""
        if period not in PERIODS:
            raise FlashpointError(msg("E709", what="period", value=period, hint=f"Periods: {', '.join(PERIODS)}."))
        if self.frozen is not None:
            if "documents_per_day" not in self.frozen:
                self.frozen["documents_per_day"] = self._documents_per_day(None, None)
            rows = [(day, n) for day, n in self.frozen["documents_per_day"]
                    if (date_from is None or day >= date_from) and (date_to is None or day <= date_to)]
        else:
            rows = self._documents_per_day(date_from, date_to)
        out: dict[dt.date, int] = {}
        for published, count in rows:
            try:
                day = dt.date.fromisoformat(published)
            except ValueError:
                continue  # not a day (the store keeps what ingest wrote): not in any period
            start = (day - dt.timedelta(days=day.weekday()) if period == "week"
                     else day.replace(day=1) if period == "month" else day)
            out[start] = out.get(start, 0) + count
        return out

    def _documents_per_day(self, date_from: str | None, date_to: str | None) -> list[tuple[str, int]]:
        canonical = f'"{DUP_COLUMN}" IS NULL' if self.has_duplicates_column() else "TRUE"
        return self.con.execute(
            f"SELECT published, count(*) FROM documents WHERE published IS NOT NULL AND {canonical} "
            "AND (? IS NULL OR published >= ?) AND (? IS NULL OR published <= ?) GROUP BY published",
            [date_from, date_from, date_to, date_to]).fetchall()

    def date_bounds(self, filter: EventFilter | None = None) -> tuple[str | None, str | None]:
        condition, params = where(filter)
        row = self.con.execute(f"SELECT min(date), max(date) FROM events WHERE {condition}", params).fetchall()[0]
        return row[0], row[1]

    # -- alerts -----------------------------------------------------------------------------------

    def daily_actor_counts(self, *, date_from: str, date_to: str, quad_class: int = 4) -> list[dict[str, Any]]:
        """Per day, for every ordered (source country, target country) pair: happenings of
        ``quad_class`` (material conflict), and the count, Goldstein sum and sum of squares of all happenings.

        One row per (day, source_country, target_country); the target is null when not named.
        Happenings are clusters (an unclustered event counts alone), dated by their earliest member.
        """
        condition, params = where(EventFilter(date_from=date_from, date_to=date_to))
        sql = ("SELECT d AS day, source_country, target_country, count(*) FILTER (WHERE q = ?) AS conflict, "
               "count(*) AS happenings, sum(g) AS goldstein_sum, sum(g * g) AS goldstein_sq FROM ("
               "SELECT coalesce(cluster_id, event_id) AS k, min(date) AS d, "
               "arg_max(source_country, confidence) AS source_country, "
               "arg_max(target_country, confidence) AS target_country, "
               "arg_max(quad_class, confidence) AS q, arg_max(goldstein, confidence) AS g "
               f"FROM events WHERE {condition} AND date IS NOT NULL AND source_country IS NOT NULL GROUP BY k) "
               "GROUP BY ALL ORDER BY day, source_country, target_country NULLS FIRST")
        return self._result_rows(sql, [quad_class] + params)

    def happenings(self, filter: EventFilter, *, limit: int = 20) -> list[dict[str, Any]]:
        """The happenings (clusters, or lone events) with a member matching ``filter``, most
        reported first: the evidence of an alert. Each with its face event's sentence (the cluster's
        most confident member) and the cluster's counts."""
        condition, params = where(filter)
        sql = (f"WITH h AS (SELECT coalesce(cluster_id, event_id) AS happening, min(date) AS date, "
               f"arg_max(event_id, confidence) AS best, count(*) AS matching_events FROM events WHERE {condition} "
               "GROUP BY happening) "
               "SELECT h.happening, h.date, f.event_id AS face_event_id, f.sentence, f.source_code, f.cameo, "
               "f.target_code, f.location_name, f.url, f.outlet, coalesce(c.events, 1) AS reports, "
               "coalesce(c.documents, 1) AS documents, coalesce(c.outlets, 1) AS outlets, h.matching_events "
               "FROM h LEFT JOIN clusters c ON c.cluster_id = h.happening "
               "JOIN events f ON f.event_id = coalesce(c.face_event_id, h.best) "
               "ORDER BY documents DESC, h.date, h.happening LIMIT ?")
        return self._result_rows(sql, params + [limit])

    # -- exports ----------------------------------------------------------------------------------

    def event_batches(self, filter: EventFilter | None = None, *, columns: Sequence[str] | None = None,
                      batch_size: int = 50_000) -> pa.RecordBatchReader:
        """Matching events (flat row and store columns), ordered by date then id, as Arrow batches:
        an export streams them without holding every row."""
        condition, params = where(filter)
        sql = f"SELECT {_select(columns)} FROM events WHERE {condition} ORDER BY date NULLS LAST, event_id"
        relation = self.con.sql(sql, params=params)
        # the method's name changed across DuckDB versions: to_arrow_reader from 1.4, fetch_record_batch before
        fetch = getattr(relation, "to_arrow_reader", None) or relation.fetch_record_batch
        return fetch(batch_size)

    def cluster_faces(self, filter: EventFilter | None = None) -> list[dict[str, Any]]:
        """One row per happening among the matching events: the face event's flat row (the most
        confident matching member), the cluster's counts (1 for a lone event; a lone event of a
        near-duplicate copy is its original's, left out) and the time its document was stored.
        What the GDELT table is made of."""
        condition, params = where(filter)
        copies = f' AND (cluster_id IS NOT NULL OR "{DUP_COLUMN}" IS NULL)' if self.has_duplicates_column() else ""
        sql = ("WITH m AS (SELECT *, row_number() OVER (PARTITION BY coalesce(cluster_id, event_id) "
               "ORDER BY confidence DESC, event_id) AS rank FROM events WHERE " + condition + copies + ") "
               "SELECT m.* EXCLUDE (rank), coalesce(c.events, 1) AS num_mentions, "
               "coalesce(c.outlets, 1) AS num_sources, coalesce(c.documents, 1) AS num_articles, "
               "d.ingested AS ingested FROM m LEFT JOIN clusters c ON c.cluster_id = m.cluster_id "
               "LEFT JOIN documents d ON d.doc_id = m.doc_id WHERE m.rank = 1 ORDER BY m.date NULLS LAST, m.event_id")
        return self._result_rows(sql, params)


class ClusterWrites:
    """Writes of the analysis; mixed into ``Store`` (needs ``self.transaction()``)."""

    def apply_clustering(self, *, assignments: pa.Table, clusters: pa.Table, removed: Sequence[str] = ()) -> None:
        """One transaction: events -> cluster ids (``assignments``: event_id, cluster_id), cluster
        rows inserted or replaced (``clusters``: the columns of the clusters table but ``updated``),
        and the rows of clusters that no longer exist (``removed``: merged or emptied) deleted."""
        with self.transaction() as con:  # type: ignore[attr-defined]
            con.register("_assign", assignments)
            con.register("_clusters", clusters)
            try:
                if removed:
                    con.execute("DELETE FROM clusters WHERE list_contains(?, cluster_id)", [sorted(set(removed))])
                if assignments.num_rows:
                    with daily.apply_change(con, events="event_id IN (SELECT event_id FROM _assign)",
                                            joined="SELECT cluster_id FROM _assign"):
                        con.execute("UPDATE events SET cluster_id = _assign.cluster_id FROM _assign "
                                    "WHERE events.event_id = _assign.event_id")
                if clusters.num_rows:
                    con.execute("INSERT OR REPLACE INTO clusters BY NAME SELECT *, now() AS updated FROM _clusters")
            finally:
                con.unregister("_assign")
                con.unregister("_clusters")

    def clear_clusters(self) -> None:
        """Forget every cluster (a full recluster follows: ``flashpoint.analysis.clusters``)."""
        with self.transaction() as con:  # type: ignore[attr-defined]
            con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
            con.execute("DELETE FROM clusters")
            daily.rebuild(con)

    def load_rows(self, *, documents: pa.Table, events: pa.Table, run_id: int) -> None:
        """Append generated documents and events (Arrow tables with the tables' column names) in one
        transaction: what a benchmark store is built with (no coding, no checks of idempotence)."""
        with self.transaction() as con:  # type: ignore[attr-defined]
            con.register("_docs", documents)
            con.register("_events", events)
            try:
                con.execute("INSERT INTO documents BY NAME SELECT *, ? AS run_id, now() AS ingested FROM _docs",
                            [run_id])
                joined = ("SELECT DISTINCT cluster_id FROM _events WHERE cluster_id IS NOT NULL"
                          if "cluster_id" in events.column_names else None)
                with daily.apply_change(con, events="doc_id IN (SELECT DISTINCT doc_id FROM _events)", joined=joined):
                    con.execute("INSERT INTO events BY NAME SELECT *, ? AS run_id FROM _events", [run_id])
            finally:
                con.unregister("_docs")
                con.unregister("_events")
