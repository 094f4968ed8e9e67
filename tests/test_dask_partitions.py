"""Partitions of the Dask runner: read back in order they give exactly what ``read_inputs`` gives,
whatever the partition size; keys follow the content; a worker that reads other bytes says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.ingest import IngestOptions, read_inputs
from flashpoint.run.partitions import InputChanged, plan_partitions, read_partition

ARTICLE = "Russia warned Ukraine on Tuesday of a swift response to any attack near Kharkiv, officials said."


def _tree(root: Path) -> Path:
    """A folder with every kind of input the partitioner cuts or keeps whole, good and bad."""
    import gzip

    from test_ingest_sources import write_warc

    (root / "sub").mkdir(parents=True)
    write_warc(root / "crawl.warc", gzip_it=False)
    write_warc(root / "crawl.warc.gz", gzip_it=True)
    whole = (root / "crawl.warc").read_bytes()
    (root / "sub" / "cut.warc").write_bytes(whole[:whole.rindex(b"northern part")])  # ends with E724
    packed = (root / "crawl.warc.gz").read_bytes()
    (root / "sub" / "cut.warc.gz").write_bytes(packed[:len(packed) * 2 // 3])
    (root / "wire.jsonl.gz").write_bytes(gzip.compress(b"".join(
        json.dumps({"id": f"g{i}", "text": ARTICLE}).encode() + b"\n" for i in range(3))))
    lines = []
    for i in range(1, 12):
        if i == 4:
            lines.append("")                      # a blank line: skipped, numbering goes on
        if i == 6:
            lines.append("{not json")             # a malformed line: a rejection with its line
        lines.append(json.dumps({"id": f"j{i}", "text": f"{ARTICLE} Item {i}.", "published": "2022-02-16"}))
    (root / "a.jsonl").write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    rows = ["id,text,published"] + [f'c{i},"{ARTICLE}\nSecond line {i}.",2022-02-1{i % 9}' for i in range(1, 9)]
    rows.insert(4, "")
    (root / "b.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "c.tsv").write_text("text\tid\n" + "".join(f"{ARTICLE} {i}\tt{i}\n" for i in range(5)), encoding="utf-8")
    (root / "broken.csv").write_text('id,text\n1,"open quote\n2,fine\n3,"also fine"\n', encoding="utf-8")
    (root / "notext.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    (root / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (root / "binary.jsonl").write_bytes(b'{"text": "a\x00b"}\n')
    (root / "sub" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "two.txt").write_text(ARTICLE + " Again.", encoding="utf-8")
    (root / "sub" / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    (root / "sub" / "notes.docx").write_text("x", encoding="utf-8")
    (root / "sub" / "page.html").write_text(f"<html><head><title>T</title></head><body><article><p>{ARTICLE}</p>"
                                            f"</article></body></html>", encoding="utf-8")
    return root


def _rows(items) -> list[tuple]:
    return [(type(i).__name__, i.to_dict()) for i in items]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 100])
def test_partitions_read_back_as_read_inputs(tmp_path, size):
    root = _tree(tmp_path / "in")
    paths = [str(root), str(root / "sub" / "one.txt"), str(tmp_path / "missing.txt")]
    options = IngestOptions(published="2022-02-01")
    expected = _rows(read_inputs(paths, options=options))
    partitions = list(plan_partitions(paths, options=options, size=size))
    got = _rows(item for p in partitions for item in read_partition(p, options=options))
    assert got == expected
    # one key per distinct partition (sub/one.txt, named twice, is the same partition when alone)
    assert len({p.key for p in partitions}) == len({tuple(x.digest for x in p.pieces) for p in partitions})
    if size <= 3:  # the JSONL and CSV files are cut into ranges, not read whole
        ranged = {piece.path for p in partitions for piece in p.pieces if piece.end is not None}
        assert {str(root / "a.jsonl"), str(root / "b.csv"), str(root / "c.tsv"), str(root / "crawl.warc"),
                str(root / "crawl.warc.gz")} <= ranged
        assert str(root / "broken.csv") not in ranged  # its reader's recovery needs the whole file
        assert all(p.records <= size for p in partitions if len(p.pieces) > 1)


def test_a_range_keeps_the_line_numbers_of_the_file(tmp_path):
    root = _tree(tmp_path / "in")
    options = IngestOptions()
    partitions = list(plan_partitions([str(root / "b.csv")], options=options, size=2))
    assert len(partitions) == 4
    origins = [i.origin for i in read_partition(partitions[2], options=options)]
    assert origins == [f"{root / 'b.csv'}:{n}" for n in (11, 13)]  # two lines a row, a blank line 8


def test_documents_first_then_inputs(tmp_path):
    from flashpoint.records import Document

    root = _tree(tmp_path / "in")
    stored = [Document(doc_id=f"s{i}", text=ARTICLE, origin="store") for i in range(3)]
    options = IngestOptions()
    partitions = list(plan_partitions([str(root / "sub")], options=options, size=2, documents=stored))
    items = [i for p in partitions for i in read_partition(p, options=options)]
    assert [i.doc_id for i in items[:3]] == ["s0", "s1", "s2"]
    assert _rows(items[3:]) == _rows(read_inputs([str(root / "sub")], options=options))


def test_keys_follow_content_and_run(tmp_path):
    root = _tree(tmp_path / "in")
    options = IngestOptions()

    def keys(salt=""):
        return [p.key for p in plan_partitions([str(root)], options=options, size=4, salt=salt)]

    first = keys()
    assert keys() == first                      # the same input: the same parts
    assert keys(salt="another model") != first  # another run fingerprint: other parts
    (root / "sub" / "two.txt").write_text(ARTICLE + " Changed.", encoding="utf-8")
    changed = keys()
    assert changed != first and len(set(changed) & set(first)) >= 1  # only the changed partition moves


def test_a_worker_reading_other_bytes_says_so(tmp_path):
    root = _tree(tmp_path / "in")
    options = IngestOptions()
    partitions = list(plan_partitions([str(root / "a.jsonl")], options=options, size=3))
    (root / "a.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputChanged, match="other content"):
        list(read_partition(partitions[1], options=options))
    (root / "a.jsonl").unlink()
    with pytest.raises(InputChanged, match="not found"):
        list(read_partition(partitions[0], options=options))


def test_standard_input_is_read_on_the_client(tmp_path):
    import io

    text = "\n".join(json.dumps({"id": str(i), "text": ARTICLE}) for i in range(5)) + "\n"
    options = IngestOptions(stdin=io.StringIO(text))
    partitions = list(plan_partitions(["-"], options=options, size=2))
    assert [len(p.pieces[0].items) for p in partitions] == [2, 2, 1]
    again = IngestOptions(stdin=io.StringIO(text))
    assert _rows(i for p in partitions for i in read_partition(p, options=options)) == \
        _rows(read_inputs(["-"], options=again))


def test_a_worker_in_another_folder_reads_relative_inputs(tmp_path, monkeypatch):
    """Origins keep the path as given; the worker reads the file by its absolute path."""
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    options = IngestOptions()
    paths = ["in/sub", "in/a.jsonl"]
    expected = _rows(read_inputs(paths, options=options))
    partitions = list(plan_partitions(paths, options=options, size=3))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert _rows(i for p in partitions for i in read_partition(p, options=options)) == expected
    assert all(not r[1]["origin"].startswith("/") for r in expected)
