"""Parsing a text of any length: pieces under a size cut at paragraph or sentence boundaries, one
parse each, joined into one Doc whose text is the whole text (so every span still points into it).

spaCy refuses texts over ``nlp.max_length`` (E088), and its parser's memory grows with the length
of what it is given (about 3 MB per KB of text with ``en_core_web_sm``): a 1 MB article parsed in
one go needs gigabytes. Parsed in pieces of ``PIECE_CHARS``, time and memory grow with the length,
and the parse can be stopped between two pieces when a document runs over its time limit.

A piece ends, by preference, after a blank line (the end of a paragraph, which always ends a
sentence), else after the end of a sentence, else after a space; a text with no space at all
(one enormous token) is cut where it must be.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

#: Texts up to this many characters are parsed whole; longer ones in pieces of at most this size.
PIECE_CHARS = 20_000
#: A paragraph break is used only when it leaves at least this share of a full piece before it;
#: otherwise a sentence end closer to the size is preferred.
_MIN_SHARE = 0.5
_PARAGRAPH = re.compile(r"\n\s*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


def piece_limit(nlp: Language) -> int:
    """The size of the pieces for ``nlp``: ``PIECE_CHARS``, or less under a smaller max_length."""
    return max(1, min(PIECE_CHARS, nlp.max_length - 1))


def split_text(text: str, *, max_chars: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``max_chars`` characters; joined, they are
    ``text`` exactly. Each piece but the last ends after a boundary (see the module's docstring)."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start=start, stop=start + max_chars)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, *, start: int, stop: int) -> int:
    """Where to end the piece that starts at ``start`` and may not go past ``stop``."""
    window = text[start:stop]
    floor = max(1, int(len(window) * _MIN_SHARE))
    for pattern in (_PARAGRAPH, _SENTENCE_END):
        last = _last_end(pattern, window, floor=floor)
        if last is not None:
            return start + last
    last = _last_end(_SPACE, window, floor=1)
    return start + (last if last is not None else len(window))


def _last_end(pattern: re.Pattern[str], window: str, *, floor: int) -> int | None:
    """The end of the last match of ``pattern`` in ``window``, if it ends at ``floor`` or later."""
    found = None
    for m in pattern.finditer(window):
        found = m.end()
    return found if found is not None and found >= floor else None


def parse(nlp: Language, text: str, *, check: Callable[[], None] | None = None) -> Doc:
    """The Doc of ``text`` of any length; ``check`` is called before each piece (it may raise to
    stop a parse that runs over a time limit)."""
    limit = piece_limit(nlp)
    if len(text) <= limit:
        if check is not None:
            check()
        return nlp(text)
    docs = list(_parse_pieces(nlp, split_text(text, max_chars=limit), check=check))
    # What the components kept in a piece's user_data (the dateline's shape) is about that piece:
    # spaCy cannot merge it (W102), and the whole Doc finds it again from its own text.
    for doc in docs:
        doc.user_data.clear()
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])


def _parse_pieces(nlp: Language, pieces: list[str], *, check: Callable[[], None] | None) -> Iterator[Doc]:
    """The Doc of each piece, without its tensor: the token vectors of the model's tok2vec (about
    400 bytes a token) serve only the model's own components, and flashpoint reads none of them."""
    for piece in pieces:
        if check is not None:
            check()
        doc = nlp(piece)
        doc.tensor = _NO_TENSOR
        yield doc
