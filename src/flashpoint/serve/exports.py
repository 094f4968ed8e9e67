"""Exports of a filtered selection, streamed: the events leave a batch at a time, never held whole.

The formats are those of ``flashpoint export`` (``flashpoint.analysis.exports``): ``jsonl`` (the
records of schema 1), ``csv`` (the flat rows and ``cluster_id``), ``gdelt`` (the GDELT 2.0 event
table, one row per happening), ``plover`` (PLOVER JSON lines) and ``geojson`` (the located events).
Their writers write to a stream; here one runs in a thread of its own, on a reader of its own, and
what it writes is sent on as it comes (a bounded queue holds the writer back when the client reads
slowly; a client that goes away stops it). Without the analysis, ``jsonl`` and ``csv`` come from
``flashpoint.output``'s writers.

A query that outlives the export time limit is interrupted and the transfer ends unfinished (the
status line has gone already), which a client sees as a broken download, never as a short file
that looks complete.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, AsyncIterator, Callable

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..columns import FLAT_COLUMNS
from ..errors import msg
from ..output import CsvWriter, JsonlWriter
from ..store.filters import EventFilter
from . import analysis_bridge
from .params import FilterParams, filter_params
from .problems import ERROR_RESPONSES, ApiError
from .records import unflatten
from .state import ServerStore

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "gdelt": "text/tab-separated-values; charset=utf-8", "plover": "application/x-ndjson",
         "geojson": "application/geo+json"}
SUFFIX = {"jsonl": "jsonl", "csv": "csv", "gdelt": "tsv", "plover": "jsonl", "geojson": "geojson"}
BATCH_ROWS = 2000
CHUNK = 64 * 1024
_DONE = object()


class ExportRun:
    """One export: a writer in a thread of its own, on a reader of its own (which it closes), and a
    bounded queue of what it wrote. ``cancel()`` (the client went away) stops it at its next write."""

    def __init__(self, srv: ServerStore, write: Callable[[Any, EventFilter, Any], Any], selection: EventFilter):
        self.out: "queue.Queue[Any]" = queue.Queue(maxsize=16)
        self.parts: list[str] = []
        self.size = 0
        self.cancelled = threading.Event()
        reader, timer = srv.open_reader(seconds=srv.limits.export_seconds)
        self.worker = threading.Thread(target=self._run, args=(write, reader, timer, selection),
                                       name="flashpoint-export", daemon=True)
        self.worker.start()

    # -- the writer's side (a text stream) -------------------------------------------------------

    def write(self, text: str) -> int:
        if self.cancelled.is_set():
            raise BrokenPipeError("the client stopped reading the export")
        self.parts.append(text)
        self.size += len(text)
        if self.size >= CHUNK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.parts:
            self._put("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0

    def _put(self, item: Any) -> None:
        while not self.cancelled.is_set():
            try:
                self.out.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _run(self, write: Callable[[Any, EventFilter, Any], Any], reader: Any, timer: threading.Timer,
             selection: EventFilter) -> None:
        try:
            write(reader, selection, self)
            self.flush()
        except BaseException as exc:  # handed to the response, which ends unfinished
            self._put(exc)
        finally:
            timer.cancel()
            reader.close()
            self._put(_DONE)

    # -- the response's side ---------------------------------------------------------------------

    def next_chunk(self) -> bytes | None:
        """What the writer wrote next; None at the end; its error, raised."""
        while True:
            try:
                item = self.out.get(timeout=0.2)
            except queue.Empty:
                if self.cancelled.is_set() or not self.worker.is_alive() and self.out.empty():
                    return None
                continue
            if item is _DONE:
                return None
            if isinstance(item, BaseException):
                raise item
            return item

    def cancel(self) -> None:
        self.cancelled.set()


def _own(fmt: str) -> Callable[[Any, EventFilter, Any], int]:
    """jsonl and csv without the analysis: the writers of ``flashpoint code``."""

    def write(reader: Any, selection: EventFilter, stream: Any) -> int:
        writer = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
        n = 0
        for batch in reader.event_batches(selection, columns=list(FLAT_COLUMNS), batch_size=BATCH_ROWS):
            for row in batch.to_pylist():
                writer.write(unflatten(row))
                n += 1
        return n

    return write


async def body(run: ExportRun) -> AsyncIterator[bytes]:
    """The response's body. An async generator, so that a client going away (the response's task
    cancelled) reaches its ``finally`` at once and stops the writer."""
    try:
        while True:
            chunk = await run_in_threadpool(run.next_chunk)
            if chunk is None:
                return
            yield chunk
    finally:
        run.cancel()


@router.get("/export", summary="Every event matching the filters, streamed in a format of flashpoint export",
            response_class=StreamingResponse,
            responses={200: {"content": {media: {} for media in MEDIA.values()},
                             "description": "The events, ordered by date then id."}})
def export(request: Request,
           format: str = Query("jsonl", pattern="^(jsonl|csv|gdelt|plover|geojson)$",
                               description="jsonl, csv, gdelt, plover or geojson (the last three need the "
                                           "analysis)."),
           params: FilterParams = Depends(filter_params)) -> StreamingResponse:
    srv: ServerStore = request.app.state.server
    selection = params.filter()
    if format not in ("jsonl", "csv") and analysis_bridge.export_writers() is None:
        raise ApiError(501, msg("E912", what=f"The {format} export"), param="format")
    writers = analysis_bridge.export_writers()
    run = ExportRun(srv, writers[format] if writers is not None else _own(format), selection)
    return StreamingResponse(body(run), media_type=MEDIA[format],
                             headers={"Content-Disposition": f'attachment; filename="events.{SUFFIX[format]}"'})
