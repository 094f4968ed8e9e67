"""The records that flow through flashpoint: documents in, events out.

Plain dataclasses with JSON (de)serialisation. Every span is a pair of character offsets
into ``Document.text`` (the cleaned text), so a reader can highlight the words a field came from.

``to_dict``/``from_dict`` are derived from the dataclass fields (``Record``), so a field added to a
class reaches the JSON without a hand-written list: the JSON keys are the fields, in their order
(users' files depend on that order). The descriptions, types and flat columns of the event record
are in ``flashpoint.columns``; a test checks that it names the same fields as these classes.
Records are built with keywords (``kw_only``), except ``Rejection`` and ``Trigger``, which
callers still build positionally.
"""

from __future__ import annotations

import hashlib
import types
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Self, Union, get_args, get_origin, get_type_hints

SCHEMA_VERSION = "1"

Span = tuple[int, int]

#: The statuses of ``Modality.status``; the first three are factual (``--asserted-only`` keeps them).
STATUSES = ("asserted", "reported", "historical", "future", "conditional", "hypothetical", "denied")
FACTUAL_STATUSES = frozenset({"asserted", "reported", "historical"})


def text_hash(text: str, length: int = 16) -> str:
    """A short, stable hex digest (used for doc ids of inputs without one, and event ids)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


class Record:
    """JSON (de)serialisation derived from the dataclass fields: dataclasses nest, spans (tuples)
    become lists and back, lists of records are lists of objects."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _to_json(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a record from its JSON shape. An absent key takes the field's default (null for
        an optional field without one); a null list or mapping becomes an empty one; keys this
        version does not know are ignored."""
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            kind = _field_types(cls)[f.name]
            value = data.get(f.name)
            if value is None and _container(kind) is not None:
                kwargs[f.name] = _container(kind)()
            elif f.name in data:
                kwargs[f.name] = _from_json(kind, value)
            elif f.default is MISSING and f.default_factory is MISSING and _optional(kind):
                kwargs[f.name] = None
        return cls(**kwargs)


def _to_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _optional(kind: Any) -> bool:
    return get_origin(kind) in (Union, types.UnionType) and type(None) in get_args(kind)


def _container(kind: Any) -> type | None:
    """``list`` or ``dict`` for a list or mapping field (not optional), else None."""
    origin = get_origin(kind) or kind
    return origin if origin in (list, dict) else None


def _from_json(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        (kind,) = [a for a in get_args(kind) if a is not type(None)]
        return _from_json(kind, value)
    if is_dataclass(kind) and issubclass(kind, Record):
        return kind.from_dict(value)
    if origin is tuple:
        return tuple(value)
    if origin is list:
        (item,) = get_args(kind)
        return [_from_json(item, v) for v in value]
    return value


@dataclass(kw_only=True)
class Document(Record):
    """One cleaned article. ``text`` is what every span in its events points into."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" or None when unknown
    outlet: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line", "-:line"


@dataclass
class Rejection(Record):
    """An input that yielded no document or no coding, with the reason. A bad article is data.

    Not keyword-only yet: ``ingest/readers.py`` builds it positionally."""

    origin: str
    reason: str  # short machine-readable reason: "empty", "binary", "not-utf8", "too-large", ...
    detail: str = ""
    doc_id: str | None = None


@dataclass(kw_only=True)
class Actor(Record):
    """A resolved actor mention. ``code`` is country + sectors (e.g. "USAGOV"), or an org code."""

    text: str
    span: Span
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    org: str | None = None
    name: str | None = None
    role: str | None = None
    kb_id: str | None = None
    resolved_by: str | None = None  # kb | title | demonym | coreference | org | country | sector


@dataclass(kw_only=True)
class Place(Record):
    """A resolved place. ``precision`` says how fine the location is: city, admin1 or country."""

    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str = "city"  # city | admin1 | country | region
    source: str = "sentence"  # sentence | document
    span: Span | None = None
    feature: str | None = None


@dataclass(kw_only=True)
class Quantity(Record):
    """A number attached to an event: how many killed, troops, dollars..."""

    kind: str  # killed | injured | arrested | displaced | hostages | troops | weapons | money | people
    value: float
    approx: bool = False
    text: str = ""
    span: Span | None = None
    unit: str | None = None  # currency code for money

    def to_dict(self) -> dict[str, Any]:
        """A whole number is written as one (150000, not 150000.0)."""
        d = super().to_dict()
        if isinstance(self.value, float) and self.value.is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(kw_only=True)
class Modality(Record):
    """Whether, according to the text, the coded action happened (see the design)."""

    status: str = "asserted"
    negated: bool = False
    attributed_to: str | None = None

    @property
    def factual(self) -> bool:
        return self.status in FACTUAL_STATUSES and not self.negated


@dataclass
class Trigger(Record):
    """The words that express the action. Not keyword-only yet: ``tests/test_evaluation.py`` builds
    it positionally."""

    text: str
    lemma: str
    span: Span


@dataclass(kw_only=True)
class Event(Record):
    """One coded event: the full record of the design, ``schema_version`` "1".

    The field order is the JSON key order of the record; ``schema_version`` comes first.
    """

    schema_version: str = SCHEMA_VERSION
    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_span: Span
    trigger: Trigger
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    goldstein: float | None
    quad_class: int | None
    plover: dict[str, Any]
    modality: Modality
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    date_span: Span | None = None
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    evidence: dict[str, Any] = field(default_factory=dict)
    coder: dict[str, Any] = field(default_factory=dict)

    @property
    def factual(self) -> bool:
        return self.modality.factual


def make_event_id(doc_id: str, sentence_index: int, trigger_span: Span, cameo: str,
                  source_code: str | None = None, target_code: str | None = None) -> str:
    """Stable across runs on the same input: a hash of where the event was found and what it is."""
    key = f"{doc_id}|{sentence_index}|{trigger_span[0]}-{trigger_span[1]}|{cameo}|{source_code}|{target_code}"
    return text_hash(key, 20)
