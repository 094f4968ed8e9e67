"""Exports of a store's events: one module per format, all with the filters of ``series``.

| format | what | where |
|---|---|---|
| ``parquet`` | the flat rows and ``cluster_id``, partitioned ``year=YYYY/month=M`` (hive style) | a new directory |
| ``csv`` | the flat rows and ``cluster_id``, with a header | a file or stdout |
| ``jsonl`` | the nested event records (schema_version 1, as ``flashpoint code`` writes them) | a file or stdout |
| ``gdelt`` | the GDELT 2.0 event table: one row per happening, 61 tab-separated columns, no header | a file or stdout |
| ``plover`` | PLOVER JSON: one object per event with event, mode, context, actor, recipient | a file or stdout |
| ``geojson`` | a FeatureCollection of the located events (points) | a file or stdout |

Events stream from the store in Arrow batches (``Reader.event_batches``): an export never holds the
whole store in memory, except GDELT's, one row per happening.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

from ...errors import FlashpointError, msg
from ...store.filters import EventFilter
from . import flat, gdelt, geojson, plover

#: Format -> module with ``write(store, filter, stream) -> int`` (rows written).
WRITERS = {"csv": flat.write_csv, "jsonl": flat.write_jsonl, "gdelt": gdelt.write, "plover": plover.write,
           "geojson": geojson.write}
FORMATS = ("parquet",) + tuple(WRITERS)


def export(store: Any, *, format: str, filter: EventFilter | None = None, output: str | None = None,
           stdout: TextIO | None = None) -> int:
    """Write the matching events of ``store`` in ``format`` to ``output`` (stdout when None or
    "-"; a new directory for parquet). Returns the rows (or files, for parquet) written."""
    if format not in FORMATS:
        raise FlashpointError(msg("E004", value=format, available=", ".join(FORMATS)))
    f = filter or EventFilter()
    if format == "parquet":
        if not output or output == "-":
            raise FlashpointError(msg("E743", format=format, what="a directory of Parquet files",
                                      placeholder="DIR"))
        return flat.write_parquet(store, f, Path(output))
    if output and output != "-":
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                return WRITERS[format](store, f, handle)
        except OSError as exc:
            raise FlashpointError(msg("E742", path=output, detail=exc.strerror or exc)) from None
    return WRITERS[format](store, f, stdout or sys.stdout)
