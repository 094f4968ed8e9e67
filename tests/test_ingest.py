"""Readers: every format, directories, stdin, and every rejection reason."""

from __future__ import annotations

import inspect
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.ingest import IngestOptions, read_inputs
from flashpoint.ingest import html as html_module
from flashpoint.records import Document, Rejection, text_hash

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

STORY = "Ukrainian troops repelled an attack near Kharkiv on Monday, the general staff said."
OTHER = "Kenya and Ethiopia signed a border security agreement in Addis Ababa."


def read(paths, **options) -> list[Document | Rejection]:
    return list(read_inputs([str(p) for p in paths], options=IngestOptions(**options)))


def docs(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def rejections(items) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


def jsonl(path: Path, *records: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- plain text --------------------------------------------------------------------------------

def test_txt_whole_file_is_the_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"Headline about Kharkiv\n\n{STORY}\n", encoding="utf-8")
    [doc] = read([p])
    assert doc.text == f"Headline about Kharkiv\n\n{STORY}"
    assert doc.doc_id == text_hash(doc.text)
    assert doc.origin == str(p) and doc.title is None and doc.published is None


def test_same_text_same_id_whatever_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "two.txt").write_text(f"\ufeff  {STORY}\n\n", encoding="utf-8")
    a, b = read([tmp_path])
    assert a.doc_id == b.doc_id == text_hash(STORY)


def test_boilerplate_is_not_in_the_document() -> None:
    [doc] = read([EXAMPLES / "boilerplate.txt"])
    for junk in ("By AMINA", "Read more", "Copyright", "AP Photo", "Advertisement", "Follow us",
                 "newsletter", "Reporting by", "AFP", "Share this"):
        assert junk not in doc.text
    assert doc.text.startswith("NAIROBI, Kenya (AP)")
    assert "President William Ruto defended the police" in doc.text


def test_explicit_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    p = tmp_path / "story.md"
    p.write_text(STORY, encoding="utf-8")
    [doc] = read([p])
    assert doc.text == STORY


def test_published_option_is_the_default_date(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(STORY, encoding="utf-8")
    [doc] = read([p], published="2024-03-05")
    assert doc.published == "2024-03-05"


# -- HTML --------------------------------------------------------------------------------------

def test_html_example_text_and_metadata() -> None:
    [doc] = read([EXAMPLES / "summit.html"])
    assert isinstance(doc, Document)
    assert doc.title == "Kenya hosts regional summit on Sudan ceasefire"
    assert doc.published == "2023-05-12"
    assert doc.url == "https://horn-observer.example/2023/05/12/kenya-sudan-summit"
    assert doc.outlet == "The Horn Observer"
    assert doc.text.startswith("Kenyan President William Ruto met the leaders")
    assert "Rapid Support Forces rejected the proposal" in doc.text
    for junk in ("Privacy policy", "Business", "All rights reserved", "©", "Related stories",
                 "analytics", "Grace Wanjiru", "Reuters", "Share this"):
        assert junk not in doc.text
    assert doc.doc_id == text_hash(doc.text)


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:published_time" content="2024-06-01T08:00:00Z">', "2024-06-01"),
    ('<meta name="date" content="June 2, 2024">', "2024-06-02"),
    ('<meta itemprop="datePublished" content="2024-06-03">', "2024-06-03"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-06-04T10:00"}</script>',
     "2024-06-04"),
    ("", None),
])
def test_html_published(tmp_path: Path, head: str, expected: str | None) -> None:
    p = tmp_path / "p.html"
    p.write_text(f"<html><head><title>T</title>{head}</head><body><article><p>{STORY}</p></article>"
                 "</body></html>", encoding="utf-8")
    [doc] = read([p])
    assert doc.published == expected
    assert doc.text == STORY


def test_html_title_without_og_strips_site_suffix(tmp_path: Path) -> None:
    p = tmp_path / "p.htm"
    p.write_text(f"<html><head><title>Troops repel attack | Daily Ledger</title></head><body>"
                 f"<nav><a>Home</a></nav><p>{STORY}</p><p>{OTHER}</p><footer>Contact us</footer>"
                 "</body></html>", encoding="utf-8")
    [doc] = read([p])
    assert doc.title == "Troops repel attack"
    assert doc.text == f"{STORY}\n\n{OTHER}"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    p = tmp_path / "latin.html"
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>Talks in Bogotá ended.</p></body></html>"
    p.write_bytes(body.encode("latin-1"))
    [doc] = read([p])
    assert doc.text == "Talks in Bogotá ended."


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    p = tmp_path / "nav.html"
    p.write_text("<html><head><script>var a = 1;</script></head><body> <img src='x.png'> </body></html>",
                 encoding="utf-8")
    [rej] = read([p])
    assert rej.reason == "empty"


def test_html_uses_trafilatura_text_when_available(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = SimpleNamespace(bare_extraction=lambda html, **kw: SimpleNamespace(text=f"{STORY}\n{OTHER}"))
    monkeypatch.setattr(html_module, "trafilatura", fake)
    p = tmp_path / "p.html"
    p.write_text("<html><head><title>X</title></head><body><p>ignored</p></body></html>", encoding="utf-8")
    [doc] = read([p])
    assert doc.text == f"{STORY}\n\n{OTHER}"
    assert doc.title == "X"


# -- JSONL and CSV -----------------------------------------------------------------------------

def test_jsonl_example() -> None:
    items = read([EXAMPLES / "wire.jsonl"])
    assert all(isinstance(i, Document) for i in items) and len(items) >= 3
    first = items[0]
    assert first.doc_id == "wire-2022-0001"
    assert first.published == "2022-02-24"
    assert first.outlet == "Example Wire" and first.url.startswith("https://")
    assert first.origin == f"{EXAMPLES / 'wire.jsonl'}:1"
    assert "\n\n" in first.text


def test_jsonl_fields_and_aliases(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl",
              {"id": 17, "text": STORY, "date": "16 February 2022", "extra": [1, 2]},
              {"text": OTHER, "published": "Feb 16, 2022", "date": "2020-01-01", "title": "  A  title "},
              {"id": "x", "text": STORY, "published": "not a date"})
    a, b, c = read([p], published="2021-01-01")
    assert (a.doc_id, a.published) == ("17", "2022-02-16")
    assert (b.doc_id, b.published, b.title) == (text_hash(OTHER), "2022-02-16", "A title")
    assert (c.doc_id, c.published) == ("x", "2021-01-01")


def test_bad_date_rejected_only_when_strict(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": STORY, "published": "soon"})
    [doc] = read([p])
    assert doc.published is None
    [rej] = read([p], strict_dates=True)
    assert (rej.reason, rej.doc_id, rej.origin) == ("bad-date", "x", f"{p}:1")


def test_one_bad_json_line_rejects_that_line_only(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl",
              {"id": "1", "text": STORY},
              '{"id": "2", "text": "unterminated',
              "",
              "[1, 2, 3]",
              {"id": "4", "title": "no text"},
              {"id": "5", "text": 42},
              {"id": "6", "text": "   "},
              {"id": "7", "text": "Advertisement"},
              {"id": "8", "text": OTHER})
    items = read([p])
    got = [(i.origin.rsplit(":", 1)[1], getattr(i, "reason", "ok"), i.doc_id) for i in items]
    assert got == [("1", "ok", "1"), ("2", "malformed-json", None), ("4", "malformed-json", None),
                   ("5", "missing-text", "4"), ("6", "missing-text", "5"), ("7", "empty", "6"),
                   ("8", "empty", "7"), ("9", "ok", "8")]


def test_jsonl_line_with_invalid_utf8(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(json.dumps({"text": STORY}).encode() + b"\n" + b'{"text": "caf\xe9"}\n'
                  + json.dumps({"text": OTHER}).encode() + b"\n")
    assert [getattr(i, "reason", "ok") for i in read([p])] == ["ok", "not-utf8", "ok"]


def test_jsonl_line_over_max_bytes(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"id": "big", "text": STORY * 10}, {"id": "small", "text": "Talks resumed."})
    big, small = read([p], max_bytes=200)
    assert (big.reason, big.doc_id) == ("too-large", "big")
    assert small.doc_id == "small"


def test_csv_example() -> None:
    items = read([EXAMPLES / "wire.csv"])
    assert len(items) >= 2 and all(isinstance(i, Document) for i in items)
    assert items[0].doc_id == "csv-2023-0101" and items[0].published == "2023-04-16"
    assert items[1].published == "2026-01-20"
    assert "\n\n" in items[0].text  # a quoted field may span lines


def test_csv_rows_and_aliases(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("ID,Text,Date,Outlet\n"
                 f'1,"{STORY}",2022-02-16,Daily Ledger\n'
                 "\n"
                 f'2,"{OTHER}",,\n', encoding="utf-8")
    a, b = read([p], published="2020-05-05")
    assert (a.doc_id, a.published, a.outlet, a.origin) == ("1", "2022-02-16", "Daily Ledger", f"{p}:2")
    assert (b.doc_id, b.published, b.outlet, b.origin) == ("2", "2020-05-05", None, f"{p}:4")


def test_csv_bad_rows_are_rejected_one_by_one(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("id,text,title\n"
                 f'1,"{STORY}",ok\n'
                 '2,"broken "quoting" here,x\n'
                 "3,,no text\n"
                 "4,too,many,cells,here\n"
                 f'5,"{OTHER}",ok\n', encoding="utf-8")
    got = [(i.origin.rsplit(":", 1)[1], getattr(i, "reason", "ok")) for i in read([p])]
    assert got == [("2", "ok"), ("3", "malformed-csv"), ("4", "empty"), ("5", "malformed-csv"),
                   ("6", "ok")]


def test_csv_unterminated_quote_loses_one_row_only(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("id,text\n"
                 f'1,"{STORY}"\n'
                 '2,"never closed\n'
                 f'3,"{OTHER}"\n'
                 "4,Talks resumed.\n", encoding="utf-8")
    got = [(i.origin.rsplit(":", 1)[1], getattr(i, "reason", i.doc_id)) for i in read([p])]
    assert got == [("2", "1"), ("3", "malformed-csv"), ("4", "3"), ("5", "4")]


def test_csv_without_text_column(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("id,body\n1,Talks resumed.\n", encoding="utf-8")
    [rej] = read([p])
    assert rej.reason == "missing-text" and "body" in rej.detail


def test_tsv(tmp_path: Path) -> None:
    p = tmp_path / "a.tsv"
    p.write_text(f"id\ttext\nt1\t{STORY}\n", encoding="utf-8")
    [doc] = read([p])
    assert (doc.doc_id, doc.text) == ("t1", STORY)


# -- directories -------------------------------------------------------------------------------

def test_directory_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Story z about Kenya.", encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("Story y about Kenya.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Story c about Kenya.", encoding="utf-8")
    (tmp_path / "B.txt").write_text("Story B about Kenya.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "Thumbs.db").write_bytes(b"\x00\x01")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = read([tmp_path])
    origins = [Path(i.origin).relative_to(tmp_path).as_posix() for i in items]
    assert origins == ["B.txt", "a/y.txt", "b/z.txt", "c.txt", "notes.pdf"]
    assert items[-1].reason == "unsupported"
    assert read([tmp_path]) == items  # stable


def test_examples_directory() -> None:
    items = read([EXAMPLES])
    bad = rejections(items)
    assert [(Path(r.origin).name, r.reason) for r in bad] == [("corrupt.txt", "not-utf8")]
    assert len(docs(items)) >= 9
    assert len({d.doc_id for d in docs(items)}) == len(docs(items))


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    it = read_inputs([str(tmp_path)], options=IngestOptions())
    assert inspect.isgenerator(it)
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")  # listed when the directory is reached
    assert [d.text for d in it] == [STORY, OTHER]


def test_missing_path(tmp_path: Path) -> None:
    [rej] = read([tmp_path / "nope.txt"])
    assert rej.reason == "unreadable"


# -- stdin -------------------------------------------------------------------------------------

def stdin(text: str, **options) -> list[Document | Rejection]:
    return list(read_inputs(["-"], options=IngestOptions(stdin=io.StringIO(text), **options)))


def test_stdin_plain_text() -> None:
    [doc] = stdin(f"\n  {STORY}\n\n{OTHER}\n", published="2023-01-02")
    assert doc.text == f"{STORY}\n\n{OTHER}"
    assert (doc.origin, doc.published) == ("-", "2023-01-02")


def test_stdin_jsonl() -> None:
    lines = "\n" + json.dumps({"id": "s1", "text": STORY}) + "\nnot json\n" + json.dumps({"text": OTHER}) + "\n"
    items = stdin(lines)
    assert [(i.origin, getattr(i, "reason", "ok")) for i in items] == [
        ("-:2", "ok"), ("-:3", "malformed-json"), ("-:4", "ok")]
    assert items[0].doc_id == "s1"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("  \n\n ", "empty"),
    ("By Jane Doe\n\nAdvertisement\n", "empty"),
    ("Talks\x00 resumed.", "binary"),
    ("Talks resumed. " * 20, "too-large"),
])
def test_stdin_rejections(text: str, reason: str) -> None:
    [rej] = stdin(text, max_bytes=100)
    assert (rej.origin, rej.reason) == ("-", reason)


# -- whole-file rejections ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t \n", "empty"),
    ("boiler.txt", b"By Jane Doe\n\nRead more: elsewhere\n\n\xc2\xa9 2022 Example Wire\n", "empty"),
    ("nul.txt", b"Talks resumed.\x00\x00\x01\x02", "binary"),
    ("nul.jsonl", b'{"text": "a"}\x00\x00\n', "binary"),
    ("nul.html", b"<html>\x00\x00</html>", "binary"),
    ("latin.txt", "Talks in Bogotá resumed.".encode("latin-1"), "not-utf8"),
    ("utf16.txt", "Talks resumed.".encode("utf-16"), "not-utf8"),
    ("big.txt", b"Talks resumed. " * 100, "too-large"),
    ("big.html", b"<p>Talks resumed.</p>" * 100, "too-large"),
    ("empty.jsonl", b"\n\n", "empty"),
    ("empty.csv", b"", "empty"),
])
def test_file_rejections(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    [rej] = read([p], max_bytes=1000)
    assert isinstance(rej, Rejection)
    assert (rej.origin, rej.reason) == (str(p), reason)
    assert rej.detail.startswith("[E1")


def test_corrupt_example_is_not_utf8() -> None:
    [rej] = read([EXAMPLES / "bad" / "corrupt.txt"])
    assert rej.reason == "not-utf8" and "offset" in rej.detail


def test_unsupported_only_inside_directories(tmp_path: Path) -> None:
    p = tmp_path / "table.xlsx"
    p.write_bytes(b"PK\x03\x04 zip bytes")
    assert [r.reason for r in read([tmp_path])] == ["unsupported"]


# -- options and dates -------------------------------------------------------------------------

def test_options_validate() -> None:
    assert IngestOptions(published="Feb 16, 2022").published == "2022-02-16"
    with pytest.raises(FlashpointError, match="E003"):
        IngestOptions(published="someday")
    with pytest.raises(FlashpointError, match="E113"):
        IngestOptions(max_bytes=0)


@pytest.mark.parametrize(("body", "expected"), [
    (f'<div class="page has-sidebar"><p>{STORY}</p></div><div class="sidebar"><p>Most read</p></div>', STORY),
    (f'<div class="share-tools"><p>Share</p></div><div id="story"><p>{STORY}</p><p>{OTHER}</p></div>',
     f"{STORY}\n\n{OTHER}"),
    (f'<div class="ad-slot">Buy now</div><article><div>{STORY}</div><div>{OTHER}</div></article>',
     f"{STORY}\n\n{OTHER}"),
    (f"<div>{STORY}<br>{OTHER}</div>", f"{STORY}\n\n{OTHER}"),
    (f'<div class="nav-wrapper"><main><p>{STORY}</p></main></div>', STORY),
    (f"<article><ul><li><p>{STORY}</p></li></ul><figure><figcaption>Photo</figcaption></figure></article>", STORY),
    (f"<table><tr><td><article><p>{STORY}</p><p>{OTHER}</p></article></td></tr></table>", f"{STORY}\n\n{OTHER}"),
])
def test_builtin_html_extractor(body: str, expected: str) -> None:
    tree = html_module._parse(f"<html><body>{body}</body></html>")
    assert html_module.builtin_text(tree) == expected


def test_every_reason_is_in_the_catalogue() -> None:
    from flashpoint.errors import Errors
    from flashpoint.ingest import REASONS

    messages = [v for k, v in vars(Errors).items() if k.startswith("E1")]
    for reason in REASONS:
        assert any(m.startswith(f"{reason}:") for m in messages), reason


@pytest.mark.parametrize(("data", "expected"), [
    (STORY.encode(), ["ok"]),
    (b"Talks in Bogot\xe1 resumed.", ["not-utf8"]),
    (json.dumps({"text": STORY}).encode() + b'\n{"text": "caf\xe9"}\n' + json.dumps({"text": OTHER}).encode(),
     ["ok", "not-utf8", "ok"]),
])
def test_real_stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(read_inputs(["-"], options=IngestOptions()))
    assert [getattr(i, "reason", "ok") for i in items] == expected


def test_html_falls_back_when_trafilatura_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(html, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(html_module, "trafilatura", SimpleNamespace(bare_extraction=broken))
    p = tmp_path / "p.html"
    p.write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    [doc] = read([p])
    assert doc.text == STORY


# -- what used to break (issue 10) -------------------------------------------------------------

def test_stdin_jsonl_after_a_byte_order_mark() -> None:
    lines = "\ufeff" + json.dumps({"id": "s1", "text": STORY, "published": "2022-02-16"}) + "\nnot json\n"
    items = stdin(lines)
    assert [(i.origin, getattr(i, "reason", "ok"), i.doc_id) for i in items] == [
        ("-:1", "ok", "s1"), ("-:2", "malformed-json", None)]
    assert items[0].published == "2022-02-16"


def test_real_stdin_jsonl_after_a_byte_order_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\xef\xbb\xbf" + json.dumps({"id": "s1", "text": STORY}).encode() + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    [doc] = read_inputs(["-"], options=IngestOptions())
    assert (doc.doc_id, doc.origin) == ("s1", "-:1")


def test_folder_with_symlink_loop_broken_link_and_fifo(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")          # a link to itself
    (tmp_path / "up").symlink_to(tmp_path)                     # a link to the folder above
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    items = read([tmp_path])
    got = [(Path(i.origin).name, getattr(i, "reason", "ok")) for i in items]
    assert got == [("a.txt", "ok"), ("gone.txt", "unreadable"), ("loop", "unreadable"),
                   ("pipe.txt", "unsupported"), ("up", "unreadable")]
    details = {Path(i.origin).name: i.detail for i in rejections(items)}
    assert "broken symbolic link" in details["gone.txt"]
    assert "loop" in details["loop"] and "loop" in details["up"]
    assert "named pipe" in details["pipe.txt"] and details["pipe.txt"].startswith("[E114]")


def test_symlinked_folder_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(STORY, encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real)
    [doc] = read([top])
    assert doc.origin == str(top / "linked" / "a.txt")


def test_explicit_symlink_loop_and_broken_link(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    loop, gone = read([tmp_path / "loop", tmp_path / "gone"])
    assert (loop.reason, gone.reason) == ("unreadable", "unreadable")
    assert "loop" in loop.detail and "broken symbolic link" in gone.detail


@pytest.mark.parametrize(("suffix", "payload", "expected"), [
    (".txt", STORY.encode(), [("ok", STORY)]),
    (".jsonl", (json.dumps({"id": "p1", "text": STORY}) + "\n").encode(), [("ok", STORY)]),
    (".csv", f'id,text\np1,"{STORY}"\n'.encode(), [("ok", STORY)]),
    (".html", f"<html><body><p>{STORY}</p></body></html>".encode(), [("ok", STORY)]),
])
def test_a_named_pipe_given_as_input_is_read(tmp_path: Path, suffix: str, payload: bytes, expected) -> None:
    """What a shell's process substitution gives: flashpoint code <(zcat wire.jsonl.gz)."""
    import os
    import threading

    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as fh:
            fh.write(payload)

    writer = threading.Thread(target=feed)
    writer.start()
    items = read([fifo])
    writer.join(timeout=10)
    assert [(getattr(i, "reason", "ok"), getattr(i, "text", None)) for i in items] == expected
    assert items[0].origin.startswith(str(fifo))


def test_files_to_skip_are_not_read(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text('{"event_id": "x"}\n', encoding="utf-8")
    info = os.stat(out)
    items = read([tmp_path], skip=frozenset({(info.st_dev, info.st_ino)}))
    assert [Path(i.origin).name for i in items] == ["a.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_without_a_mark_is_not_utf8_not_binary(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(STORY.encode(encoding))
    [rej] = read([p])
    assert rej.reason == "not-utf8"
    assert encoding.upper() in rej.detail and "convert it to UTF-8" in rej.detail


def test_binary_with_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(bytes(range(256)) * 4)
    [rej] = read([p])
    assert rej.reason == "binary"


def test_blank_text_field_is_empty_not_missing(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"id": "e", "text": ""}, {"id": "m"})
    empty, missing = read([p])
    assert (empty.reason, empty.detail) == ("empty", "[E115] empty: the 'text' field is blank")
    assert (missing.reason, missing.detail.split("]")[0]) == ("missing-text", "[E107")


def test_a_huge_token_is_text_not_empty(tmp_path: Path) -> None:
    p = tmp_path / "token.txt"
    p.write_text("x" * 200_000, encoding="utf-8")
    [doc] = read([p])
    assert isinstance(doc, Document) and len(doc.text) == 200_000


@pytest.mark.parametrize("value", ["yesterday", "2022-13-45", 99999, "3000-01-01", {"y": 2022}])
def test_bad_publication_dates_are_said(tmp_path: Path, value) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"id": "d1", "text": STORY, "published": value})
    notices = []
    [doc] = read([p], notices=notices.append)
    assert doc.published is None
    [notice] = notices
    assert (notice.origin, notice.reason, notice.doc_id) == (f"{p}:1", "bad-date", "d1")
    assert notice.detail.startswith("[E116] bad-date") and "dated null" in notice.detail
    notices.clear()
    [doc] = read([p], notices=notices.append, published="2022-02-16")
    assert doc.published == "2022-02-16" and "--published (2022-02-16)" in notices[0].detail
    [rej] = read([p], strict_dates=True)
    assert (rej.reason, rej.doc_id) == ("bad-date", "d1") and rej.detail.startswith("[E110]")


def test_bad_dates_are_logged_without_a_receiver(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"text": STORY, "published": "soon"})
    with caplog.at_level("WARNING", logger="flashpoint.ingest.readers"):
        [doc] = read([p])
    assert "bad-date" in caplog.text and isinstance(doc, Document)


def test_blank_or_absent_dates_are_no_notice(tmp_path: Path) -> None:
    p = jsonl(tmp_path / "a.jsonl", {"text": STORY, "published": "  "}, {"text": OTHER, "published": None})
    notices = []
    assert len(docs(read([p], notices=notices.append))) == 2 and notices == []


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "s\\ud800", "text": "Talks \\udc00resumed in Kyiv.", "title": "T\\udfff"}\n',
                 encoding="utf-8")
    [doc] = read([p])
    assert doc.text == "Talks \ufffdresumed in Kyiv." and doc.title == "T\ufffd" and doc.doc_id == "s\ufffd"
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # writable


def test_an_endless_line_is_too_large_without_holding_it(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "huge", "text": "' + "a" * 3_000_000 + '"}\n')
        fh.write(json.dumps({"id": "next", "text": STORY}) + "\n")
    big, nxt = read([p], max_bytes=100)
    assert big.reason == "too-large" and "3000" in big.detail.replace(",", "")
    assert nxt.doc_id == "next"


@pytest.mark.parametrize(("name", "data"), [
    ("bom.jsonl", b"\xef\xbb\xbf"),
    ("bom.txt", b"\xef\xbb\xbf\n \n"),
    ("nbsp.jsonl", "\u00a0\n\u3000\n".encode()),
    ("header.csv", b"id,text\n"),
    ("blank-rows.csv", b"id,text\n,\n\n"),
])
def test_a_file_with_no_record_is_empty_not_lost(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    [rej] = read([p])
    assert (rej.origin, rej.reason) == (str(p), "empty")


def test_a_text_stream_with_lone_surrogates(tmp_path: Path) -> None:
    """What a caller's own stream may hold (never what bytes decode to): read, not a crash."""
    [doc] = stdin(f"{STORY} \ud800 end.")
    assert isinstance(doc, Document) and "\ufffd" in doc.text
    items = stdin(json.dumps({"text": STORY})[:-1] + ', "title": "\ud800"}\n')
    assert [getattr(i, "reason", "ok") for i in items] == ["ok"]


@pytest.mark.parametrize("junk", ["\x1d", "\x00", "\x08", "\ud800", "\uffff"])
def test_control_characters_next_to_layout_do_not_break_the_html_extractor(junk: str, monkeypatch) -> None:
    """lxml refused to put such text back when the built-in extractor dropped a <nav> beside it."""
    page = f"<html><body><article>A{junk}<nav>menu</nav>y<p>{STORY}</p></article></body></html>"
    assert STORY in html_module.builtin_text(html_module._parse(page))
    monkeypatch.setattr(html_module, "_trafilatura_text", lambda html: None)
    assert STORY in html_module.extract_html(page).text
