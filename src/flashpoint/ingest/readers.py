"""Read articles from files, directories and standard input, lazily, one Document at a time.

Bad input is data: whatever cannot become a Document becomes a ``Rejection`` with a short reason
(``REASONS``) and an origin (``path``, ``path:LINE`` or ``-:LINE``), so nothing vanishes and one bad
line never costs the rest of its file. Something wrong with an input that is still read (a
publication date that is not a date) is a ``Notice``, handed to ``IngestOptions.notices``.

Adding a format: map its suffixes to a kind in ``FORMATS`` and the kind to a reader in ``READERS``
(a function ``(path, *, origin, options) -> Iterator[Document | Rejection]``).
"""

from __future__ import annotations

import errno
import io
import logging
import os
import shutil
import stat
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, TextIO

from ..dates.published import parse_published as normalise_date
from ..errors import FlashpointError, msg
from ..records import Document, Rejection, text_hash
from .clean import clean_text, replace_surrogates
from .feeds import feed_records
from .gzip_jsonl import gzip_jsonl_records
from .html import declared_charset, extract_html
from .tabular import Record, RecordError, bounded_lines, csv_records, jsonl_records, utf8_size
from .warc import warc_records

log = logging.getLogger(__name__)

#: Every ``Rejection.reason`` that ingest produces.
REASONS = ("empty", "binary", "not-utf8", "too-large", "malformed-json", "malformed-csv", "missing-text",
           "unreadable", "unsupported", "bad-date")
#: Reader kind for each file suffix (lower case; two suffixes such as ".jsonl.gz" first); a file
#: given by name with another suffix is text.
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
_STREAM_CHUNK = 1 << 16


@dataclass(frozen=True, kw_only=True)
class Notice:
    """Something wrong with an input that was read all the same (its ``reason`` is one of
    ``REASONS``, e.g. bad-date): it goes to the run summary and ``--errors``, marked as kept."""

    origin: str
    reason: str
    detail: str
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IngestOptions:
    """How inputs are read.

    ``max_bytes``: larger files (or JSONL lines / CSV rows) are rejected as too-large.
    ``published``: the "YYYY-MM-DD" date for inputs that give none (or an unreadable one).
    ``stdin``: the stream read for "-" (``sys.stdin`` when None).
    ``strict_dates``: reject records whose published value is not a date (bad-date) instead of
    reading them with ``published`` (or no date) and a notice.
    ``skip``: identities ``(st_dev, st_ino)`` of files never read, not even inside a folder given
    as input: the run's own output files.
    ``notices``: called with each ``Notice``; when None they are logged as warnings.
    """

    max_bytes: int = 5_000_000
    published: str | None = None
    stdin: TextIO | BinaryIO | None = None
    strict_dates: bool = False
    skip: frozenset[tuple[int, int]] = frozenset()
    notices: Callable[[Notice], None] | None = None

    def __post_init__(self) -> None:
        if self.published is not None:
            date = normalise_date(self.published)
            if date is None:
                raise FlashpointError(msg("E003", value=self.published))
            self.published = date
        if self.max_bytes < 1:
            raise FlashpointError(msg("E113", value=self.max_bytes))

    def notice(self, notice: Notice) -> None:
        if self.notices is not None:
            self.notices(notice)
        else:
            log.warning("%s: %s", notice.origin, notice.detail)


def reject(origin: str, reason: str, *, code: str, doc_id: str | None = None, **fields: Any) -> Rejection:
    """A Rejection of ``origin`` for ``reason``, its detail the catalogue message ``code``."""
    return Rejection(origin=origin, reason=reason, detail=msg(code, **fields), doc_id=doc_id)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a loop of symbolic links"
    return exc.strerror or str(exc)


# --------------------------------------------------------------------------- paths and folders


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
        try:
            info = path.stat()
        except OSError as exc:
            if exc.errno == errno.ENOENT and path.is_symlink():
                yield reject(raw, "unreadable", code="E108", detail="a broken symbolic link")
            else:
                yield reject(raw, "unreadable", code="E108", detail=_os_reason(exc))
            continue
        kind = reader_kind(path) or "text"
        if stat.S_ISDIR(info.st_mode):
            yield from read_folder(path, options=options)
        elif stat.S_ISREG(info.st_mode):
            yield from read_file(path, kind=kind, options=options)
        else:  # a pipe or a device named on purpose, e.g. <(zcat wire.jsonl.gz)
            yield from read_special(path, kind=kind, options=options)


def read_folder(root: Path, *, options: IngestOptions) -> Iterator[Document | Rejection]:
    """Every file under ``root`` read by its suffix; other entries rejected with their reason."""
    for item in walk(root, skip=options.skip):
        if isinstance(item, Rejection):
            yield item
            continue
        kind = reader_kind(item)
        if kind is None:
            yield reject(str(item), "unsupported", code="E109", suffix=item.suffix or item.name)
            continue
        yield from read_file(item, kind=kind, options=options)


def reader_kind(path: Path) -> str | None:
    """The reader for a file by its suffix; two suffixes first (".jsonl.gz"), then the last one."""
    return FORMATS.get("".join(path.suffixes[-2:]).lower()) or FORMATS.get(path.suffix.lower())


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$")) or name.endswith("~") or name.lower() in JUNK_NAMES


def walk(root: Path, *, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Path | Rejection]:
    """Regular files under ``root`` in sorted path order, following symbolic links.

    Hidden files and folders and junk files are skipped silently, as are the files of ``skip``.
    Everything else that is not read says why: a broken link, a loop of links, a link back to a
    folder being walked, a folder that cannot be listed, a pipe, socket or device.
    """
    try:
        top = root.stat()
    except OSError as exc:
        yield reject(str(root), "unreadable", code="E108", detail=_os_reason(exc))
        return
    # A stack of (folder identities on the way down, iterator over the folder's sorted entries).
    stack: list[tuple[frozenset[tuple[int, int]], Iterator[os.DirEntry]]] = []
    listing = _listing(root)
    if isinstance(listing, Rejection):
        yield listing
        return
    stack.append((frozenset({(top.st_dev, top.st_ino)}), iter(listing)))
    while stack:
        above, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if _hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            info = os.stat(entry.path)  # follows links
        except OSError as exc:
            broken = exc.errno == errno.ENOENT and entry.is_symlink()
            yield reject(str(path), "unreadable", code="E108",
                         detail="a broken symbolic link" if broken else _os_reason(exc))
            continue
        identity = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if identity in above:
                yield reject(str(path), "unreadable", code="E108",
                             detail="a link to a folder that contains it (a loop); not followed")
                continue
            listing = _listing(path)
            if isinstance(listing, Rejection):
                yield listing
                continue
            stack.append((above | {identity}, iter(listing)))
        elif stat.S_ISREG(info.st_mode):
            if identity not in skip:
                yield path
        else:
            yield reject(str(path), "unsupported", code="E114", kind=_file_kind(info.st_mode))


def _listing(folder: Path) -> list[os.DirEntry] | Rejection:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return reject(str(folder), "unreadable", code="E108", detail=_os_reason(exc))


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


# --------------------------------------------------------------------------- files


def read_file(path: Path, *, kind: str, options: IngestOptions, origin: str | None = None
              ) -> Iterator[Document | Rejection]:
    """Documents of one regular file read as ``kind`` (see ``READERS``); ``origin`` names it in
    records (default: the path)."""
    origin = origin or str(path)
    if kind not in CONTAINERS:
        problem = _check_file(path, origin=origin, whole=kind not in RECORD_KINDS, options=options)
        if problem is not None:
            yield problem
            return
    read = 0
    try:
        for item in READERS[kind](path, origin=origin, options=options):
            read += 1
            yield item
    except OSError as exc:
        read += 1
        yield reject(origin, "unreadable", code="E108", detail=_os_reason(exc))
    if read == 0:  # blank lines only, or a header and no row: the file must not vanish
        yield reject(origin, "empty", code="E117")


def _read_jsonl(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    with path.open(encoding="utf-8", errors="surrogateescape", newline="") as fh:
        lines = bounded_lines(fh, limit=_line_limit(options))
        yield from _from_records(jsonl_records(lines), prefix=origin, options=options)


def _read_csv(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    records = csv_records(path, delimiter=",", max_field=options.max_bytes)
    yield from _from_records(records, prefix=origin, options=options)


def _read_tsv(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    records = csv_records(path, delimiter="\t", max_field=options.max_bytes)
    yield from _from_records(records, prefix=origin, options=options)


def _read_whole(path: Path, *, origin: str, options: IngestOptions, html: bool
                ) -> Iterator[Document | Rejection]:
    text = _decode(path.read_bytes(), origin=origin, html=html)
    if isinstance(text, Rejection):
        yield text
        return
    if not html:
        yield make_document({"text": text}, origin=origin, options=options, record=False)
        return
    try:
        article = extract_html(text)
    except Exception as exc:  # a third-party parser failing on one odd page must not stop a run
        yield reject(origin, "unreadable", code="E108", detail=f"HTML extraction failed: {exc}")
        return
    fields = {"text": article.text, "title": article.title, "url": article.url,
              "published": article.published, "outlet": article.outlet}
    yield make_document(fields, origin=origin, options=options, record=False)


def _read_feed(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    """An RSS or Atom feed: one record per entry (``ingest/feeds.py``)."""
    yield from _from_records(feed_records(path.read_bytes()), prefix=origin, options=options)


def _read_container(path: Path, *, origin: str, options: IngestOptions, kind: str
                    ) -> Iterator[Document | Rejection]:
    """A WARC archive or gzip JSONL file: records read as the file is decompressed."""
    if path.stat().st_size == 0:
        yield reject(origin, "empty", code="E101")
        return
    if kind == "jsonl.gz":
        yield from _from_records(gzip_jsonl_records(path), prefix=origin, options=options)
    else:
        yield from _from_records(warc_records(path, max_bytes=options.max_bytes), prefix=origin, options=options)


def _read_warc(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    return _read_container(path, origin=origin, options=options, kind="warc")


def _read_gzip_jsonl(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    return _read_container(path, origin=origin, options=options, kind="jsonl.gz")


def _read_text(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    return _read_whole(path, origin=origin, options=options, html=False)


def _read_html(path: Path, *, origin: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    return _read_whole(path, origin=origin, options=options, html=True)


#: The reader of each kind of ``FORMATS``.
READERS: dict[str, Callable[..., Iterator[Document | Rejection]]] = {
    "text": _read_text, "html": _read_html, "jsonl": _read_jsonl, "csv": _read_csv, "tsv": _read_tsv,
    "feed": _read_feed, "warc": _read_warc, "jsonl.gz": _read_gzip_jsonl,
}
#: Kinds with one article per line or row (a size limit per record, not per file).
RECORD_KINDS = frozenset({"jsonl", "csv", "tsv"})


def read_special(path: Path, *, kind: str, options: IngestOptions) -> Iterator[Document | Rejection]:
    """A pipe or device named as an input: JSON Lines and text are read as a stream (like stdin);
    other kinds are first copied to a temporary file (at most ``max_bytes`` for one article)."""
    origin = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield reject(origin, "unreadable", code="E108", detail=_os_reason(exc))
        return
    with fh:
        if kind in ("text", "jsonl"):
            yield from read_stream(fh, origin=origin, options=options)
            return
        with tempfile.NamedTemporaryFile(prefix="flashpoint-", suffix=path.suffix) as spool:
            limit = None if kind in RECORD_KINDS else options.max_bytes + 1
            copied = _copy(fh, spool, limit=limit)
            spool.flush()
            if limit is not None and copied >= limit:
                yield reject(origin, "too-large", code="E104", size=f"more than {options.max_bytes}",
                             limit=options.max_bytes)
                return
            yield from read_file(Path(spool.name), kind=kind, options=options, origin=origin)


def _copy(src: BinaryIO, dst: BinaryIO, *, limit: int | None) -> int:
    if limit is None:
        shutil.copyfileobj(src, dst, _STREAM_CHUNK)
        return dst.tell()
    copied = 0
    while copied < limit and (chunk := src.read(min(_STREAM_CHUNK, limit - copied))):
        dst.write(chunk)
        copied += len(chunk)
    return copied


def _line_limit(options: IngestOptions) -> int:
    """Characters kept of one line: well over the byte limit, so that a line over the limit is
    still parsed (its rejection names its id) unless it is absurdly long."""
    return 4 * options.max_bytes + (1 << 20)


def _check_file(path: Path, *, origin: str, whole: bool, options: IngestOptions) -> Rejection | None:
    """The reason a file cannot be read at all (unreadable, too large, empty, binary), or None."""
    try:
        size = path.stat().st_size
        if whole and size > options.max_bytes:
            return reject(origin, "too-large", code="E104", size=size, limit=options.max_bytes)
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        return reject(origin, "unreadable", code="E108", detail=_os_reason(exc))
    return _check_head(head, origin=origin)


def _check_head(head: bytes, *, origin: str) -> Rejection | None:
    if not head.removeprefix(b"\xef\xbb\xbf").strip():
        return reject(origin, "empty", code="E101")
    wide = _wide_encoding(head)
    if wide is not None:
        return reject(origin, "not-utf8", code="E103", detail=wide)
    if b"\x00" in head:
        return reject(origin, "binary", code="E102")
    return None


def _wide_encoding(head: bytes) -> str | None:
    """Why ``head`` looks like UTF-16 or UTF-32 text (with or without a byte-order mark), or None.

    Without a mark, text in those encodings is mostly ASCII letters, each with its zero bytes at
    the same places: every other byte (UTF-16) or three bytes in four (UTF-32).
    """
    for mark, name in ((b"\xff\xfe\x00\x00", "UTF-32-LE"), (b"\x00\x00\xfe\xff", "UTF-32-BE"),
                       (b"\xff\xfe", "UTF-16-LE"), (b"\xfe\xff", "UTF-16-BE")):
        if head.startswith(mark):
            return f"the file starts with a {name} byte-order mark; convert it to UTF-8"
    sample = head[: len(head) - len(head) % 4]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    for name, width, place in (("UTF-32-LE", 4, 0), ("UTF-32-BE", 4, 3), ("UTF-16-LE", 2, 0),
                               ("UTF-16-BE", 2, 1)):
        units = [sample[i:i + width] for i in range(0, len(sample), width)]
        text_units = sum(1 for u in units if u[place] != 0 and u.count(0) == width - 1)
        if text_units >= 0.9 * len(units):
            return (f"it looks like {name} text without a byte-order mark; convert it to UTF-8 "
                    f"(iconv -f {name} -t UTF-8)")
    return None


def _decode(data: bytes, *, origin: str, html: bool) -> str | Rejection:
    if b"\x00" in data:
        return reject(origin, "binary", code="E102")
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
    return reject(origin, "not-utf8", code="E103",
                  detail=f"invalid byte 0x{data[error.start]:02x} at offset {error.start}")


# --------------------------------------------------------------------------- streams


def read_stdin(*, options: IngestOptions) -> Iterator[Document | Rejection]:
    """Standard input (``options.stdin`` if given), read with ``read_stream``."""
    stream = options.stdin if options.stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    yield from read_stream(stream, origin=STDIN, options=options)


def read_stream(stream: TextIO | BinaryIO, *, origin: str, options: IngestOptions
                ) -> Iterator[Document | Rejection]:
    """A stream: JSON Lines when the first non-blank character (after a byte-order mark) is "{",
    else one article. Bytes are decoded as UTF-8; a text stream is read as it is."""
    wrapper = None
    if not isinstance(stream, io.TextIOBase):
        binary = getattr(stream, "buffer", stream)
        wrapper = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        stream = wrapper
    try:
        lines = bounded_lines(stream, limit=_line_limit(options))
        peeked: list[str | int] = []
        for line in lines:
            peeked.append(line)
            if isinstance(line, int) or line.strip():
                break
        first = peeked[-1] if peeked else ""
        head = first.lstrip().lstrip("\ufeff").lstrip() if isinstance(first, str) else "x"
        if not head:
            yield reject(origin, "empty", code="E101")
        elif head.startswith("{"):
            records = jsonl_records(_chain(peeked, lines))
            yield from _from_records(records, prefix=origin, options=options)
        else:
            yield from _stream_article(_chain(peeked, lines), origin=origin, options=options)
    except UnicodeDecodeError as exc:
        yield reject(origin, "not-utf8", code="E103", detail=str(exc))
    finally:
        if wrapper is not None:
            wrapper.detach()


def _chain(first: list[str | int], rest: Iterator[str | int]) -> Iterator[str | int]:
    yield from first
    yield from rest


def _stream_article(lines: Iterator[str | int], *, origin: str, options: IngestOptions
                    ) -> Iterator[Document | Rejection]:
    parts: list[str] = []
    size = 0
    for line in lines:
        size += line if isinstance(line, int) else utf8_size(line)
        if size <= options.max_bytes and isinstance(line, str):
            parts.append(line)
        else:
            parts.clear()  # count the rest without keeping it
    if size > options.max_bytes:
        yield reject(origin, "too-large", code="E104", size=size, limit=options.max_bytes)
        return
    text = "".join(parts)
    problem = _check_head(_as_bytes(text[:_SNIFF_BYTES]), origin=origin)
    if problem is not None:
        yield problem
    elif "\x00" in text:
        yield reject(origin, "binary", code="E102")
    elif any(0xDC80 <= ord(c) < 0xDD00 for c in text):
        yield reject(origin, "not-utf8", code="E103", detail="invalid bytes in the stream")
    else:
        yield make_document({"text": text}, origin=origin, options=options, record=False)


def _as_bytes(text: str) -> bytes:
    """``text`` as the bytes it was read from (``surrogateescape``), or as close as it can be."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates of a caller's own text stream
        return text.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- records


def _from_records(records: Iterable[Record | RecordError], *, prefix: str, options: IngestOptions
                  ) -> Iterator[Document | Rejection]:
    for rec in records:
        origin = f"{prefix}:{rec.line}"
        if isinstance(rec, RecordError):
            yield Rejection(origin=origin, reason=rec.reason, detail=rec.detail)
        elif rec.size > options.max_bytes:
            yield reject(origin, "too-large", code="E104", size=rec.size, limit=options.max_bytes,
                         doc_id=_given_id(rec.fields))
        else:
            yield make_document(rec.fields, origin=origin, options=options)


def _given_id(fields: dict[str, Any]) -> str | None:
    value = fields.get("id")
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = replace_surrogates(str(value)).strip()
    return text or None


def _text_field(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = replace_surrogates(str(value)).strip()
    return " ".join(text.split()) or None


def make_document(fields: dict[str, Any], *, origin: str, options: IngestOptions,
                  record: bool = True) -> Document | Rejection:
    """A Document from raw fields (text, id, title, url, published, outlet), or a Rejection.

    ``record``: the fields come from a JSONL line or CSV row (a blank text is "the 'text' field is
    blank"); for a whole file or stdin it is "no text". A published value that is not a date is
    rejected when ``options.strict_dates``, else the document takes ``options.published`` (or no
    date) and a bad-date ``Notice`` says so.
    """
    doc_id = _given_id(fields)
    text = fields.get("text")
    if text is None:
        return reject(origin, "missing-text", code="E107", doc_id=doc_id)
    if not isinstance(text, str):
        return reject(origin, "missing-text", code="E112", kind=type(text).__name__, doc_id=doc_id)
    if not text.strip():
        return reject(origin, "empty", code="E115" if record else "E101", doc_id=doc_id)
    cleaned = clean_text(text)
    if not cleaned:
        return reject(origin, "empty", code="E101", doc_id=doc_id)
    raw_date = fields.get("published")
    published = options.published
    if raw_date is not None and not (isinstance(raw_date, str) and not raw_date.strip()):
        date = normalise_date(raw_date)
        if date is not None:
            published = date
        elif options.strict_dates:
            return reject(origin, "bad-date", code="E110", value=raw_date, doc_id=doc_id)
        else:
            outcome = (f"the article is dated by --published ({published})" if published
                       else "its events are dated null")
            options.notice(Notice(origin=origin, reason="bad-date", doc_id=doc_id or text_hash(cleaned),
                                  detail=msg("E116", value=_shown(raw_date), outcome=outcome)))
    return Document(
        doc_id=doc_id or text_hash(cleaned),
        text=cleaned,
        title=_text_field(fields.get("title")),
        url=_text_field(fields.get("url")),
        published=published,
        outlet=_text_field(fields.get("outlet")),
        origin=origin,
    )


def _shown(value: Any) -> Any:
    """A raw value as a message shows it: short, and without text that cannot be written."""
    if isinstance(value, str):
        value = replace_surrogates(value)
        return value if len(value) <= 80 else value[:77] + "..."
    if isinstance(value, (dict, list)):
        return f"a JSON {'object' if isinstance(value, dict) else 'array'}"
    return value
