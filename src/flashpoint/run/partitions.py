"""Inputs split into partitions for a distributed run, and each partition read back as documents.

A partition is a list of pieces, each a slice of the input a worker can read on its own:

- a whole file (``.txt``, ``.html``, a small file of any kind), read with ``ingest.read_file``;
- a range of lines of a JSONL file or of rows of a CSV/TSV file (byte offsets, the first line's
  number, and for CSV the header lines to read before the range), so one large file is coded by
  many workers and every origin still says ``path:LINE``;
- a range of records of a WARC file (byte offsets of whole records, each gzip member whole, and
  the number of the first page), so origins still say ``path:PAGE``;
- items read on the client (standard input, stored documents to recode, a rejection such as an
  unsupported file in a folder), carried in the partition itself.

Small files are packed together and large files cut so that a partition holds about
``partition_size`` records. Reading every partition in order gives exactly what
``ingest.read_inputs`` gives for the same paths (``tests/test_dask_partitions.py`` checks it).

Each piece has a digest of its content (path, position and bytes), computed on the client while
the input is scanned; a partition's key is a hash of its pieces' digests and a fingerprint of the
run (code, data, model and the options that change the output), so a retried or repeated
partition writes the same part, and a worker that reads other bytes than the client did (a file
changed, or not on a shared filesystem) says so instead of coding them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import msg
from ..ingest.readers import (STDIN, IngestOptions, _check_file, _from_records, read_file, read_inputs, read_stdin,
                              reader_kind, walk)
from ..ingest.tabular import Record, RecordError, csv_records, jsonl_records
from ..ingest.warc import walk_archive, warc_records
from ..records import Document, Rejection

#: Reader kinds whose files are cut into ranges of lines (rows for CSV/TSV).
LINE_KINDS = frozenset({"jsonl", "csv", "tsv"})
#: Web archives cut into ranges of records (ARC files, whose first record describes the file, are
#: kept whole).
WARC_SUFFIXES = (".warc", ".warc.gz")
_CHUNK = 1 << 20


class InputChanged(Exception):
    """A worker read other bytes for a piece than the client hashed (``detail`` says what)."""

    def __init__(self, path: str, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = path, detail


@dataclass(frozen=True)
class Piece:
    """One slice of the input. ``end is None`` and no ``items``: the whole file ``path``.

    ``path`` is the input as the reader names it in origins (as given, maybe relative); ``file``
    is where it is read, absolute, so a worker started in another folder reads the same file."""

    path: str = ""
    file: str = ""
    kind: str = ""
    start: int = 0
    end: int | None = None
    first_line: int = 1
    header: bytes = b""
    items: tuple[Document | Rejection, ...] = ()
    records: int = 1
    digest: str = ""

    @property
    def inline(self) -> bool:
        return not self.path


@dataclass(frozen=True)
class Partition:
    """Pieces coded together by one task; ``key`` names its part (see the module docstring)."""

    key: str
    pieces: tuple[Piece, ...]

    @property
    def records(self) -> int:
        return sum(p.records for p in self.pieces)


# -- planning (on the client) ---------------------------------------------------------------------

def plan_partitions(paths: Iterable[str], *, options: IngestOptions, size: int, salt: str = "",
                    documents: Iterable[Document | Rejection] = ()) -> Iterator[Partition]:
    """Partitions of about ``size`` records: first ``documents`` (read already, e.g. stored ones to
    recode), then ``paths`` in the order ``read_inputs`` reads them. ``salt`` (the run's
    fingerprint) goes into every key."""
    packer = _Packer(size=size, salt=salt)
    for chunk in _chunks(documents, size):
        yield from packer.add(_inline(chunk))
    for unit in _units(paths, options):
        if isinstance(unit, list):
            for chunk in _chunks(unit, size):
                yield from packer.add(_inline(chunk))
        elif unit == STDIN:
            for chunk in _chunks(read_stdin(options=options), size):
                yield from packer.add(_inline(chunk))
        else:
            path, kind = unit
            if kind in LINE_KINDS and _check_file(path, origin=str(path), whole=False, options=options) is None:
                yield from _line_pieces(packer, path, kind=kind, options=options)
            elif kind == "warc" and path.name.lower().endswith(WARC_SUFFIXES):
                yield from _warc_pieces(packer, path)
            else:
                yield from packer.add(_whole(path, kind))
    yield from packer.close()


def _units(paths: Iterable[str], options: IngestOptions) -> Iterator[tuple[Path, str] | list | str]:
    """What ``read_inputs`` reads, in its order: (file, reader kind), "-", or a list of what was
    read here already (rejections, a pipe or a device: it cannot be read twice)."""
    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for item in walk(path, skip=options.skip):
                if isinstance(item, Rejection):
                    yield [item]
                    continue
                kind = reader_kind(item)
                if kind is None:
                    yield [Rejection(origin=str(item), reason="unsupported",
                                     detail=msg("E109", suffix=item.suffix or item.name))]
                    continue
                yield item, kind
        elif path.is_file():
            yield path, reader_kind(path) or "text"
        else:  # missing, a broken link, a pipe: read here, as read_inputs reads it
            yield list(read_inputs([raw], options=options))


class _Packer:
    """Packs pieces into partitions of about ``size`` records, in order."""

    def __init__(self, *, size: int, salt: str):
        self.size, self.salt = size, salt
        self.pieces: list[Piece] = []
        self.count = 0

    @property
    def room(self) -> int:
        return self.size - self.count

    def add(self, piece: Piece) -> Iterator[Partition]:
        self.pieces.append(piece)
        self.count += piece.records
        if self.count >= self.size:
            yield from self.close()

    def close(self) -> Iterator[Partition]:
        if self.pieces:
            key = hashlib.sha256("\n".join([self.salt, *(p.digest for p in self.pieces)]).encode()).hexdigest()
            yield Partition(key=key[:32], pieces=tuple(self.pieces))
        self.pieces, self.count = [], 0


def _chunks(items: Iterable[Document | Rejection], size: int) -> Iterator[list[Document | Rejection]]:
    chunk: list[Document | Rejection] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _inline(items: list[Document | Rejection]) -> Piece:
    h = hashlib.sha256(b"inline")
    for item in items:
        h.update(json.dumps([type(item).__name__, item.to_dict()], sort_keys=True).encode("utf-8", "surrogatepass"))
    return Piece(items=tuple(items), records=len(items), digest=h.hexdigest())


def _whole(path: Path, kind: str) -> Piece:
    piece = Piece(path=str(path), file=os.path.abspath(path), kind=kind)
    return dataclasses.replace(piece, digest=piece_digest(piece))


def piece_digest(piece: Piece) -> str:
    """The hash of what the piece is (where, which reader) and of the bytes it reads."""
    h = hashlib.sha256(f"{piece.path}\0{piece.kind}\0{piece.start}\0{piece.end}\0{piece.first_line}\0".encode(
        "utf-8", "surrogateescape"))
    h.update(piece.header)
    try:
        with open(piece.file, "rb") as fh:
            fh.seek(piece.start)
            remaining = None if piece.end is None else piece.end - piece.start
            while remaining is None or remaining > 0:
                block = fh.read(_CHUNK if remaining is None else min(_CHUNK, remaining))
                if not block:
                    break
                h.update(block)
                if remaining is not None:
                    remaining -= len(block)
    except OSError as exc:  # the reader will reject it with the reason: hash that reason
        h.update(f"unreadable:{exc.strerror or exc}".encode())
    return h.hexdigest()


def _line_offsets(path: Path) -> Iterator[tuple[int, str]]:
    """(byte offset, line) of every line as the JSONL and CSV readers split them."""
    offset = 0
    with path.open(encoding="utf-8", errors="surrogateescape", newline="") as fh:
        for line in fh:
            yield offset, line
            offset += len(line.encode("utf-8", "surrogateescape"))


def _line_pieces(packer: _Packer, path: Path, *, kind: str, options: IngestOptions) -> Iterator[Partition]:
    """Cut a JSONL file at line boundaries, a CSV/TSV file at row boundaries, to fill partitions."""
    if kind == "jsonl":
        starts = (n for n, (_, line) in enumerate(_line_offsets(path), 1) if line.strip())
        header_lines = 0
    else:
        rows = _csv_row_lines(path, kind=kind, options=options)
        if rows is None:  # broken rows or no text column: the reader's own recovery needs the file
            yield from packer.add(_whole(path, kind))
            return
        starts = iter(rows)
        header_lines = rows[0] - 1 if rows else 0
    # The line numbers where pieces start: the first record, then every time a partition is full.
    cuts: list[tuple[int, int]] = []  # (first line, records)
    records = 0
    room = packer.room
    for line in starts:
        if not cuts:
            cuts.append((1 if kind == "jsonl" else header_lines + 1, 0))
        elif records >= room:
            cuts[-1] = (cuts[-1][0], records)
            cuts.append((line, 0))
            records, room = 0, packer.size
        records += 1
    if not cuts:  # no record at all: the whole file, for the reader to say so
        yield from packer.add(_whole(path, kind))
        return
    cuts[-1] = (cuts[-1][0], records)
    wanted = {first for first, _ in cuts}
    offsets: dict[int, int] = {}
    header = bytearray()
    size = 0
    for n, (offset, line) in enumerate(_line_offsets(path), 1):
        if n in wanted:
            offsets[n] = offset
        if n <= header_lines:
            header += line.encode("utf-8", "surrogateescape")
        size = offset + len(line.encode("utf-8", "surrogateescape"))
    for i, (first, count) in enumerate(cuts):
        start = 0 if i == 0 else offsets[first]
        end = offsets[cuts[i + 1][0]] if i + 1 < len(cuts) else size
        piece = Piece(path=str(path), file=os.path.abspath(path), kind=kind, start=start, end=end,
                      first_line=1 if i == 0 else first,
                      header=b"" if i == 0 else bytes(header), records=count)
        yield from packer.add(dataclasses.replace(piece, digest=piece_digest(piece)))


def _warc_pieces(packer: _Packer, path: Path) -> Iterator[Partition]:
    """Cut a WARC file at record boundaries so that each piece holds the pages that fill a
    partition; a file warcio cannot walk to its end is kept whole (its reader says why)."""
    starts: list[tuple[int, int]] = []  # (byte offset of a record that starts a piece, its page number)
    pages = 0
    room = packer.room
    try:
        for page, offset, _ in walk_archive(path, lambda record: True):
            if page:
                if not starts:
                    starts.append((0, 1))
                elif pages - (starts[-1][1] - 1) >= room:
                    starts.append((offset, pages + 1))
                    room = packer.size
                pages += 1
    except Exception:  # a broken archive (the reader's checks): its account of it needs the whole file
        starts = []
    if len(starts) < 2:
        yield from packer.add(_whole(path, "warc"))
        return
    size = path.stat().st_size
    for i, (start, first) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else size
        count = (starts[i + 1][1] if i + 1 < len(starts) else pages + 1) - first
        piece = Piece(path=str(path), file=os.path.abspath(path), kind="warc", start=start, end=end,
                      first_line=first, records=count)
        yield from packer.add(dataclasses.replace(piece, digest=piece_digest(piece)))


def _csv_row_lines(path: Path, *, kind: str, options: IngestOptions) -> list[int] | None:
    """The first line of every row of a CSV/TSV file, or None when the file cannot be cut (a broken
    row, a header without a text column: the reader's recovery and its one message need the
    whole file)."""
    lines = []
    for record in csv_records(path, delimiter="\t" if kind == "tsv" else ",", max_field=options.max_bytes):
        if isinstance(record, RecordError) and record.reason in ("malformed-csv", "missing-text"):
            return None
        lines.append(record.line)
    return lines


# -- reading (on a worker) ------------------------------------------------------------------------

def read_partition(partition: Partition, *, options: IngestOptions, verify: bool = True
                   ) -> Iterator[Document | Rejection]:
    """The documents and rejections of ``partition``, as ``read_inputs`` gives them. With
    ``verify``, each piece's bytes are checked against the digest the client computed first
    (``InputChanged`` when they differ)."""
    for piece in partition.pieces:
        if piece.inline:
            yield from piece.items
            continue
        if verify:
            found = piece_digest(piece)
            if found != piece.digest:
                raise InputChanged(piece.path, "not found" if not os.path.exists(piece.file) else "other content")
        if piece.end is None:
            yield from _named(read_file(Path(piece.file), kind=piece.kind, options=options), piece)
        else:
            yield from _read_range(piece, options=options)


def _named(items: Iterable[Document | Rejection], piece: Piece) -> Iterator[Document | Rejection]:
    """Items read from ``piece.file`` with origins naming ``piece.path``, as the reader names them."""
    if piece.file == piece.path:
        yield from items
        return
    for item in items:
        origin = item.origin or ""
        if origin == piece.file or origin.startswith(piece.file + ":"):
            item = dataclasses.replace(item, origin=piece.path + origin[len(piece.file):])
        yield item


def _read_range(piece: Piece, *, options: IngestOptions) -> Iterator[Document | Rejection]:
    try:
        with open(piece.file, "rb") as fh:
            fh.seek(piece.start)
            data = fh.read(piece.end - piece.start)
    except OSError as exc:
        yield Rejection(origin=piece.path, reason="unreadable", detail=msg("E108", detail=exc.strerror or str(exc)))
        return
    if piece.kind == "warc":  # whole records, from a copy of their bytes; pages numbered from first_line
        with tempfile.TemporaryDirectory(prefix="flashpoint-range-") as tmp:
            copy = Path(tmp) / Path(piece.path).name
            copy.write_bytes(data)
            records = warc_records(copy, max_bytes=options.max_bytes)
            moved = (dataclasses.replace(r, line=r.line + piece.first_line - 1) for r in records)
            yield from _from_records(moved, prefix=piece.path, options=options)
        return
    if piece.kind == "jsonl":
        lines = io.StringIO(data.decode("utf-8", "surrogateescape"), newline="")
        yield from _from_records(jsonl_records(lines, first_line=piece.first_line), prefix=piece.path,
                                 options=options)
        return
    # CSV/TSV: the header lines, then the range, through the CSV reader (from a file, as it reads
    # them); its line numbers are then moved to the range's place in the file.
    header_lines = len(io.StringIO(piece.header.decode("utf-8", "surrogateescape"), newline="").readlines())
    shift = piece.first_line - header_lines - 1
    with tempfile.TemporaryDirectory(prefix="flashpoint-range-") as tmp:
        copy = Path(tmp) / Path(piece.path).name
        copy.write_bytes(piece.header + data)
        records = csv_records(copy, delimiter="\t" if piece.kind == "tsv" else ",", max_field=options.max_bytes)
        moved = (dataclasses.replace(r, line=r.line + shift) for r in records)
        yield from _from_records(moved, prefix=piece.path, options=options)


__all__ = ["Piece", "Partition", "InputChanged", "plan_partitions", "read_partition", "piece_digest",
           "Record"]
