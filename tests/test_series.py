"""``flashpoint series``: counts per period for a dyad or a country, clusters or events, normalised by
documents; CSV, JSON and PNG out; bad input as numbered messages (exit 2)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analysis_rows import event_row, new_store
from flashpoint.analysis.clusters import cluster_new_events
from flashpoint.analysis.series import SeriesQuery, build_series, periods
from flashpoint.cli import main
from flashpoint.errors import FlashpointError
from flashpoint.store import EventFilter, Store

KHARKIV = dict(place="Kharkiv", lat=49.99, lon=36.23)


def _events() -> list[dict]:
    """Week of 2023-04-10: one shelling told by three outlets (one a copy), a Ukrainian strike on
    Belgorod, and a protest in Moscow (another dyad). Week of 2023-04-24: two shellings. Nothing in
    the week between."""
    return [
        event_row(doc="a1", date="2023-04-11", **KHARKIV),
        event_row(doc="a2", date="2023-04-11", published="2023-04-12", **KHARKIV),
        event_row(doc="a2-copy", date="2023-04-11", published="2023-04-12", **KHARKIV),
        event_row(doc="b1", source="UKRMIL", target="RUS", cameo="190", date="2023-04-13", place="Belgorod",
                  place_country="RUS", lat=50.6, lon=36.6),
        event_row(doc="m1", source="RUSCVL", target="RUSGOV", cameo="141", date="2023-04-12", place="Moscow",
                  place_country="RUS", lat=55.75, lon=37.6),
        event_row(doc="c1", date="2023-04-25", **KHARKIV),
        event_row(doc="c2", date="2023-04-27", cameo="112", place=None),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = new_store(tmp_path_factory.mktemp("series") / "s.duckdb", _events())
    with Store.open(path) as store:
        # what the de-duplication writes for a copy: its document and its events point to the original
        store.con.execute("UPDATE documents SET dup_of = 'a2' WHERE doc_id = 'a2-copy'")
        store.con.execute("UPDATE events SET dup_of = 'a2' WHERE doc_id = 'a2-copy'")
        cluster_new_events(store)
    return path


def _series(db: Path, **kw):
    options = {k: kw.pop(k) for k in ("period", "split", "unit") if k in kw}
    with Store.open(db, read_only=True) as store:
        return build_series(store, SeriesQuery(filter=EventFilter(**kw), **options)).rows


def test_a_dyad_by_week_counts_happenings_both_ways(db):
    rows = _series(db, dyad=("RUS", "UKR"), date_from="2023-04-10", date_to="2023-04-30")
    assert [(r.period, r.count) for r in rows] == [("2023-04-10", 2), ("2023-04-17", 0), ("2023-04-24", 2)]
    first = rows[0]
    assert first.goldstein_sum == -20.0 and first.goldstein_mean == -10.0
    assert rows[1].goldstein_mean is None and rows[1].goldstein_sum == 0.0
    # documents published that week, the copy not counted: a1, a2, b1, m1
    assert first.documents == 4 and first.per_100_documents == 50.0


def test_the_documents_of_a_period_are_counted_to_its_end(db):
    """Without a range the series ends with the period of the last happening: the documents of
    that whole period count (c1 on Tuesday, c2 on Thursday of the week of Monday 2023-04-24), not
    those up to its first day; a range given counts the documents within it, as the events."""
    rows = _series(db, dyad=("RUS", "UKR"))
    assert [(r.period, r.count, r.documents) for r in rows] == [
        ("2023-04-10", 2, 4), ("2023-04-17", 0, 0), ("2023-04-24", 2, 2)]
    assert rows[-1].per_100_documents == 100.0
    rows = _series(db, dyad=("RUS", "UKR"), period="month")
    assert [(r.period, r.documents) for r in rows] == [("2023-04-01", 6)]
    rows = _series(db, dyad=("RUS", "UKR"), date_from="2023-04-12", date_to="2023-04-26")
    assert [(r.period, r.documents) for r in rows] == [("2023-04-10", 3), ("2023-04-17", 0), ("2023-04-24", 1)]


def test_directed_and_events(db):
    directed = _series(db, dyad=("UKR", "RUS"), directed=True, date_from="2023-04-10", date_to="2023-04-16")
    assert [r.count for r in directed] == [1]
    events = _series(db, dyad=("RUS", "UKR"), unit="events", date_from="2023-04-10", date_to="2023-04-16")
    assert [r.count for r in events] == [3]  # a1, a2 and b1; the copy's event is left out


def test_a_country_by_day_split_by_quad_class(db):
    rows = _series(db, actor="RUS", period="day", split="quad_class", date_from="2023-04-11", date_to="2023-04-12")
    assert [(r.period, r.group, r.count) for r in rows] == [
        ("2023-04-11", "4", 1), ("2023-04-12", "4", 1)]  # the protest, QuadClass 4; no verbal conflict yet
    rows = _series(db, actor="RUS", period="month", split="quad_class")
    assert {(r.group, r.count) for r in rows} == {("3", 1), ("4", 4)}


def test_month_periods_and_weeks_start_on_monday():
    import datetime as dt
    assert [d.isoformat() for d in periods(dt.date(2023, 1, 31), dt.date(2023, 3, 1), "month")] == [
        "2023-01-01", "2023-02-01", "2023-03-01"]
    assert periods(dt.date(2023, 4, 13), dt.date(2023, 4, 13), "week") == [dt.date(2023, 4, 10)]


def test_cli_csv_json_and_plot(db, tmp_path, capsys):
    assert main(["series", "--db", str(db), "--dyad", "RUS", "UKR", "--from", "2023-04-10", "--to",
                 "2023-04-30"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["period"], r["count"]) for r in rows] == [("2023-04-10", "2"), ("2023-04-17", "0"), ("2023-04-24", "2")]
    assert list(rows[0]) == ["period", "count", "goldstein_sum", "goldstein_mean", "documents", "per_100_documents"]
    out, png = tmp_path / "s.json", tmp_path / "s.png"
    assert main(["series", "--db", str(db), "--country", "RUS", "--by", "month", "--split", "plover_type",
                 "--format", "json", "-o", str(out), "--plot", str(png)]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["query"]["country"] == "RUS" and body["query"]["period"] == "month"
    assert {(r["plover_type"], r["count"]) for r in body["rows"]} == {
        ("ASSAULT", 3), ("ACCUSE", 1), ("PROTEST", 1)}
    from PIL import Image

    with Image.open(png) as image:
        assert image.format == "PNG" and image.size[0] >= 1000


@pytest.mark.parametrize("argv, code", [
    (["--dyad", "RUS", "ZZZ"], "E709"),
    (["--country", "Russia"], "E709"),
    (["--dyad", "RUS", "UKR", "--from", "2023-05-01", "--to", "2023-04-01"], "E708"),
    (["--dyad", "RUS", "UKR", "--from", "yesterday"], "E710"),
    ([], "E740"),
    (["--country", "RUS", "--plot", "chart.jpg"], "E741"),
    (["--country", "RUS", "--plover", "FIGHTING"], "E709"),
])
def test_bad_input_is_a_numbered_message(db, argv, code, capsys):
    assert main(["series", "--db", str(db)] + argv) == 2
    assert f"[{code}]" in capsys.readouterr().err


def test_no_store_is_a_numbered_message(tmp_path, capsys):
    assert main(["series", "--db", str(tmp_path / "none.duckdb"), "--country", "RUS"]) == 2
    assert "[E718]" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


def test_a_query_needs_a_dyad_or_a_country():
    with pytest.raises(FlashpointError, match="E740"):
        SeriesQuery(filter=EventFilter(source="RUS"))
