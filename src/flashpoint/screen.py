"""Screening: reject what cannot be coded before spending a parse on it.

An empty text and a text that is not English become ``Rejection``s with their reason (data, not
exceptions), so a batch goes on and the run summary can count them.
"""

from __future__ import annotations

from .errors import msg
from .records import Document, Rejection

#: The language check looks at the first this many words of a text...
SAMPLE_WORDS = 600
#: ...and judges only when at least this many different lower-case words are among them (a
#: sentence said forty times tells no more about its language than said once).
MIN_JUDGED_WORDS = 20
_PUNCTUATION = ".,;:!?\"'()"


def screen(document: Document, *, english_words: frozenset[str], min_english: float) -> Rejection | None:
    """The reason ``document`` cannot be coded (empty, not-english), or None when it can."""
    text = document.text
    origin = document.origin or document.doc_id
    if text is not None and not isinstance(text, str):  # a Document made in Python with bytes, say
        return Rejection(origin=origin, reason="missing-text", detail=msg("E112", kind=type(text).__name__),
                         doc_id=document.doc_id)
    if not text or not text.strip():
        return Rejection(origin=origin, reason="empty", detail=msg("E101"), doc_id=document.doc_id)
    # Only lower-case words count: names say nothing about the language of a text.
    words = [w.strip(_PUNCTUATION) for w in text.split()[:SAMPLE_WORDS]]
    words = [w for w in words if w and w[0].islower()]
    if len(set(words)) >= MIN_JUDGED_WORDS:
        share = sum(w in english_words for w in words) / len(words)
        if share < min_english:
            return Rejection(origin=origin, reason="not-english", detail=msg("E012", share=share),
                             doc_id=document.doc_id)
    return None
