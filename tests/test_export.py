"""``flashpoint export``: every format written from a store and read back (Parquet with pyarrow and
DuckDB, CSV, JSON Lines against the event schema, GDELT against its header table, PLOVER, GeoJSON)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from analysis_rows import event_row, new_store
from flashpoint.analysis.clusters import cluster_new_events
from flashpoint.analysis.exports import FORMATS
from flashpoint.analysis.exports.flat import EXPORT_COLUMNS
from flashpoint.analysis.exports.gdelt import global_event_id
from flashpoint.analysis.exports.tables import countries, gdelt_columns
from flashpoint.cli import main
from flashpoint.columns import FLAT_COLUMNS, flatten
from flashpoint.ontology import PLOVER_TYPES
from flashpoint.resources.datafiles import data_path, read_csv
from flashpoint.schema import validate_event
from flashpoint.store import Store

KHARKIV = dict(place="Kharkiv", lat=49.99, lon=36.23, admin1="Kharkiv Oblast", location_geonameid=706483)


def _events() -> list[dict]:
    return [
        event_row(doc="a1", date="2023-04-11", **KHARKIV, quantities=[{"kind": "killed", "value": 12, "approx": False,
                                                                        "text": "12"}]),
        event_row(doc="a2", date="2023-04-11", outlet="Paper", **KHARKIV, confidence=0.9),
        event_row(doc="b1", source="UKRMIL", target="RUS", cameo="190", date="2023-05-02", place=None),
        event_row(doc="c1", source="KENCVL", target="KENGOV", cameo="141", date="2024-07-02", place="Kenya",
                  place_country="KEN", precision="country", lat=0.5, lon=37.9, location_geonameid=192950),
        event_row(doc="s1", source="USAGOV", target="RUS", cameo="010", date="2023-04-12", place=None),
        event_row(doc="f1", source="RUSMIL", target="UKR", cameo="194", date="2023-04-20", status="future"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = new_store(tmp_path_factory.mktemp("export") / "e.duckdb", _events())
    with Store.open(path) as store:
        cluster_new_events(store)
    return path


def _export(db: Path, fmt: str, out: Path, *extra: str) -> Path:
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out), "-q", *extra]) == 0
    return out


def _stored(db: Path) -> list[dict]:
    with Store.open(db, read_only=True) as store:
        return store.events_arrow().to_pylist()  # factual ones: the export's default too


def test_parquet_partitioned_by_year_and_month_read_back_by_pyarrow_and_duckdb(db, tmp_path):
    out = _export(db, "parquet", tmp_path / "pq")
    parts = sorted(str(p.relative_to(out).parent) for p in out.rglob("*.parquet"))
    assert parts == ["year=2023/month=4", "year=2023/month=5", "year=2024/month=7"]
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 5 and set(EXPORT_COLUMNS) <= set(table.column_names)
    stored = {r["event_id"]: r for r in _stored(db)}
    for row in table.to_pylist():
        assert {k: row[k] for k in EXPORT_COLUMNS} == {k: stored[row["event_id"]][k] for k in EXPORT_COLUMNS}
        assert (row["year"], row["month"]) == (int(row["date"][:4]), int(row["date"][5:7]))
    con = duckdb.connect()
    rows = con.execute("SELECT year, month, count(*) FROM read_parquet(?, hive_partitioning = true) "
                       "GROUP BY ALL ORDER BY ALL", [str(out / "**" / "*.parquet")]).fetchall()
    assert rows == [(2023, 4, 3), (2023, 5, 1), (2024, 7, 1)]


def test_parquet_needs_a_new_directory(db, tmp_path, capsys):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "full")]) == 2
    assert "[E745]" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["notes.txt"]
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "[E743]" in capsys.readouterr().err


def test_csv_has_the_flat_columns_and_the_cluster(db, tmp_path):
    out = _export(db, "csv", tmp_path / "e.csv")
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == EXPORT_COLUMNS
        assert EXPORT_COLUMNS[:len(FLAT_COLUMNS)] == FLAT_COLUMNS and {"cluster_id", "dup_of"} <= set(EXPORT_COLUMNS)
        rows = list(reader)
    assert len(rows) == 5 and all(r["cluster_id"] for r in rows)
    assert len({r["cluster_id"] for r in rows if r["doc_id"] in ("a1", "a2")}) == 1


def test_jsonl_records_are_valid_event_records(db, tmp_path):
    out = _export(db, "jsonl", tmp_path / "e.jsonl")
    stored = {r["event_id"]: r for r in _stored(db)}
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        record = json.loads(line)
        validate_event(record)
        assert flatten(record) == {k: stored[record["event_id"]][k] for k in FLAT_COLUMNS}


def _gdelt_table(path: Path) -> list[dict[str, str]]:
    names = gdelt_columns()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        assert len(cells) == 61
        rows.append(dict(zip(names, cells)))
    return rows


def test_gdelt_one_row_per_happening_with_its_counts_and_fips_geography(db, tmp_path):
    rows = _gdelt_table(_export(db, "gdelt", tmp_path / "e.tsv"))
    assert len(rows) == 4  # the two Kharkiv reports are one happening
    kharkiv = next(r for r in rows if r["ActionGeo_FullName"].startswith("Kharkiv"))
    assert kharkiv["SQLDATE"] == "20230411" and kharkiv["MonthYear"] == "202304" and kharkiv["Year"] == "2023"
    assert kharkiv["FractionDate"] == "2023.2740"
    assert (kharkiv["Actor1Code"], kharkiv["Actor1CountryCode"], kharkiv["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (kharkiv["Actor2Code"], kharkiv["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (kharkiv["EventCode"], kharkiv["EventBaseCode"], kharkiv["EventRootCode"]) == ("194", "194", "19")
    assert (kharkiv["QuadClass"], kharkiv["GoldsteinScale"]) == ("4", "-10.0")
    assert (kharkiv["NumMentions"], kharkiv["NumSources"], kharkiv["NumArticles"]) == ("2", "2", "2")
    assert kharkiv["ActionGeo_Type"] == "4" and kharkiv["ActionGeo_CountryCode"] == "UP"  # FIPS, not ISO
    assert kharkiv["ActionGeo_FullName"] == "Kharkiv, Kharkiv Oblast, Ukraine"
    assert (float(kharkiv["ActionGeo_Lat"]), float(kharkiv["ActionGeo_Long"])) == (49.99, 36.23)
    assert kharkiv["ActionGeo_FeatureID"] == "706483" and kharkiv["SOURCEURL"] == "https://x.example/a2"
    assert kharkiv["AvgTone"] == "" and kharkiv["Actor1Geo_Type"] == "0"
    assert re.fullmatch(r"\d{14}", kharkiv["DATEADDED"])
    kenya = next(r for r in rows if r["Actor1Code"] == "KENCVL")
    assert (kenya["ActionGeo_Type"], kenya["ActionGeo_CountryCode"], kenya["ActionGeo_FeatureID"]) == ("1", "KE", "KE")
    ids = [int(r["GLOBALEVENTID"]) for r in rows]
    assert len(set(ids)) == 4 and all(0 < i < 2 ** 63 for i in ids)
    assert global_event_id("abc") == global_event_id("abc")


def test_our_gdelt_header_follows_the_published_field_list(shared_dir):
    """The GDELT 2.0 field list as ../shared/ontology/PLOVER.md gives it, expanded, is our table."""
    text = (shared_dir / "ontology" / "PLOVER.md").read_text(encoding="utf-8")
    block = text[text.index("61 tab-separated fields"):]
    head = re.search(r"no header: (.*?); for Actor1", block, re.S).group(1)
    actor = re.search(r"for Actor1\s+and\s+Actor2: (.*?); (IsRootEvent.*?); three geo", block, re.S)
    geo = re.search(r"each\s+with (.*?); (DATEADDED.*?)\.", block, re.S)

    def names(part: str) -> list[str]:
        return [re.sub(r"\s*\(.*?\)", "", n).strip() for n in re.split(r",\s*(?![^()]*\))", part)]

    geo_fields = [re.sub(r"^(\w+).*$", r"\1", n) for n in names(geo.group(1))]
    expected = (names(head)
                + [f"Actor{i}{n}" for i in (1, 2) for n in names(actor.group(1))]
                + names(actor.group(2))
                + [f"{g}_{n}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for n in geo_fields]
                + names(geo.group(2)))
    assert tuple(expected) == gdelt_columns()


def test_plover_json(db, tmp_path):
    out = _export(db, "plover", tmp_path / "e.plover.jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4  # the statement (CAMEO 010) has no PLOVER type
    for r in records:
        assert r["event"] in PLOVER_TYPES and isinstance(r["context"], list)
        assert {"id", "date", "event", "mode", "context", "actor", "recipient"} <= set(r)
    protest = next(r for r in records if r["event"] == "PROTEST")
    assert protest["actor"] == {"code": "KENCVL", "country": "KEN", "sectors": ["CVL"], "organisation": None,
                                "name": None, "text": "KENCVL"}
    assert protest["recipient"]["code"] == "KENGOV" and protest["location"]["placename"] == "Kenya"


def test_geojson_has_the_located_events(db, tmp_path):
    out = _export(db, "geojson", tmp_path / "e.geojson")
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == 3  # the two Kharkiv reports and Kenya; b1 and s1 have no place
    first = body["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.23, 49.99]}
    assert first["properties"]["cluster_id"] and first["properties"]["sentence"]


def test_filters_and_stdout(db, capsys):
    assert main(["export", "--db", str(db), "--format", "csv", "--dyad", "UKR", "RUS", "--directed", "-q"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["doc_id"] for r in rows] == ["b1"]
    assert main(["export", "--db", str(db), "--format", "jsonl", "--status", "all", "--from", "2023-04-15",
                 "--to", "2023-04-30"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["doc_id"] for line in captured.out.splitlines()] == ["f1"]
    assert "exported 1 event(s)" in captured.err


@pytest.mark.parametrize("argv, code", [
    (["--format", "csv", "--country", "QQQ"], "E709"),
    (["--format", "gdelt", "--from", "2024-01-01", "--to", "2023-01-01"], "E708"),
    (["--format", "csv", "--cameo", "999"], "E709"),
    (["--format", "csv", "--status", "rumoured"], "E709"),
])
def test_bad_input_is_a_numbered_message(db, argv, code, capsys):
    assert main(["export", "--db", str(db)] + argv) == 2
    assert f"[{code}]" in capsys.readouterr().err


def test_every_format_is_tested():
    assert set(FORMATS) == {"parquet", "csv", "jsonl", "gdelt", "plover", "geojson"}


def test_the_fips_table_covers_every_country_of_the_knowledge_base():
    kb = {row["iso3"] for row in read_csv(data_path("countries.csv"), required=("iso3",))}
    table = countries()
    assert kb <= set(table)
    assert (table["UKR"].fips, table["DEU"].fips, table["GBR"].fips, table["SRB"].fips) == ("UP", "GM", "UK", "RI")
    fips = [c.fips for c in table.values() if c.fips]
    assert len(fips) == len(set(fips))


@pytest.mark.parametrize("text, reason", [
    ("iso3,fips,name\nUKR,UP,Ukraine\nDEU,GM,Germany\n", "sorted by iso3"),
    ("iso3,fips,name\nUkr,UP,Ukraine\n", "three capital letters"),
    ("iso3,fips,name\nUKR,UPX,Ukraine\n", "two capital letters"),
])
def test_a_bad_fips_row_is_reported_with_its_line(tmp_path, monkeypatch, text, reason):
    from flashpoint.analysis.exports import tables
    from flashpoint.errors import DataFileError

    bad = tmp_path / "fips.csv"
    bad.write_text(text, encoding="utf-8")
    monkeypatch.setattr(tables, "data_path", lambda name: bad)
    tables.countries.cache_clear()
    try:
        with pytest.raises(DataFileError, match=rf"fips.csv:\d+: .*{reason}"):
            tables.countries()
    finally:
        tables.countries.cache_clear()


def test_a_gdelt_table_out_of_order_is_refused(tmp_path, monkeypatch):
    from flashpoint.analysis.exports import tables
    from flashpoint.errors import DataFileError

    bad = tmp_path / "gdelt.csv"
    bad.write_text("position,name,type,description\n1,GLOBALEVENTID,integer,x\n3,SQLDATE,integer,y\n",
                   encoding="utf-8")
    monkeypatch.setattr(tables, "data_path", lambda name: bad)
    tables.gdelt_columns.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"gdelt.csv:3: position '3': expected 2"):
            tables.gdelt_columns()
    finally:
        tables.gdelt_columns.cache_clear()


def test_an_actor_with_no_code_keeps_its_words_in_plover_and_gdelt():
    """A target that is no known actor ("rejected the scheme") or police of no known country are
    kept by their words with null codes, not dropped; an event with no target has none."""
    from flashpoint.analysis.exports.gdelt import gdelt_row
    from flashpoint.analysis.exports.plover import plover_record

    row = {"event_id": "e1", "num_mentions": 1, "num_sources": 1, "num_articles": 1, "source_code": "AUSGOV", "source_country": "AUS", "source_sectors": "GOV",
           "source_text": "The Government", "target_code": None, "target_country": None,
           "target_sectors": None, "target_text": "the scheme"}
    record = plover_record(row)
    assert record["recipient"] == {"code": None, "country": None, "sectors": [], "organisation": None,
                                   "name": None, "text": "the scheme"}
    assert "THE SCHEME" in gdelt_row(row)
    bare = dict(row, target_text=None)
    assert plover_record(bare)["recipient"] is None
    assert "THE SCHEME" not in gdelt_row(bare)
