"""One way to put a faster component in for a stock one of the spaCy pipeline.

The faster component (``flashpoint_ner``, ``flashpoint_parser``) is added right after the stock
one, which is disabled but kept: ``fast: false`` and the identity checks run it, and the faster
component reads its weights.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language

try:  # BLIS comes with spaCy (through thinc): the sgemm its parser calls
    from blis.py import gemm
except ImportError:  # pragma: no cover - then the stock components stay
    gemm = None


def stand_in(nlp: Language, *, stock: str, name: str, supported: Callable[[Any], bool]) -> bool:
    """Stand component ``name`` in for the pipe ``stock`` when ``supported(stock pipe)``; returns
    whether ``name`` now runs (already there counts)."""
    if name in nlp.pipe_names:
        return True
    if stock not in nlp.pipe_names or not supported(nlp.get_pipe(stock)):
        return False
    nlp.add_pipe(name, after=stock)
    nlp.disable_pipe(stock)
    return True
