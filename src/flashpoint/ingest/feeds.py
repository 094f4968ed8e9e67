"""RSS and Atom feeds saved to disk: one record per entry, its HTML through the HTML reader.

feedparser reads the file's bytes (never a URL: nothing is fetched). Each entry gives a record with
``id`` (the entry's guid or id, else its link: the same entry in the next saved copy of the feed is
the same document), ``title``, ``url`` (the entry's link), ``published`` (the entry's publication,
else its update date), ``outlet`` (the feed's title) and ``text``: the entry's full content when
the feed carries it, else its summary, extracted from HTML by ``html.extract_html`` like a saved
page. Records are numbered from 1 in feed order; the reader makes ``path:N`` origins of them.

A file feedparser cannot read as a feed is one ``unreadable`` record error; an entry without text
becomes a ``missing-text`` rejection through the usual record path.
"""

from __future__ import annotations

import time
from typing import Any, Iterator

import feedparser

from ..errors import msg
from .html import extract_html
from .tabular import Record, RecordError

#: A feed entry's HTML content is wrapped in a page before extraction.
_PAGE = "<html><body><article>{}</article></body></html>"


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated") or None


def _html(entry: Any) -> str | None:
    """The entry's richest text: its content (Atom content, RSS content:encoded), else summary."""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            return part["value"]
    summary = entry.get("summary")
    return summary if summary and summary.strip() else None


def entry_fields(entry: Any, *, outlet: str | None) -> dict[str, Any]:
    """The record fields of one feed entry; ``text`` is None when the entry has none."""
    html = _html(entry)
    text = extract_html(_PAGE.format(html)).text or None if html is not None else None
    return {"id": entry.get("id") or entry.get("link"), "title": entry.get("title"), "url": entry.get("link"),
            "published": _date(entry), "outlet": outlet, "text": text}


def feed_records(data: bytes) -> Iterator[Record | RecordError]:
    """Records of the entries of a feed given as bytes (entry N is record N)."""
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # a third-party parser failing on one file must not stop a run
        yield RecordError(1, "unreadable", msg("E720", detail=f"{type(exc).__name__}: {exc}"))
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            detail = str(parsed.get("bozo_exception") or "not a feed")
            yield RecordError(1, "unreadable", msg("E720", detail=detail))
        elif parsed.get("version"):
            yield RecordError(1, "empty", msg("E721"))
        else:
            yield RecordError(1, "unreadable", msg("E720", detail="no RSS or Atom feed found"))
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        fields = entry_fields(entry, outlet=outlet)
        size = len((_html(entry) or "").encode("utf-8"))
        yield Record(n, fields, size)
