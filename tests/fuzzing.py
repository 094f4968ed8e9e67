"""Generated inputs in every format, and the checks that every one of them must pass.

Shared by the quick fuzz suite of CI (``tests/test_fuzz.py``) and the long run
(``bench/fuzz.py``). An input is bytes in one format (text, HTML, JSON Lines, CSV, TSV, anything)
written to a file or fed to standard input; ``check_input`` reads it and codes it through the
whole pipeline and checks that

- nothing raises (a crash), and no document is lost to a caught coder failure (``coding-error``);
- every input is accounted for: a file gives one item, or one per non-blank line (JSON Lines),
  each line at most once (CSV); every item is coded or rejected with a known reason;
- every span of every event lies inside the document's text and is the text it claims;
- every record can be written as JSON and CSV in UTF-8.
"""

from __future__ import annotations

import io
import json
import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from flashpoint.ingest import IngestOptions, read_inputs
from flashpoint.ingest.readers import REASONS as INGEST_REASONS
from flashpoint.output import write_all
from flashpoint.records import Document, Rejection

#: Every reason a result may carry besides ingest's: screening, the pipeline's time limit, the pool.
#: ``coding-error`` is deliberately absent: it is a coder bug caught, which the fuzz counts as one.
REASONS = frozenset(INGEST_REASONS) | {"not-english", "timeout"}

# -- pieces of text ------------------------------------------------------------------------------

#: Words of news sentences (written for this suite), so that some generated texts parse into events.
_ACTORS = ["Russia", "Ukraine", "Kenyan police", "the United Nations", "NATO", "Hamas", "Israel",
           "President William Ruto", "protesters", "the Taliban", "Sudanese troops", "China", "Kyiv"]
_VERBS = ["attacked", "warned", "met", "accused", "arrested", "shelled", "urged", "signed a deal with",
          "threatened", "killed 12 people in", "denied attacking", "will meet", "condemned"]
_TAILS = ["on Monday.", "near Kharkiv on Tuesday.", "in Nairobi yesterday.", "last month.", ".",
          "in 2014, officials said.", "on March 3, the ministry said.", "if talks fail."]

_any_char = st.characters(exclude_categories=())  # every code point, surrogates and controls included
_controls = st.sampled_from(list("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f\u200b\u200d\u200e\u202e\u2066"
                                 "\u2028\u2029\ufeff\ufffe\u00ad\t\r\n"))


@st.composite
def news_sentence(draw) -> str:
    return f"{draw(st.sampled_from(_ACTORS))} {draw(st.sampled_from(_VERBS))} " \
           f"{draw(st.sampled_from(_ACTORS))} {draw(st.sampled_from(_TAILS))}"


@cache
def huge_token(*, max_size: int) -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(["x", "a", "é", "9", "-", "\u200b", "字"]),
                     st.integers(min_value=min(1_000, max_size), max_value=max_size))


@cache
def texts(*, huge: int = 20_000) -> st.SearchStrategy[str]:
    """Text as articles hold it, and as they should not: news sentences, random Unicode, control
    and invisible characters, enormous tokens, all mixed."""
    piece = st.one_of(
        news_sentence(),
        news_sentence(),
        st.text(_any_char, max_size=80),
        st.text(st.sampled_from(string.printable), max_size=80),
        st.text(_controls, min_size=1, max_size=10),
        st.just("\n\n"),
        huge_token(max_size=huge),
    )
    return st.lists(piece, max_size=12).map(lambda parts: " ".join(parts))


# -- JSON --------------------------------------------------------------------------------------

_json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                          st.text(_any_char, max_size=30))
_json_values = st.recursive(_json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=20)
_dates = st.one_of(st.just("2022-02-16"), st.just("yesterday"), st.just("2022-13-45"), st.just("3000-01-01"),
                   st.just(99999), st.just("Feb 16, 2022"), st.text(max_size=20), _json_values)


@cache
def _record_fields(huge: int) -> tuple[tuple[str, st.SearchStrategy], ...]:
    return (("id", st.one_of(st.text(max_size=20), st.integers(), _json_values)),
            ("text", st.one_of(texts(huge=huge), texts(huge=huge), _json_values)),
            ("title", st.one_of(st.text(max_size=40), _json_values)),
            ("published", _dates), ("date", _dates),
            ("url", st.text(max_size=40)), ("outlet", st.text(max_size=20)),
            ("extra", _json_values))


@st.composite
def json_record(draw, *, huge: int) -> dict:
    record: dict = {}
    for name, values in _record_fields(huge):
        if draw(st.booleans()):
            record[name] = draw(values)
    return record


def _json_line(record: dict, *, ascii_only: bool) -> str:
    # Lone surrogates must be escaped (\ud800): as raw characters they would not be UTF-8.
    return json.dumps(record, ensure_ascii=ascii_only or _has_surrogate(record))


def _has_surrogate(value) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False))


@st.composite
def jsonl_file(draw, *, huge: int = 20_000) -> bytes:
    """JSON Lines: records, nested values, broken lines, arrays and scalars, blank lines, a BOM."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["record", "record", "record", "broken", "other", "blank", "garbage"]))
        if kind == "record":
            lines.append(_json_line(draw(json_record(huge=huge)), ascii_only=draw(st.booleans())))
        elif kind == "broken":
            line = _json_line(draw(json_record(huge=200)), ascii_only=True)
            lines.append(line[: draw(st.integers(0, max(0, len(line) - 1)))])
        elif kind == "other":
            lines.append(json.dumps(draw(_json_values)))
        elif kind == "blank":
            lines.append(draw(st.sampled_from(["", " ", "\t", "\r"])))
        else:
            lines.append(draw(st.text(_any_char, max_size=40)).replace("\n", " "))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data += b"\n"
    if draw(st.integers(0, 5)) == 0:
        data = b"\xef\xbb\xbf" + data
    return data


# -- CSV ---------------------------------------------------------------------------------------

@st.composite
def csv_file(draw, *, delimiter: str = ",", huge: int = 20_000) -> bytes:
    """CSV with a header: quoted fields with newlines and quotes, broken quoting, ragged rows."""
    names = draw(st.lists(st.sampled_from(["id", "text", "title", "date", "published", "outlet", "url",
                                           "body", "Text", " ID ", ""]), min_size=1, max_size=6))
    rows = [delimiter.join(names)]
    for _ in range(draw(st.integers(0, 6))):
        cells = []
        for _ in range(draw(st.integers(0, len(names) + 2))):
            cell = draw(st.one_of(texts(huge=huge), st.text(max_size=20), st.just("")))
            style = draw(st.sampled_from(["plain", "quoted", "quoted", "broken"]))
            if style == "quoted":
                cell = '"' + cell.replace('"', '""') + '"'
            elif style == "broken":
                cell = '"' + cell[: len(cell) // 2] + '"x' + cell[len(cell) // 2:]
            cells.append(cell.replace(delimiter, " ") if style == "plain" else cell)
        rows.append(delimiter.join(cells))
    return "\n".join(rows).encode("utf-8", "surrogatepass")


# -- HTML --------------------------------------------------------------------------------------

_TAGS = ["p", "div", "span", "article", "main", "nav", "footer", "aside", "script", "style", "br", "h1",
         "h2", "li", "ul", "table", "tr", "td", "a", "figure", "figcaption", "blink", "svg", "template"]
_CLASSES = ["share-bar", "content", "article-body", "sidebar", "cookie_banner", "story", "nav-main", ""]


@st.composite
def html_node(draw, depth: int = 0) -> str:
    if depth > 3 or draw(st.integers(0, 3)) == 0:
        return draw(st.one_of(news_sentence(), st.text(_any_char, max_size=30),
                              st.just("&amp; &#0; &#xD800; &bogus;")))
    tag = draw(st.sampled_from(_TAGS))
    attrs = ""
    if draw(st.booleans()):
        attrs = f' class="{draw(st.sampled_from(_CLASSES))}"'
    if draw(st.integers(0, 4)) == 0:
        attrs += f' itemprop="articleBody" datetime="{draw(st.text(max_size=12))}"'
    children = "".join(draw(html_node(depth + 1)) for _ in range(draw(st.integers(0, 4))))
    close = "" if draw(st.integers(0, 5)) == 0 else f"</{tag}>"  # sometimes left open
    return f"<{tag}{attrs}>{children}{close}"


@st.composite
def html_file(draw) -> bytes:
    head = draw(st.sampled_from(["", "<title>T</title>", '<meta charset="iso-8859-1">', '<meta charset="bogus">',
                                 '<meta property="article:published_time" content="2022-02-16">',
                                 '<meta name="date" content="yesterday">',
                                 '<script type="application/ld+json">{"datePublished": [1, {"a": null}]}</script>',
                                 '<?xml version="1.0" encoding="utf-8"?>']))
    body = "".join(draw(html_node()) for _ in range(draw(st.integers(0, 6))))
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    if draw(st.integers(0, 4)) == 0:
        page = page[: draw(st.integers(0, len(page)))]  # cut anywhere
    return page.encode("utf-8", "surrogatepass")


# -- feeds and compressed files ---------------------------------------------------------------

@st.composite
def feed_file(draw) -> bytes:
    """RSS or Atom with random entries (HTML content, odd dates, missing parts), sometimes cut."""
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        content = draw(html_node()).replace("]]>", "")
        date = draw(st.sampled_from(["Wed, 16 Feb 2022 10:00:00 GMT", "yesterday", "", "2022-13-45T00:00:00Z"]))
        entries.append(draw(st.sampled_from([
            f"<item><title>{draw(st.text(max_size=20))}</title><link>https://x.example/{len(entries)}</link>"
            f"<pubDate>{date}</pubDate><description><![CDATA[{content}]]></description></item>",
            f"<entry><id>tag:{len(entries)}</id><updated>{date}</updated>"
            f"<content type=\"html\"><![CDATA[{content}]]></content></entry>",
            "<item></item>",
        ])))
    body = "".join(entries)
    feed = draw(st.sampled_from([f'<rss version="2.0"><channel><title>W</title>{body}</channel></rss>',
                                 f'<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>{body}</feed>']))
    if draw(st.integers(0, 4)) == 0:
        feed = feed[: draw(st.integers(0, len(feed)))]
    return feed.encode("utf-8", "surrogatepass")


@st.composite
def gzip_file(draw, inner: st.SearchStrategy[bytes]) -> bytes:
    """``inner`` compressed, sometimes cut short or followed by garbage."""
    import gzip

    data = gzip.compress(draw(inner), mtime=0)
    cut = draw(st.sampled_from(["whole", "whole", "cut", "garbage"]))
    if cut == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif cut == "garbage":
        data += draw(st.binary(max_size=40))
    return data


# -- anything ----------------------------------------------------------------------------------

@cache
def any_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=300),
        texts().map(lambda t: t.encode("utf-16-le", "surrogatepass")),
        texts().map(lambda t: t.encode("utf-16", "surrogatepass")),
        texts().map(lambda t: t.encode("latin-1", "replace")),
    )


#: Suffix of the file -> the strategy of its bytes. "" is a file named without a known suffix.
@cache
def formats(*, huge: int = 20_000) -> dict[str, st.SearchStrategy[bytes]]:
    return {
        ".txt": texts(huge=huge).map(lambda t: t.encode("utf-8", "surrogatepass")),
        ".html": html_file(),
        ".jsonl": jsonl_file(huge=huge),
        ".csv": csv_file(huge=huge),
        ".tsv": csv_file(delimiter="\t", huge=huge),
        ".bin": any_bytes(),
        ".rss": feed_file(),
        ".xml": st.one_of(feed_file(), html_file(), any_bytes()),
        ".jsonl.gz": gzip_file(jsonl_file(huge=huge)),
        ".warc.gz": gzip_file(any_bytes()),
        ".warc": any_bytes(),
    }


@st.composite
def inputs(draw, *, huge: int = 20_000) -> tuple[str, bytes, bool]:
    """(suffix, bytes, through stdin?) of one input in any format."""
    table = formats(huge=huge)
    suffix = draw(st.sampled_from(sorted(table)))
    return suffix, draw(table[suffix]), suffix in (".txt", ".jsonl") and draw(st.integers(0, 3)) == 0


# -- the checks --------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What one input gave: items read, results, events, and what went wrong."""

    items: int = 0
    coded: int = 0
    rejected: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)


def check_input(pipeline, *, suffix: str, data: bytes, stdin: bool, folder: Path) -> Outcome:
    """Read and code one input, check every invariant; an exception from flashpoint propagates
    (a crash); a broken invariant is a problem in the Outcome (unaccounted, bad span...)."""
    outcome = Outcome()
    notices: list = []
    if stdin:
        origin = "-"
        items = list(read_inputs(["-"], options=IngestOptions(stdin=io.BytesIO(data), notices=notices.append)))
    else:
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        origin = str(path)
        items = list(read_inputs([origin], options=IngestOptions(notices=notices.append)))
    outcome.items = len(items)
    _check_accounting(items, origin=origin, suffix=suffix, data=data, outcome=outcome)
    documents = {i.origin for i in items if isinstance(i, Document)}
    for notice in notices:
        if notice.reason not in INGEST_REASONS or notice.origin not in documents:
            outcome.problems.append(f"a notice about no document read: {notice}")
    results = pipeline.code_batch(items)
    if len(results) != len(items):
        outcome.problems.append(f"{len(items)} items but {len(results)} results")
    for item, result in zip(items, results):
        if result.rejection is not None:
            outcome.rejected += 1
            if result.rejection.reason not in REASONS:
                outcome.problems.append(f"{result.rejection.origin}: reason {result.rejection.reason!r}: "
                                        f"{result.rejection.detail[:300]}")
            continue
        outcome.coded += 1
        outcome.events += len(result.events)
        if not isinstance(item, Document):
            outcome.problems.append(f"a rejection came back coded: {item}")
            continue
        _check_events(item, result.events, outcome=outcome)
    return outcome


def _check_accounting(items: list, *, origin: str, suffix: str, data: bytes, outcome: Outcome) -> None:
    for item in items:
        if not isinstance(item, (Document, Rejection)):
            outcome.problems.append(f"not a Document or Rejection: {item!r}")
        elif isinstance(item, Rejection) and not item.reason:
            outcome.problems.append(f"a rejection without a reason: {item}")
    origins = [i.origin for i in items]
    whole = [o for o in origins if o == origin]
    lines = [o for o in origins if o != origin]
    if not items:
        outcome.problems.append("the input gave nothing at all")
    elif whole and (len(whole) > 1 or lines):
        outcome.problems.append(f"a whole-input item and others: {origins[:5]}")
    elif lines:
        numbers = [int(o.rsplit(":", 1)[1]) for o in lines]
        if len(set(numbers)) != len(numbers):
            outcome.problems.append(f"a line given twice: {numbers}")
        if suffix == ".jsonl" and numbers != _nonblank_lines(data):
            outcome.problems.append(f"JSONL lines {numbers} but non-blank lines {_nonblank_lines(data)}")


def _nonblank_lines(data: bytes) -> list[int]:
    text = data.decode("utf-8", "surrogateescape")
    if text.startswith("\ufeff"):
        text = text[1:]
    return [n for n, line in enumerate(io.StringIO(text, newline=""), 1) if line.strip()]


def _check_events(document: Document, events: list, *, outcome: Outcome) -> None:
    text = document.text
    for e in events:
        spans = [("trigger", e.trigger.span, e.trigger.text), ("sentence", e.sentence_span, e.sentence)]
        for name, actor in (("source", e.source), ("target", e.target)):
            if actor is not None:
                spans.append((name, actor.span, actor.text))
        for q in e.quantities:
            if q.span is not None:
                spans.append(("quantity", q.span, None))
        if e.location is not None and e.location.span is not None:
            spans.append(("location", e.location.span, None))
        for name, (start, end), words in spans:
            if not 0 <= start <= end <= len(text):
                outcome.problems.append(f"{document.origin}: {name} span {(start, end)} outside 0..{len(text)}")
            elif words is not None and text[start:end] != words:
                outcome.problems.append(f"{document.origin}: {name} span {(start, end)} is "
                                        f"{text[start:end]!r}, not {words!r}")
    records = [e.to_dict() for e in events]
    for fmt in ("jsonl", "csv"):
        write_all(records, fmt).encode("utf-8")


# -- Documents made in Python (the API: no reader cleaned them) ----------------------------------

_field_values = st.one_of(st.none(), st.text(_any_char, max_size=30), st.integers(), st.binary(max_size=10))


@cache
def api_documents(*, huge: int = 2_000) -> st.SearchStrategy[Document]:
    """Documents as a program might build them: any text (lone surrogates, control characters,
    bytes, numbers), a date in any form or none, any title, url and outlet."""
    return st.builds(
        Document,
        doc_id=st.one_of(st.text(_any_char, min_size=1, max_size=20), st.just("d")),
        text=st.one_of(texts(huge=huge), texts(huge=huge), st.text(_any_char, max_size=200), _field_values),
        published=st.one_of(st.none(), _dates, st.dates(), st.text(_any_char, max_size=20), st.integers()),
        title=_field_values, url=_field_values, outlet=_field_values, origin=st.just("api"))


def check_document(pipeline, document: Document) -> Outcome:
    """Code one Document made in Python: a result with a known reason or events whose spans are
    inside its text (as ``code_batch`` returns it) and that can be written; never an exception."""
    outcome = Outcome(items=1)
    [result] = pipeline.code_batch([document])
    if result.rejection is not None:
        outcome.rejected += 1
        if result.rejection.reason not in REASONS:
            outcome.problems.append(f"reason {result.rejection.reason!r}: {result.rejection.detail[:300]}")
        return outcome
    outcome.coded += 1
    outcome.events += len(result.events)
    _check_events(result.document, result.events, outcome=outcome)
    return outcome
