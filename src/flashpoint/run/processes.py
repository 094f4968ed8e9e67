"""The process-pool runner: ``options.workers`` processes, each with its own Pipeline built from
the options alone (resources handed to a Pipeline in the parent stay in the parent).

Batches go out as the input is read, at most two per worker in flight (so memory stays bounded on
any input size), and come back in input order. What can go wrong with a worker costs only the
documents it concerns:

- a document that runs over its time limit is stopped by the worker itself (``flashpoint.limits``)
  and rejected as ``timeout``; the worker goes on with its batch;
- a worker that dies (killed for its memory, a crash in native code) breaks the pool: a fresh pool
  takes over, and the batches that were in flight are coded again one document at a time, so that
  only a document that kills its worker again is rejected (``worker-error``);
- a worker that stops answering (stuck in native code, where even the alarm cannot reach) is killed
  when its batch is well over its documents' time limits; its documents are tried again alone the
  same way, and one that hangs again is rejected as ``timeout``.

On Ctrl-C or SIGTERM in the parent the workers are killed at once; what was already yielded stands.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator

from ..errors import msg
from ..options import Options
from ..pipeline import DocResult, Pipeline, batches
from ..records import Document, Rejection

#: Batches in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2
#: Seconds a batch may take beyond the time limits of its documents (a worker's start, loading
#: its Pipeline, included) before its worker is taken for stuck.
GRACE_SECONDS = 120.0

_WORKER: Pipeline | None = None


def run_processes(documents: Iterable[Document | Rejection], *, options: Options) -> Iterator[DocResult]:
    """Code ``documents`` on ``options.workers`` processes; one DocResult per input, in order."""
    pools = _Pools(options)
    window = options.workers * IN_FLIGHT_PER_WORKER
    pending: deque[tuple[list, Future]] = deque()
    try:
        for batch in batches(documents, options.batch_size):
            pending.append((batch, pools.submit(batch)))
            if len(pending) >= window:
                yield from _next(pending, pools)
        while pending:
            yield from _next(pending, pools)
    except BaseException:
        pools.kill()
        raise
    finally:
        pools.close()


def _next(pending: deque[tuple[list, Future]], pools: "_Pools") -> list[DocResult]:
    """The results of the oldest batch in flight. If its worker died or hung, every batch in
    flight is coded again one document at a time in a fresh pool, and the pool is renewed."""
    batch, future = pending.popleft()
    try:
        return future.result(timeout=_allowance(pools.options, len(batch)))
    except (BrokenProcessPool, FutureTimeout):
        pass  # below: the worker died or hung
    except Exception as exc:  # the task failed as a whole: keep every document, with the reason
        return _worker_errors(batch, exc)
    pools.kill()
    again = [batch] + [b for b, _ in pending]
    pending.clear()
    results = _one_by_one(again, pools.options)
    pools.renew()
    out = results[: len(batch)]
    rest = results[len(batch):]
    for b in again[1:]:
        pending.append((b, _done(rest[: len(b)])))
        rest = rest[len(b):]
    return out


def _allowance(options: Options, size: int) -> float | None:
    if options.timeout <= 0:
        return None
    return options.timeout * size + GRACE_SECONDS


def _one_by_one(batches_: list[list], options: Options) -> list[DocResult]:
    """Each document of ``batches_`` coded alone in a one-worker pool; a document that kills or
    hangs its worker is rejected (``worker-error``, ``timeout``) and the pool is renewed."""
    pools = _Pools(options.replace(workers=1))
    out: list[DocResult] = []
    try:
        for item in (i for b in batches_ for i in b):
            if isinstance(item, Rejection):
                out.append(DocResult(document=None, rejection=item))
                continue
            future = pools.submit([item])
            try:
                out.extend(future.result(timeout=_allowance(options, 1)))
                continue
            except FutureTimeout:
                reason, detail = "timeout", msg("E019", seconds=_allowance(options, 1))
            except BrokenProcessPool as exc:
                reason, detail = "worker-error", msg("E007", detail=f"the worker died ({exc})")
            except Exception as exc:
                reason, detail = "worker-error", msg("E007", detail=f"{type(exc).__name__}: {exc}")
            out.append(DocResult(document=item, rejection=Rejection(
                origin=item.origin or item.doc_id, reason=reason, detail=detail, doc_id=item.doc_id)))
            pools.kill()
            pools.renew()
    finally:
        pools.kill()
        pools.close()
    return out


def _done(results: list[DocResult]) -> Future:
    future: Future = Future()
    future.set_result(results)
    return future


class _Pools:
    """The current pool of worker processes, renewed when one breaks."""

    def __init__(self, options: Options) -> None:
        start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(start_method)
        self.options = options
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.options.workers, mp_context=self.context,
                                   initializer=_init_worker, initargs=(self.options,))

    def submit(self, batch: list) -> Future:
        return self.pool.submit(_worker_code, batch)

    def kill(self) -> None:
        """Kill the workers now (a stuck one would never take a request to stop)."""
        processes: dict[Any, Any] = getattr(self.pool, "_processes", None) or {}
        for process in list(processes.values()):
            try:
                process.kill()
            except (OSError, AttributeError, ValueError):
                pass
        self.pool.shutdown(wait=False, cancel_futures=True)

    def renew(self) -> None:
        self.pool = self._new()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(options: Options) -> None:
    # The parent decides what Ctrl-C and SIGTERM mean (it kills its workers); a worker inherits the
    # parent's handlers with "fork", so they are set back here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    global _WORKER
    _WORKER = Pipeline(options.replace(workers=1))


def _worker_code(batch: list) -> list[DocResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.code_batch(batch)


def _collect(batch: list, future: Future) -> list[DocResult]:
    """The results of one worker batch; if the task itself failed, each document says why."""
    try:
        return future.result()
    except Exception as exc:  # the whole task failed: keep every document, with the reason
        return _worker_errors(batch, exc)


def _worker_errors(batch: list, exc: BaseException) -> list[DocResult]:
    detail = msg("E007", detail=f"{type(exc).__name__}: {exc}")
    out = []
    for item in batch:
        if isinstance(item, Rejection):
            out.append(DocResult(document=None, rejection=item))
        else:
            out.append(DocResult(document=item, rejection=Rejection(
                origin=item.origin or item.doc_id, reason="worker-error", detail=detail, doc_id=item.doc_id)))
    return out
