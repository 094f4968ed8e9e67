"""What the server holds: the open store, its limits, and the one write path.

The server holds the store file for as long as it runs (DuckDB lets one process write a file, and no
other process may open it meanwhile): read-only without a token, so other read-only openers (another
``flashpoint serve``) may share it; for writing with ``--token``, and then a POSTed document is coded
and stored through the server's own connection, one at a time (``write_lock``). A ``flashpoint
ingest`` started meanwhile fails at once with E701 naming the server's process (or waits with
``--wait``): stop the server to ingest a batch, or POST the documents to it.

Each request reads on its own cursor (``reading``), and a timer interrupts a query that runs longer
than the limit (E908, status 503), so one heavy query cannot hold a worker thread for ever.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

from ..errors import msg
from ..ingest import IngestOptions
from ..ingest.readers import make_document
from ..records import Rejection
from ..store import Ingest, Store
from ..store.api_queries import ApiReader, QueryInterrupted
from . import analysis_bridge
from .cache import ResponseCache
from .problems import ApiError

if TYPE_CHECKING:  # the server loads spaCy only when a document is POSTed
    from ..pipeline import Pipeline


@dataclass(frozen=True, kw_only=True)
class Limits:
    """The server's limits (``flashpoint serve`` flags)."""

    page_default: int = 50        # events per page when the request gives no limit
    page_max: int = 500           # the largest page a request may ask for
    query_seconds: float = 5.0    # a query running longer is interrupted (E908)
    export_seconds: float = 300.0  # the same for a streamed export
    alerts_seconds: float = 60.0  # the same for alerts (a test of every day of a long range)
    max_body: int = 1_000_000     # bytes of a POSTed document (E907, status 413)
    places_max: int = 5000        # places the map asks for at most
    cache_entries: int = 4096     # answers kept (0: none; see ``cache``)
    queries: int = 2              # queries run at once; more wait their turn (up to query_seconds)


class ServerStore:
    """The open store and the server's ways to read and write it."""

    def __init__(self, store: Store, *, token: str | None = None, limits: Limits | None = None,
                 pipeline: "Pipeline | None" = None):
        self.store = store
        self.token = token
        self.limits = limits or Limits()
        self.write_lock = threading.Lock()
        self._pipeline = pipeline
        self.cache = ResponseCache(entries=self.limits.cache_entries)
        self._turns = threading.BoundedSemaphore(max(1, self.limits.queries))

    @property
    def writable(self) -> bool:
        return self.token is not None and not self.store.read_only

    # -- reading -----------------------------------------------------------------------------------

    def open_reader(self, *, seconds: float | None = None) -> tuple[ApiReader, threading.Timer]:
        """A reader on its own cursor and the started timer that interrupts it; close both."""
        reader = ApiReader.on(self.store)
        timer = threading.Timer(seconds if seconds is not None else self.limits.query_seconds, reader.interrupt)
        timer.daemon = True
        timer.start()
        return reader, timer

    @contextmanager
    def reading(self, *, seconds: float | None = None) -> Iterator[ApiReader]:
        """A reader for one request, when its turn comes (``Limits.queries`` run at once: more would
        only share the cores and all finish late). No turn within the time limit is E915, a query
        past it E908 (both 503)."""
        limit = seconds if seconds is not None else self.limits.query_seconds
        if not self._turns.acquire(timeout=limit):
            raise ApiError(503, msg("E915", seconds=limit, running=self.limits.queries),
                           headers={"Retry-After": "1"})
        try:
            reader, timer = self.open_reader(seconds=limit)
            try:
                yield reader
            except QueryInterrupted:
                raise ApiError(503, msg("E908", seconds=limit)) from None
            finally:
                timer.cancel()
                reader.close()
        finally:
            self._turns.release()

    # -- writing -----------------------------------------------------------------------------------

    def pipeline(self) -> "Pipeline":
        """The pipeline that codes POSTed documents, loaded on first use."""
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    def store_document(self, fields: dict[str, Any], *, origin: str) -> dict[str, Any]:
        """Code one article (the fields of a JSON Lines article) and store it, as ``flashpoint
        ingest`` would: a stored id with the same text is unchanged, one with another text is an
        id-conflict rejection. Returns doc_id, status (stored, unchanged, rejected), reason, events."""
        document = make_document(fields, origin=origin, options=IngestOptions(max_bytes=self.limits.max_body))
        if isinstance(document, Rejection):  # the client is told at once; nothing to store
            raise ApiError(400, msg("E914", reason=document.detail or document.reason), param="text")
        with self.write_lock:
            pipeline = self.pipeline()
            ingest = Ingest(self.store, coder=pipeline.coder_info, batch_size=1)
            ingest.start(command="serve", options={"origin": origin}, inputs=[origin])
            try:
                results = list(pipeline.code_documents(ingest.pending([document])))
                for result in results:
                    ingest.add(result)
                totals = ingest.finish()
            except BaseException:
                ingest.finish(status="failed")
                raise
            if totals.stored:
                analysis_bridge.after_store(self.store, run_id=ingest.run_id)
            self.cache.clear()  # the store changed: no kept answer holds any more
        doc_id = document.doc_id
        if totals.rejected:
            rejection = next(r.rejection for r in results if r.rejection is not None)
            return {"doc_id": doc_id, "status": "rejected", "reason": rejection.detail or rejection.reason,
                    "events": []}
        if not results:
            return {"doc_id": doc_id, "status": "unchanged", "reason": None, "events": []}
        events = [e.to_dict() for r in results for e in r.events]
        return {"doc_id": doc_id, "status": "stored", "reason": None, "events": events}


__all__ = ["Limits", "ServerStore"]
