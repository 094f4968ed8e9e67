"""The flat row as CSV and Parquet (year/month partitions), and the nested record as JSON Lines."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator, TextIO

import pyarrow as pa
import pyarrow.compute as pc

from ...columns import unflatten
from ...errors import FlashpointError, msg
from ...store.analysis_queries import ALL_EVENT_COLUMNS
from ...store.filters import EventFilter

#: The flat row, then the happening it reports.
EXPORT_COLUMNS = tuple(c for c in ALL_EVENT_COLUMNS if c != "run_id")


def rows(store: Any, f: EventFilter) -> Iterator[dict[str, Any]]:
    for batch in store.event_batches(f, columns=EXPORT_COLUMNS):
        yield from batch.to_pylist()


def write_csv(store: Any, f: EventFilter, stream: TextIO) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    n = 0
    for row in rows(store, f):
        writer.writerow(["" if v is None else v for v in row.values()])
        n += 1
    return n


def write_jsonl(store: Any, f: EventFilter, stream: TextIO) -> int:
    """The nested records, valid against the event JSON Schema (the happening is in the flat
    formats' ``cluster_id``: the record's shape is closed)."""
    n = 0
    for row in rows(store, f):
        stream.write(json.dumps(unflatten(row), ensure_ascii=False) + "\n")
        n += 1
    return n


PARTITIONS = pa.schema([("year", pa.int16()), ("month", pa.int8())])


def _with_partitions(batch: pa.RecordBatch) -> pa.RecordBatch:
    dates = batch.column("date")
    year = pc.cast(pc.utf8_slice_codeunits(dates, 0, 4), pa.int16())
    month = pc.cast(pc.utf8_slice_codeunits(dates, 5, 7), pa.int8())
    return pa.RecordBatch.from_arrays(list(batch.columns) + [year, month],
                                      names=list(batch.schema.names) + ["year", "month"])


def write_parquet(store: Any, f: EventFilter, directory: Path) -> int:
    """Parquet files under ``directory/year=YYYY/month=M/`` (events without a date under the
    null partition). Returns the files written."""
    import pyarrow.dataset as ds

    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise FlashpointError(msg("E745", path=directory))
    reader = store.event_batches(f, columns=EXPORT_COLUMNS)
    try:
        directory.mkdir(parents=True, exist_ok=True)  # there even when nothing matches
    except OSError as exc:
        raise FlashpointError(msg("E742", path=directory, detail=exc.strerror or exc)) from None
    schema = pa.schema(list(reader.schema) + list(PARTITIONS))
    written: list[str] = []
    try:
        ds.write_dataset((_with_partitions(b) for b in reader), directory, schema=schema, format="parquet",
                         partitioning=ds.partitioning(PARTITIONS, flavor="hive"),
                         existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet",
                         file_visitor=lambda f: written.append(f.path))
    except OSError as exc:
        raise FlashpointError(msg("E742", path=directory, detail=exc)) from None
    return len(written)
