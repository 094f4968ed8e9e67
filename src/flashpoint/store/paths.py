"""Where a store is by default (a module of its own: the commands read it without loading DuckDB)."""

#: The store ``flashpoint ingest`` (and the commands that read a store) use without ``--db``.
DEFAULT_PATH = "flashpoint.duckdb"
