"""The Pipeline: documents in, events out. The CLI, the API and the distributed runner all call it.

Stages (each a plain function from its own package): spaCy parse -> actors -> coder -> places ->
dates -> event records. A document that cannot be coded becomes a ``Rejection`` with its reason;
one bad document never stops a batch.
"""

from __future__ import annotations

import datetime as _dt
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .version import __version__
from .actors import find_actors, load_kb
from .coding import EventDraft, code_doc, load_lexicon
from .coding.status import mark_historical
from .resources.datafiles import files_hash, shipped_data_hash
from .dates import resolve_event_date
from .errors import msg
from .geo import find_places, load_gazetteer, locate_event
from .nlp import load_model, sentences as nlp_sentences
from .ontology import load_ontology
from .options import Options
from .records import (Document, Event, Rejection, Trigger, make_event_id, text_hash)


@dataclass
class DocResult:
    """What coding one document gave: its events, or the reason it gave none."""

    document: Document | None
    events: list[Event] = field(default_factory=list)
    rejection: Rejection | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rejection is None


class Pipeline:
    """Load the model and the data once; code any number of documents.

    >>> pipe = Pipeline()                                    # doctest: +SKIP
    >>> events = pipe.code_text("Russia warned Ukraine.", published="2022-02-16")  # doctest: +SKIP
    """

    def __init__(self, options: Options | None = None, *, nlp=None):
        self.options = options or Options()
        self.nlp = nlp if nlp is not None else load_model(self.options.model)
        self.kb = load_kb(extra_files=tuple(self.options.actors))
        self.lexicon = load_lexicon()
        self.ontology = load_ontology()
        self.gazetteer = load_gazetteer()
        self._english_words = frozenset(self.nlp.Defaults.stop_words)
        extra = list(self.options.actors)
        self.coder_info = {
            "name": "flashpoint",
            "version": __version__,
            "data_hash": shipped_data_hash() + (("+" + files_hash(extra)) if extra else ""),
        }

    # -- public API -------------------------------------------------------------------------

    def code_text(self, text: str, published: str | _dt.date | None = None, *,
                  doc_id: str | None = None) -> list[Event]:
        """Code one text (already clean) and return its events; raises nothing for bad text."""
        if isinstance(published, _dt.date):
            published = published.isoformat()
        document = Document(doc_id=doc_id or text_hash(text), text=text,
                            published=published or self.options.published, origin="<text>")
        return next(iter(self.code_documents([document]))).events

    def code_documents(self, documents: Iterable[Document | Rejection]) -> Iterator[DocResult]:
        """Code documents in batches; yields one DocResult per input, in input order.

        Rejections from ingest pass through as results with no events, so nothing is lost.
        With ``options.workers > 1`` batches run in worker processes (each with its own Pipeline).
        """
        batches = _batched(documents, self.options.batch_size)
        if self.options.workers <= 1:
            for batch in batches:
                yield from self.code_batch(batch)
            return
        yield from _run_parallel(batches, self.options)

    def code_batch(self, batch: list[Document | Rejection]) -> list[DocResult]:
        """Code one batch in this process (``nlp.pipe`` over the documents that can be parsed)."""
        results: list[DocResult | None] = [None] * len(batch)
        todo: list[tuple[int, Document]] = []
        for i, item in enumerate(batch):
            if isinstance(item, Rejection):
                results[i] = DocResult(document=None, rejection=item)
                continue
            rejection = self._precheck(item)
            if rejection is not None:
                results[i] = DocResult(document=item, rejection=rejection)
            else:
                todo.append((i, item))
        texts = (d.text for _, d in todo)
        for (i, document), spacy_doc in zip(todo, self.nlp.pipe(texts, batch_size=self.options.batch_size)):
            results[i] = self._code_parsed(document, spacy_doc)
        return [r for r in results if r is not None]

    # -- stages -----------------------------------------------------------------------------

    def _precheck(self, document: Document) -> Rejection | None:
        """Reject what cannot be coded before spending a parse on it."""
        text = document.text
        if not text or not text.strip():
            return Rejection(origin=document.origin or document.doc_id, reason="empty",
                             detail=msg("E101"), doc_id=document.doc_id)
        # Only lower-case words count: names say nothing about the language of a text.
        words = [w.strip(".,;:!?\"'()") for w in text.split()[:600]]
        words = [w for w in words if w and w[0].islower()]
        if len(words) >= 20:
            share = sum(w in self._english_words for w in words) / len(words)
            if share < self.options.min_english:
                return Rejection(origin=document.origin or document.doc_id, reason="not-english",
                                 detail=msg("E012", share=share), doc_id=document.doc_id)
        return None

    def _code_parsed(self, document: Document, spacy_doc: Doc) -> DocResult:
        result = DocResult(document=document)
        try:
            result.events = self._events(document, spacy_doc, result.warnings)
        except Exception as exc:  # a coder bug must not stop the batch: record it with the reason
            detail = f"{type(exc).__name__}: {exc}"
            result.events = []
            result.rejection = Rejection(origin=document.origin or document.doc_id, reason="coding-error",
                                         detail=msg("E011", detail=detail) + "\n" + traceback.format_exc(limit=3),
                                         doc_id=document.doc_id)
        return result

    def _events(self, document: Document, spacy_doc: Doc, warnings: list[str]) -> list[Event]:
        published = _dt.date.fromisoformat(document.published) if document.published else None
        if published is None:
            warnings.append(msg("E013"))
        mentions = find_actors(spacy_doc, self.kb, as_of=published)
        drafts = code_doc(spacy_doc, mentions, lexicon=self.lexicon)
        if not drafts:
            return []
        places = find_places(spacy_doc, self.gazetteer, actor_mentions=mentions)
        sentences = nlp_sentences(spacy_doc)
        events = []
        seen: set[str] = set()
        for draft in drafts:
            event = self._build_event(document, spacy_doc, sentences, draft, places, published)
            if event is None or event.event_id in seen:
                continue
            if self.options.asserted_only and not event.factual:
                continue
            seen.add(event.event_id)
            events.append(event)
        return events

    def _build_event(self, document: Document, spacy_doc: Doc, sentences: list, draft: EventDraft,
                     places: list, published: _dt.date | None) -> Event | None:
        code = self.ontology.get(draft.cameo)
        sentence = sentences[draft.sentence_index]
        trigger_span = spacy_doc[draft.trigger_start:draft.trigger_end]
        modality = draft.modality
        when = resolve_event_date(spacy_doc, draft.trigger_start, published=published, status=modality.status)
        mark_historical(modality, historical=when.historical)
        date, precision, date_source = when.date, when.precision, when.source
        if (modality.factual and published is not None and date is not None
                and date > published.isoformat()):
            # A factual event cannot lie after publication: "will meet on Friday" is an asserted
            # statement of intent made by the publication date; the Friday belongs to the meeting.
            date, precision, date_source = published.isoformat(), "day", "publication"
        location = locate_event(spacy_doc, trigger_i=draft.trigger_start, places=places)
        source_code = draft.source.code if draft.source else None
        target_code = draft.target.code if draft.target else None
        trigger = Trigger(text=trigger_span.text, lemma=draft.trigger_lemma,
                          span=(trigger_span.start_char, trigger_span.end_char))
        return Event(
            event_id=make_event_id(document.doc_id, draft.sentence_index, trigger.span, code.code,
                                   source_code, target_code),
            doc_id=document.doc_id,
            url=document.url,
            outlet=document.outlet,
            published=document.published,
            sentence_index=draft.sentence_index,
            sentence=sentence.text,
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
            date=date,
            date_precision=precision,
            date_source=date_source,
            location=location,
            quantities=list(draft.quantities),
            confidence=round(float(draft.confidence), 3),
            evidence={"rule": draft.rule, "why": draft.why},
            coder=dict(self.coder_info),
        )


# -- module-level conveniences ------------------------------------------------------------------

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A Pipeline with default options, built on first use and reused by ``code_text``."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def code_text(text: str, published: str | _dt.date | None = None) -> list[Event]:
    """Code one text with the default pipeline: ``flashpoint.code_text("...", "2022-02-16")``."""
    return default_pipeline().code_text(text, published)


def code_documents(documents: Iterable[Document | Rejection], options: Options | None = None) -> Iterator[DocResult]:
    """Code many documents with a Pipeline built from ``options``."""
    pipeline = Pipeline(options) if options is not None else default_pipeline()
    return pipeline.code_documents(documents)


# -- batching and worker processes --------------------------------------------------------------

def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER: Pipeline | None = None


def _init_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Pipeline(options.replace(workers=1))


def _worker_code(batch: list) -> list[DocResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.code_batch(batch)


def _run_parallel(batches: Iterator[list], options: Options) -> Iterator[DocResult]:
    """Run batches on ``options.workers`` processes, a bounded number in flight, results in order."""
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    window = options.workers * 2
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=context,
                             initializer=_init_worker, initargs=(options,)) as pool:
        pending: deque[tuple[list, Future]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(_worker_code, batch)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(batch: list, future: Future) -> list[DocResult]:
    """The results of one worker batch; if the worker itself died, each document says why."""
    try:
        return future.result()
    except Exception as exc:  # the whole worker failed: keep every document, with the reason
        detail = msg("E007", detail=f"{type(exc).__name__}: {exc}")
        out = []
        for item in batch:
            if isinstance(item, Rejection):
                out.append(DocResult(document=None, rejection=item))
            else:
                out.append(DocResult(document=item, rejection=Rejection(
                    origin=item.origin or item.doc_id, reason="worker-error", detail=detail, doc_id=item.doc_id)))
        return out
