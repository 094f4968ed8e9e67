"""The Pipeline: the core's one entry point, ``Pipeline.code_batch(documents)``.

It wires the stages, each a plain function from its own module: screening (``screen``) -> spaCy
parse -> the article's context (``context``: dateline, outlet) -> actors -> coder -> places -> event
records (``enrich``: codes, date, status, place), each document within its time limit (``limits``;
long texts parsed in pieces: ``nlp.long_text``; caseless text recased first: ``nlp.truecase``). A
document that cannot be coded becomes a ``Rejection`` with its reason (``coding-error``,
``timeout``); one bad document never stops a batch.

The core knows nothing of processes: the runners in ``flashpoint.run`` (this process, a pool of
worker processes, later Dask) feed batches to ``code_batch``; ``code_documents`` and ``code_text``
are one-process conveniences on top of it.
"""

from __future__ import annotations

import datetime as dt
import traceback
import re
from dataclasses import dataclass, field, fields, replace
from typing import Iterable, Iterator, TypeVar
from warnings import warn

from spacy.language import Language
from spacy.tokens import Doc

from .actors import KnowledgeBase, find_actors, load_kb
from .actors.casing import case_vocabulary
from .coding import Lexicon, code_doc, load_lexicon
from .coding.counterpart import running_counterparts
from .coding.enemies import conflict_targets
from .coding.responses import answered_acts
from .context import read_article
from .context.topic import doc_topic, guarded
from .dates.published import iso_date, parse_published
from .enrich import DocumentContext, build_event, coder_provenance
from .errors import FlashpointError, msg
from .geo import Gazetteer, find_places, load_gazetteer
from .ingest.clean import replace_surrogates
from .limits import Deadline, DocumentTimeout, time_limit
from .nlp import load_model, sentences as nlp_sentences, tokenize
from .nlp.long_text import parse as parse_text, piece_limit
from .nlp.truecase import CaseVocabulary, needs_truecase, restore_text, truecase
from .ontology import Ontology, load_ontology
from .options import Options
from .prepass import TriggerWords
from .records import Document, Event, Rejection, text_hash
from .screen import screen

T = TypeVar("T")


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

    Every resource can be passed in (a model, a knowledge base, a lexicon, a gazetteer, an
    ontology); what is not given is loaded from ``options`` and the shipped data. ``options.actors``
    is read only when no ``kb`` is given.

    >>> pipe = Pipeline()                                    # doctest: +SKIP
    >>> events = pipe.code_text("Russia warned Ukraine.", published="2022-02-16")  # doctest: +SKIP
    """

    def __init__(self, options: Options | None = None, *, nlp: Language | None = None,
                 kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None,
                 gazetteer: Gazetteer | None = None, ontology: Ontology | None = None):
        self.options = options or Options()
        # "is not None": an empty lexicon or ontology is falsy, and still what the caller asked for.
        self.nlp = nlp if nlp is not None else load_model(self.options.model, fast=self.options.fast)
        self.kb = kb if kb is not None else load_kb(extra_files=tuple(self.options.actors))
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.ontology = ontology if ontology is not None else load_ontology()
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self._english_words = frozenset(self.nlp.Defaults.stop_words)
        self.coder_info = coder_provenance(extra_files=self.options.actors)
        self._casing: CaseVocabulary | None = None  # built on the first caseless document
        self._trigger_words: TriggerWords | None = None  # built on the first batch (setting fast)

    # -- the entry point ----------------------------------------------------------------------

    def code_batch(self, batch: list[Document | Rejection]) -> list[DocResult]:
        """Code one batch in this process: one DocResult per item, in order.

        Rejections from ingest pass through as results with no events, so nothing is lost. The
        documents that pass screening are parsed together (``nlp.pipe``), except long ones, which
        are parsed alone in pieces (``nlp.long_text``). Each document is coded within its time
        limit (``options.timeout``); one that fails or runs over it is rejected alone.
        """
        results: list[DocResult | None] = [None] * len(batch)
        said: dict[int, list[str]] = {}
        todo: list[tuple[int, Document]] = []
        for i, item in enumerate(batch):
            if isinstance(item, Rejection):
                results[i] = DocResult(document=None, rejection=item)
                continue
            item, said[i] = _writable(item)
            rejection = screen(item, english_words=self._english_words, min_english=self.options.min_english)
            if rejection is not None:
                results[i] = DocResult(document=item, rejection=rejection, warnings=said[i])
            else:
                todo.append((i, item))
        texts = {i: self._parse_text(d.text) for i, d in todo}
        quiet, tokens = self._quiet({i: texts[i] for i, _ in todo})
        parsed = self._parse_together([(i, texts[i]) for i, _ in todo
                                       if i not in quiet and len(texts[i]) <= piece_limit(self.nlp)],
                                      tokens=tokens)
        for i, document in todo:
            results[i] = self._code_one(document, parsed.get(i), text=texts[i], quiet=i in quiet)
            results[i].warnings[:0] = said[i]
        return [r for r in results if r is not None]

    def _quiet(self, texts: dict[int, str]) -> tuple[set[int], dict[int, Doc]]:
        """The documents with no word that could be a trigger (``prepass``): they are not parsed.
        Only with the speed-ups on (setting ``fast``); with them off every document is parsed, which
        is how ``bench/same_output.py`` shows that the skipping changes no result. Also the Docs
        the tokenizer made on the way, for the parse (``nlp.pipe`` would make the same again)."""
        tokens: dict[int, Doc] = {}
        if not self.options.fast:
            return set(), tokens
        if self._trigger_words is None:
            self._trigger_words = TriggerWords(self.nlp, self.lexicon)
        quiet = set()
        for i, text in texts.items():
            try:  # the tokenizer alone: no length limit (long texts are parsed in pieces)
                doc = tokenize(self.nlp, text)
                if len(text) <= piece_limit(self.nlp):  # kept for nlp.pipe; long texts go in pieces
                    tokens[i] = doc
                if not self._trigger_words.any_in(doc):
                    quiet.add(i)
            except Exception:  # whatever goes wrong here, the parse and its own errors decide
                continue
        return quiet, tokens

    def _parse_text(self, text: str) -> str:
        """The text the parser reads: a lower-case or all-caps paragraph recased from the knowledge
        base and the gazetteer (``nlp.truecase``, same offsets); normal text as it is."""
        if not needs_truecase(text):
            return text
        if self._casing is None:
            self._casing = case_vocabulary(self.kb, self.gazetteer, self.nlp,
                                           words=(lemma for lemma, _ in self.lexicon.entries))
        return truecase(text, self._casing)

    def _parse_together(self, short: list[tuple[int, str]], *, tokens: dict[int, Doc] | None = None
                        ) -> dict[int, Doc]:
        """The Docs of short texts parsed in one ``nlp.pipe``. If that fails or runs over one
        document's time limit, nothing: each document is then parsed alone, within its own limit,
        so that whatever went wrong stays with the document it came from. ``tokens``: texts the
        tokenizer has already read (the pre-pass), handed to the pipeline as they are."""
        if not short:
            return {}
        tokens = tokens or {}
        try:
            with time_limit(self.options.timeout):
                docs = list(self.nlp.pipe([tokens.get(i, t) for i, t in short],
                                          batch_size=self.options.batch_size))
        except (Exception, DocumentTimeout):
            return {}
        return {i: doc for (i, _), doc in zip(short, docs)}

    # -- one-process conveniences -------------------------------------------------------------

    def code_text(self, text: str, published: str | dt.date | None = None, *,
                  doc_id: str | None = None) -> list[Event]:
        """Code one text (already clean) and return its events; raises nothing for bad text. A text
        that could not be coded (a coder error, the time limit) gives no events and a warning with
        the reason, so that an empty list never hides a failure."""
        if isinstance(published, dt.date):
            published = published.isoformat()
        if published is not None and parse_published(published) is None:
            raise FlashpointError(msg("E029", value=published))
        document = Document(doc_id=doc_id or text_hash(text), text=text,
                            published=published or self.options.published, origin="<text>")
        result = self.code_batch([document])[0]
        if result.rejection is not None:
            warn(result.rejection.detail.split("\n", 1)[0], stacklevel=2)
        return result.events

    def code_documents(self, documents: Iterable[Document | Rejection]) -> Iterator[DocResult]:
        """Code documents in batches of ``options.batch_size`` in this process; yields one
        DocResult per input, in input order.

        Worker processes are a runner's business: ``flashpoint.code_documents(documents, options)``
        honours ``options.workers`` (the output is the same either way).
        """
        if self.options.workers > 1:
            warn(msg("E014", workers=self.options.workers), stacklevel=2)
        return self._code_in_batches(documents)

    def _code_in_batches(self, documents: Iterable[Document | Rejection]) -> Iterator[DocResult]:
        for batch in batches(documents, self.options.batch_size):
            yield from self.code_batch(batch)

    # -- the stages of one parsed document ----------------------------------------------------

    def _code_one(self, document: Document, spacy_doc: Doc | None, *, text: str | None = None,
                  quiet: bool = False) -> DocResult:
        """Parse ``text`` (the document's, recased if caseless) unless done, and code one document
        within its time limit; a failure or a timeout is the document's rejection, with its reason.
        ``quiet``: the pre-pass found no word that could be a trigger: not parsed, no events."""
        document, said = _readable_date(document)
        result = DocResult(document=document, warnings=[said] if said else [])
        origin = document.origin or document.doc_id
        try:
            text = document.text if text is None else text
            with time_limit(self.options.timeout) as deadline:
                if quiet:
                    result.events = self._no_events(document, result.warnings)
                    return result
                if spacy_doc is None:
                    spacy_doc = parse_text(self.nlp, text, check=lambda: deadline.check("while parsing"))
                result.events = self._events(document, spacy_doc, result.warnings, deadline=deadline)
                if text is not document.text:  # parsed recased: the records keep the original words
                    restore_text(result.events, document.text)
        except DocumentTimeout as stop:
            result.events = []
            result.rejection = Rejection(origin=origin, reason="timeout", doc_id=document.doc_id,
                                         detail=msg("E016", seconds=self.options.timeout, where=stop.args[0]))
        except Exception as exc:  # a coder bug must not stop the batch: record it with the reason
            detail = f"{type(exc).__name__}: {exc}"
            result.events = []
            result.rejection = Rejection(origin=origin, reason="coding-error",
                                         detail=msg("E011", detail=detail) + "\n" + traceback.format_exc(limit=3),
                                         doc_id=document.doc_id)
        return result

    def _no_events(self, document: Document, warnings: list[str]) -> list[Event]:
        """What ``_events`` gives a document without a candidate trigger: no events, after the same
        reading of its publication date (the same warning, the same error for a bad one)."""
        self._published(document, warnings)
        return []

    @staticmethod
    def _published(document: Document, warnings: list[str]) -> dt.date | None:
        """The one reading of the publication date; every stage gets the date itself."""
        published = iso_date(document.published) if document.published else None
        if published is None:
            warnings.append(msg("E013"))
        return published

    def _events(self, document: Document, spacy_doc: Doc, warnings: list[str], *,
                deadline: Deadline) -> list[Event]:
        published = self._published(document, warnings)
        article = read_article(document, spacy_doc, gazetteer=self.gazetteer)
        deadline.check("before finding actors")
        mentions = find_actors(spacy_doc, self.kb, as_of=published, article=article)
        deadline.check("before finding places")
        # places first: an attacked place with no actor named stands for its country ("shelled Kharkiv")
        places = find_places(spacy_doc, self.gazetteer, actor_mentions=mentions)
        deadline.check("before coding")
        drafts = code_doc(spacy_doc, mentions, lexicon=self.lexicon, places=places)
        drafts = answered_acts(drafts, spacy_doc)  # "welcomed the move": whoever made it
        drafts = running_counterparts(drafts, spacy_doc)  # a running story's other side
        drafts = conflict_targets(drafts)  # an attack with no target: the doer's one opponent
        if not drafts:
            return []
        context = DocumentContext(document=document, doc=spacy_doc, sentences=nlp_sentences(spacy_doc),
                                  places=places, published=published)
        topic = doc_topic(spacy_doc)  # sports, business, entertainment, or None
        events = []
        seen: set[str] = set()
        for draft in drafts:
            deadline.check("while building the events")
            event = build_event(draft, context=context, ontology=self.ontology, coder=self.coder_info)
            if event.event_id in seen or guarded(event, topic):
                continue
            if self.options.asserted_only and not event.factual:
                continue
            seen.add(event.event_id)
            events.append(event)
        return events


_SURROGATE = re.compile("[\ud800-\udfff]")


#: Fields of a Document that are text or nothing; a value of another type is left out (E030).
_METADATA = ("title", "url", "outlet")


def _writable(document: Document) -> tuple[Document, list[str]]:
    """A Document made in Python may hold what no reader gives: lone surrogates ("\\ud800" from a
    JSON escape), which no output can write as UTF-8, become U+FFFD as the readers make them (one
    code point for one, so every offset stands); an id or origin that is no string is written as
    one; a title, url or outlet that is no string is left out, with a warning."""
    changed: dict[str, object] = {}
    said: list[str] = []
    if not isinstance(document.doc_id, str):
        changed["doc_id"] = str(document.doc_id)
    if document.origin is not None and not isinstance(document.origin, str):
        changed["origin"] = str(document.origin)
    for name in _METADATA:
        value = getattr(document, name)
        if value is not None and not isinstance(value, str):
            changed[name] = None
            said.append(msg("E030", field=name, kind=type(value).__name__))
    for f in fields(document):
        value = changed.get(f.name, getattr(document, f.name))
        if isinstance(value, str) and _SURROGATE.search(value):
            changed[f.name] = replace_surrogates(value)
    return (replace(document, **changed) if changed else document), said


def _readable_date(document: Document) -> tuple[Document, str | None]:
    """A Document made in Python may carry its date as outlets write it ("16 February 2022", a
    date object): it is read as the readers read one. A value that is no date is dropped with a
    warning (E116), and the events are dated null, never a coder failure of the document."""
    raw = document.published
    if raw is None:
        return document, None
    day = parse_published(raw)
    if day == raw:
        return document, None
    if day is not None:
        return replace(document, published=day), None
    return replace(document, published=None), msg("E116", value=raw, outcome="its events are dated null")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- module-level conveniences ------------------------------------------------------------------

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A Pipeline with default options, built on first use and reused by ``code_text``."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def code_text(text: str, published: str | dt.date | None = None) -> list[Event]:
    """Code one text with the default pipeline: ``flashpoint.code_text("...", "2022-02-16")``."""
    return default_pipeline().code_text(text, published)
