"""Read articles from files, directories and standard input, lazily, one Document at a time.

Bad input is data: whatever cannot become a Document becomes a ``Rejection`` with a short reason
(empty, binary, not-utf8, too-large, malformed-json, malformed-csv, missing-text, unreadable,
unsupported, bad-date) and an origin (``path``, ``path:LINE`` or ``-:LINE``), so nothing vanishes and
one bad line never costs the rest of its file.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from ..errors import FlashpointError, msg
from ..records import Document, Rejection, text_hash
from .clean import clean_text
from .feeds import feed_records
from .gzip_jsonl import gzip_jsonl_records
from .html import declared_charset, extract_html
from .warc import warc_records
from ..dates.published import parse_published as normalise_date
from .tabular import Record, RecordError, csv_records, jsonl_records

#: Every ``Rejection.reason`` that ingest produces.
REASONS = ("empty", "binary", "not-utf8", "too-large", "malformed-json", "malformed-csv", "missing-text",
           "unreadable", "unsupported", "bad-date")
#: Reader for each file suffix (lower case).
FORMATS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
    ".jsonl.gz": "jsonl.gz", ".ndjson.gz": "jsonl.gz",
}
#: Kinds read from compressed or binary containers (their own modules check them, not the sniffer).
CONTAINERS = frozenset({"warc", "jsonl.gz"})
#: Files that are never articles and are skipped silently inside directories.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})
STDIN = "-"
_SNIFF_BYTES = 8192


@dataclass
class IngestOptions:
    """How inputs are read.

    ``max_bytes``: larger files (or JSONL lines / CSV rows) are rejected as too-large.
    ``published``: the "YYYY-MM-DD" date for inputs that give none (or an unreadable one).
    ``stdin``: the text stream read for "-" (``sys.stdin`` when None).
    ``strict_dates``: reject records whose published value is not a date (bad-date) instead of
    falling back to ``published``.
    """

    max_bytes: int = 5_000_000
    published: str | None = None
    stdin: TextIO | None = None
    strict_dates: bool = False

    def __post_init__(self) -> None:
        if self.published is not None:
            date = normalise_date(self.published)
            if date is None:
                raise FlashpointError(msg("E003", value=self.published))
            self.published = date
        if self.max_bytes < 1:
            raise FlashpointError(msg("E113", value=self.max_bytes))


def read_inputs(paths: Iterable[str], *, options: IngestOptions | None = None
                ) -> Iterator[Document | Rejection]:
    """Documents and rejections from files, directories (recursive, sorted) and "-" (stdin)."""
    options = options or IngestOptions()
    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            yield from read_stdin(options=options)
            continue
        path = Path(raw)
        if path.is_dir():
            for item in walk(path):
                if isinstance(item, Rejection):
                    yield item
                    continue
                kind = reader_kind(item)
                if kind is None:
                    yield Rejection(str(item), "unsupported", msg("E109", suffix=item.suffix or item.name))
                    continue
                yield from read_file(item, kind=kind, options=options)
        elif path.exists():
            yield from read_file(path, kind=reader_kind(path) or "text", options=options)
        else:
            yield Rejection(raw, "unreadable", msg("E108", detail="no such file or directory"))


def reader_kind(path: Path) -> str | None:
    """The reader for a file by its suffix; two suffixes first (".jsonl.gz"), then the last one."""
    return FORMATS.get("".join(path.suffixes[-2:]).lower()) or FORMATS.get(path.suffix.lower())


def walk(root: Path) -> Iterator[Path | Rejection]:
    """Files under ``root`` in sorted path order, skipping hidden files and folders and junk."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Rejection(str(root), "unreadable", msg("E108", detail=exc.strerror or str(exc)))
        return
    for entry in entries:
        name = entry.name
        if name.startswith((".", "~$")) or name.endswith("~") or name.lower() in JUNK_NAMES:
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def read_file(path: Path, *, kind: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    """Documents of one file read as ``kind`` (text, html, jsonl, csv, tsv, feed, warc, jsonl.gz)."""
    origin = str(path)
    if kind in CONTAINERS:
        yield from _read_container(path, kind=kind, options=options)
        return
    if kind in ("jsonl", "csv", "tsv"):
        problem = _check_file(path, whole=False, options=options)
        if problem is not None:
            yield problem
            return
        try:
            if kind == "jsonl":
                with path.open(encoding="utf-8", errors="surrogateescape", newline="") as fh:
                    yield from _from_records(jsonl_records(fh), prefix=origin, options=options)
            else:
                records = csv_records(path, delimiter="\t" if kind == "tsv" else ",",
                                      max_field=options.max_bytes)
                yield from _from_records(records, prefix=origin, options=options)
        except OSError as exc:
            yield Rejection(origin, "unreadable", msg("E108", detail=exc.strerror or str(exc)))
        return
    problem = _check_file(path, whole=True, options=options)
    if problem is not None:
        yield problem
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(origin, "unreadable", msg("E108", detail=exc.strerror or str(exc)))
        return
    if kind == "feed":  # one record per entry (ingest/feeds.py)
        yield from _from_records(feed_records(data), prefix=origin, options=options)
        return
    text = _decode(data, origin=origin, html=kind == "html")
    if isinstance(text, Rejection):
        yield text
        return
    if kind == "html":
        try:
            article = extract_html(text)
        except Exception as exc:  # a third-party parser failing on one odd page must not stop a run
            yield Rejection(origin, "unreadable", msg("E108", detail=f"HTML extraction failed: {exc}"))
            return
        fields = {"text": article.text, "title": article.title, "url": article.url,
                  "published": article.published, "outlet": article.outlet}
    else:
        fields = {"text": text}
    yield make_document(fields, origin=origin, options=options, record=False)


def _read_container(path: Path, *, kind: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    """A WARC archive or gzip JSONL file: records read as the file is decompressed."""
    origin = str(path)
    try:
        if path.stat().st_size == 0:
            yield Rejection(origin, "empty", msg("E101"))
            return
        if kind == "jsonl.gz":
            yield from _from_records(gzip_jsonl_records(path), prefix=origin, options=options)
        else:
            yield from _from_records(warc_records(path, max_bytes=options.max_bytes), prefix=origin,
                                     options=options)
    except OSError as exc:
        yield Rejection(origin, "unreadable", msg("E108", detail=exc.strerror or str(exc)))


def read_stdin(*, options: IngestOptions) -> Iterator[Document | Rejection]:
    """Standard input: JSON Lines when the first non-blank character is "{", else one article."""
    stream = options.stdin if options.stdin is not None else sys.stdin
    wrapper = None
    if options.stdin is None and hasattr(stream, "buffer"):
        wrapper = io.TextIOWrapper(stream.buffer, encoding="utf-8", errors="surrogateescape")
        stream = wrapper
    try:
        peeked: list[str] = []
        for line in stream:
            peeked.append(line)
            if line.strip():
                break
        head = "".join(peeked).lstrip()
        if not head:
            yield Rejection(STDIN, "empty", msg("E101"))
        elif head.startswith("{"):
            lines = itertools.chain(peeked, stream)
            yield from _from_records(jsonl_records(lines), prefix=STDIN, options=options)
        else:
            yield from _stdin_article(peeked, stream, options=options)
    except UnicodeDecodeError as exc:
        yield Rejection(STDIN, "not-utf8", msg("E103", detail=str(exc)))
    finally:
        if wrapper is not None:
            wrapper.detach()


def _stdin_article(peeked: list[str], stream: TextIO, *, options: IngestOptions
                   ) -> Iterator[Document | Rejection]:
    parts = list(peeked)
    size = sum(len(p.encode("utf-8", "surrogateescape")) for p in parts)
    while size <= options.max_bytes:
        chunk = stream.read(65536)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk.encode("utf-8", "surrogateescape"))
    if size > options.max_bytes:
        parts.clear()
        while chunk := stream.read(65536):  # count the rest without keeping it
            size += len(chunk.encode("utf-8", "surrogateescape"))
        yield Rejection(STDIN, "too-large", msg("E104", size=size, limit=options.max_bytes))
        return
    text = "".join(parts)
    if "\x00" in text:
        yield Rejection(STDIN, "binary", msg("E102"))
    elif any(0xDC80 <= ord(c) < 0xDD00 for c in text):
        yield Rejection(STDIN, "not-utf8", msg("E103", detail="invalid bytes on standard input"))
    else:
        yield make_document({"text": text}, origin=STDIN, options=options, record=False)


def _check_file(path: Path, *, whole: bool, options: IngestOptions) -> Rejection | None:
    """The reason a file cannot be read at all (unreadable, too large, empty, binary), or None."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if whole and size > options.max_bytes:
            return Rejection(origin, "too-large", msg("E104", size=size, limit=options.max_bytes))
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        return Rejection(origin, "unreadable", msg("E108", detail=exc.strerror or str(exc)))
    if not head.strip():
        return Rejection(origin, "empty", msg("E101"))
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Rejection(origin, "not-utf8", msg("E103", detail="the file starts with a UTF-16 byte-order mark"))
    if b"\x00" in head:
        return Rejection(origin, "binary", msg("E102"))
    return None


def _decode(data: bytes, *, origin: str, html: bool) -> str | Rejection:
    if b"\x00" in data:
        return Rejection(origin, "binary", msg("E102"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = exc
    charset = declared_charset(data) if html else None
    if charset and charset.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return Rejection(origin, "not-utf8", msg("E103", detail=f"invalid byte 0x{data[error.start]:02x} "
                                                          f"at offset {error.start}"))


def _from_records(records: Iterable[Record | RecordError], *, prefix: str, options: IngestOptions
                  ) -> Iterator[Document | Rejection]:
    for rec in records:
        origin = f"{prefix}:{rec.line}"
        if isinstance(rec, RecordError):
            yield Rejection(origin, rec.reason, rec.detail)
        elif rec.size > options.max_bytes:
            yield Rejection(origin, "too-large", msg("E104", size=rec.size, limit=options.max_bytes),
                            doc_id=_given_id(rec.fields))
        else:
            yield make_document(rec.fields, origin=origin, options=options)


def _given_id(fields: dict[str, Any]) -> str | None:
    value = fields.get("id")
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _text_field(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return " ".join(text.split()) or None


def make_document(fields: dict[str, Any], *, origin: str, options: IngestOptions,
                  record: bool = True) -> Document | Rejection:
    """A Document from raw fields (text, id, title, url, published, outlet), or a Rejection.

    ``record``: the fields come from a JSONL line or CSV row, where a blank text is missing-text;
    for a whole file or stdin it is empty.
    """
    doc_id = _given_id(fields)
    text = fields.get("text")
    if text is None:
        return Rejection(origin, "missing-text", msg("E107"), doc_id=doc_id)
    if not isinstance(text, str):
        return Rejection(origin, "missing-text", msg("E112", kind=type(text).__name__), doc_id=doc_id)
    if not text.strip():
        if record:
            return Rejection(origin, "missing-text", msg("E107"), doc_id=doc_id)
        return Rejection(origin, "empty", msg("E101"), doc_id=doc_id)
    cleaned = clean_text(text)
    if not cleaned:
        return Rejection(origin, "empty", msg("E101"), doc_id=doc_id)
    raw_date = fields.get("published")
    published = options.published
    if raw_date not in (None, ""):
        date = normalise_date(raw_date)
        if date is not None:
            published = date
        elif options.strict_dates:
            return Rejection(origin, "bad-date", msg("E110", value=raw_date), doc_id=doc_id)
    return Document(
        doc_id=doc_id or text_hash(cleaned),
        text=cleaned,
        title=_text_field(fields.get("title")),
        url=_text_field(fields.get("url")),
        published=published,
        outlet=_text_field(fields.get("outlet")),
        origin=origin,
    )
