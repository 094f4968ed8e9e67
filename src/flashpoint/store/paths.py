"""The store's defaults the commands read without loading DuckDB (a module of its own for that)."""

#: The store ``flashpoint ingest`` (and the commands that read a store) use without ``--db``.
DEFAULT_PATH = "flashpoint.duckdb"

#: Documents per store transaction of ``flashpoint ingest`` (``--commit-every``). A transaction
#: costs some 15 ms whatever its size (the statements of a batch and the commit): at 128 documents
#: (3 s of coding in one process) that is under 1% of the run, and a killed run codes again at most
#: these 128 documents.
COMMIT_EVERY = 128
