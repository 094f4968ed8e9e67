"""The field spec: it agrees with the dataclasses and the shipped JSON Schema, and what is generated
from it (flat row, Parquet schema, DuckDB table, descriptions) holds together."""

from __future__ import annotations

import dataclasses
import json
import types
import typing

import duckdb
import pytest

from flashpoint import columns
from flashpoint.columns import (COLUMNS, EVENT, FLAT_COLUMNS, SCALARS, SHAPES, Column, arrow_schema,
                                column_nullable, column_type, descriptions, duckdb_ddl, field_chain, flatten,
                                json_schema)
from flashpoint.records import Actor, Event, Modality, Place, Quantity, Trigger
from flashpoint.schema import event_schema, render_event_schema, write_event_schema

from test_records import full_event, make_event

#: The shapes that are dataclasses of ``records`` (plover, evidence and coder are plain mappings).
CLASSES = {"event": Event, "trigger": Trigger, "actor": Actor, "place": Place, "quantity": Quantity,
           "modality": Modality}

#: Python annotation of each scalar type of the spec.
PY_TYPES = {"string": str, "date": str, "integer": int, "number": float, "boolean": bool,
            "span": tuple[int, int]}


def _unwrap(hint):
    """(inner type, nullable) of an annotation: ``Actor | None`` -> (Actor, True)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


@pytest.mark.parametrize("shape_name", sorted(CLASSES))
def test_spec_and_dataclass_have_the_same_fields_types_and_order(shape_name):
    shape, cls = SHAPES[shape_name], CLASSES[shape_name]
    assert [f.name for f in shape.fields] == [f.name for f in dataclasses.fields(cls)]
    hints = typing.get_type_hints(cls)
    for f in shape.fields:
        hint, nullable = _unwrap(hints[f.name])
        assert nullable == f.nullable, f"{shape_name}.{f.name}: nullable"
        if f.many:
            assert typing.get_origin(hint) is list, f"{shape_name}.{f.name}: a list"
            (hint,) = typing.get_args(hint)
        if f.type in CLASSES:
            assert hint is CLASSES[f.type], f"{shape_name}.{f.name}: {hint}"
        elif f.type in SHAPES:  # plover, evidence, coder: mappings in the dataclass
            assert typing.get_origin(hint) is dict, f"{shape_name}.{f.name}: {hint}"
        else:
            assert hint == PY_TYPES[f.type], f"{shape_name}.{f.name}: {hint} is not {f.type}"


def _schema_object(schema: dict, node: dict) -> dict | None:
    """The object schema behind a property (following $ref, oneOf and array items)."""
    if "$ref" in node:
        return _schema_object(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[1]])
    for alternative in node.get("oneOf", []):
        if _schema_object(schema, alternative) is not None:
            return _schema_object(schema, alternative)
    if node.get("type") == "array":
        return _schema_object(schema, node["items"])
    return node if "properties" in node else None


def test_spec_dataclasses_and_shipped_schema_name_the_same_fields():
    schema = event_schema()

    def walk(shape, node, where):
        assert list(node["properties"]) == [f.name for f in shape.fields], where
        for f in shape.fields:
            if f.type in SHAPES:
                walk(SHAPES[f.type], _schema_object(schema, node["properties"][f.name]), f"{where}.{f.name}")

    walk(EVENT, schema, "event")
    optional = {f.name for f in EVENT.fields if f.optional}  # keys schema 1 lets records written before them lack
    assert set(schema["required"]) == {f.name for f in dataclasses.fields(Event)} - optional
    assert optional <= {f.name for f in dataclasses.fields(Event)}


def test_shipped_schema_is_the_generated_one():
    assert event_schema() == json_schema(), "the spec changed: run `python -m flashpoint.schema`"


def test_schema_file_can_be_rewritten(tmp_path):
    path = write_event_schema(tmp_path / "event.schema.json")
    assert json.loads(path.read_text("utf-8")) == json_schema() == json.loads(render_event_schema())
    assert max(len(line) for line in render_event_schema().splitlines() if '"description"' not in line) <= 110


def test_json_keys_follow_the_spec_order():
    record = full_event().to_dict()

    def walk(shape, value, where):
        assert list(value) == [f.name for f in shape.fields], where
        for f in shape.fields:
            if f.type in SHAPES:
                for item in (value[f.name] if f.many else [value[f.name]]):
                    walk(SHAPES[f.type], item, f"{where}.{f.name}")

    walk(EVENT, record, "event")


def test_every_field_is_described():
    docs = list(descriptions())
    assert [d.name for d in docs if not (d.text.endswith(".") and len(d.text) > 10)] == []
    names = {d.name for d in docs}
    assert {"event_id", "source.code", "location.feature", "quantities.unit", "coder.data_hash"} <= names
    by_name = {d.name: d for d in docs}
    assert by_name["source"].type == "actor" and by_name["source"].nullable
    assert by_name["source.sectors"].type == "list of string" and not by_name["source.sectors"].nullable


def test_every_column_is_described():
    docs = list(descriptions(flat=True))
    assert [d.name for d in docs] == list(FLAT_COLUMNS)
    by_name = {d.name: d for d in docs}
    assert by_name["source_code"].text == "source.code: " + columns.ACTOR.fields[2].description
    assert by_name["sentence_start"].type == "integer" and by_name["sentence_start"].text.startswith("sentence_span start: ")
    assert "'|'" in by_name["plover_context"].text and "JSON" in by_name["quantities"].text


@pytest.mark.parametrize("column", COLUMNS, ids=lambda c: c.name)
def test_each_column_points_at_a_field_of_its_kind(column):
    field = field_chain(column.path)[-1]
    if column.part in ("start", "end"):
        assert field.type == "span" and not field.many
    elif column.part == "joined":
        assert field.many and field.type == "string"
    elif column.part == "json":
        assert field.many
    else:
        assert field.type in SCALARS and field.type != "span" and not field.many
    assert column_type(column) in ("string", "integer", "number", "boolean")


def test_column_names_are_unique_and_paths_are_checked():
    assert len(set(FLAT_COLUMNS)) == len(FLAT_COLUMNS)
    with pytest.raises(KeyError):
        field_chain("source.nickname")
    with pytest.raises(KeyError):
        field_chain("cameo.code")


@pytest.mark.parametrize("name,nullable", [
    ("event_id", False), ("url", True), ("sentence_start", False), ("source_text", True),
    ("source_sectors", True), ("status", False), ("negated", False), ("location_name", True),
    ("quantities", True), ("confidence", False), ("plover_type", True), ("coder_version", False),
])
def test_column_nullability_follows_the_record(name, nullable):
    (column,) = [c for c in COLUMNS if c.name == name]
    assert column_nullable(column) is nullable


def test_flatten_of_a_bare_record_gives_empty_cells():
    row = flatten(make_event(source=None, evidence={}, coder={}, plover={}).to_dict())
    assert row["source_text"] is None and row["source_start"] is None and row["source_sectors"] is None
    assert row["evidence_rule"] is None and row["data_hash"] is None and row["plover_context"] is None


def test_arrow_schema_types():
    schema = arrow_schema()
    assert schema.names == list(FLAT_COLUMNS)
    kinds = {"string": "string", "integer": "int64", "number": "double", "boolean": "bool"}
    assert [str(f.type) for f in schema] == [kinds[column_type(c)] for c in COLUMNS]
    assert all(f.nullable for f in schema)


def test_duckdb_table_holds_the_flat_rows():
    rows = [flatten(full_event().to_dict()),
            flatten(make_event(target=None, location=None, quantities=[], url=None).to_dict())]
    con = duckdb.connect(":memory:")
    con.execute(duckdb_ddl("events"))
    placeholders = ", ".join("?" for _ in FLAT_COLUMNS)
    con.executemany(f"INSERT INTO events VALUES ({placeholders})", [list(r.values()) for r in rows])
    described = con.execute("DESCRIBE events").fetchall()
    assert [d[0] for d in described] == list(FLAT_COLUMNS)
    sql_types = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}
    assert [d[1] for d in described] == [sql_types[column_type(c)] for c in COLUMNS]
    assert [d[2] == "YES" for d in described] == [column_nullable(c) for c in COLUMNS]
    back = con.execute("SELECT * FROM events ORDER BY url NULLS LAST").fetchall()
    assert [dict(zip(FLAT_COLUMNS, r)) for r in back] == rows


def test_duckdb_table_refuses_a_missing_required_cell():
    con = duckdb.connect(":memory:")
    con.execute(duckdb_ddl("t"))
    row = flatten(full_event().to_dict()) | {"status": None}
    with pytest.raises(duckdb.ConstraintException):
        con.execute(f"INSERT INTO t VALUES ({', '.join('?' for _ in FLAT_COLUMNS)})", list(row.values()))


@pytest.mark.parametrize("table", ["", "events; DROP TABLE x", "1events", 'ev"ents'])
def test_duckdb_table_name_must_be_plain(table):
    with pytest.raises(ValueError):
        duckdb_ddl(table)


def test_column_records_are_keyword_only_and_frozen():
    with pytest.raises(TypeError):
        Column("x", "x")  # type: ignore[misc]
    column = Column(name="x", path="event_id")
    with pytest.raises(dataclasses.FrozenInstanceError):
        column.name = "y"  # type: ignore[misc]


def test_every_resolved_by_the_code_writes_is_a_documented_value():
    """The JSON Schema lists ``resolved_by``'s values: a value written in the code but missing from
    ``RESOLVED_BY`` makes valid events fail validation ("perpetrator" did, for "a car bomb")."""
    import re
    from pathlib import Path

    import flashpoint
    from flashpoint.columns import RESOLVED_BY

    root = Path(flashpoint.__file__).parent
    literal = re.compile(r'resolved_by\s*=\s*"([a-z_-]+)"(?:\s+if\s+[^"\n]*?\s+else\s+"([a-z_-]+)")?')
    written = {v for path in root.rglob("*.py") for m in literal.finditer(path.read_text(encoding="utf-8"))
               for v in m.groups() if v}
    assert written, "no resolved_by written in the code: the test reads the wrong files"
    assert written <= set(RESOLVED_BY), sorted(written - set(RESOLVED_BY))


def test_an_unidentified_perpetrator_has_a_documented_resolved_by():
    from flashpoint import code_text
    from flashpoint.columns import RESOLVED_BY

    events = code_text("A car bomb exploded outside a hotel, killing five people.")
    assert events
    assert {e.source.resolved_by for e in events if e.source} <= set(RESOLVED_BY)
