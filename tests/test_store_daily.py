"""The daily counts (``store/daily.py``): kept with every change of the events, they give the very
rows the events give (``series_rows`` read both ways), for countries, dyads both ways and directed,
happenings and events, by QuadClass or not, with and without a date range; an older store gets
them by its migration; SQL run behind the Store's back sends the series back to the events."""

from __future__ import annotations

import random

import duckdb
import pytest

from analysis_rows import add_rows, event_row, new_store
from flashpoint.analysis.clusters import cluster_new_events
from flashpoint.store import EventFilter, Store
from flashpoint.store import daily
from flashpoint.store.schema import MIGRATIONS

COUNTRIES = ("RUS", "UKR", "BLR", "POL")
CODES = ("194", "190", "173", "145", "040", "112", "036")


def _random_events(rng: random.Random, n: int, *, prefix: str) -> list[dict]:
    rows = []
    for i in range(n):
        a, b = rng.choice(COUNTRIES), rng.choice(COUNTRIES + (None,))
        day = f"2023-04-{rng.randint(1, 20):02d}"
        place = rng.choice([None, dict(place="Kharkiv", place_country="UKR", lat=49.99, lon=36.23)])
        rows.append(event_row(
            doc=f"{prefix}{i // 2}", index=i % 2, source=a + rng.choice(["", "MIL", "GOV"]),
            target=None if b is None else b + rng.choice(["", "CVL"]), cameo=rng.choice(CODES), date=day,
            confidence=rng.choice([0.5, 0.7, 0.9]), status=rng.choice(["asserted", "asserted", "reported", "future"]),
            **(place or {"place": None})))
    return rows


QUERIES = [dict(actor="UKR"), dict(actor="RUS", date_from="2023-04-05", date_to="2023-04-12"),
           dict(dyad=("RUS", "UKR")), dict(dyad=("UKR", "RUS"), directed=True),
           dict(dyad=("BLR", "BLR"), date_from="2023-04-03"), dict(actor="POL", include_copies=False)]


def _both_ways(store: Store) -> None:
    """Every query gives the same rows from the daily counts and from the events."""
    assert daily.in_step(store.con)
    counted = 0
    for kw in QUERIES:
        for unit in ("clusters", "events"):
            for split in ("none", "quad_class"):
                for period in ("day", "week"):
                    f = EventFilter(**kw)
                    fast = store.series_rows(f, period=period, split=split, unit=unit)
                    store._daily_in_step = lambda: False  # the events, scanned
                    slow = store.series_rows(f, period=period, split=split, unit=unit)
                    del store._daily_in_step
                    assert _rounded(fast) == _rounded(slow), (kw, unit, split, period)
                    counted += sum(r["count"] for r in fast)
    assert counted > 100


def _rounded(rows: list[dict]) -> list[tuple]:
    return [(r["period"], r["grp"], r["count"], None if r["goldstein_sum"] is None else round(r["goldstein_sum"], 6),
             None if r["goldstein_mean"] is None else round(r["goldstein_mean"], 6)) for r in rows]


def test_the_counts_follow_every_change_of_the_events(tmp_path):
    rng = random.Random(3)
    path = new_store(tmp_path / "s.duckdb", _random_events(rng, 120, prefix="a"))
    with Store.open(path) as store:
        _both_ways(store)                    # inserted (bench and test rows)
        cluster_new_events(store)            # clustered: events join happenings
        assert store.con.execute("SELECT count(*) FROM clusters WHERE events > 1").fetchall()[0][0] > 3
        _both_ways(store)
        add_rows(store, _random_events(rng, 60, prefix="b"))
        cluster_new_events(store)            # a second day: stored clusters grow
        _both_ways(store)
        # near-duplicate copies marked (what the de-duplication's indexing writes)
        from flashpoint.ingest.dedup import signature
        from flashpoint.store.store import NearDuplicate
        near = {f"b{i}": NearDuplicate(dup_of=f"a{i}", signature=signature(f"text {i}"), band_keys=[])
                for i in range(5)}
        store.index_documents(near)
        _both_ways(store)
        store.clear_clusters()               # every cluster forgotten: built whole again
        _both_ways(store)
        cluster_new_events(store)
        _both_ways(store)


def test_an_older_store_gets_the_counts_by_its_migration(tmp_path):
    rows = _random_events(random.Random(5), 40, prefix="o")
    path = new_store(tmp_path / "s.duckdb", rows)
    with Store.open(path) as store:
        cluster_new_events(store)
        expected = store.series_rows(EventFilter(actor="UKR"), period="week", split="quad_class")
    con = duckdb.connect(str(path))  # back to version 2: no daily counts
    con.execute(f"DROP TABLE {daily.TABLE}")
    con.execute("DELETE FROM schema_version WHERE version = 3")
    con.close()
    with pytest.raises(Exception):
        Store.open(path, read_only=True)  # an older store is upgraded by a writable open only
    with Store.open(path) as store:
        assert store.schema_version() == len(MIGRATIONS) == 3
        assert daily.in_step(store.con)
        assert store.series_rows(EventFilter(actor="UKR"), period="week", split="quad_class") == expected
        _both_ways(store)


def test_sql_behind_the_stores_back_sends_series_to_the_events(tmp_path):
    rows = [event_row(doc="k1", date="2023-04-11"), event_row(doc="k2", date="2023-04-12")]
    path = new_store(tmp_path / "s.duckdb", rows)
    with Store.open(path) as store:
        assert daily.in_step(store.con)
        store.con.execute("DELETE FROM events WHERE doc_id = 'k2'")
        assert not daily.in_step(store.con)
        rows = store.series_rows(EventFilter(actor="UKR"), period="day")
    assert [(r["period"].isoformat(), r["count"]) for r in rows] == [("2023-04-11", 1)]


def test_a_range_keeps_the_happenings_that_began_in_it(tmp_path):
    """A happening reported on the 10th and the 11th begins on the 10th: a range from the 11th
    does not count it (both ways of reading)."""
    rows = [event_row(doc="k1", date="2023-04-10"), event_row(doc="k2", date="2023-04-11"),
            event_row(doc="z1", date="2023-04-11", place="Zaporizhzhia", lat=47.84, lon=35.14)]
    path = new_store(tmp_path / "s.duckdb", rows)
    with Store.open(path) as store:
        cluster_new_events(store)
        f = EventFilter(actor="UKR", date_from="2023-04-11")
        assert [r["count"] for r in store.series_rows(f, period="day")] == [1]
        store._daily_in_step = lambda: False
        assert [r["count"] for r in store.series_rows(f, period="day")] == [1]
        assert [r["count"] for r in store.series_rows(f, period="day", unit="events")] == [2]


def test_which_series_the_counts_give():
    assert daily.cell_of(EventFilter(actor="rus", date_from="2023-01-01"), unit="clusters") == ("actor", "RUS")
    assert daily.cell_of(EventFilter(dyad=("UKR", "RUS")), unit="events") == ("dyad", "RUS|UKR")
    assert daily.cell_of(EventFilter(dyad=("UKR", "RUS"), directed=True), unit="events") == ("directed", "UKR|RUS")
    assert daily.cell_of(EventFilter(actor="RUS", include_copies=False), unit="events") == ("actor", "RUS")
    for f in (EventFilter(actor="RUSMIL"), EventFilter(actor="RUS", cameo="19"), EventFilter(actor="RUS", status="all"),
              EventFilter(source="RUS"), EventFilter(actor="NATO"), EventFilter(actor="RUS", include_copies=False),
              EventFilter(actor="RUS", quad_class=4), EventFilter()):
        assert daily.cell_of(f, unit="clusters") is None
    with Store.open(":memory:") as store:  # by PLOVER type: from the events
        assert store.series_rows(EventFilter(actor="RUS"), period="week", split="plover_type") == []


def test_the_counts_of_new_events_from_python_are_those_of_the_sql():
    """``new_event_counts`` (what a batch of new documents appends) gives the rows the SQL of
    ``add_new_events`` gives: on events with organisations, both sides of one country, no target,
    other statuses, negations, no date, no Goldstein value, and copies."""
    import pyarrow as pa

    from flashpoint.columns import arrow_schema

    rng = random.Random(11)
    rows = []
    for i, row in enumerate(_random_events(rng, 300, prefix="n")):
        row["status"] = rng.choice(["asserted", "reported", "historical", "future", "denied"])
        row["negated"] = rng.random() < 0.1
        row["date"] = None if rng.random() < 0.05 else row["date"]
        row["goldstein"] = None if rng.random() < 0.1 else row["goldstein"]
        row["source_org"] = rng.choice([None, None, "NATO", "UNO"])
        row["target_org"] = rng.choice([None, None, "NATO", "EUR"])
        row["dup_of"] = rng.choice([None, None, f"n{i % 7}"])
        rows.append(row)
    schema = arrow_schema().append(pa.field("dup_of", pa.string()))
    con = duckdb.connect(":memory:")
    con.execute(daily.DDL)
    con.register("_events", pa.Table.from_pylist(rows, schema=schema))
    daily.add_new_events(con, "_events")
    by_sql = con.execute(f"SELECT * FROM {daily.TABLE}").fetchall()
    con.execute(f"DELETE FROM {daily.TABLE}")
    daily.append_counts(con, daily.new_event_counts(rows))
    by_python = con.execute(f"SELECT * FROM {daily.TABLE}").fetchall()

    def key(r):
        return tuple("" if v is None else str(round(v, 9)) if isinstance(v, float) else str(v) for v in r)

    assert len(by_sql) > 200 and {r[0] for r in by_sql} == {"all", "actor", "dyad", "directed"}
    assert sorted(map(key, by_python)) == sorted(map(key, by_sql))
    assert not daily.new_event_counts([])
