"""Writers for coded events: JSON Lines (the full record), CSV and Parquet (one flat row per event).

The flat row, its columns and the Parquet schema come from the field spec, ``flashpoint.columns``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Protocol, TextIO

from .columns import FLAT_COLUMNS, arrow_schema, flatten
from .errors import FlashpointError, msg

__all__ = ["FORMATS", "FLAT_COLUMNS", "flatten", "Writer", "JsonlWriter", "CsvWriter", "ParquetWriter",
           "open_writer", "write_all"]

FORMATS = ("jsonl", "csv", "parquet")


class Writer(Protocol):
    def write(self, event: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, event: dict[str, Any]) -> None:
        self.stream.write(json.dumps(event, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=list(FLAT_COLUMNS))
        self.writer.writeheader()

    def write(self, event: dict[str, Any]) -> None:
        self.writer.writerow(flatten(event))

    def close(self) -> None:
        self.stream.flush()


class ParquetWriter:
    """Buffers rows and writes them in row groups, so memory stays bounded on long runs."""

    ROW_GROUP = 10_000

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.schema = arrow_schema()
        self.rows: list[dict[str, Any]] = []
        self._writer = None

    def write(self, event: dict[str, Any]) -> None:
        self.rows.append(flatten(event))
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, self.schema)
        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()  # also creates the file for a run with no events
        self._writer.close()


def open_writer(fmt: str, path: str | None) -> tuple[Writer, TextIO | None]:
    """A writer for ``fmt`` to ``path`` (stdout when None). Returns the writer and the stream to close."""
    if fmt not in FORMATS:
        raise FlashpointError(msg("E004", value=fmt, available=", ".join(FORMATS)))
    if fmt == "parquet":
        if not path or path == "-":
            raise FlashpointError(msg("E006"))
        return ParquetWriter(path), None
    stream: TextIO
    if path and path != "-":
        stream = open(path, "w", encoding="utf-8", newline="")
        owned: TextIO | None = stream
    else:
        stream, owned = sys.stdout, None
    writer: Writer = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
    return writer, owned


def write_all(events: Iterable[dict[str, Any]], fmt: str) -> str:
    """Serialise events to a string (for tests and small API uses; not parquet)."""
    stream = io.StringIO()
    writer: Writer = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
    for e in events:
        writer.write(e)
    writer.close()
    return stream.getvalue()
