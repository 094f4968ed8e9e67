"""The API's response models, generated from the field spec (``flashpoint.columns``), never by hand.

- ``EventRow``: one flat event row as the store holds it: every column of ``columns.COLUMNS`` with
  its type, nullability and description, then the store's own columns (``cluster_id``, ...).
- ``EventRecord``: the nested event record (``schema_version`` 1): one model per shape of
  ``columns.SHAPES``, with the allowed values, bounds and descriptions of the spec, so /docs shows the
  same contract as ``schema/event.schema.json``.

The small answers that are not event fields (pages, counts, timeline rows, places, actors,
highlights) are declared here too, beside them.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal, Optional

from annotated_types import Len
from pydantic import BaseModel, ConfigDict, Field, create_model

from ..columns import SHAPES, Field as SpecField, descriptions
from ..store.reading import EVENT_COLUMNS
from ..store.schema import STORE_EVENT_COLUMNS
from .labels import OUTCOMES, ROLES, UNITS

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool, "date": str}
_DUCKDB: dict[str, Any] = {"VARCHAR": str, "BIGINT": int, "INTEGER": int, "DOUBLE": float, "BOOLEAN": bool}
Span = Annotated[list[int], Len(2, 2)]


def _flat_fields() -> dict[str, tuple[Any, Any]]:
    flat = {d.name: d for d in descriptions(flat=True)}
    store = {c.name: c for c in STORE_EVENT_COLUMNS}
    fields: dict[str, tuple[Any, Any]] = {}
    for name in EVENT_COLUMNS:
        if name in flat:
            kind, text, nullable = _SCALARS[flat[name].type], flat[name].text, flat[name].nullable
        else:
            column = store[name]
            kind, text, nullable = _DUCKDB.get(column.type.upper(), str), column.description, True
        annotation = Optional[kind] if nullable else kind
        fields[name] = (annotation, Field(default=None if nullable else ..., description=text))
    return fields


#: One flat event row (CSV/Parquet columns and the store's own).
EventRow = create_model("EventRow", __doc__="One event as a flat row: the columns of the field spec "
                        "(flashpoint.columns), then the store's own columns.", **_flat_fields())


def _annotation(field: SpecField) -> Any:
    if field.values:
        kind: Any = Literal[field.values]  # type: ignore[valid-type]
    elif field.type in SHAPES:
        kind = shape_model(field.type)
    elif field.type == "span":
        kind = Span
    else:
        kind = _SCALARS[field.type]
    if field.many:
        kind = list[kind]  # type: ignore[valid-type]
    return Optional[kind] if field.nullable else kind


def _constraints(field: SpecField) -> dict[str, Any]:
    if field.many or field.values or field.type in SHAPES:
        return {}
    bounds = {"ge": field.minimum, "le": field.maximum, "min_length": field.min_length,
              "pattern": field.pattern}
    if field.type == "date":
        bounds["pattern"] = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    return {k: v for k, v in bounds.items() if v is not None}


@cache
def shape_model(name: str) -> type[BaseModel]:
    """The pydantic model of one shape of the record (``event`` is the record itself)."""
    shape = SHAPES[name]
    fields: dict[str, Any] = {}
    for f in shape.fields:
        default = None if (f.optional or f.nullable) else ...
        fields[f.name] = (_annotation(f), Field(default=default, description=f.description, **_constraints(f)))
    model_name = "EventRecord" if name == "event" else name.capitalize()
    config = ConfigDict(extra="forbid" if shape.closed else "allow")
    return create_model(model_name, __config__=config, __doc__=shape.description, **fields)


EventRecord = shape_model("event")

# -- answers that are not event fields ----------------------------------------------------------------


class EventPage(BaseModel):
    """One page of events and the cursor of the next page."""

    events: list[EventRow]  # type: ignore[valid-type]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")
    limit: int = Field(description="The page size used.")
    sort: str = Field(description="The sort used: a column, '-' in front when descending.")


class Highlight(BaseModel):
    """A part of the event in its sentence: offsets into the sentence (not the document)."""

    role: Literal[ROLES]  # type: ignore[valid-type]
    start: int = Field(description="Start offset in the sentence.")
    end: int = Field(description="End offset in the sentence.")
    text: str = Field(description="The words highlighted.")
    label: str = Field(description="What they were coded as (\"RUSGOV\", \"130 THREATEN\", \"killed 3\").")


class Article(BaseModel):
    """A POSTed article: the fields of a JSON Lines input."""

    model_config = ConfigDict(extra="ignore")
    text: str = Field(description="The article's text (plain text; HTML is not read here).")
    id: str | None = Field(default=None, description="Its id (else a hash of the cleaned text).")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")


class DocumentInfo(BaseModel):
    """A stored document, without its text."""

    model_config = ConfigDict(extra="allow")
    doc_id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    origin: str | None = None


class Evidence(BaseModel):
    """One event with what shows why it was coded."""

    event: EventRecord  # type: ignore[valid-type]
    row: EventRow  # type: ignore[valid-type]
    highlights: list[Highlight] = Field(description="Source, trigger, target, place, date and quantities "
                                                    "in the sentence, in text order.")
    outside: list[Highlight] = Field(description="Parts found elsewhere in the document (a place named in "
                                                 "another sentence); offsets into the document.")
    document: DocumentInfo
    cluster: dict[str, Any] | None = Field(description="The happening this event reports (a row of the "
                                                       "clusters table), or null when not clustered.")
    cluster_events: list[EventRow] = Field(  # type: ignore[valid-type]
        description="The other reports of the same happening, most confident first.")


class DocumentSpan(BaseModel):
    """One highlighted part of an event in the document: offsets into the document text."""

    event_id: str
    role: str
    start: int
    end: int
    label: str


class DocumentView(BaseModel):
    """A stored document with its cleaned text, its events (every status) and every span."""

    document: DocumentInfo
    text: str = Field(description="The cleaned text every span points into.")
    events: list[EventRow]  # type: ignore[valid-type]
    spans: list[DocumentSpan]


class CountRow(BaseModel):
    value: Any = Field(description="The group's value (a QuadClass, a country, a date...).")
    events: int


class Counts(BaseModel):
    """Rows of each table; with ``by``, the matching events counted by one column."""

    tables: dict[str, int]
    matching: int | None = Field(default=None, description="Events matching the filters (with `by`).")
    by: str | None = None
    groups: list[CountRow] = []


class TimelineRow(BaseModel):
    period: str = Field(description="First day of the period (YYYY-MM-DD; a week starts on Monday).")
    events: int = Field(description="What was counted in the period: happenings (clusters) or events, as `unit` says.")
    q1: int = Field(description="Of them, QuadClass 1, verbal cooperation.")
    q2: int = Field(description="QuadClass 2, material cooperation.")
    q3: int = Field(description="QuadClass 3, verbal conflict.")
    q4: int = Field(description="QuadClass 4, material conflict.")
    goldstein_mean: float | None
    documents: int | None = Field(default=None, description="Documents ingested with a publication date in the "
                                                           "period (unit clusters, from the analysis).")
    per_100_documents: float | None = Field(default=None, description="`events` per 100 documents ingested.")


class Series(BaseModel):
    """Counts per period for the filters (a dyad, a country...), and the alerts on them."""

    period: str
    unit: Literal[UNITS] = Field(  # type: ignore[valid-type]
        description="clusters (happenings, from the analysis, for a dyad or a country) or events.")
    rows: list[TimelineRow]
    alerts: list[dict[str, Any]] = Field(default=[], description="With `alerts=true`: the alerts of the dyad or "
                                                                 "country over these periods (needs the analysis).")


class PlaceRow(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    reports: int = Field(description="Distinct documents reporting events there.")
    events: int
    quad_class: int | None = Field(description="The most frequent QuadClass there.")
    goldstein_mean: float | None
    event_id: str = Field(description="One of its events, to open.")


class ActorRow(BaseModel):
    code: str
    country: str | None
    name: str | None
    events: int


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str
    schema_version: int
    writable: bool = Field(description="Whether documents may be POSTed (the server has a token).")
    events: int
    documents: int


class Stored(BaseModel):
    """What happened to a POSTed document."""

    doc_id: str | None
    status: Literal[OUTCOMES]  # type: ignore[valid-type]
    reason: str | None = None
    events: list[EventRecord]  # type: ignore[valid-type]
