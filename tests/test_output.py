"""Output writers: JSONL keeps the record, CSV and Parquet flatten it to the same columns."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from flashpoint.errors import FlashpointError
from flashpoint.output import FLAT_COLUMNS, flatten, open_writer, write_all

from test_records import make_event


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
