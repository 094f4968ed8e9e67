"""The analysis of a store: reports merged into happenings, series, escalation alerts, exports.

- ``clusters``: events that report one happening merged into a cluster with a stable id,
  incrementally (``cluster_new_events(store)`` after each ingest); ``matching`` says which two
  events can report the same happening;
- ``series``: counts per day, week or month for a dyad or a country; ``plot`` draws them;
- ``alerts``: escalation of a dyad or a country against its own baseline (count and mean tests);
- ``exports``: Parquet, CSV, JSON Lines, GDELT 2.0, PLOVER JSON and GeoJSON.

It reads and writes through the ``Store`` only (``flashpoint.store``), never opening DuckDB itself.
"""
