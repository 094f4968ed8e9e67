"""Records from JSON Lines and CSV inputs, one per line or row, each with its line number.

A bad line or row yields a ``RecordError`` for that line only; reading goes on with the next one.
Both readers stream: nothing but the current record is held in memory.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from ..errors import msg

#: Record fields read from JSONL objects and CSV columns; ``date`` is an alias of ``published``.
FIELDS = ("id", "text", "title", "url", "published", "outlet")
ALIASES = {"date": "published"}
_SURROGATES = range(0xDC80, 0xDD00)


@dataclass
class RecordError:
    """A line or row that cannot be read: the short reason and a catalogue message."""

    line: int
    reason: str
    detail: str


@dataclass
class Record:
    line: int
    fields: dict[str, Any]
    size: int  # bytes of the line or row as read


def _fields(obj: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        name = ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        if name in FIELDS and (name not in out or out[name] in (None, "")):
            out[name] = value
    return out


def _has_bad_bytes(text: str) -> bool:
    return any(ord(c) in _SURROGATES for c in text)


def utf8_size(text: str) -> int:
    """Bytes of ``text`` in UTF-8; a byte kept by ``surrogateescape`` counts one."""
    try:
        return len(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:  # a lone surrogate of another kind (given by a caller's text stream)
        return len(text.encode("utf-8", "surrogatepass"))


def bounded_lines(stream: TextIO, *, limit: int) -> Iterator[str | int]:
    """The lines of a text stream, each read up to ``limit`` characters: a longer line is read to
    its end without being kept and given as its size in bytes (an int). So one endless line (a
    pipe from /dev/zero) cannot exhaust memory."""
    while line := stream.readline(limit):
        if len(line) < limit or line.endswith("\n"):
            yield line
            continue
        size = utf8_size(line)
        while more := stream.readline(limit):
            size += utf8_size(more)
            if len(more) < limit or more.endswith("\n"):
                break
        yield size


def jsonl_records(lines: Iterable[str | int], *, first_line: int = 1) -> Iterator[Record | RecordError]:
    """Parse JSON Lines given as text lines (decoded with ``surrogateescape``); blank lines are
    skipped. A line given as an int (see ``bounded_lines``) was too long to keep: it becomes a
    record with no fields and that size, which the reader rejects as too-large."""
    for lineno, line in enumerate(lines, start=first_line):
        if isinstance(line, int):
            yield Record(lineno, {}, line)
            continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        if "\x00" in line:
            yield RecordError(lineno, "binary", msg("E102"))
            continue
        if _has_bad_bytes(line):
            yield RecordError(lineno, "not-utf8", msg("E103", detail=f"line {lineno}"))
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield RecordError(lineno, "malformed-json", msg("E105", line=lineno, detail=str(exc)))
            continue
        if not isinstance(obj, dict):
            yield RecordError(lineno, "malformed-json",
                              msg("E105", line=lineno, detail=f"got a JSON {type(obj).__name__}"))
            continue
        yield Record(lineno, _fields(obj), utf8_size(line))


def _open_csv(path: Path, *, delimiter: str, skip: int) -> tuple[Any, Any]:
    fh = path.open(encoding="utf-8", errors="surrogateescape", newline="")
    for _ in range(skip):
        if not fh.readline():
            break
    return fh, csv.reader(fh, delimiter=delimiter, strict=True)


def csv_records(path: Path, *, delimiter: str = ",", max_field: int = 5_000_000
                ) -> Iterator[Record | RecordError]:
    """Rows of a CSV file with a header as records; a broken row is reported and skipped.

    A stray quote can swallow the rows after it; when a broken row spans several lines, the reader
    starts again on the line after the row's first line, so only that row is lost. The csv module's field size
    limit (process-wide) is raised to ``max_field`` so that long articles are not broken rows.
    """
    if csv.field_size_limit() < max_field + 1:
        csv.field_size_limit(max_field + 1)
    header: list[str] | None = None
    skip = 0
    while True:
        fh, reader = _open_csv(path, delimiter=delimiter, skip=skip)
        restart: int | None = None
        with fh:
            consumed = 0
            while True:
                start = skip + consumed + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    yield RecordError(start, "malformed-csv", msg("E106", line=start, detail=str(exc)))
                    if reader.line_num > consumed + 1:  # it may have swallowed good rows
                        restart = start
                        break
                    consumed = reader.line_num
                    continue
                size = sum(len(c.encode("utf-8", "surrogateescape")) for c in cells)
                consumed = reader.line_num
                if not cells or not any(c.strip() for c in cells):
                    continue
                if header is None:
                    header = [c.lstrip("\ufeff").strip().lower() for c in cells]
                    header = [ALIASES.get(c, c) for c in header]
                    if "text" not in header:
                        yield RecordError(start, "missing-text",
                                          msg("E111", columns=", ".join(header) or "none"))
                        return
                    continue
                if any(_has_bad_bytes(c) for c in cells):
                    yield RecordError(start, "not-utf8", msg("E103", detail=f"row {start}"))
                    continue
                if any("\x00" in c for c in cells):
                    yield RecordError(start, "binary", msg("E102"))
                    continue
                if len(cells) > len(header):
                    yield RecordError(start, "malformed-csv", msg(
                        "E106", line=start, detail=f"{len(cells)} cells but the header has {len(header)}"))
                    continue
                yield Record(start, _fields(dict(zip(header, cells))), size)
        if restart is None:
            break
        skip = restart
