"""Exports of a filtered selection, streamed: the events leave a batch at a time, never held whole.

``jsonl`` writes the nested records of schema 1 (as ``flashpoint code`` does), ``csv`` the flat rows
(the same header and cells as ``flashpoint code --format csv``): the writers of ``flashpoint.output``.
A query that outlives the export time limit is interrupted and the transfer ends unfinished (the
status line has gone already), which a client sees as a broken download, never as a short file
that looks complete.
"""

from __future__ import annotations

import io
from typing import Iterator

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ..columns import FLAT_COLUMNS
from ..output import CsvWriter, JsonlWriter
from ..store.filters import EventFilter
from .params import FilterParams, filter_params
from .problems import ERROR_RESPONSES
from .records import unflatten
from .state import ServerStore

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
BATCH_ROWS = 2000


def stream(srv: ServerStore, selection: EventFilter, *, fmt: str) -> Iterator[bytes]:
    reader, timer = srv.open_reader(seconds=srv.limits.export_seconds)
    buffer = io.StringIO()
    writer = JsonlWriter(buffer) if fmt == "jsonl" else CsvWriter(buffer)
    try:
        for batch in reader.event_batches(selection, columns=list(FLAT_COLUMNS), batch_size=BATCH_ROWS):
            for row in batch.to_pylist():
                writer.write(unflatten(row))
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
        if buffer.tell():
            yield buffer.getvalue().encode("utf-8")
    finally:
        timer.cancel()
        reader.close()


@router.get("/export", summary="Every event matching the filters, streamed as JSON Lines or CSV",
            response_class=StreamingResponse,
            responses={200: {"content": {MEDIA["jsonl"]: {}, MEDIA["csv"]: {}},
                             "description": "The events, ordered by date then id."}})
def export(request: Request, format: str = Query("jsonl", pattern="^(jsonl|csv)$", description="jsonl or csv."),
           params: FilterParams = Depends(filter_params)) -> StreamingResponse:
    srv: ServerStore = request.app.state.server
    selection = params.filter()
    return StreamingResponse(stream(srv, selection, fmt=format), media_type=MEDIA[format],
                             headers={"Content-Disposition": f'attachment; filename="events.{format}"'})
