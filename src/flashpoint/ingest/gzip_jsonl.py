"""Gzip-compressed JSON Lines (``.jsonl.gz``, ``.ndjson.gz``): the JSONL records, decompressed as
they are read. A file that breaks part-way (truncated, corrupt) keeps the records before the break
and ends with one ``unreadable`` error naming the line where reading stopped."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator

from ..errors import msg
from .tabular import Record, RecordError, jsonl_records


def gzip_jsonl_records(path: Path) -> Iterator[Record | RecordError]:
    """The records of a gzip-compressed JSONL file, line by line."""
    line = 0

    def lines() -> Iterator[str]:
        nonlocal line
        with gzip.open(path, "rt", encoding="utf-8", errors="surrogateescape", newline="") as fh:
            for text in fh:
                line += 1
                yield text

    try:
        yield from jsonl_records(lines())
    except (OSError, EOFError, zlib.error) as exc:
        yield RecordError(line + 1, "unreadable", msg("E725", line=line + 1, detail=f"{type(exc).__name__}: {exc}"))
