"""Output writers: JSONL keeps the record, CSV and Parquet flatten it to the same columns."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from flashpoint.errors import FlashpointError
from flashpoint.output import FLAT_COLUMNS, flatten, open_writer, write_all

from test_records import full_event, make_event


def test_flatten_has_every_column():
    row = flatten(make_event().to_dict())
    assert list(row) == list(FLAT_COLUMNS)
    assert row["source_country"] == "USA" and row["target_code"] == "RUS"
    assert row["trigger_start"] == 8 and row["status"] == "asserted"
    assert json.loads(row["quantities"])[0]["kind"] == "troops"


def test_jsonl_and_csv_strings():
    event = make_event().to_dict()
    lines = write_all([event, event], "jsonl").splitlines()
    assert len(lines) == 2 and json.loads(lines[0]) == event
    rows = list(csv.DictReader(io.StringIO(write_all([event], "csv"))))
    assert rows[0]["cameo"] == "130" and rows[0]["source_sectors"] == "GOV"


def test_parquet_file(tmp_path):
    path = tmp_path / "events.parquet"
    writer, stream = open_writer("parquet", str(path))
    writer.write(make_event().to_dict())
    writer.write(make_event(target=None, location=None).to_dict())
    writer.close()
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert table.column("goldstein").to_pylist() == [-4.4, -4.4]
    assert table.column("target_country").to_pylist() == ["RUS", None]


def test_parquet_with_no_events_still_writes_a_file(tmp_path):
    path = tmp_path / "empty.parquet"
    writer, _ = open_writer("parquet", str(path))
    writer.close()
    assert pq.read_table(path).num_rows == 0


def test_parquet_needs_a_file():
    with pytest.raises(FlashpointError, match="E006"):
        open_writer("parquet", None)


def test_unknown_format():
    with pytest.raises(FlashpointError, match="E004"):
        open_writer("xml", None)


# -- today's output, pinned byte for byte: a change to the spec or the writers that moves a column,
# a key, a type or a cell format fails here (the records are test_records' fixtures) ---------------

#: The JSON line of ``full_event()`` (every field set): key order included, non-ASCII kept.
FULL_JSONL = (
    '{"schema_version": "1", "event_id": "f5856e2bb457245827b6", "doc_id": "d1", "sentence_index": 0, '
    '"sentence": "Blinken warned Russia’s army: \\"150,000 troops\\", $2.5 billion.", "sentence_span": [0, 22], '
    '"trigger": {"text": "warned", "lemma": "warn", "span": [8, 14]}, '
    '"source": {"text": "Blinken", "span": [0, 7], "code": "USAGOV", "country": "USA", "sectors": ["GOV", "MIL"], '
    '"org": "NATO", "name": "Antony Blinken", "role": "Secretary of State", "kb_id": "antony-blinken", '
    '"resolved_by": "kb"}, '
    '"target": {"text": "Russia’s army", "span": [15, 28], "code": "RUSMIL", "country": "RUS", "sectors": ["MIL"], '
    '"org": "CSTO", "name": "Russian Armed Forces", "role": "army", "kb_id": "rus-army", "resolved_by": "org"}, '
    '"cameo": "130", "cameo_root": "13", "goldstein": -4.4, "quad_class": 3, '
    '"plover": {"type": "THREATEN", "mode": "violence", "context": ["diplomatic", "military"]}, '
    '"modality": {"status": "reported", "negated": true, "attributed_to": "officials"}, '
    '"url": "https://example.org/a?b=1", "outlet": "Example News", "published": "2022-02-16", '
    '"date": "2022-02-14", "date_precision": "week", "date_source": "text", "date_span": null, '
    '"location": {"text": "Kyiv", "name": "Kyiv", "country": "UKR", "admin1": "Kyiv City", "lat": 50.45, '
    '"lon": 30.52, "geonameid": 703448, "precision": "city", "source": "document", "span": [30, 34], '
    '"feature": "city"}, '
    '"quantities": [{"kind": "troops", "value": 150000, "approx": true, "text": "150,000", "span": [31, 38], '
    '"unit": null}, {"kind": "money", "value": 2500000000, "approx": false, "text": "$2.5 billion", '
    '"span": [41, 53], "unit": "USD"}], '
    '"confidence": 0.815, "evidence": {"rule": "warn", "why": "\'warned\' (THREATEN), \\"quoted\\""}, '
    '"coder": {"name": "flashpoint", "version": "0.1.0", "data_hash": "abc+def"}}\n'
)

#: The JSON line of ``make_event`` without target, location, quantities and url: nulls and empty lists.
SPARSE_JSONL = (
    '{"schema_version": "1", "event_id": "f5856e2bb457245827b6", "doc_id": "d1", "sentence_index": 0, '
    '"sentence": "Blinken warned Russia.", "sentence_span": [0, 22], '
    '"trigger": {"text": "warned", "lemma": "warn", "span": [8, 14]}, '
    '"source": {"text": "Blinken", "span": [0, 7], "code": "USAGOV", "country": "USA", "sectors": ["GOV"], '
    '"org": null, "name": "Antony Blinken", "role": "Secretary of State", "kb_id": "antony-blinken", '
    '"resolved_by": "kb"}, "target": null, "cameo": "130", "cameo_root": "13", "goldstein": -4.4, '
    '"quad_class": 3, "plover": {"type": "THREATEN", "mode": null, "context": ["diplomatic"]}, '
    '"modality": {"status": "asserted", "negated": false, "attributed_to": null}, "url": null, '
    '"outlet": null, "published": "2022-02-16", "date": "2022-02-16", "date_precision": "day", '
    '"date_source": "publication", "date_span": null, "location": null, "quantities": [], "confidence": 0.8, '
    '"evidence": {"rule": "warn", "why": "\'warned\' (THREATEN)"}, '
    '"coder": {"name": "flashpoint", "version": "0.1.0", "data_hash": "abc"}}\n'
)

#: The flat row of ``full_event()``: column names, order, values and Python types.
FULL_ROW = {
    "event_id": "f5856e2bb457245827b6", "doc_id": "d1", "url": "https://example.org/a?b=1",
    "outlet": "Example News", "published": "2022-02-16", "date": "2022-02-14", "date_precision": "week",
    "date_source": "text", "date_start": None, "date_end": None, "sentence_index": 0,
    "sentence": 'Blinken warned Russia’s army: "150,000 troops", $2.5 billion.',
    "sentence_start": 0, "sentence_end": 22,
    "trigger_text": "warned", "trigger_lemma": "warn", "trigger_start": 8, "trigger_end": 14,
    "source_text": "Blinken", "source_code": "USAGOV", "source_country": "USA", "source_sectors": "GOV|MIL",
    "source_org": "NATO", "source_name": "Antony Blinken", "source_role": "Secretary of State",
    "source_kb_id": "antony-blinken", "source_resolved_by": "kb", "source_start": 0, "source_end": 7,
    "target_text": "Russia’s army", "target_code": "RUSMIL", "target_country": "RUS", "target_sectors": "MIL",
    "target_org": "CSTO", "target_name": "Russian Armed Forces", "target_role": "army",
    "target_kb_id": "rus-army", "target_resolved_by": "org", "target_start": 15, "target_end": 28,
    "cameo": "130", "cameo_root": "13", "goldstein": -4.4, "quad_class": 3,
    "plover_type": "THREATEN", "plover_mode": "violence", "plover_context": "diplomatic|military",
    "status": "reported", "negated": True, "attributed_to": "officials",
    "location_name": "Kyiv", "location_country": "UKR", "location_admin1": "Kyiv City",
    "location_lat": 50.45, "location_lon": 30.52, "location_geonameid": 703448,
    "location_precision": "city", "location_source": "document", "location_text": "Kyiv",
    "location_start": 30, "location_end": 34,
    "quantities": ('[{"kind": "troops", "value": 150000, "approx": true, "text": "150,000", "span": [31, 38], '
                   '"unit": null}, {"kind": "money", "value": 2500000000, "approx": false, '
                   '"text": "$2.5 billion", "span": [41, 53], "unit": "USD"}]'),
    "confidence": 0.815, "evidence_rule": "warn", "evidence_why": '\'warned\' (THREATEN), "quoted"',
    "coder_version": "0.1.0", "data_hash": "abc+def", "schema_version": "1",
}

#: The CSV of ``full_event()`` and the sparse event: header, quoting, booleans, empty cells.
FULL_AND_SPARSE_CSV = (
    "event_id,doc_id,url,outlet,published,date,date_precision,date_source,date_start,date_end,"
    "sentence_index,sentence,"
    "sentence_start,sentence_end,trigger_text,trigger_lemma,trigger_start,trigger_end,source_text,source_code,"
    "source_country,source_sectors,source_org,source_name,source_role,source_kb_id,source_resolved_by,"
    "source_start,source_end,target_text,target_code,target_country,target_sectors,target_org,target_name,"
    "target_role,target_kb_id,target_resolved_by,target_start,target_end,cameo,cameo_root,goldstein,quad_class,"
    "plover_type,plover_mode,plover_context,status,negated,attributed_to,location_name,location_country,"
    "location_admin1,location_lat,location_lon,location_geonameid,location_precision,location_source,"
    "location_text,location_start,location_end,quantities,confidence,evidence_rule,evidence_why,coder_version,data_hash,schema_version\r\n"
    'f5856e2bb457245827b6,d1,https://example.org/a?b=1,Example News,2022-02-16,2022-02-14,week,text,,,0,'
    '"Blinken warned Russia’s army: ""150,000 troops"", $2.5 billion.",0,22,warned,warn,8,14,Blinken,USAGOV,'
    'USA,GOV|MIL,NATO,Antony Blinken,Secretary of State,antony-blinken,kb,0,7,Russia’s army,RUSMIL,RUS,MIL,'
    'CSTO,Russian Armed Forces,army,rus-army,org,15,28,130,13,-4.4,3,THREATEN,violence,diplomatic|military,'
    'reported,True,officials,Kyiv,UKR,Kyiv City,50.45,30.52,703448,city,document,Kyiv,30,34,'
    '"[{""kind"": ""troops"", ""value"": 150000, ""approx"": true, ""text"": ""150,000"", ""span"": [31, 38], '
    '""unit"": null}, {""kind"": ""money"", ""value"": 2500000000, ""approx"": false, ""text"": '
    '""$2.5 billion"", ""span"": [41, 53], ""unit"": ""USD""}]",0.815,warn,'
    '"\'warned\' (THREATEN), ""quoted""",0.1.0,abc+def,1\r\n'
    "f5856e2bb457245827b6,d1,,,2022-02-16,2022-02-16,day,publication,,,0,Blinken warned Russia.,0,22,warned,"
    "warn,8,14,Blinken,USAGOV,USA,GOV,,Antony Blinken,Secretary of State,antony-blinken,kb,0,7,,,,,,,,,,,,"
    "130,13,-4.4,3,THREATEN,,diplomatic,asserted,False,,,,,,,,,,,,,,0.8,warn,'warned' (THREATEN),0.1.0,abc,1\r\n"
)

#: The Parquet types that are not ``string`` (every column is nullable).
PARQUET_NON_STRING = {
    "date_start": "int64", "date_end": "int64", "location_start": "int64", "location_end": "int64",
    "sentence_index": "int64", "sentence_start": "int64", "sentence_end": "int64",
    "trigger_start": "int64", "trigger_end": "int64", "source_start": "int64", "source_end": "int64",
    "target_start": "int64", "target_end": "int64", "goldstein": "double", "quad_class": "int64",
    "negated": "bool", "location_lat": "double", "location_lon": "double", "location_geonameid": "int64",
    "confidence": "double",
}


def _sparse_event():
    return make_event(target=None, location=None, quantities=[], url=None)


def test_jsonl_is_pinned():
    assert write_all([full_event().to_dict()], "jsonl") == FULL_JSONL
    assert write_all([_sparse_event().to_dict()], "jsonl") == SPARSE_JSONL


def test_flat_row_is_pinned():
    row = flatten(full_event().to_dict())
    assert list(row) == list(FULL_ROW) == list(FLAT_COLUMNS)
    assert row == FULL_ROW
    assert [type(v) for v in row.values()] == [type(v) for v in FULL_ROW.values()]


def test_csv_is_pinned():
    assert write_all([full_event().to_dict(), _sparse_event().to_dict()], "csv") == FULL_AND_SPARSE_CSV


def test_parquet_schema_and_values_are_pinned(tmp_path):
    path = tmp_path / "events.parquet"
    writer, _ = open_writer("parquet", str(path))
    for event in (full_event(), _sparse_event()):
        writer.write(event.to_dict())
    writer.close()
    table = pq.read_table(path)
    assert [(f.name, str(f.type), f.nullable) for f in table.schema] == [
        (name, PARQUET_NON_STRING.get(name, "string"), True) for name in FULL_ROW]
    assert table.schema.metadata is None
    full, sparse = table.to_pylist()
    assert full == FULL_ROW
    assert sparse == flatten(_sparse_event().to_dict())
    assert sparse["negated"] is False and sparse["sentence_end"] == 22 and sparse["source_sectors"] == "GOV"
    assert all(sparse[c] is None for c in FULL_ROW
               if c.startswith(("target_", "location_")) or c in ("url", "quantities", "plover_mode"))
