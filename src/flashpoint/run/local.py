"""The one-process runner: batches of ``options.batch_size`` through one Pipeline, in order."""

from __future__ import annotations

from typing import Iterable, Iterator

from ..options import Options
from ..pipeline import DocResult, Pipeline, batches
from ..records import Document, Rejection


def run_local(documents: Iterable[Document | Rejection], *, options: Options,
              pipeline: Pipeline | None = None) -> Iterator[DocResult]:
    """Code ``documents`` in this process with ``pipeline`` (built from ``options`` if not given)."""
    pipeline = pipeline if pipeline is not None else Pipeline(options)
    for batch in batches(documents, options.batch_size):
        yield from pipeline.code_batch(batch)
