"""The event store: coded documents, events, rejections and runs in one DuckDB file.

- ``Store.open(path, *, read_only=False, wait=0)``: the one class that speaks SQL (``store``)
- ``Reader``: the read API, rows as dicts or Arrow tables, keyset pages (``reading``)
- ``EventFilter``: which events a query wants, validated (``filters``)
- ``Ingest``: one run that stores what a runner coded, batch by batch (``loading``)
- the tables and their migrations (``schema``)

The store is part of the runtime shell: the core (the pipeline and its stages) never imports it.
"""

from .filters import EventFilter
from .loading import Ingest
from .reading import Page, Reader
from .schema import STORE_VERSION
from .store import DEFAULT_PATH, Batch, RunCounts, Store

__all__ = ["Store", "Reader", "Page", "EventFilter", "Ingest", "Batch", "RunCounts", "STORE_VERSION",
           "DEFAULT_PATH"]
