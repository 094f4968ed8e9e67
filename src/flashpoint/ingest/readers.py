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
from .html import declared_charset, extract_html
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
}
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
                kind = FORMATS.get(item.suffix.lower())
                if kind is None:
                    yield Rejection(origin=str(item), reason="unsupported", detail=msg("E109", suffix=item.suffix or item.name))
                    continue
                yield from read_file(item, kind=kind, options=options)
        elif path.exists():
            yield from read_file(path, kind=FORMATS.get(path.suffix.lower(), "text"), options=options)
        else:
            yield Rejection(origin=raw, reason="unreadable", detail=msg("E108", detail="no such file or directory"))


def walk(root: Path) -> Iterator[Path | Rejection]:
    """Files under ``root`` in sorted path order, skipping hidden files and folders and junk."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Rejection(origin=str(root), reason="unreadable", detail=msg("E108", detail=exc.strerror or str(exc)))
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
    """Documents of one file read as ``kind`` (text, html, jsonl, csv or tsv)."""
    origin = str(path)
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
            yield Rejection(origin=origin, reason="unreadable", detail=msg("E108", detail=exc.strerror or str(exc)))
        return
    problem = _check_file(path, whole=True, options=options)
    if problem is not None:
        yield problem
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(origin=origin, reason="unreadable", detail=msg("E108", detail=exc.strerror or str(exc)))
        return
    text = _decode(data, origin=origin, html=kind == "html")
    if isinstance(text, Rejection):
        yield text
        return
    if kind == "html":
        try:
            article = extract_html(text)
        except Exception as exc:  # a third-party parser failing on one odd page must not stop a run
            yield Rejection(origin=origin, reason="unreadable", detail=msg("E108", detail=f"HTML extraction failed: {exc}"))
            return
        fields = {"text": article.text, "title": article.title, "url": article.url,
                  "published": article.published, "outlet": article.outlet}
    else:
        fields = {"text": text}
    yield make_document(fields, origin=origin, options=options, record=False)


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
            yield Rejection(origin=STDIN, reason="empty", detail=msg("E101"))
        elif head.startswith("{"):
            lines = itertools.chain(peeked, stream)
            yield from _from_records(jsonl_records(lines), prefix=STDIN, options=options)
        else:
            yield from _stdin_article(peeked, stream, options=options)
    except UnicodeDecodeError as exc:
        yield Rejection(origin=STDIN, reason="not-utf8", detail=msg("E103", detail=str(exc)))
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
        yield Rejection(origin=STDIN, reason="too-large", detail=msg("E104", size=size, limit=options.max_bytes))
        return
    text = "".join(parts)
    if "\x00" in text:
        yield Rejection(origin=STDIN, reason="binary", detail=msg("E102"))
    elif any(0xDC80 <= ord(c) < 0xDD00 for c in text):
        yield Rejection(origin=STDIN, reason="not-utf8", detail=msg("E103", detail="invalid bytes on standard input"))
    else:
        yield make_document({"text": text}, origin=STDIN, options=options, record=False)


def _check_file(path: Path, *, whole: bool, options: IngestOptions) -> Rejection | None:
    """The reason a file cannot be read at all (unreadable, too large, empty, binary), or None."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if whole and size > options.max_bytes:
            return Rejection(origin=origin, reason="too-large", detail=msg("E104", size=size, limit=options.max_bytes))
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        return Rejection(origin=origin, reason="unreadable", detail=msg("E108", detail=exc.strerror or str(exc)))
    if not head.strip():
        return Rejection(origin=origin, reason="empty", detail=msg("E101"))
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Rejection(origin=origin, reason="not-utf8", detail=msg("E103", detail="the file starts with a UTF-16 byte-order mark"))
    if b"\x00" in head:
        return Rejection(origin=origin, reason="binary", detail=msg("E102"))
    return None


def _decode(data: bytes, *, origin: str, html: bool) -> str | Rejection:
    if b"\x00" in data:
        return Rejection(origin=origin, reason="binary", detail=msg("E102"))
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
    return Rejection(origin=origin, reason="not-utf8", detail=msg("E103", detail=f"invalid byte 0x{data[error.start]:02x} " f"at offset {error.start}"))


def _from_records(records: Iterable[Record | RecordError], *, prefix: str, options: IngestOptions
                  ) -> Iterator[Document | Rejection]:
    for rec in records:
        origin = f"{prefix}:{rec.line}"
        if isinstance(rec, RecordError):
            yield Rejection(origin=origin, reason=rec.reason, detail=rec.detail)
        elif rec.size > options.max_bytes:
            yield Rejection(origin=origin, reason="too-large", detail=msg("E104", size=rec.size, limit=options.max_bytes), doc_id=_given_id(rec.fields))
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
        return Rejection(origin=origin, reason="missing-text", detail=msg("E107"), doc_id=doc_id)
    if not isinstance(text, str):
        return Rejection(origin=origin, reason="missing-text", detail=msg("E112", kind=type(text).__name__), doc_id=doc_id)
    if not text.strip():
        if record:
            return Rejection(origin=origin, reason="missing-text", detail=msg("E107"), doc_id=doc_id)
        return Rejection(origin=origin, reason="empty", detail=msg("E101"), doc_id=doc_id)
    cleaned = clean_text(text)
    if not cleaned:
        return Rejection(origin=origin, reason="empty", detail=msg("E101"), doc_id=doc_id)
    raw_date = fields.get("published")
    published = options.published
    if raw_date not in (None, ""):
        date = normalise_date(raw_date)
        if date is not None:
            published = date
        elif options.strict_dates:
            return Rejection(origin=origin, reason="bad-date", detail=msg("E110", value=raw_date), doc_id=doc_id)
    return Document(
        doc_id=doc_id or text_hash(cleaned),
        text=cleaned,
        title=_text_field(fields.get("title")),
        url=_text_field(fields.get("url")),
        published=published,
        outlet=_text_field(fields.get("outlet")),
        origin=origin,
    )
