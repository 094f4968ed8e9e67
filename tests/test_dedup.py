"""Near-duplicate articles: shingles and signatures, which original a copy has, grouping in the
store across batches and runs, an older store upgraded and indexed, and the story set's pairs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flashpoint.ingest.dedup import (BANDS, NUM_PERM, THRESHOLD, BatchIndex, Candidate, Signature,
                                     original_of, shingles, signature)
from flashpoint.pipeline import DocResult
from flashpoint.records import Document
from flashpoint.store import STORE_VERSION, EventFilter, Ingest, Store
from flashpoint.store.schema import MIGRATIONS

STORIES = Path(__file__).resolve().parent / "stories"
SRC = Path(__file__).resolve().parents[1] / "src"

ORIGINAL = """KHARKIV, Ukraine, March 3 (Example Wire) - Russian forces shelled residential districts of Kharkiv on Tuesday, killing at least nine civilians and wounding 20 others, the regional governor said.

Shells hit a school and two apartment blocks in the eastern part of the city shortly after dawn, according to the governor, who said rescue teams were still searching the rubble.

"They are targeting homes again," the governor wrote on Telegram, adding that power had been cut to several districts.

Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and has been shelled repeatedly since the start of the war."""
# A republished copy: byline, another last paragraph, curly quotes, a credit line.
COPY = """By Example Wire staff

KHARKIV, Ukraine, March 3 (Example Wire) - Russian forces shelled residential districts of Kharkiv on Tuesday, killing at least nine civilians and wounding 20 others, the regional governor said.

Shells hit a school and two apartment blocks in the eastern part of the city shortly after dawn, according to the governor, who said rescue teams were still searching the rubble.

\u201cThey are targeting homes again,\u201d the governor wrote on Telegram, adding that power had been cut to several districts.

(c) 2022 Daily Harbour. Reporting by Example Wire."""
# Another outlet's own report of the same shelling: same facts, its own words.
OTHER_REPORT = """Nine civilians died when Russian artillery pounded Kharkiv early on Tuesday, local officials said, in one of the heaviest bombardments of the city this year.

A school building and two residential blocks were struck in the east of the city. The governor said about 20 people were injured and some were trapped under debris.

Electricity was cut in several neighbourhoods after the strikes."""


def test_shingles_fold_case_quotes_and_dashes():
    assert shingles("\u201cWe will \u2014 respond,\u201d he said") == shingles('"we WILL - respond," He said')
    assert shingles("one two three") == {"one two three"}
    assert shingles("") == set()
    assert len(shingles("a b c d e f g")) == 3


def test_signatures_estimate_jaccard_and_survive_storage():
    a, b = signature(ORIGINAL), signature(COPY)
    assert a.values.shape == (NUM_PERM,) and len(a.band_keys()) == BANDS
    exact = len(shingles(ORIGINAL) & shingles(COPY)) / len(shingles(ORIGINAL) | shingles(COPY))
    assert abs(a.similarity(b) - exact) < 0.12
    assert a.similarity(signature(OTHER_REPORT)) < 0.15 < THRESHOLD < a.similarity(b)
    again = Signature.from_bytes(a.to_bytes())
    assert again.similarity(a) == 1.0 and again.band_keys() == a.band_keys()


def test_signatures_are_the_same_in_another_process():
    """Stored signatures are compared with new ones: the hashing must not depend on the process."""
    code = ("import sys; from flashpoint.ingest.dedup import signature; "
            "sys.stdout.write(signature(sys.stdin.read()).to_bytes().hex())")
    proc = subprocess.run([sys.executable, "-c", code], input=ORIGINAL, capture_output=True, text=True,
                          env={"PYTHONPATH": str(SRC), "PYTHONHASHSEED": "123", "PATH": ""}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == signature(ORIGINAL).to_bytes().hex()


def test_the_original_is_the_most_similar_candidates_group():
    sig = signature(ORIGINAL)
    copy = Candidate(doc_id="c1", dup_of="o1", signature=signature(COPY))
    other = Candidate(doc_id="r2", dup_of=None, signature=signature(OTHER_REPORT))
    assert original_of(sig, [other, copy]) == "o1"  # a copy's group is its original's
    assert original_of(sig, [other]) is None
    assert original_of(sig, []) is None
    assert original_of(sig, [Candidate(doc_id="same", dup_of=None, signature=sig), copy]) == "same"
    index = BatchIndex()
    index.add(copy, copy.signature.band_keys())
    assert [c.doc_id for c in index.candidates(sig.band_keys())] == ["c1"]
    assert index.candidates(signature(OTHER_REPORT).band_keys()) == []


def store_documents(store: Store, docs: list[Document], *, batch_size: int = 32) -> Ingest:
    """Through the store's real write path, without coding (grouping does not use the events)."""
    ingest = Ingest(store, coder={"version": "test", "data_hash": "test"}, batch_size=batch_size)
    ingest.start(command="test")
    for doc in ingest.pending(docs):
        ingest.add(DocResult(document=doc, events=[]))
    ingest.finish()
    return ingest


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, text=text, published="2022-03-03", origin=f"test:{doc_id}")


def test_a_copy_is_linked_to_its_original_in_one_batch_and_across_runs(tmp_path):
    with Store.open(tmp_path / "dups.duckdb") as store:
        run = store_documents(store, [doc("orig", ORIGINAL), doc("other", OTHER_REPORT), doc("copy", COPY)])
        assert run.totals.copies == 1
        assert store.document("copy")["dup_of"] == "orig"
        assert store.document("orig")["dup_of"] is None and store.document("other")["dup_of"] is None
        assert [d["doc_id"] for d in store.near_duplicates("copy")] == ["orig", "copy"]
        assert [d["doc_id"] for d in store.near_duplicates("other")] == ["other"]
        later = store_documents(store, [doc("copy2", COPY.replace("nine", "9")), doc("copy", COPY)])
        assert later.totals.copies == 1 and later.totals.unchanged == 1
        assert store.document("copy2")["dup_of"] == "orig"
        assert store.runs()[-1]["copies"] == 1


def test_the_events_of_a_copy_are_marked(tmp_path, pipeline):
    with Store.open(tmp_path / "events.duckdb") as store:
        ingest = Ingest(store, coder=pipeline.coder_info, batch_size=8)
        ingest.start()
        for result in pipeline.code_documents(ingest.pending([doc("orig", ORIGINAL), doc("copy", COPY)])):
            ingest.add(result)
        ingest.finish()
        every = EventFilter(status="all")
        copies = [r for r in store.events_arrow(every).to_pylist() if r["doc_id"] == "copy"]
        assert copies and all(r["dup_of"] == "orig" for r in copies)
        assert store.count_events(EventFilter(status="all", include_copies=False)) == \
            store.count_events(EventFilter(status="all", doc_id="orig"))


def test_an_older_store_is_upgraded_and_its_documents_indexed(tmp_path):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    MIGRATIONS[0](con)  # a store as version 1 built it
    con.execute("INSERT INTO schema_version VALUES (1, now(), '0.1.0')")
    con.execute("INSERT INTO runs (run_id, command, started, finished, status, code_version) "
                "VALUES (1, 'ingest', now(), now(), 'finished', '0.1.0')")
    for i, (doc_id, text) in enumerate([("orig", ORIGINAL), ("other", OTHER_REPORT), ("copy", COPY)]):
        con.execute("INSERT INTO documents VALUES (?, ?, NULL, NULL, NULL, '2022-03-03', ?, 'h', 0, '0.1.0', 'd', 1, "
                    "now() + to_seconds(?))", [doc_id, f"old:{doc_id}", text, i])
    con.close()
    with pytest.raises(Exception, match=r"^\[E704\]"):
        Store.open(path, read_only=True)
    with Store.open(path) as store:
        assert store.schema_version() == STORE_VERSION
        versions = [r[0] for r in store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
        assert versions == list(range(1, STORE_VERSION + 1))
        assert store.document("copy")["dup_of"] is None  # not indexed until a run starts
        run = Ingest(store, coder={"version": "0.1.0", "data_hash": "d"})
        run.start()
        run.finish()
        assert store.document("copy")["dup_of"] == "orig"
        assert store.unindexed() == []


def _stories() -> tuple[list[Document], dict[str, str]]:
    docs, gold = [], {}
    for name in ("reports.jsonl", "dupes.jsonl"):
        for line in (STORIES / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            docs.append(Document(doc_id=r["id"], text=r["text"], published=r["published"], outlet=r["outlet"],
                                 origin=f"{name}:{r['id']}"))
            gold[r["id"]] = r.get("copy_of") or r["id"]
    return docs, gold


def test_the_story_set_copies_are_grouped_and_reports_kept_apart(tmp_path):
    """The gate on tests/stories (bench/dedup.py gives the figures): every copy with its original,
    no two outlets' reports of one happening together."""
    docs, gold = _stories()
    with Store.open(tmp_path / "stories.duckdb") as store:
        store_documents(store, list(reversed(docs)), batch_size=16)  # copies before their originals
        predicted = {d["doc_id"]: d["dup_of"] or d["doc_id"] for d in store.documents(limit=1000)}

    def groups(mapping: dict[str, str]) -> set[frozenset[str]]:
        out: dict[str, set[str]] = {}
        for doc_id, group in mapping.items():
            out.setdefault(group, set()).add(doc_id)
        return {frozenset(g) for g in out.values()}

    assert groups(predicted) == groups(gold)
