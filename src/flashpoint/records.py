"""The records that flow through flashpoint: documents in, events out.

Plain dataclasses with JSON (de)serialisation. Every span is a pair of character offsets
into ``Document.text`` (the cleaned text), so a reader can highlight the words a field came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"

Span = tuple[int, int]

#: The statuses of ``Modality.status``; the first three are factual (``--asserted-only`` keeps them).
STATUSES = ("asserted", "reported", "historical", "future", "conditional", "hypothetical", "denied")
FACTUAL_STATUSES = frozenset({"asserted", "reported", "historical"})


def text_hash(text: str, length: int = 16) -> str:
    """A short, stable hex digest (used for doc ids of inputs without one, and event ids)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


@dataclass
class Document:
    """One cleaned article. ``text`` is what every span in its events points into."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" or None when unknown
    outlet: str | None = None
    origin: str | None = None  # where it was read from: "path", "path:line", "-:line"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Rejection:
    """An input that yielded no document or no coding, with the reason. A bad article is data."""

    origin: str
    reason: str  # short machine-readable reason: "empty", "binary", "not-utf8", "too-large", ...
    detail: str = ""
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Actor:
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

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass
class Place:
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

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.span is not None:
            d["span"] = list(self.span)
        return d


@dataclass
class Quantity:
    """A number attached to an event: how many killed, troops, dollars..."""

    kind: str  # killed | injured | arrested | displaced | hostages | troops | weapons | money | people
    value: float
    approx: bool = False
    text: str = ""
    span: Span | None = None
    unit: str | None = None  # currency code for money

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.span is not None:
            d["span"] = list(self.span)
        if isinstance(self.value, float) and self.value.is_integer():
            d["value"] = int(self.value)
        return d


@dataclass
class Modality:
    """Whether, according to the text, the coded action happened (see the design)."""

    status: str = "asserted"
    negated: bool = False
    attributed_to: str | None = None

    @property
    def factual(self) -> bool:
        return self.status in FACTUAL_STATUSES and not self.negated


@dataclass
class Trigger:
    text: str
    lemma: str
    span: Span


@dataclass
class Event:
    """One coded event: the full record of the design, ``schema_version`` "1"."""

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
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    evidence: dict[str, Any] = field(default_factory=dict)
    coder: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    @property
    def factual(self) -> bool:
        return self.modality.factual

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the design (validated by ``schema/event.schema.json``)."""
        d: dict[str, Any] = {"schema_version": self.schema_version}
        for f in fields(self):
            if f.name == "schema_version":
                continue
            value = getattr(self, f.name)
            if f.name in ("source", "target", "location"):
                d[f.name] = value.to_dict() if value is not None else None
            elif f.name == "quantities":
                d[f.name] = [q.to_dict() for q in value]
            elif f.name == "trigger":
                d[f.name] = {"text": value.text, "lemma": value.lemma, "span": list(value.span)}
            elif f.name == "modality":
                d[f.name] = asdict(value)
            elif f.name == "sentence_span":
                d[f.name] = list(value)
            else:
                d[f.name] = value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        """Rebuild an event from its JSON shape (used by readers of our own output)."""

        def actor(a: dict | None) -> Actor | None:
            if a is None:
                return None
            a = dict(a)
            a["span"] = tuple(a["span"])
            return Actor(**a)

        def place(p: dict | None) -> Place | None:
            if p is None:
                return None
            p = dict(p)
            if p.get("span") is not None:
                p["span"] = tuple(p["span"])
            return Place(**p)

        def quantity(q: dict) -> Quantity:
            q = dict(q)
            if q.get("span") is not None:
                q["span"] = tuple(q["span"])
            return Quantity(**q)

        t = d["trigger"]
        return cls(
            event_id=d["event_id"],
            doc_id=d["doc_id"],
            sentence_index=d["sentence_index"],
            sentence=d["sentence"],
            sentence_span=tuple(d["sentence_span"]),
            trigger=Trigger(text=t["text"], lemma=t["lemma"], span=tuple(t["span"])),
            source=actor(d.get("source")),
            target=actor(d.get("target")),
            cameo=d["cameo"],
            cameo_root=d["cameo_root"],
            goldstein=d.get("goldstein"),
            quad_class=d.get("quad_class"),
            plover=d.get("plover") or {},
            modality=Modality(**d["modality"]),
            url=d.get("url"),
            outlet=d.get("outlet"),
            published=d.get("published"),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_source=d.get("date_source"),
            location=place(d.get("location")),
            quantities=[quantity(q) for q in d.get("quantities") or []],
            confidence=d.get("confidence", 0.5),
            evidence=d.get("evidence") or {},
            coder=d.get("coder") or {},
            schema_version=d.get("schema_version", SCHEMA_VERSION),
        )


def make_event_id(doc_id: str, sentence_index: int, trigger_span: Span, cameo: str,
                  source_code: str | None = None, target_code: str | None = None) -> str:
    """Stable across runs on the same input: a hash of where the event was found and what it is."""
    key = f"{doc_id}|{sentence_index}|{trigger_span[0]}-{trigger_span[1]}|{cameo}|{source_code}|{target_code}"
    return text_hash(key, 20)
