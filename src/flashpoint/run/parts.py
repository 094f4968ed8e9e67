"""Parquet parts: what one partition gave, written by the worker that coded it.

A part is a folder ``part-<key>/`` (``key``: the partition's content hash) of three Parquet files,
each row carrying ``position``, the index of its input within the partition:

- ``documents.parquet``: every document read (``Document`` fields), coded or rejected by the coder;
- ``events.parquet``: the flat event columns of ``columns.py`` (as ``--format parquet`` writes them)
  and ``record``, the event's JSON record (so ``flashpoint code --dask`` writes exactly what it
  writes without Dask, in every format);
- ``rejections.parquet``: every rejection (``Rejection`` fields), from the reader or the coder;
- ``notices.parquet``: what the reader said about an input it read all the same (``Notice``
  fields: a bad publication date), so that ``--errors`` and the summary get it as without Dask.

The files are written into a temporary folder that is then renamed, so a part is there whole or
not at all; a partition coded twice (a retry after its worker died, or a run repeated over the same
parts folder) finds its part already there, and never adds a second one.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..columns import arrow_schema, flatten
from ..pipeline import DocResult
from ..ingest.readers import Notice
from ..records import Document, Event, Rejection

PREFIX = "part-"
POSITION = "position"  # the index of the input within its partition
RECORD = "record"  # the event record (JSON) of an event row

DOCUMENT_SCHEMA = pa.schema([
    ("position", pa.int32()), ("doc_id", pa.string()), ("origin", pa.string()), ("url", pa.string()),
    ("outlet", pa.string()), ("title", pa.string()), ("published", pa.string()), ("text", pa.string()),
])
REJECTION_SCHEMA = pa.schema([
    ("position", pa.int32()), ("origin", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
    ("doc_id", pa.string()),
])
NOTICE_SCHEMA = REJECTION_SCHEMA  # the same fields: position, origin, reason, detail, doc_id


def event_schema() -> pa.Schema:
    return pa.schema([pa.field(POSITION, pa.int32()), *arrow_schema(), pa.field(RECORD, pa.string())])


#: The files of a part: the name of each table, and its schema.
SCHEMAS = {"documents": lambda: DOCUMENT_SCHEMA, "events": event_schema, "rejections": lambda: REJECTION_SCHEMA,
           "notices": lambda: NOTICE_SCHEMA}
FILES = tuple(f"{name}.parquet" for name in SCHEMAS)
#: The files a part must have to be whole (a part written before notices were kept has no
#: ``notices.parquet``; it is whole all the same, without notices).
REQUIRED = tuple(name for name in FILES if name != "notices.parquet")


def part_path(parts_dir: str | Path, key: str) -> Path:
    return Path(parts_dir) / f"{PREFIX}{key}"


def part_complete(parts_dir: str | Path, key: str) -> bool:
    path = part_path(parts_dir, key)
    return all((path / name).is_file() for name in REQUIRED)


def write_part(parts_dir: str | Path, key: str, *, results: list[DocResult],
               notices: list[tuple[int, Notice]] = ()) -> Path:
    """Write the part of one partition (``results``: one per input, in order; ``notices``: the
    reader's notices, each with the position of its input); returns its folder.
    When the part is already there (another attempt finished first), it is kept as it is."""
    final = part_path(parts_dir, key)
    if part_complete(parts_dir, key):
        return final
    documents, events, rejections = [], [], []
    for position, result in enumerate(results):
        if result.document is not None:
            documents.append({"position": position, **_document_row(result.document)})
        for event in result.events:
            record = event.to_dict()
            events.append({"position": position, **flatten(record),
                           "record": json.dumps(record, ensure_ascii=False)})
        if result.rejection is not None:
            r = result.rejection
            rejections.append({"position": position, "origin": r.origin, "reason": r.reason, "detail": r.detail,
                               "doc_id": r.doc_id})
    tmp = Path(parts_dir) / f".tmp-{key}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        tables = {"documents": documents, "events": events, "rejections": rejections,
                  "notices": [{"position": position, **n.to_dict()} for position, n in notices]}
        for name, schema in SCHEMAS.items():
            pq.write_table(pa.Table.from_pylist(tables[name], schema=schema()), tmp / f"{name}.parquet")
        try:
            os.rename(tmp, final)
        except OSError:
            if not part_complete(parts_dir, key):  # not a finished twin: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _document_row(document: Document) -> dict:
    return {"doc_id": document.doc_id, "origin": document.origin, "url": document.url, "outlet": document.outlet,
            "title": document.title, "published": document.published, "text": document.text}


def read_part(parts_dir: str | Path, key: str) -> list[tuple[Document | Rejection, DocResult]]:
    """The inputs of a part and what coding gave for each, in input order: the item is the
    document read, or the reader's rejection when there was no document."""
    path = part_path(parts_dir, key)
    documents = {row.pop("position"): Document(**row)
                 for row in pq.read_table(path / "documents.parquet").to_pylist()}
    rejections = {row.pop("position"): Rejection(**row)
                  for row in pq.read_table(path / "rejections.parquet").to_pylist()}
    events: dict[int, list[Event]] = {}
    table = pq.read_table(path / "events.parquet", columns=[POSITION, RECORD])
    for position, record in zip(table.column(POSITION).to_pylist(), table.column(RECORD).to_pylist()):
        events.setdefault(position, []).append(Event.from_dict(json.loads(record)))
    out = []
    for position in range(max([*documents, *rejections], default=-1) + 1):
        document, rejection = documents.get(position), rejections.get(position)
        item = document if document is not None else rejection
        if item is None:
            raise ValueError(f"{path}: no input at position {position}")
        out.append((item, DocResult(document=document, events=events.get(position, []), rejection=rejection)))
    return out


def read_notices(parts_dir: str | Path, key: str) -> dict[int, list[Notice]]:
    """The reader's notices of a part, by the position of their input."""
    out: dict[int, list[Notice]] = {}
    path = part_path(parts_dir, key) / "notices.parquet"
    if not path.is_file():
        return out
    for row in pq.read_table(path).to_pylist():
        out.setdefault(row.pop("position"), []).append(Notice(**row))
    return out


def part_keys(parts_dir: str | Path) -> Iterator[str]:
    """The keys of the whole parts in ``parts_dir`` (unfinished temporary folders are left out)."""
    for path in sorted(Path(parts_dir).glob(f"{PREFIX}*")):
        key = path.name[len(PREFIX):]
        if part_complete(parts_dir, key):
            yield key
