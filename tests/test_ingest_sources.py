"""RSS/Atom feeds, WARC archives and gzip JSONL: files written here, read as documents, every page
or entry accounted for (a document, or a rejection with its reason)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flashpoint.cli import main
from flashpoint.ingest import IngestOptions, read_inputs
from flashpoint.ingest.readers import reader_kind
from flashpoint.records import Document, Rejection
from flashpoint.store import Store

PARAGRAPHS = [
    "Russian forces shelled the city of Kharkiv on Tuesday, killing at least 12 civilians, the regional "
    "governor said.",
    "The governor said two apartment blocks and a bus stop were hit in the northern part of the city.",
]


def page(title: str, *, published: str = "2023-04-11", canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{published}">'
            f'<meta property="og:site_name" content="Example Wire">{link}</head>'
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>")


def split(items) -> tuple[list[Document], list[Rejection]]:
    items = list(items)
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejection)])


# -- feeds ------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire World</title><link>https://wire.example/</link>
<item><title>Russian shelling kills 12 in Kharkiv</title><link>https://wire.example/a1</link>
  <guid>wire-a1</guid><pubDate>Tue, 11 Apr 2023 09:30:00 GMT</pubDate>
  <description>Short teaser only.</description>
  <content:encoded><![CDATA[{html}]]></content:encoded></item>
<item><title>Talks in Geneva</title><link>https://wire.example/a2</link>
  <pubDate>Wed, 12 Apr 2023 10:00:00 +0200</pubDate>
  <description>&lt;p&gt;Diplomats from France and Germany met in Geneva on Wednesday to discuss the war in
  Ukraine, officials said.&lt;/p&gt;</description></item>
<item><title>Photo gallery</title><link>https://wire.example/a3</link><guid>wire-a3</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Times</title><id>urn:harbor</id>
<updated>2023-05-02T08:00:00Z</updated>
<entry><title>Police arrest protesters in Nairobi</title><id>urn:harbor:1</id>
  <link href="https://harbor.example/1"/><updated>2023-05-02T08:00:00Z</updated>
  <content type="html">&lt;p&gt;Kenyan police arrested dozens of protesters in Nairobi on Tuesday, witnesses
  said.&lt;/p&gt;&lt;p&gt;The opposition called for more demonstrations.&lt;/p&gt;</content></entry>
<entry><title>Second entry</title><id>urn:harbor:2</id><link href="https://harbor.example/2"/>
  <published>2023-05-01T18:00:00Z</published><updated>2023-05-03T08:00:00Z</updated>
  <summary>Turkish warplanes struck Kurdish fighters in northern Iraq on Monday.</summary></entry>
</feed>"""


def test_rss_entries_become_documents(tmp_path):
    html = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<div class='share-bar'>Share on Twitter</div>"
    feed = tmp_path / "world.rss"
    feed.write_text(RSS.format(html=html), encoding="utf-8")
    docs, rejected = split(read_inputs([str(feed)]))
    assert [d.doc_id for d in docs] == ["wire-a1", "https://wire.example/a2"]
    first, second = docs
    assert first.title == "Russian shelling kills 12 in Kharkiv" and first.url == "https://wire.example/a1"
    assert first.published == "2023-04-11" and first.outlet == "Example Wire World"
    assert "killing at least 12 civilians" in first.text and "teaser" not in first.text
    assert "Share on Twitter" not in first.text  # the HTML reader dropped the share bar
    assert first.origin == f"{feed}:1"
    assert second.published == "2023-04-12" and "met in Geneva" in second.text
    assert "<p>" not in second.text
    [missing] = rejected
    assert missing.reason == "missing-text" and missing.origin == f"{feed}:3" and missing.doc_id == "wire-a3"


def test_atom_entries_become_documents(tmp_path):
    feed = tmp_path / "harbor.atom"
    feed.write_text(ATOM, encoding="utf-8")
    docs, rejected = split(read_inputs([str(feed)]))
    assert not rejected
    assert [(d.doc_id, d.published, d.outlet) for d in docs] == [
        ("urn:harbor:1", "2023-05-02", "Harbor Times"), ("urn:harbor:2", "2023-05-01", "Harbor Times")]
    assert "arrested dozens of protesters" in docs[0].text and "\n\n" in docs[0].text
    assert docs[1].text.startswith("Turkish warplanes struck")


@pytest.mark.parametrize("content,reason,code", [
    ("this is not a feed at all, just words", "unreadable", "E720"),
    ('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', "empty", "E721"),
    ("<rss><channel><item><title>broken", "missing-text", "E107"),  # feedparser keeps what it can
])
def test_a_bad_feed_is_one_rejection(tmp_path, content, reason, code):
    feed = tmp_path / "bad.xml"
    feed.write_text(content, encoding="utf-8")
    docs, [rejection] = split(read_inputs([str(feed)]))
    assert not docs and rejection.reason == reason and rejection.detail.startswith(f"[{code}]")


# -- WARC ---------------------------------------------------------------------------------------------


def _response(writer: WARCWriter, uri: str, body: bytes, *, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)


def write_warc(path: Path, *, gzip_it: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_it)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://wire.example/a", "request", http_headers=request))
        writer.write_record(_response(writer, "https://wire.example/a",
                                      page("Kharkiv shelled", canonical="https://wire.example/canonical-a").encode()))
        writer.write_record(_response(writer, "https://wire.example/logo.png", b"\x89PNG\r\n\x1a\n....",
                                      content_type="image/png"))
        writer.write_record(_response(writer, "https://wire.example/gone", b"<html>Not found</html>",
                                      status="404 Not Found"))
        latin = page("Caf\u00e9 talks", published="2023-04-12").replace("Kharkiv", "Kharkiv caf\u00e9")
        writer.write_record(_response(writer, "https://wire.example/b", latin.encode("latin-1"),
                                      content_type="text/html; charset=iso-8859-1"))
        writer.write_record(writer.create_warc_record(
            "https://wire.example/c", "resource", payload=io.BytesIO(page("Resource page").encode()),
            warc_content_type="text/html"))


@pytest.mark.parametrize("name,gzip_it", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_pages_become_documents_and_the_rest_is_counted(tmp_path, name, gzip_it):
    path = tmp_path / name
    write_warc(path, gzip_it=gzip_it)
    assert reader_kind(path) == "warc"
    docs, rejected = split(read_inputs([str(path)]))
    assert [d.url for d in docs] == ["https://wire.example/canonical-a", "https://wire.example/b",
                                     "https://wire.example/c"]
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:4", f"{path}:5"]
    assert docs[0].title == "Kharkiv shelled" and docs[0].published == "2023-04-11"
    assert docs[0].outlet == "Example Wire" and "killing at least 12 civilians" in docs[0].text
    assert "Home" not in docs[0].text and "Contact us" not in docs[0].text
    assert "Kharkiv caf\u00e9" in docs[1].text  # decoded with the charset the response declared
    assert [(r.origin, r.reason, r.detail[:6]) for r in rejected] == [
        (f"{path}:2", "unsupported", "[E723]"), (f"{path}:3", "unreadable", "[E722]")]


@pytest.mark.parametrize("name,gzip_it", [("cut.warc", False), ("cut.warc.gz", True)])
def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path, name, gzip_it):
    whole = tmp_path / ("whole" + name[3:])
    write_warc(whole, gzip_it=gzip_it)
    data = whole.read_bytes()
    # Cut inside the page of record 4 (or, compressed, two thirds in): warcio alone ends quietly.
    at = data.rindex(b"northern part") if not gzip_it else len(data) * 2 // 3
    cut = tmp_path / name
    cut.write_bytes(data[:at])
    docs, rejected = split(read_inputs([str(cut)]))
    assert docs and docs[0].title == "Kharkiv shelled"
    assert rejected[-1].reason == "unreadable" and rejected[-1].detail.startswith("[E724]")
    assert len(docs) < 3


# -- gzip JSONL ---------------------------------------------------------------------------------------


def _jsonl(n: int) -> bytes:
    lines = [json.dumps({"id": f"g{i}", "text": PARAGRAPHS[i % 2], "published": "2023-04-11"}) for i in range(n)]
    lines.insert(1, "{not json")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_gzip_jsonl_records(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(3)))
    docs, rejected = split(read_inputs([str(path)]))
    assert [d.doc_id for d in docs] == ["g0", "g1", "g2"]
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    [bad] = rejected
    assert (bad.origin, bad.reason) == (f"{path}:2", "malformed-json")
    assert reader_kind(tmp_path / "x.ndjson.gz") == "jsonl.gz"


def test_a_truncated_gzip_keeps_the_lines_before_the_break(tmp_path):
    data = gzip.compress(_jsonl(400))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    docs, rejected = split(read_inputs([str(path)]))
    assert 10 < len(docs) < 400
    assert rejected[-1].reason == "unreadable" and rejected[-1].detail.startswith("[E725]")
    empty = tmp_path / "empty.jsonl.gz"
    empty.write_bytes(b"")
    assert [r.reason for r in read_inputs([str(empty)])] == ["empty"]
    garbage = tmp_path / "garbage.jsonl.gz"
    garbage.write_bytes(b"this is not gzip at all")
    assert [r.reason for r in read_inputs([str(garbage)])] == ["unreadable"]


# -- all of them into the store ------------------------------------------------------------------------


def test_ingest_a_folder_of_every_source(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "world.rss").write_text(RSS.format(html="".join(f"<p>{p}</p>" for p in PARAGRAPHS)), encoding="utf-8")
    (folder / "harbor.atom").write_text(ATOM, encoding="utf-8")
    write_warc(folder / "crawl.warc.gz", gzip_it=True)
    (folder / "wire.jsonl.gz").write_bytes(gzip.compress(_jsonl(3)))
    db = tmp_path / "sources.duckdb"
    assert main(["ingest", str(folder), "--db", str(db)]) == 1
    with Store.open(db, read_only=True) as store:
        reasons = sorted(r["reason"] for r in store.rejections())
        assert reasons == ["malformed-json", "missing-text", "unreadable", "unsupported"]
        run = store.runs()[-1]
        assert run["read"] == run["stored"] + run["unchanged"] + run["rejected"]
        assert store.document("urn:harbor:1")["outlet"] == "Harbor Times"
        assert store.count_events() > 0
    assert main(["ingest", str(folder), "--db", str(db), "-q"]) == 1
    with Store.open(db, read_only=True) as store:
        assert store.runs()[-1]["stored"] == 0
