"""The event record: a coder's ``EventDraft`` becomes an ``Event`` with its codes, date and place.

For each draft: the CAMEO code's row of the ontology (root, Goldstein, QuadClass, PLOVER), the event
date resolved against the publication date, the final status (``coding.status`` decides
"historical"; a factual event is never dated after publication), the place, and the record's
provenance. The pipeline builds one ``DocumentContext`` per document and calls ``build_event`` for
each of its drafts; nothing here knows about batches, processes or options.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Mapping, Sequence

from spacy.tokens import Doc, Span

from .coding import EventDraft
from .coding.status import mark_historical
from .dates import DateResolution, resolve_event_date
from .geo import PlaceMention, locate_event
from .nlp import doc_text
from .ontology import Ontology
from .records import Document, Event, Modality, Trigger, make_event_id
from .resources.datafiles import files_hash, shipped_data_hash
from .version import __version__

CODER_NAME = "flashpoint"


@dataclass(frozen=True, kw_only=True)
class DocumentContext:
    """What every draft of one document shares, computed once per document."""

    document: Document
    doc: Doc
    sentences: Sequence[Span]
    places: list[PlaceMention]
    published: dt.date | None

    @cached_property
    def places_by_sentence(self) -> dict[int, list[PlaceMention]]:
        """The place mentions of each sentence (by index), in their order: an event looks only at
        its own sentence's, so the time per event does not grow with the document."""
        starts = [s.start for s in self.sentences]
        grouped: dict[int, list[PlaceMention]] = {}
        for m in self.places:
            k = bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < self.sentences[k].end:
                grouped.setdefault(k, []).append(m)
        return grouped


@dataclass(frozen=True, kw_only=True)
class EventDate:
    """The ``date``, ``date_precision``, ``date_source`` and ``date_span`` fields of a record."""

    date: str | None
    precision: str | None
    source: str | None
    span: tuple[int, int] | None = None


def coder_provenance(*, extra_files: Sequence[str] = ()) -> dict[str, str]:
    """The record's ``coder`` field: which code and which data produced it (user actor files too)."""
    extra = list(extra_files)
    return {
        "name": CODER_NAME,
        "version": __version__,
        "data_hash": shipped_data_hash() + (("+" + files_hash(extra)) if extra else ""),
    }


def build_event(draft: EventDraft, *, context: DocumentContext, ontology: Ontology,
                coder: Mapping[str, str]) -> Event:
    """The record of one draft. Sets the draft's final status (``historical``) as a side effect."""
    code = ontology.get(draft.cameo)
    doc = context.doc
    sentence = context.sentences[draft.sentence_index]
    trigger_span = doc[draft.trigger_start:draft.trigger_end]
    modality = draft.modality
    when = resolve_event_date(doc, draft.trigger_start, published=context.published, status=modality.status)
    mark_historical(modality, historical=when.historical)
    date = event_date(when, modality=modality, published=context.published)
    location = locate_event(doc, trigger_i=draft.trigger_start,
                            places=context.places_by_sentence.get(draft.sentence_index, []))
    source_code = draft.source.code if draft.source else None
    target_code = draft.target.code if draft.target else None
    trigger = Trigger(text=trigger_span.text, lemma=draft.trigger_lemma,
                      span=(trigger_span.start_char, trigger_span.end_char))
    document = context.document
    return Event(
        event_id=make_event_id(doc_id=document.doc_id, sentence_index=draft.sentence_index,
                               trigger_span=trigger.span, cameo=code.code, source_code=source_code,
                               target_code=target_code),
        doc_id=document.doc_id,
        url=document.url,
        outlet=document.outlet,
        published=document.published,
        sentence_index=draft.sentence_index,
        sentence=doc_text(doc)[sentence.start_char:sentence.end_char],  # Span.text: a Token a word
        sentence_span=(sentence.start_char, sentence.end_char),
        trigger=trigger,
        source=draft.source,
        target=draft.target,
        cameo=code.code,
        cameo_root=code.root,
        goldstein=code.goldstein,
        quad_class=code.quad_class,
        plover={"type": code.plover_type or None, "mode": code.plover_mode or None,
                "context": list(code.plover_context)},
        modality=modality,
        date=date.date,
        date_precision=date.precision,
        date_source=date.source,
        date_span=date.span,
        location=location,
        quantities=list(draft.quantities),
        confidence=round(float(draft.confidence), 3),
        evidence={"rule": draft.rule, "why": draft.why},
        coder=dict(coder),
    )


def event_date(when: DateResolution, *, modality: Modality, published: dt.date | None) -> EventDate:
    """The resolved date, except that a factual event cannot lie after publication: "will meet on
    Friday" is an asserted statement of intent made by the publication date; the Friday belongs to
    the meeting (a second, future event)."""
    if (modality.factual and published is not None and when.date is not None
            and dt.date.fromisoformat(when.date) > published):
        return EventDate(date=published.isoformat(), precision="day", source="publication")
    span = (when.start, when.end) if when.source == "text" and when.start is not None else None
    return EventDate(date=when.date, precision=when.precision, source=when.source, span=span)
