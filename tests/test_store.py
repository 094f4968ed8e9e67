"""The Store in this process: schema and refusals, ingest and idempotence, recode, the read API.

Stores are built from code in tmp_path (never a committed binary); articles are written here.
"""

from __future__ import annotations

import json
import threading
from itertools import chain
from pathlib import Path

import duckdb
import pytest

from flashpoint.cli import main
from flashpoint.columns import FLAT_COLUMNS
from flashpoint.errors import FlashpointError
from flashpoint.records import Document, Rejection
from flashpoint.run import run_local
from flashpoint.store import STORE_VERSION, EventFilter, Ingest, Store
from flashpoint.store import store as store_module
from flashpoint.store.reading import decode_cursor, encode_cursor
from flashpoint.store.schema import MIGRATIONS, STORE_EVENT_COLUMNS, tables_of_version

ARTICLES = [
    ("a1", "2022-02-16", "Russia warned Ukraine on Tuesday of a swift response. Ukrainian troops attacked "
                         "Russian forces near Kharkiv, killing at least 12 soldiers, officials said."),
    ("a2", "2022-03-01", "Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky in "
                         "Kyiv on Monday. Blinken urged Russia to withdraw its troops."),
    ("a3", "2023-05-10", "Police arrested dozens of protesters in Nairobi on Wednesday. Kenya's government "
                         "accused the opposition of inciting violence."),
    ("a4", "2023-07-04", "China and India held talks in Beijing on Monday about their disputed border."),
    ("a5", "2021-11-20", "Israeli aircraft struck targets in Gaza on Friday, the army said. Hamas fired "
                         "rockets at southern Israel."),
    ("a6", "2024-01-15", "France imposed sanctions on Iran on Monday. Iran condemned the decision."),
]


def documents(articles=ARTICLES) -> list[Document]:
    return [Document(doc_id=doc_id, text=text, published=published, origin=f"test:{doc_id}")
            for doc_id, published, text in articles]


def ingest(store: Store, items, pipeline, *, recode: bool = False, batch_size: int = 2,
           coder: dict[str, str] | None = None) -> Ingest:
    run = Ingest(store, coder=coder or pipeline.coder_info, batch_size=batch_size, recode=recode)
    run.start(inputs=["test"])
    todo = chain(run.stale_documents() if recode else (), run.pending(items))
    for result in run_local(todo, options=pipeline.options.replace(batch_size=batch_size), pipeline=pipeline):
        run.add(result)
    run.finish()
    return run


@pytest.fixture(scope="module")
def filled(tmp_path_factory, pipeline) -> Path:
    """A store with the articles above and one rejection, built once for the read tests."""
    path = tmp_path_factory.mktemp("store") / "filled.duckdb"
    with Store.open(path) as store:
        ingest(store, documents() + [Rejection(origin="test:broken", reason="not-utf8", detail="[E103] bad bytes")], pipeline)
    return path


@pytest.fixture()
def store(filled):
    with Store.open(filled, read_only=True) as s:
        yield s


# -- schema -------------------------------------------------------------------------------------------


def test_a_new_store_has_every_table_and_the_current_version(tmp_path):
    with Store.open(tmp_path / "new.duckdb") as store:
        assert store.schema_version() == STORE_VERSION == len(MIGRATIONS)
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert tables == tables_of_version(STORE_VERSION)
        columns = [r[0] for r in store.con.execute("DESCRIBE events").fetchall()]
        assert columns == list(FLAT_COLUMNS) + [c.name for c in STORE_EVENT_COLUMNS]
        assert store.counts() == {"documents": 0, "events": 0, "factual_events": 0, "rejections": 0,
                                  "clusters": 0, "runs": 0}


def test_the_tables_written_down_for_each_version_are_those_its_steps_build():
    from flashpoint.store.schema import built_tables_of_version, tables_of_step

    assert len(tables_of_step()) == len(MIGRATIONS)
    for version in range(1, STORE_VERSION + 1):
        assert tables_of_version(version) == built_tables_of_version(version), version


def _stored_columns(store: Store) -> list[str]:
    return [r[0] for r in store.con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' AND database_name = current_database()").fetchall()]


def test_the_events_table_follows_the_field_spec(tmp_path, filled):
    """A column the spec has and the store lacks (a store made before it) is added on a writable
    open; opened read-only (a server), the store is left as it is and read with nulls there."""
    import shutil

    from flashpoint.store.api_queries import ApiReader

    path = tmp_path / "old.duckdb"
    shutil.copy(filled, path)
    con = duckdb.connect(str(path))
    con.execute('ALTER TABLE events DROP COLUMN "evidence_why"')
    con.close()
    with Store.open(path, read_only=True) as store:
        assert "evidence_why" not in _stored_columns(store)
        page = store.events(sort="confidence", descending=True, limit=3)
        assert len(page.rows) == 3 and all(r["evidence_why"] is None for r in page.rows)
        for reader in (store.reader(), ApiReader.on(store)):  # readers on cursors of their own
            assert reader.count_events(EventFilter(status="all")) == store.counts()["events"]
            assert reader.events(EventFilter(actor="RUS"), limit=1).rows[0]["evidence_why"] is None
        assert store.events_arrow(columns=["evidence_why"]).column(0).null_count == store.count_events()
    with Store.open(path) as store:
        assert "evidence_why" in _stored_columns(store)


def _error(code: str, call) -> str:
    with pytest.raises(FlashpointError) as info:
        call()
    assert str(info.value).startswith(f"[{code}]"), str(info.value)
    return str(info.value)


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    text = tmp_path / "notes.duckdb"
    text.write_text("my notes, not a database\n", encoding="utf-8")
    _error("E702", lambda: Store.open(text))
    assert text.read_text(encoding="utf-8") == "my notes, not a database\n"
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    message = _error("E702", lambda: Store.open(other))
    assert "sales" in message
    con = duckdb.connect(str(other), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()] == ["sales"]
    con.close()


def test_an_empty_database_opened_read_only_is_not_a_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    _error("E702", lambda: Store.open(path, read_only=True))


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, now(), '99.0')", [STORE_VERSION + 1])
    con.close()
    message = _error("E703", lambda: Store.open(path))
    assert f"schema version {STORE_VERSION + 1}" in message
    _error("E703", lambda: Store.open(path, read_only=True))


def test_read_only_needs_an_existing_store_and_refuses_writes(tmp_path, filled):
    _error("E718", lambda: Store.open(tmp_path / "absent.duckdb", read_only=True))
    assert not (tmp_path / "absent.duckdb").exists()
    with Store.open(filled, read_only=True) as store:
        _error("E707", lambda: store.start_run(command="ingest"))


def test_a_directory_is_not_a_store_path(tmp_path):
    _error("E706", lambda: Store.open(tmp_path))


# -- ingest ---------------------------------------------------------------------------------------------


def test_every_input_is_stored_or_rejected(store):
    counts = store.counts()
    assert counts["documents"] == len(ARTICLES)
    assert counts["rejections"] == 1 and counts["runs"] == 1
    run = store.runs()[0]
    assert run["status"] == "finished" and run["finished"] is not None
    assert run["read"] == len(ARTICLES) + 1 == run["stored"] + run["unchanged"] + run["rejected"]
    assert run["events"] == counts["events"] > len(ARTICLES)
    assert run["code_version"] and run["data_hash"]
    [rejection] = store.rejections()
    assert rejection["origin"] == "test:broken" and rejection["reason"] == "not-utf8"
    stored_events = sum(store.document(d.doc_id)["events"] for d in documents())
    assert stored_events == counts["events"]


def test_the_same_input_twice_adds_nothing(tmp_path, pipeline):
    path = tmp_path / "twice.duckdb"
    items = documents()[:3] + [Rejection(origin="test:broken", reason="not-utf8", detail="[E103] bad bytes")]
    with Store.open(path) as store:
        first = ingest(store, items, pipeline)
        before = store.counts()
        events = store.events_arrow(EventFilter(status="all")).to_pylist()
        second = ingest(store, items, pipeline)
        assert second.totals.stored == 0 and second.totals.events == 0
        assert second.totals.unchanged == 3 and second.totals.rejected == 1
        after = store.counts()
        assert after == {**before, "runs": 2}
        assert store.events_arrow(EventFilter(status="all")).to_pylist() == events
        assert first.totals.read == second.totals.read == 4


def test_a_repeated_document_in_one_run_is_stored_once(tmp_path, pipeline):
    doc = documents()[0]
    with Store.open(tmp_path / "rep.duckdb") as store:
        run = ingest(store, [doc, doc, doc], pipeline)
        assert (run.totals.stored, run.totals.unchanged) == (1, 2)
        assert store.counts()["documents"] == 1


def test_an_id_used_for_another_text_is_a_conflict_not_an_update(tmp_path, pipeline):
    original = documents()[0]
    other = Document(doc_id=original.doc_id, text=ARTICLES[3][2], published="2023-07-04", origin="test:other")
    with Store.open(tmp_path / "conflict.duckdb") as store:
        ingest(store, [original], pipeline)
        run = ingest(store, [other], pipeline)
        assert run.totals.rejected == 1
        [rejection] = store.rejections()
        assert rejection["reason"] == "id-conflict" and rejection["doc_id"] == original.doc_id
        assert "[E712]" in rejection["detail"]
        assert store.document(original.doc_id)["text"] == original.text
        run = ingest(store, [original, other], pipeline)  # in one run, too
        assert (run.totals.unchanged, run.totals.rejected) == (1, 1)


def test_recode_replaces_what_another_version_stored(tmp_path, pipeline):
    old = {"version": "0.0.1", "data_hash": "old"}
    with Store.open(tmp_path / "recode.duckdb") as store:
        ingest(store, documents(), pipeline, coder=old)
        events = sorted(r["event_id"] for r in store.events_arrow(EventFilter(status="all")).to_pylist())
        skipped = ingest(store, documents(), pipeline)
        assert skipped.stale == len(ARTICLES) and skipped.totals.unchanged == len(ARTICLES)
        assert skipped.count_stale() == len(ARTICLES)
        recoded = ingest(store, [], pipeline, recode=True)
        assert recoded.totals.recoded == len(ARTICLES) and recoded.totals.stored == 0
        assert recoded.count_stale() == 0
        after = sorted(r["event_id"] for r in store.events_arrow(EventFilter(status="all")).to_pylist())
        assert after == events  # the same code gives the same events, and none twice
        doc = store.document("a1")
        assert doc["code_version"] == pipeline.coder_info["version"]
        # the daily counts followed the recoded events: the same as built from the events whole
        from flashpoint.store import daily
        cells = (f"SELECT kind, key, day, quad_class, sum(happenings), sum(events), "
                 f"round(sum(happenings_goldstein), 6), round(sum(events_goldstein), 6) FROM {daily.TABLE} "
                 "GROUP BY ALL HAVING sum(happenings) <> 0 OR sum(events) <> 0 ORDER BY ALL")
        kept = store.con.execute(cells).fetchall()
        with store.transaction() as con:
            daily.rebuild(con)
        assert kept and store.con.execute(cells).fetchall() == kept
        assert ingest(store, documents(), pipeline, recode=True).totals.unchanged == len(ARTICLES)


def test_a_rejected_input_that_is_fixed_loses_its_rejection(tmp_path, pipeline):
    doc = documents()[0]
    with Store.open(tmp_path / "fixed.duckdb") as store:
        ingest(store, [Rejection(origin=doc.origin, reason="not-utf8", detail="[E103] bad bytes")], pipeline)
        assert store.counts()["rejections"] == 1
        ingest(store, [doc], pipeline)
        assert store.counts()["rejections"] == 0 and store.counts()["documents"] == 1


# -- the read API ---------------------------------------------------------------------------------------


def test_filters_select_the_matching_events(store):
    every = store.events_arrow(EventFilter(status="all")).to_pylist()
    factual = store.events_arrow().to_pylist()
    assert factual and all(r["status"] in ("asserted", "reported", "historical") and not r["negated"]
                           for r in factual)
    assert len(factual) == store.count_events() < len(every) or len(factual) == len(every)

    def check(f: EventFilter, keep) -> None:
        got = sorted(r["event_id"] for r in store.events_arrow(f).to_pylist())
        assert got == sorted(r["event_id"] for r in every if keep(r))
        assert store.count_events(f) == len(got)

    check(EventFilter(status="all", date_from="2022-01-01", date_to="2022-12-31"),
          lambda r: r["date"] is not None and "2022-01-01" <= r["date"] <= "2022-12-31")
    check(EventFilter(status="all", source="RUS"), lambda r: r["source_country"] == "RUS")
    check(EventFilter(status="all", actor="KEN"),
          lambda r: "KEN" in (r["source_country"], r["target_country"]))
    check(EventFilter(status="all", dyad=("USA", "RUS"), directed=True),
          lambda r: r["source_country"] == "USA" and r["target_country"] == "RUS")
    check(EventFilter(status="all", dyad=("IRN", "FRA")),
          lambda r: {r["source_country"], r["target_country"]} == {"IRN", "FRA"})
    check(EventFilter(status="all", cameo="19"), lambda r: r["cameo_root"] == "19")
    check(EventFilter(status="all", plover_type="ASSAULT"), lambda r: r["plover_type"] == "ASSAULT")
    check(EventFilter(status="all", quad_class=4), lambda r: r["quad_class"] == 4)
    check(EventFilter(status="reported"), lambda r: r["status"] == "reported")
    check(EventFilter(status="all", min_confidence=0.7), lambda r: r["confidence"] >= 0.7)
    check(EventFilter(status="all", text="KHARKIV"), lambda r: "kharkiv" in r["sentence"].lower())
    check(EventFilter(status="all", doc_id="a3"), lambda r: r["doc_id"] == "a3")
    check(EventFilter(status="all", bbox=(30, 40, 40, 55)),
          lambda r: r["location_lat"] is not None and 40 <= r["location_lat"] <= 55 and 30 <= r["location_lon"] <= 40)
    assert any(r["source_country"] == "RUS" for r in every) and any(r["cameo_root"] == "19" for r in every)


@pytest.mark.parametrize("sort,descending", [("date", False), ("confidence", True), ("confidence", False),
                                             ("goldstein", False), ("goldstein", True), ("event_id", False)])
def test_pages_cover_every_event_once_in_order(store, sort, descending):
    f = EventFilter(status="all")
    expected = store.events_arrow(f).to_pylist()
    seen, cursor = [], None
    for _ in range(100):
        page = store.events(f, sort=sort, descending=descending, limit=3, cursor=cursor)
        seen.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(r["event_id"] for r in seen) == sorted(r["event_id"] for r in expected)
    values = [r[sort] for r in seen]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    assert all(v is None for v in values[len(present):])  # nulls last


def test_one_event_one_document_and_its_text(store):
    row = store.events(EventFilter(doc_id="a1", status="all"), limit=1).rows[0]
    assert store.event(row["event_id"]) == row
    assert store.event("no-such-event") is None
    doc = store.document("a1")
    assert doc["text"][row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
    assert "text" not in store.document("a1", text=False)
    assert store.document("nope") is None
    assert [d["doc_id"] for d in store.documents(limit=2)] == ["a1", "a2"]
    assert [d["doc_id"] for d in store.documents(limit=2, after="a2")] == ["a3", "a4"]


def test_readers_have_their_own_cursors(store):
    results: list[int] = []

    def read() -> None:
        reader = store.reader()
        results.append(reader.count_events(EventFilter(status="all")))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [store.count_events(EventFilter(status="all"))] * 4


@pytest.mark.parametrize("kwargs,code", [
    ({"date_from": "2022-03-01", "date_to": "2022-02-01"}, "E708"),
    ({"date_from": "2022-13-01"}, "E710"),
    ({"source": "XYZ"}, "E709"),
    ({"dyad": ("RUS", "QQQ")}, "E709"),
    ({"actor": "rus mil"}, "E709"),
    ({"cameo": "999"}, "E709"),
    ({"plover_type": "DANCE"}, "E709"),
    ({"quad_class": 5}, "E709"),
    ({"status": "rumoured"}, "E709"),
    ({"min_confidence": 1.5}, "E710"),
    ({"bbox": (10, 50, 20, 40)}, "E710"),
])
def test_bad_filters_are_numbered_errors(kwargs, code):
    _error(code, lambda: EventFilter(**kwargs))


def test_good_filter_values_are_normalised():
    f = EventFilter(source="rus", dyad=("usa", "RUSGOV"), plover_type="assault", date_from="2022-02-01")
    assert (f.source, f.dyad, f.plover_type) == ("RUS", ("USA", "RUSGOV"), "ASSAULT")
    assert EventFilter(actor="NATO").actor == "NATO"


def test_bad_pages_are_numbered_errors(store):
    _error("E709", lambda: store.events(sort="price"))
    _error("E709", lambda: store.events(columns=["password"]))
    _error("E710", lambda: store.events(limit=0))
    _error("E711", lambda: store.events(cursor="%%%"))
    other = encode_cursor(sort="confidence", descending=True, value=0.5, event_id="x")
    _error("E711", lambda: store.events(sort="date", cursor=other))
    assert decode_cursor(other, sort="confidence", descending=True) == (0.5, "x")


# -- the command --------------------------------------------------------------------------------------


def test_cli_ingest_twice(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.jsonl").write_text("".join(
        json.dumps({"id": doc_id, "text": text, "published": published}) + "\n"
        for doc_id, published, text in ARTICLES[:3]) + "{broken\n", encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 1  # the broken line is rejected
    err = capsys.readouterr().err
    assert "4 input(s) read, 3 stored" in err and "1 rejected" in err
    assert main(["ingest", str(inputs), "--db", str(db)]) == 1
    assert "0 stored, 0 recoded, 3 already stored, 1 rejected" in capsys.readouterr().err
    with Store.open(db, read_only=True) as store:
        assert store.counts()["documents"] == 3 and store.counts()["rejections"] == 1
        assert [r["origin"] for r in store.rejections()] == [f"{inputs / 'wire.jsonl'}:4"]


def test_cli_ingest_usage_errors(tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "[E717]" in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()
    # an existing store and no input: opened for writing (upgraded when older: E704's advice), nothing else
    Store.open(tmp_path / "y.duckdb").close()
    assert main(["ingest", "--db", str(tmp_path / "y.duckdb")]) == 0
    assert "nothing to ingest" in capsys.readouterr().err
    notes = tmp_path / "notes.txt"
    notes.write_text("not a store", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES[0][2], encoding="utf-8")
    assert main(["ingest", str(article), "--db", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "[E702]" in err and "Traceback" not in err
    assert notes.read_text(encoding="utf-8") == "not a store"
    assert main(["ingest", str(article), "--db", str(tmp_path / "z.duckdb"), "--commit-every", "0"]) == 2
    assert "[E008]" in capsys.readouterr().err
    assert not (tmp_path / "z.duckdb").exists()


# -- Parquet parts ------------------------------------------------------------------------------------


def _events_part(path: Path, pipeline, docs: list[Document]) -> int:
    """A part as a runner writes it: the flat rows of the events of ``docs`` (output.ParquetWriter)."""
    from flashpoint.output import ParquetWriter

    writer = ParquetWriter(path)
    n = 0
    for result in pipeline.code_documents(docs):
        for event in result.events:
            writer.write(event.to_dict())
            n += 1
    writer.close()
    return n


def test_a_parquet_part_loaded_twice_is_stored_once(tmp_path, pipeline):
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = tmp_path / "part-0000.parquet"
    rows = _events_part(part, pipeline, documents()[:4])
    docs_part = tmp_path / "part-0000.documents.parquet"
    pq.write_table(pa.table({"doc_id": [d.doc_id for d in documents()[:4]], "text": [d.text for d in documents()[:4]],
                             "published": [d.published for d in documents()[:4]]}), docs_part)
    with Store.open(tmp_path / "parts.duckdb") as store:
        run = Ingest(store, coder=pipeline.coder_info)
        run.start(command="load-parts")
        assert run.load_parts([str(docs_part), str(part)]) == {"documents": 4, "events": rows}
        assert run.load_parts([str(part), str(docs_part)]) == {"documents": 4, "events": rows}
        run.finish()
        assert store.counts()["events"] == rows and store.counts()["documents"] == 4
        doc = store.document("a1")
        assert doc["events"] == store.count_events(EventFilter(status="all", doc_id="a1")) > 0
        assert doc["text_hash"] == store_module.document_hash(doc["text"])
        assert store.unindexed() == []  # the new documents got their signatures
        # A part written again with fewer events for a document replaces its events.
        table = pq.read_table(part)
        fewer = table.filter(pa.compute.not_equal(table["doc_id"], "a1"))
        pq.write_table(fewer, part)
        run = Ingest(store, coder=pipeline.coder_info)
        run.start(command="load-parts")
        run.load_parts([str(part)])
        run.finish()
        assert store.count_events(EventFilter(status="all")) == fewer.num_rows + \
            store.count_events(EventFilter(status="all", doc_id="a1"))


def test_a_bad_part_is_refused_whole(tmp_path, pipeline):
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = tmp_path / "good.parquet"
    _events_part(part, pipeline, documents()[:2])
    table = pq.read_table(part)
    pq.write_table(pa.concat_tables([table, table]), tmp_path / "twice.parquet")
    pq.write_table(table.append_column("secret", pa.array(["x"] * table.num_rows)), tmp_path / "extra.parquet")
    pq.write_table(pa.table({"x": [1]}), tmp_path / "other.parquet")
    (tmp_path / "text.parquet").write_text("not parquet", encoding="utf-8")
    with Store.open(tmp_path / "bad.duckdb") as store:
        run_id = store.start_run(command="load-parts")
        for name in ("twice", "extra", "other", "text"):
            _error("E714", lambda: store.load_parquet_part(tmp_path / f"{name}.parquet", run_id=run_id))
        assert store.counts()["events"] == 0 and store.counts()["documents"] == 0


def test_the_readme_store_example_runs(filled, tmp_path, monkeypatch, capsys):
    import re
    import shutil

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"\*\*Reading the store from Python\*\*.*?```python\n(.*?)```", readme, re.S).group(1)
    shutil.copy(filled, tmp_path / "flashpoint.duckdb")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "UKR" in printed and "RUS" in printed


def test_cli_recode_without_inputs(tmp_path, pipeline, capsys):
    db = tmp_path / "recode.duckdb"
    with Store.open(db) as store:
        ingest(store, documents()[:3], pipeline, coder={"version": "0.0.1", "data_hash": "old"})
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": d.doc_id, "text": d.text, "published": d.published}) + "\n"
                              for d in documents()[:3]), encoding="utf-8")
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "3 already stored" in err and "[E716] 3 stored document(s)" in err
    assert main(["ingest", "--recode", "--db", str(db)]) == 0
    assert "0 input(s) read, 0 stored, 3 recoded" in capsys.readouterr().err
    with Store.open(db, read_only=True) as store:
        assert {store.document(d.doc_id)["code_version"] for d in documents()[:3]} == {pipeline.coder_info["version"]}


@pytest.mark.slow
def test_cli_ingest_with_worker_processes_stores_what_one_process_does(tmp_path, capsys):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": d.doc_id, "text": d.text, "published": d.published}) + "\n"
                              for d in documents()), encoding="utf-8")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert main(["ingest", str(inputs), "--db", str(one), "--batch-size", "2"]) == 0
    assert main(["ingest", str(inputs), "--db", str(two), "--batch-size", "2", "--workers", "2"]) == 0
    with Store.open(one, read_only=True) as a, Store.open(two, read_only=True) as b:
        columns = ["event_id", "doc_id", "cameo", "source_code", "target_code", "status", "date"]
        assert a.events_arrow(EventFilter(status="all"), columns=columns).to_pylist() == \
            b.events_arrow(EventFilter(status="all"), columns=columns).to_pylist()
        assert json.loads(b.runs()[-1]["options"])["workers"] == 2


def test_ingest_the_examples_from_an_empty_folder(tmp_path, monkeypatch, capsys):
    examples = Path(__file__).resolve().parents[1] / "examples"
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(examples)]) == 1  # examples/bad holds a broken file
    assert (tmp_path / "flashpoint.duckdb").exists()
    with Store.open("flashpoint.duckdb", read_only=True) as store:
        counts = store.counts()
        assert counts["documents"] >= 5 and counts["events"] > 0 and counts["rejections"] == 1
    assert "store flashpoint.duckdb (run 1)" in capsys.readouterr().err
