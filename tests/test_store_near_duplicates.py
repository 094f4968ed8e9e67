"""Near-duplicate grouping through the store's write path (``store/loading.py``): the groups do not
depend on how the documents are cut into transactions or runs, and a run finds its own documents
in memory, asking the store only for what it held before the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.pipeline import DocResult
from flashpoint.records import Document
from flashpoint.store import Ingest, Store

STORIES = Path(__file__).resolve().parent / "stories"


def _stories() -> list[Document]:
    docs = []
    for name in ("reports.jsonl", "dupes.jsonl"):
        for line in (STORIES / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            docs.append(Document(doc_id=r["id"], text=r["text"], published=r["published"], outlet=r["outlet"],
                                 origin=f"{name}:{r['id']}"))
    return docs


def _store(store: Store, docs: list[Document], *, batch_size: int) -> Ingest:
    run = Ingest(store, coder={"version": "test", "data_hash": "test"}, batch_size=batch_size)
    run.start(command="test")
    for doc in run.pending(docs):
        run.add(DocResult(document=doc, events=[]))
    run.finish()
    return run


def _groups(store: Store) -> dict[str, str | None]:
    rows = store.con.execute("SELECT doc_id, dup_of FROM documents ORDER BY doc_id").fetchall()
    bands = store.con.execute("SELECT count(*) FROM doc_bands").fetchall()[0][0]
    assert bands == len(rows) * 42
    return dict(rows)


@pytest.mark.parametrize("order", ["file", "reversed"])
def test_the_groups_do_not_depend_on_transactions_or_runs(tmp_path, order):
    docs = _stories() if order == "file" else list(reversed(_stories()))
    found = []
    for batch_size in (3, 64, 1000):
        with Store.open(tmp_path / f"{order}-{batch_size}.duckdb") as store:
            run = _store(store, docs, batch_size=batch_size)
            found.append((run.totals.copies, _groups(store)))
    with Store.open(tmp_path / f"{order}-two-runs.duckdb") as store:  # the same documents in two runs
        half = len(docs) // 2
        copies = _store(store, docs[:half], batch_size=7).totals.copies
        copies += _store(store, docs[half:], batch_size=7).totals.copies
        found.append((copies, _groups(store)))
    assert found[0][0] >= 40  # the story set's copies (49 of them, bench/dedup.py)
    assert all(f == found[0] for f in found)


def test_a_run_asks_the_store_only_for_what_it_held_before(tmp_path, monkeypatch):
    docs = _stories()
    asked = []
    original = Store.near_duplicate_candidates

    def counting(self, band_keys):
        asked.append(len(band_keys))
        return original(self, band_keys)

    monkeypatch.setattr(Store, "near_duplicate_candidates", counting)
    with Store.open(tmp_path / "s.duckdb") as store:
        first = _store(store, docs[:100], batch_size=8)
        assert asked == []  # a new store: the run's own documents are in memory
        assert first.totals.stored == 100
        second = _store(store, docs[100:], batch_size=8)
        assert asked and sum(asked) == len(docs) - 100  # a store that held documents: asked per batch
        assert first.totals.copies + second.totals.copies >= 40
