"""The event store: coded documents, events, rejections and runs in one DuckDB file.

- ``Store.open(path, *, read_only=False, wait=0)``: the one class that speaks SQL (``store``)
- ``Reader``: the read API, rows as dicts or Arrow tables, keyset pages (``reading``)
- ``EventFilter``: which events a query wants, validated (``filters``)
- ``Ingest``: one run that stores what a runner coded, batch by batch (``loading``)
- the tables and their migrations (``schema``)

The store is part of the runtime shell: the core (the pipeline and its stages) never imports it.
Names are imported on first use: every ``flashpoint`` command registers ``ingest``, and DuckDB and
pyarrow should not slow the start of the commands that never open a store.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .paths import DEFAULT_PATH

#: Public name -> the module that defines it.
_EXPORTS = {
    "Store": ".store", "Batch": ".store", "RunCounts": ".store", "Reader": ".reading", "Page": ".reading",
    "EventFilter": ".filters", "Ingest": ".loading", "STORE_VERSION": ".schema",
}

if TYPE_CHECKING:
    from .filters import EventFilter
    from .loading import Ingest
    from .reading import Page, Reader
    from .schema import STORE_VERSION
    from .store import Batch, RunCounts, Store


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value


__all__ = ["Store", "Reader", "Page", "EventFilter", "Ingest", "Batch", "RunCounts", "STORE_VERSION",
           "DEFAULT_PATH"]
