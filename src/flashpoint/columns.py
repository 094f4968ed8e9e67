"""THE field spec of an event record, and everything generated from it.

Every event leaves flashpoint in two forms: the nested record (JSON Lines, ``Event.to_dict()``) and
one flat row (CSV, Parquet, later a DuckDB table). Both are described here once:

- ``SHAPES``: the objects of the nested record (the event, its actors, place, quantities, ...),
  each a tuple of ``Field`` (name, type, description, nullable, allowed values and bounds);
- ``COLUMNS``: the flat row, column by column, each naming where it sits in the nested record
  (``source_code`` is ``source.code``; ``sentence_start`` is the start of ``sentence_span``;
  ``source_sectors`` is the list joined with "|"; ``quantities`` is JSON text).

From them come the flat column order (``FLAT_COLUMNS``), ``flatten``, the Parquet schema
(``arrow_schema``), the DuckDB table (``duckdb_ddl``), the JSON Schema (``json_schema``) and the
descriptions for documentation and API models (``descriptions``). The dataclasses of ``records``
hold the same fields; ``tests/test_columns.py`` fails when the spec, the dataclasses and the
shipped schema disagree.

Why the JSON Schema stays a file (``schema/event.schema.json``) instead of being generated at
import: it is the published contract of schema_version "1", read by people and by tools that never
import flashpoint; as a file, a change to it shows in review as a diff of the contract. The test
proves file == ``json_schema()``; ``python -m flashpoint.schema`` rewrites the file after a change
to the spec.

Order matters and is kept on purpose: the fields of a shape are in the order of the JSON keys
(the dataclass order; users' files depend on it), the columns in the order of the CSV header.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any, Iterator, Literal

from .ontology import PLOVER_TYPES
from .records import SCHEMA_VERSION, STATUSES

# -- value sets the record defines (codes, not vocabulary) ----------------------------------------

#: How an actor was resolved (``Actor.resolved_by``).
RESOLVED_BY = ("kb", "title", "demonym", "coreference", "org", "country", "sector", "metonym", "alias",
               "default", "place", "context", "perpetrator")
#: Where the country of an actor resolved by context came from (``Actor.country_from``): a place of
#: its sentence, the national politician who speaks of it ("speaker"), the one government the
#: article named before (for a minister: "government"), the dateline, the article's main country,
#: the outlet's country; for a target, the country of the police or army that acts on it ("source").
COUNTRY_FROM = ("place", "speaker", "government", "dateline", "main-country", "outlet", "source")
#: How fine an event date is.
DATE_PRECISIONS = ("day", "week", "month", "year")
#: Where an event date came from: a date expression of the text, or the publication date.
DATE_SOURCES = ("text", "publication")
#: How fine a location is.
PLACE_PRECISIONS = ("city", "admin1", "country", "region")
#: Where a location was found: the event's sentence, or elsewhere in the document.
PLACE_SOURCES = ("sentence", "document")

#: Separator of a list in one flat cell ("GOV|MIL").
LIST_SEPARATOR = "|"

# -- the building blocks ---------------------------------------------------------------------------

#: The scalar types of a field; any other type names a shape of ``SHAPES``.
#: ``date`` is an ISO date text "YYYY-MM-DD"; ``span`` a pair of character offsets [start, end)
#: into the cleaned document text.
SCALARS = ("string", "integer", "number", "boolean", "date", "span")

Part = Literal["value", "start", "end", "joined", "json"]


@dataclass(frozen=True, kw_only=True)
class Field:
    """One key of an object of the nested record."""

    name: str
    type: str  # one of SCALARS, or the name of a shape
    description: str
    nullable: bool = False
    many: bool = False  # a list of ``type`` (empty, not null, when there is none)
    values: tuple[str, ...] = ()  # the allowed values, when the set is closed
    pattern: str | None = None  # a regular expression a text (or each text of a list) matches
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    optional: bool = False  # schema 1 lets the key be absent (our output always writes it)


@dataclass(frozen=True, kw_only=True)
class Shape:
    """An object of the nested record. ``closed``: no keys other than its fields are valid."""

    name: str
    description: str
    fields: tuple[Field, ...]
    closed: bool = True


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of the flat row: which part of the nested record it holds.

    ``part``: ``value`` the value at ``path``; ``start``/``end`` the two ends of the span at ``path``;
    ``joined`` the list at ``path`` joined with "|"; ``json`` the list at ``path`` as JSON text.
    An empty list gives an empty (null) cell.
    """

    name: str
    path: str  # dotted path into the nested record: "source.code"
    part: Part = "value"


@dataclass(frozen=True, kw_only=True)
class Description:
    """What ``descriptions`` yields: one documented field or column."""

    name: str  # dotted path ("source.code") or column name ("source_code")
    type: str  # e.g. "string", "integer", "list of string", "actor"
    nullable: bool
    text: str


# -- the nested record -----------------------------------------------------------------------------

_THREE_LETTERS = "^[A-Z]{3}$"

TRIGGER = Shape(name="trigger", description="The words that express the action.", fields=(
    Field(name="text", type="string", min_length=1, description="The trigger as written (\"warned\")."),
    Field(name="lemma", type="string", description="Its lemma (\"warn\"), the key into the lexicon."),
    Field(name="span", type="span", description="Where the trigger is in the cleaned document text."),
))

ACTOR = Shape(name="actor", description="Who acted (source) or was acted on (target), resolved to codes.",
              fields=(
    Field(name="text", type="string",
          description="The mention as written (\"Secretary of State Antony Blinken\")."),
    Field(name="span", type="span", description="Where the mention is in the cleaned document text."),
    Field(name="code", type="string", nullable=True,
          description="CAMEO actor code: country + sectors (\"USAGOV\"), or an organisation code."),
    Field(name="country", type="string", nullable=True, pattern=_THREE_LETTERS,
          description="ISO 3166 alpha-3 country of the actor, or a non-state code (IGO, NGO, ...)."),
    Field(name="sectors", type="string", many=True, pattern=_THREE_LETTERS,
          description="CAMEO sector codes (\"GOV\", \"MIL\"), as of the article date."),
    Field(name="org", type="string", nullable=True,
          description="Code of the organisation the actor is or belongs to."),
    Field(name="name", type="string", nullable=True, description="Canonical name of a known person or body."),
    Field(name="role", type="string", nullable=True,
          description="The person's office as of the article date (\"Secretary of State\")."),
    Field(name="kb_id", type="string", nullable=True, description="Id of the entry in the knowledge base."),
    Field(name="resolved_by", type="string", nullable=True, values=RESOLVED_BY,
          description="How the mention was resolved: knowledge base, title, demonym, coreference, ..."),
    Field(name="country_from", type="string", nullable=True, values=COUNTRY_FROM,
          description="For an actor named by its kind only (\"police\", resolved_by \"context\"): where its "
                      "country came from: a place of the sentence, the dateline, the article's main country "
                      "or the outlet's country."),
))

PLOVER = Shape(name="plover", description="The event in PLOVER 2.0 terms.", fields=(
    Field(name="type", type="string", nullable=True, values=PLOVER_TYPES,
          description="PLOVER event type (\"THREATEN\"); null for CAMEO codes without one."),
    Field(name="mode", type="string", nullable=True, description="PLOVER mode of the type (\"violence\")."),
    Field(name="context", type="string", many=True, description="PLOVER contexts (\"diplomatic\")."),
))

MODALITY = Shape(name="modality", description="Whether, according to the text, the coded action happened.",
                 fields=(
    Field(name="status", type="string", values=STATUSES,
          description="Whether it happened: asserted, reported or historical (the factual ones), or "
                      "future, conditional, hypothetical, denied."),
    Field(name="negated", type="boolean", description="The text says it did not happen (\"did not ...\")."),
    Field(name="attributed_to", type="string", nullable=True,
          description="Who the text says reported it (status reported), as written."),
))

PLACE = Shape(name="place", closed=False, description="Where the event happened.", fields=(
    Field(name="text", type="string", description="The place as written."),
    Field(name="name", type="string", description="The gazetteer's name of the place."),
    Field(name="country", type="string", nullable=True, description="ISO 3166 alpha-3 country of the place."),
    Field(name="admin1", type="string", nullable=True,
          description="First-level administrative area (\"Donetsk Oblast\")."),
    Field(name="lat", type="number", nullable=True, minimum=-90, maximum=90,
          description="Latitude, degrees."),
    Field(name="lon", type="number", nullable=True, minimum=-180, maximum=180,
          description="Longitude, degrees."),
    Field(name="geonameid", type="integer", nullable=True, description="GeoNames id of the place."),
    Field(name="precision", type="string", values=PLACE_PRECISIONS,
          description="How fine the location is: city, admin1, country or region."),
    Field(name="source", type="string", values=PLACE_SOURCES,
          description="Where the place was found: the event's sentence or elsewhere in the document."),
    Field(name="span", type="span", nullable=True, optional=True,
          description="Where the place is in the cleaned document text."),
    Field(name="feature", type="string", nullable=True, optional=True,
          description="Gazetteer feature class of the place (country, admin1, city, region, sea)."),
))

QUANTITY = Shape(name="quantity", closed=False, description="A number attached to the event.", fields=(
    Field(name="kind", type="string",
          description="What is counted: killed, injured, arrested, displaced, hostages, troops, weapons, "
                      "money, people."),
    Field(name="value", type="number", description="The number (a whole number is written without \".0\")."),
    Field(name="approx", type="boolean",
          description="The text gives it as an estimate (\"about\", \"an estimated\")."),
    Field(name="text", type="string", description="The number as written (\"an estimated 150,000\")."),
    Field(name="span", type="span", nullable=True, optional=True,
          description="Where the number is in the cleaned document text."),
    Field(name="unit", type="string", nullable=True, optional=True, description="Currency code, for money."),
))

EVIDENCE = Shape(name="evidence", closed=False, description="Why the coder coded this event.", fields=(
    Field(name="rule", type="string", description="Id of the lexicon entry that matched."),
    Field(name="why", type="string", description="Short human-readable explanation."),
))

CODER = Shape(name="coder", closed=False, description="What produced the record.", fields=(
    Field(name="name", type="string", values=("flashpoint",), description="The coder's name."),
    Field(name="version", type="string", description="Version of flashpoint."),
    Field(name="data_hash", type="string",
          description="Hash of the data files used (and of extra --actors files)."),
))

EVENT = Shape(name="event", description=f"One coded event, schema_version {SCHEMA_VERSION}.", fields=(
    Field(name="schema_version", type="string", values=(SCHEMA_VERSION,),
          description="Version of this record's shape."),
    Field(name="event_id", type="string", min_length=8,
          description="Stable id: a hash of the document, sentence, trigger span, CAMEO code and the "
                      "source and target codes, so reruns give the same id."),
    Field(name="doc_id", type="string", min_length=1,
          description="The document's id: the input's id when it has one, else a hash of its text."),
    Field(name="sentence_index", type="integer", minimum=0,
          description="Index of the sentence in the document, from 0."),
    Field(name="sentence", type="string", description="The sentence the event was found in."),
    Field(name="sentence_span", type="span",
          description="Where the sentence is in the cleaned document text."),
    Field(name="trigger", type="trigger", description=TRIGGER.description),
    Field(name="source", type="actor", nullable=True,
          description="Who acted: the actor the text makes the subject of the action."),
    Field(name="target", type="actor", nullable=True,
          description="Who (or what) was acted on; null when nothing is named. A target that names no "
                      "actor the coder knows (\"rejected the scheme\") keeps its text and span with every code "
                      "null (code, country, sectors, resolved_by)."),
    Field(name="cameo", type="string", pattern="^[0-9]{2,4}$", description="CAMEO event code (\"130\")."),
    Field(name="cameo_root", type="string", pattern="^(0[1-9]|1[0-9]|20)$",
          description="Its two-digit root (\"13\")."),
    Field(name="goldstein", type="number", nullable=True, minimum=-10, maximum=10,
          description="Goldstein scale value of the CAMEO code, -10 (most conflictual) to 10."),
    Field(name="quad_class", type="integer", nullable=True, minimum=1, maximum=4,
          description="QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                      "4 material conflict."),
    Field(name="plover", type="plover", description=PLOVER.description),
    Field(name="modality", type="modality", description=MODALITY.description),
    Field(name="url", type="string", nullable=True, description="URL of the article."),
    Field(name="outlet", type="string", nullable=True, description="The outlet that published it."),
    Field(name="published", type="date", nullable=True, description="Publication date; null when unknown."),
    Field(name="date", type="date", nullable=True,
          description="When the event happened (or is planned for); null when neither the text nor the "
                      "publication date gives one."),
    Field(name="date_precision", type="string", nullable=True, values=DATE_PRECISIONS,
          description="How fine the date is: day, week (the date is its Monday), month or year "
                      "(their first day)."),
    Field(name="date_source", type="string", nullable=True, values=DATE_SOURCES,
          description="Where the date came from: a date expression of the text, or the publication date."),
    Field(name="date_span", type="span", nullable=True, optional=True,
          description="Where the date expression is in the cleaned document text; null when the date "
                      "is the publication date."),
    Field(name="location", type="place", nullable=True, description="Where it happened; null when not said."),
    Field(name="quantities", type="quantity", many=True, description="Numbers attached to the event."),
    Field(name="confidence", type="number", minimum=0, maximum=1,
          description="How sure the coder is, 0 to 1."),
    Field(name="evidence", type="evidence", description=EVIDENCE.description),
    Field(name="coder", type="coder", description=CODER.description),
))

#: Every shape of the record by name; ``EVENT`` is the record itself.
SHAPES: dict[str, Shape] = {s.name: s for s in (EVENT, TRIGGER, ACTOR, PLOVER, MODALITY, PLACE, QUANTITY,
                                               EVIDENCE, CODER)}

# -- the flat row ----------------------------------------------------------------------------------


#: The columns of CSV and Parquet (and of the DuckDB table), in order. Every name is spelled out,
#: so a search for a column name finds it here.
COLUMNS: tuple[Column, ...] = (
    Column(name="event_id", path="event_id"),
    Column(name="doc_id", path="doc_id"),
    Column(name="url", path="url"),
    Column(name="outlet", path="outlet"),
    Column(name="published", path="published"),
    Column(name="date", path="date"),
    Column(name="date_precision", path="date_precision"),
    Column(name="date_source", path="date_source"),
    Column(name="date_start", path="date_span", part="start"),
    Column(name="date_end", path="date_span", part="end"),
    Column(name="sentence_index", path="sentence_index"),
    Column(name="sentence", path="sentence"),
    Column(name="sentence_start", path="sentence_span", part="start"),
    Column(name="sentence_end", path="sentence_span", part="end"),
    Column(name="trigger_text", path="trigger.text"),
    Column(name="trigger_lemma", path="trigger.lemma"),
    Column(name="trigger_start", path="trigger.span", part="start"),
    Column(name="trigger_end", path="trigger.span", part="end"),
    Column(name="source_text", path="source.text"),
    Column(name="source_code", path="source.code"),
    Column(name="source_country", path="source.country"),
    Column(name="source_sectors", path="source.sectors", part="joined"),
    Column(name="source_org", path="source.org"),
    Column(name="source_name", path="source.name"),
    Column(name="source_role", path="source.role"),
    Column(name="source_kb_id", path="source.kb_id"),
    Column(name="source_resolved_by", path="source.resolved_by"),
    Column(name="source_country_from", path="source.country_from"),
    Column(name="source_start", path="source.span", part="start"),
    Column(name="source_end", path="source.span", part="end"),
    Column(name="target_text", path="target.text"),
    Column(name="target_code", path="target.code"),
    Column(name="target_country", path="target.country"),
    Column(name="target_sectors", path="target.sectors", part="joined"),
    Column(name="target_org", path="target.org"),
    Column(name="target_name", path="target.name"),
    Column(name="target_role", path="target.role"),
    Column(name="target_kb_id", path="target.kb_id"),
    Column(name="target_resolved_by", path="target.resolved_by"),
    Column(name="target_country_from", path="target.country_from"),
    Column(name="target_start", path="target.span", part="start"),
    Column(name="target_end", path="target.span", part="end"),
    Column(name="cameo", path="cameo"),
    Column(name="cameo_root", path="cameo_root"),
    Column(name="goldstein", path="goldstein"),
    Column(name="quad_class", path="quad_class"),
    Column(name="plover_type", path="plover.type"),
    Column(name="plover_mode", path="plover.mode"),
    Column(name="plover_context", path="plover.context", part="joined"),
    Column(name="status", path="modality.status"),
    Column(name="negated", path="modality.negated"),
    Column(name="attributed_to", path="modality.attributed_to"),
    Column(name="location_name", path="location.name"),
    Column(name="location_country", path="location.country"),
    Column(name="location_admin1", path="location.admin1"),
    Column(name="location_lat", path="location.lat"),
    Column(name="location_lon", path="location.lon"),
    Column(name="location_geonameid", path="location.geonameid"),
    Column(name="location_precision", path="location.precision"),
    Column(name="location_source", path="location.source"),
    Column(name="location_text", path="location.text"),
    Column(name="location_start", path="location.span", part="start"),
    Column(name="location_end", path="location.span", part="end"),
    Column(name="quantities", path="quantities", part="json"),
    Column(name="confidence", path="confidence"),
    Column(name="evidence_rule", path="evidence.rule"),
    Column(name="evidence_why", path="evidence.why"),
    Column(name="coder_version", path="coder.version"),
    Column(name="data_hash", path="coder.data_hash"),
    Column(name="schema_version", path="schema_version"),
)

FLAT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS)

# -- reading the spec ------------------------------------------------------------------------------


def field_chain(path: str) -> tuple[Field, ...]:
    """The fields from the record down to ``path`` ("source.code" -> source, code)."""
    chain: list[Field] = []
    shape = EVENT
    for key in path.split("."):
        if shape is None:
            raise KeyError(f"{path}: {chain[-1].name} has no fields")
        found = next((f for f in shape.fields if f.name == key), None)
        if found is None:
            raise KeyError(f"{path}: {shape.name} has no field {key!r}")
        chain.append(found)
        shape = SHAPES.get(found.type) if not found.many else None
    return tuple(chain)


def column_type(column: Column) -> str:
    """The scalar type of a flat column: string, integer, number or boolean."""
    field = field_chain(column.path)[-1]
    if column.part in ("start", "end"):
        return "integer"
    if column.part in ("joined", "json"):
        return "string"
    return "string" if field.type == "date" else field.type


def column_nullable(column: Column) -> bool:
    """Whether a cell can be empty: the field or an object above it is nullable, or a list is empty."""
    return column.part in ("joined", "json") or any(f.nullable for f in field_chain(column.path))


def column_description(column: Column) -> str:
    """The field's description, prefixed with where the column sits when its name does not say."""
    field = field_chain(column.path)[-1]
    text = field.description
    if column.part in ("start", "end"):
        return f"{column.path} {column.part}: {text}"
    if column.part == "joined":
        text = f"{text} Joined with {LIST_SEPARATOR!r}."
    elif column.part == "json":
        text = f"{text} As JSON text."
    return text if column.path == column.name else f"{column.path}: {text}"


def _type_label(field: Field) -> str:
    return f"list of {field.type}" if field.many else field.type


def descriptions(*, flat: bool = False) -> Iterator[Description]:
    """Every field of the nested record (dotted paths, depth first), or every flat column."""
    if flat:
        for c in COLUMNS:
            yield Description(name=c.name, type=column_type(c), nullable=column_nullable(c),
                              text=column_description(c))
        return

    def walk(shape: Shape, prefix: str) -> Iterator[Description]:
        for f in shape.fields:
            yield Description(name=prefix + f.name, type=_type_label(f), nullable=f.nullable,
                              text=f.description)
            if f.type in SHAPES:
                yield from walk(SHAPES[f.type], f"{prefix}{f.name}.")

    yield from walk(EVENT, "")


# -- the flat row from a record --------------------------------------------------------------------

_ACCESS = tuple((c.name, tuple(c.path.split(".")), c.part) for c in COLUMNS)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """One event record (``Event.to_dict()``) as a flat row with the ``FLAT_COLUMNS``."""
    row: dict[str, Any] = {}
    for name, keys, part in _ACCESS:
        value: Any = event
        for key in keys:
            value = value.get(key) if value is not None else None
        if part == "value":
            row[name] = value
        elif part in ("start", "end"):
            row[name] = None if value is None else value[0 if part == "start" else 1]
        elif part == "joined":
            row[name] = LIST_SEPARATOR.join(value or []) or None
        else:  # json
            row[name] = json.dumps(value, ensure_ascii=False) if value else None
    return row


_BY_PATH = {c.path: c for c in COLUMNS if c.part in ("value", "joined", "json")}
_SPANS = {c.path: (c.name, next(e.name for e in COLUMNS if e.path == c.path and e.part == "end"))
          for c in COLUMNS if c.part == "start"}
_NULLABLE_OBJECTS = {f.name for f in EVENT.fields if f.type in SHAPES and f.nullable}


def unflatten(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row (``FLAT_COLUMNS``) back into the nested record: the inverse of ``flatten`` for
    every key the flat row holds. Optional keys it does not hold (a place's span) are left out;
    a key with one allowed value (``coder.name``) takes it, a text no column holds (the place as
    written) is empty; a nullable object (source, target, location) whose columns are all empty
    is null."""

    def build(shape: Shape, prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in shape.fields:
            path = prefix + f.name
            if path in _SPANS:
                start, end = (row.get(name) for name in _SPANS[path])
                out[f.name] = None if start is None or end is None else [start, end]
            elif path in _BY_PATH:
                column = _BY_PATH[path]
                value = row.get(column.name)
                if column.part == "joined":
                    value = value.split(LIST_SEPARATOR) if value else []
                elif column.part == "json":
                    value = json.loads(value) if value else []
                elif value is None and f.type == "string" and not f.nullable:
                    value = ""  # a row stored before its column existed (the place as written): empty
                out[f.name] = value
            elif f.type in SHAPES and not f.many:
                out[f.name] = build(SHAPES[f.type], path + ".")
            elif f.optional:
                continue
            elif len(f.values) == 1:
                out[f.name] = f.values[0]
            else:  # no column holds it (a place's text): empty, never invented
                out[f.name] = "" if f.type == "string" and not f.nullable else None
        return out

    record = build(EVENT, "")
    for name in _NULLABLE_OBJECTS:
        value = record.get(name)
        if isinstance(value, dict) and all(v in (None, [], "") for v in value.values()):
            record[name] = None
    return record


# -- Parquet, DuckDB -------------------------------------------------------------------------------

_DUCKDB_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}


def arrow_schema():
    """The Parquet schema of the flat row. Every column is nullable, as in the files already written."""
    import pyarrow as pa

    types = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([(c.name, types[column_type(c)]) for c in COLUMNS])


def duckdb_ddl(table: str = "events") -> str:
    """``CREATE TABLE`` for the flat row in DuckDB; columns the spec says are never empty are NOT NULL."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table):
        raise ValueError(f"not a plain SQL table name: {table!r}")
    lines = [f'  "{c.name}" {_DUCKDB_TYPES[column_type(c)]}{"" if column_nullable(c) else " NOT NULL"}'
             for c in COLUMNS]
    return f'CREATE TABLE "{table}" (\n' + ",\n".join(lines) + "\n)"


# -- JSON Schema -----------------------------------------------------------------------------------

_JSON_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_DEFS = {
    "span": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2},
    "isodate": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
}
_REFS = {"span": "span", "date": "isodate"}


def _shared_shapes() -> set[str]:
    """Shapes used by more than one field: defined once under ``$defs`` (the actor)."""
    uses = [f.type for s in SHAPES.values() for f in s.fields if f.type in SHAPES]
    return {name for name in uses if uses.count(name) > 1}


def _object_schema(shape: Shape, *, nullable: bool, shared: set[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": ["object", "null"] if nullable else "object",
                              "required": [f.name for f in shape.fields if not f.optional]}
    if shape.closed:
        schema["additionalProperties"] = False
    schema["properties"] = {f.name: _field_schema(f, shared=shared) for f in shape.fields}
    return schema


def _value_schema(field: Field, *, nullable: bool, shared: set[str]) -> dict[str, Any]:
    """The schema of one value of ``field`` (of each item, for a list)."""
    if field.values:
        values: list[Any] = list(field.values) + ([None] if nullable else [])
        return {"const": values[0]} if len(values) == 1 else {"enum": values}
    if field.type in SHAPES:
        if field.type in shared:
            schema: dict[str, Any] = {"$ref": f"#/$defs/{field.type}"}
            return {"oneOf": [schema, {"type": "null"}]} if nullable else schema
        return _object_schema(SHAPES[field.type], nullable=nullable, shared=shared)
    if field.type in _REFS:
        schema = {"$ref": f"#/$defs/{_REFS[field.type]}"}
        return {"oneOf": [schema, {"type": "null"}]} if nullable else schema
    json_type = _JSON_TYPES[field.type]
    schema = {"type": [json_type, "null"] if nullable else json_type}
    bounds = (("pattern", field.pattern), ("minimum", field.minimum), ("maximum", field.maximum),
              ("minLength", field.min_length))
    schema.update((k, v) for k, v in bounds if v is not None)
    return schema


def _field_schema(field: Field, *, shared: set[str]) -> dict[str, Any]:
    if field.many:
        schema = {"type": "array", "items": _value_schema(field, nullable=False, shared=shared)}
    else:
        schema = _value_schema(field, nullable=field.nullable, shared=shared)
    return {"description": field.description, **schema}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the nested record (what ``schema/event.schema.json`` holds)."""
    shared = _shared_shapes()
    defs: dict[str, Any] = copy.deepcopy(_DEFS)
    for name in sorted(shared):
        defs[name] = {"description": SHAPES[name].description,
                      **_object_schema(SHAPES[name], nullable=False, shared=shared)}
    record = _object_schema(EVENT, nullable=False, shared=shared)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"flashpoint/event/{SCHEMA_VERSION}",
            "title": f"flashpoint event record, schema_version {SCHEMA_VERSION}",
            "description": EVENT.description,
            "type": record["type"], "required": record["required"],
            "additionalProperties": record["additionalProperties"],
            "$defs": defs, "properties": record["properties"]}
