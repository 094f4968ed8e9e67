"""The process-pool runner: ``options.workers`` processes, each with its own Pipeline built from
the options alone (resources handed to a Pipeline in the parent stay in the parent).

Batches go out as the input is read, at most two per worker in flight (so memory stays bounded on
any input size), and come back in input order. A worker that dies takes only its batch with it:
each of its documents becomes a ``worker-error`` rejection, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator

from ..errors import msg
from ..options import Options
from ..pipeline import DocResult, Pipeline, batches
from ..records import Document, Rejection

#: Batches in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2

_WORKER: Pipeline | None = None


def run_processes(documents: Iterable[Document | Rejection], *, options: Options) -> Iterator[DocResult]:
    """Code ``documents`` on ``options.workers`` processes; one DocResult per input, in order."""
    start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(start_method)
    window = options.workers * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=context,
                             initializer=_init_worker, initargs=(options,)) as pool:
        pending: deque[tuple[list, Future]] = deque()
        for batch in batches(documents, options.batch_size):
            pending.append((batch, pool.submit(_worker_code, batch)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _init_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Pipeline(options.replace(workers=1))


def _worker_code(batch: list) -> list[DocResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.code_batch(batch)


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
