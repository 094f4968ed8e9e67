"""The store's tables and their migrations, one numbered step per schema version.

A store records its version in ``schema_version`` (one row per step applied). Opening a store runs
the steps it lacks, all in one transaction (so a failed upgrade leaves the store as it was); a
store newer than this code is refused, never misread.

The events table is the flat row of ``flashpoint.columns`` (its generated DDL, never a copy) plus
the store's own columns (``STORE_EVENT_COLUMNS``). When the field spec gains a column, the store
follows on the next writable open (``missing_event_columns``): the spec, not a migration, owns the
event columns.

Adding a step: append a function to ``MIGRATIONS``; never edit a step that has shipped (stores in
the field were built by it). Tests build an old store with the steps up to its version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

import duckdb

from ..columns import COLUMNS, duckdb_ddl


@dataclass(frozen=True, kw_only=True)
class StoreColumn:
    """A column the store adds to the flat event row."""

    name: str
    type: str
    description: str


CLUSTER_ID = StoreColumn(name="cluster_id", type="VARCHAR",
                         description="The happening this event reports (the analysis fills it); null until clustered.")
RUN_ID = StoreColumn(name="run_id", type="BIGINT", description="The run that stored the event.")
DUP_OF = StoreColumn(name="dup_of", type="VARCHAR", description=(
    "When the event's document is a near-duplicate copy: the doc_id of the original (count the "
    "event once: keep dup_of IS NULL); null otherwise."))
#: Columns the store adds to the flat event row, in table order.
STORE_EVENT_COLUMNS: tuple[StoreColumn, ...] = (CLUSTER_ID, RUN_ID, DUP_OF)

_DOCUMENTS = """
CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY,      -- the input's id, else a hash of the cleaned text
  origin VARCHAR,                  -- where it was read: path, path:line, -:line
  url VARCHAR,
  outlet VARCHAR,
  title VARCHAR,
  published VARCHAR,               -- YYYY-MM-DD, as in the event rows
  text VARCHAR NOT NULL,           -- the cleaned text every span points into
  text_hash VARCHAR NOT NULL,      -- hash of text: the same id with another text is a conflict
  events INTEGER NOT NULL,         -- events stored for this document
  code_version VARCHAR NOT NULL,   -- what coded it: --recode recodes other versions
  data_hash VARCHAR NOT NULL,
  run_id BIGINT NOT NULL,
  ingested TIMESTAMP NOT NULL
)"""

_REJECTIONS = """
CREATE TABLE rejections (
  rejection_id VARCHAR PRIMARY KEY, -- hash of origin and reason: the same input twice adds nothing
  origin VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  detail VARCHAR,
  doc_id VARCHAR,
  run_id BIGINT NOT NULL,
  rejected TIMESTAMP NOT NULL
)"""

_RUNS = """
CREATE TABLE runs (
  run_id BIGINT PRIMARY KEY,
  command VARCHAR NOT NULL,        -- ingest, recode, load-parts
  started TIMESTAMP NOT NULL,
  finished TIMESTAMP,              -- null: still running, or killed (status says which it was last)
  status VARCHAR NOT NULL,         -- running, finished, failed, interrupted (Ctrl-C)
  code_version VARCHAR NOT NULL,
  data_hash VARCHAR,
  model VARCHAR,
  options VARCHAR,                 -- JSON
  inputs VARCHAR,                  -- JSON list of the inputs given
  read BIGINT NOT NULL DEFAULT 0,       -- inputs read (documents and rejections of the readers)
  stored BIGINT NOT NULL DEFAULT 0,     -- documents coded and stored
  recoded BIGINT NOT NULL DEFAULT 0,    -- stored documents coded again (--recode)
  unchanged BIGINT NOT NULL DEFAULT 0,  -- already stored: skipped
  rejected BIGINT NOT NULL DEFAULT 0,   -- rejection rows written (or already there)
  events BIGINT NOT NULL DEFAULT 0
)"""

# One happening, many reports: filled by the analysis (clusters). Quantities are JSON text,
# {"killed": {"min": 12, "max": 14, "mode": 12, "reports": 3}, ...}.
_CLUSTERS = """
CREATE TABLE clusters (
  cluster_id VARCHAR PRIMARY KEY,  -- stable: the same members give the same id
  face_event_id VARCHAR NOT NULL,  -- the most confident member, shown for the cluster
  date VARCHAR,                    -- the happening's date (YYYY-MM-DD)
  date_precision VARCHAR,
  first_seen VARCHAR,              -- first and last publication date of its reports
  last_seen VARCHAR,
  source_code VARCHAR, source_country VARCHAR,
  target_code VARCHAR, target_country VARCHAR,
  cameo VARCHAR, cameo_root VARCHAR, plover_type VARCHAR, quad_class INTEGER, goldstein DOUBLE,
  location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
  events INTEGER NOT NULL,         -- member events
  documents INTEGER NOT NULL,      -- distinct documents (near-duplicate copies counted once)
  outlets INTEGER NOT NULL,        -- distinct outlets
  quantities VARCHAR,              -- JSON: per kind min, max, the most reported value, reports
  confidence DOUBLE,
  updated TIMESTAMP NOT NULL,
  run_id BIGINT
)"""


_SCHEMA_VERSION = ("CREATE TABLE schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL, "
                   "code_version VARCHAR NOT NULL)")
_DOC_BANDS = "CREATE TABLE doc_bands (band SMALLINT NOT NULL, key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)"


def _version_1(con: duckdb.DuckDBPyConnection) -> None:
    """The first store: schema_version, runs, documents, events, rejections, clusters."""
    con.execute(_SCHEMA_VERSION)
    for ddl in (_RUNS, _DOCUMENTS, _REJECTIONS, _CLUSTERS):
        con.execute(ddl)
    con.execute(duckdb_ddl("events"))
    for column in (CLUSTER_ID, RUN_ID):
        con.execute(f'ALTER TABLE events ADD COLUMN "{column.name}" {column.type}')


def _version_2(con: duckdb.DuckDBPyConnection) -> None:
    """Near-duplicate articles: each document's MinHash signature and original (``dup_of``), the
    LSH band keys (``doc_bands``), ``events.dup_of`` and the run's count of copies. Documents
    stored before have no signature yet: the next writable run indexes them (``Store.unindexed``)."""
    con.execute("ALTER TABLE documents ADD COLUMN dup_of VARCHAR")  # null: an original
    con.execute("ALTER TABLE documents ADD COLUMN minhash BLOB")    # null: not indexed yet
    con.execute(f'ALTER TABLE events ADD COLUMN "{DUP_OF.name}" {DUP_OF.type}')
    con.execute("ALTER TABLE runs ADD COLUMN copies BIGINT NOT NULL DEFAULT 0")
    con.execute(_DOC_BANDS)


def _version_3(con: duckdb.DuckDBPyConnection) -> None:
    """Daily counts of happenings and events per actor, dyad and QuadClass (``daily``), built from
    the events already stored; the Store keeps them with every change of the events after."""
    from . import daily

    con.execute(daily.DDL)
    daily.rebuild(con)


#: Step n (from 1) brings a store from version n-1 to n.
MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (
    _version_1,
    _version_2,
    _version_3,
)
#: The schema version this code writes.
STORE_VERSION = len(MIGRATIONS)


def _created(*ddl: str) -> frozenset[str]:
    return frozenset(re.findall(r'CREATE TABLE "?(\w+)', "\n".join(ddl)))


@cache
def tables_of_step() -> tuple[frozenset[str], ...]:
    """The tables each step creates (step n at index n-1), read from the statements the steps run.
    Every open of a store checks its tables against these: building the steps in memory to find
    them cost 0.1 s at the start of every command (a test still builds them, to check these)."""
    from . import daily

    return (_created(_SCHEMA_VERSION, _RUNS, _DOCUMENTS, _REJECTIONS, _CLUSTERS, duckdb_ddl("events")),
            _created(_DOC_BANDS), _created(daily.DDL))


def tables_of_version(version: int) -> frozenset[str]:
    """The tables a store of ``version`` has."""
    return frozenset().union(*tables_of_step()[:version])


def built_tables_of_version(version: int) -> frozenset[str]:
    """The tables a store of ``version`` has, found by building one in memory (what the tests
    compare ``TABLES_OF_STEP`` with)."""
    con = duckdb.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(con)
        return frozenset(r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall())
    finally:
        con.close()


@cache
def spec_event_columns() -> tuple[tuple[str, str], ...]:
    """(name, DuckDB type) of the flat event row, read from the generated DDL (in memory)."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(duckdb_ddl("events"))
        return tuple((r[0], r[1]) for r in con.execute("DESCRIBE events").fetchall())
    finally:
        con.close()


def missing_event_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Columns of the field spec that the store's events table lacks (a spec newer than the store).
    The names are compared first: DuckDB's types of the spec (an in-memory table, some 30 ms) are
    looked up only when a column is missing."""
    have = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    if all(c.name in have for c in COLUMNS):
        return []
    return [(name, kind) for name, kind in spec_event_columns() if name not in have]


def add_event_columns(con: duckdb.DuckDBPyConnection, columns: list[tuple[str, str]]) -> None:
    """Add spec columns to the events table (nullable: rows already stored have no value)."""
    for name, kind in columns:
        if not name.isidentifier():
            raise ValueError(f"not a plain column name: {name!r}")
        con.execute(f'ALTER TABLE events ADD COLUMN "{name}" {kind}')
