"""WARC (and ARC) web archives: each HTML page the archive holds, through the HTML reader.

warcio reads the archive (plain or gzip-compressed) as a stream, so a large crawl never sits in
memory. Response and resource records are the archived pages: records N = 1, 2, ... in archive
order, and the reader makes ``path:N`` origins of them. An HTML page becomes a record with its text,
title, canonical URL (else the record's target URI), publication date and outlet, read by
``html.extract_html`` exactly as a saved page is; the crawl date is not a publication date and is
never used as one. A file cut short keeps the pages before the cut and ends with an ``unreadable``
error (warcio alone would end quietly). A page that is not HTML (an image, a PDF), an HTTP error or redirect, an
oversized or undecodable page is a record error with its reason, so it is counted, not lost.
Request, metadata and warcinfo records describe the crawl, not pages, and are passed over. A
broken archive ends with one ``unreadable`` error after the last record that could be read.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from warcio.archiveiterator import ArchiveIterator

from ..errors import msg
from .html import declared_charset, extract_html
from .tabular import Record, RecordError

#: The WARC record types that hold an archived page.
PAGE_RECORD = "response"
RESOURCE_RECORD = "resource"
GZIP_MAGIC = b"\x1f\x8b"
#: Bytes that may follow the last record of an uncompressed archive ("\r\n\r\n").
_SEPARATOR_BYTES = 4
_BLOCK = 1 << 20
T = TypeVar("T")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _decode(body: bytes, *, content_type: str) -> str | None:
    for charset in ("utf-8-sig", _charset(content_type), declared_charset(body)):
        if not charset:
            continue
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def walk_archive(path: Path, read: Callable[[Any], T]) -> Iterator[tuple[T | None, int, int]]:
    """Walk a WARC/ARC file record by record, checking it to its end; for each record, ``read(record)``
    (called on page records only, while the record's content can still be read), the record's byte
    offset and the byte where it ends.

    warcio ends quietly on a file cut short (a partial record header is dropped without a word), so
    the file is checked to its end: every record must hold the bytes its Content-Length promised, the
    last record must end where the file does (bar the record separator), and a gzip file must
    decompress to its end marker. A file that fails raises ``ValueError`` (or whatever warcio raises:
    it fails on broken files in many ways) after the records read before the break.
    """
    with path.open("rb") as fh:
        compressed = fh.read(2) == GZIP_MAGIC
        fh.seek(0)
        iterator = ArchiveIterator(fh, arc2warc=True)
        end = 0
        for record in iterator:
            if record.length is None:
                raise ValueError(f"a record after byte {end} has no Content-Length")
            page = read(record) if record.rec_type in (PAGE_RECORD, RESOURCE_RECORD) else None
            while record.raw_stream.read(_BLOCK):  # the record's block, to its end
                pass
            if getattr(record.raw_stream, "limit", 0):  # bytes its Content-Length promised
                raise ValueError(f"the record after byte {end} is cut short")
            # Where the record started and how long it was: asked only now, as asking reads the
            # record to its end.
            offset = iterator.get_record_offset()
            end = offset + iterator.get_record_length()
            yield page, offset, end
        fh.seek(end)
        if fh.read(_SEPARATOR_BYTES + 1).strip():
            raise ValueError(f"the file does not end with a whole record (the last one ends at byte {end})")
    if compressed:
        with gzip.open(path) as whole:
            while whole.read(_BLOCK):
                pass


def warc_records(path: Path, *, max_bytes: int) -> Iterator[Record | RecordError]:
    """Records of the pages of a WARC/ARC file (page N is record N); a file that ``walk_archive``
    finds broken ends with an ``unreadable`` error, after the whole pages read before the break."""
    n = 0
    try:
        for page, _, _ in walk_archive(path, lambda record: _page(record, n=n + 1, max_bytes=max_bytes)):
            if page is not None:  # a whole page only: never half of one
                n += 1
                yield page
    except Exception as exc:  # warcio fails on broken files in many ways (even AttributeError)
        yield RecordError(n + 1, "unreadable", msg("E724", after=n, detail=f"{type(exc).__name__}: {exc}"))


def _page(record, *, n: int, max_bytes: int) -> Record | RecordError:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        content_type = http.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return RecordError(n, "unreadable", msg("E722", status=status or "?", url=uri))
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return RecordError(n, "unsupported", msg("E723", content_type=content_type or "no content type", url=uri))
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        declared = record.rec_headers.get_header("Content-Length") or f"over {max_bytes}"
        return RecordError(n, "too-large", msg("E104", size=declared, limit=max_bytes))
    if not body.strip():
        return RecordError(n, "empty", msg("E101"))
    if b"\x00" in body:
        return RecordError(n, "binary", msg("E102"))
    text = _decode(body, content_type=content_type)
    if text is None:
        return RecordError(n, "not-utf8", msg("E103", detail=f"page {uri} in no charset it declares"))
    try:
        article = extract_html(text)
    except Exception as exc:  # a third-party parser failing on one odd page must not stop a run
        return RecordError(n, "unreadable", msg("E108", detail=f"HTML extraction failed: {exc}"))
    fields = {"text": article.text, "title": article.title, "url": article.url or uri or None,
              "published": article.published, "outlet": article.outlet}
    return Record(n, fields, len(body))
