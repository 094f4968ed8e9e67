"""The Dask runner: the same ``Pipeline.code_batch`` on the workers of a Dask cluster.

``options.dask`` says which cluster: ``local`` or ``local:N`` starts a ``LocalCluster`` of N worker
processes (one thread each) on this machine; ``tcp://HOST:8786`` (any address with a protocol)
joins a running scheduler. Each worker loads the model and the data once, when the run registers
``PipelinePlugin`` on it (and again on a worker that restarts).

A run: the client splits the inputs into partitions (``partitions``), submits one task per
partition, and each task reads its partition, codes it in batches of ``options.batch_size`` and
writes its Parquet part (``parts``) into the parts folder, named by the partition's content hash.
Then the client reads the parts back in input order: ``flashpoint code --dask`` writes its usual
output from them and ``flashpoint ingest --dask`` hands them to the store, exactly as the other
runners' results.

A worker that dies mid-partition: the scheduler gives the partition to another worker (up to
``distributed.scheduler.allowed-failures`` times); the part is written once, whole, so nothing is
lost or doubled. A partition lost more often than that becomes one ``worker-error`` rejection per
input, as in the process pool. A finished part is reused by a later run over the same parts folder.

Requirements on a cluster of several machines: the inputs and the parts folder on a filesystem the
client and every worker see at the same path, and the same flashpoint, data and model on each
(checked: a worker that differs stops the run with a message saying how).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TextIO

from distributed import WorkerPlugin

from ..errors import FlashpointError, msg
from ..ingest import IngestOptions
from ..ingest.readers import Notice
from ..options import Options, check_dask_address
from ..pipeline import DocResult, Pipeline, batches
from ..records import Document, Rejection
from .partitions import InputChanged, Partition, plan_partitions, read_partition
from .parts import part_complete, read_notices, read_part, write_part

PLUGIN_NAME = "flashpoint-pipeline"
TASK_PREFIX = "flashpoint-partition"

Item = Document | Rejection


def fingerprint(pipeline: Pipeline, options: Options | None = None) -> dict[str, Any]:
    """What makes two runs code alike: code version, data hash, model, and the settings that change
    the output (``options``, else the pipeline's own)."""
    meta = pipeline.nlp.meta
    options = options if options is not None else pipeline.options
    # how a run is run never changes what it codes: those settings are left out (set alike)
    settings = dataclasses.asdict(options.replace(workers=1, batch_size=1, dask=None, partition_size=1))
    return {"version": pipeline.coder_info["version"], "data_hash": pipeline.coder_info["data_hash"],
            "model": f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}",
            "settings": settings}


def fingerprint_hash(value: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


# -- on the workers -------------------------------------------------------------------------------

_PIPELINE: tuple[str, Pipeline] | None = None   # (fingerprint hash, pipeline) of this worker process
_SETUP_ERROR: str | None = None
_LOCK = threading.Lock()  # a worker started with several threads codes one partition at a time


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin that builds the worker's Pipeline once, from the run's options.

    A failure is kept and said by each task (a worker without the model, say), rather than
    logged as a traceback on the worker only.
    """

    name = PLUGIN_NAME

    def __init__(self, options: Options):
        self.options = options

    def setup(self, worker: Any = None) -> None:
        global _PIPELINE, _SETUP_ERROR
        _SETUP_ERROR = None
        try:
            pipeline = Pipeline(self.options.replace(workers=1, dask=None))
        except Exception as exc:  # reported by every task of this worker, with the reason
            _SETUP_ERROR = f"{type(exc).__name__}: {exc}"
            return
        _PIPELINE = (fingerprint_hash(fingerprint(pipeline)), pipeline)


def _worker_pipeline(options: Options, expected: dict[str, Any]) -> Pipeline:
    global _PIPELINE
    worker = _worker_name()
    if _SETUP_ERROR is not None:
        raise FlashpointError(msg("E092", worker=worker, detail=_SETUP_ERROR))
    if _PIPELINE is None:  # a worker that joined without the plugin: build it here, once
        PipelinePlugin(options).setup()
        return _worker_pipeline(options, expected)
    found, pipeline = _PIPELINE
    if found != fingerprint_hash(expected):
        mine = fingerprint(pipeline)
        differ = sorted(k for k in expected if expected[k] != mine.get(k))
        raise FlashpointError(msg("E093", worker=worker,
                                  worker_has=", ".join(f"{k} {mine.get(k)}" for k in differ),
                                  client_has=", ".join(f"{k} {expected[k]}" for k in differ)))
    return pipeline


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"{socket.gethostname()} (pid {os.getpid()})"


@dataclass(frozen=True)
class PartInfo:
    """What a task returns: the part's key and its counts (the part itself is on disk)."""

    key: str
    inputs: int
    events: int
    rejected: int
    reused: bool = False


def code_partition(partition: Partition, *, parts_dir: str, options: Options,
                   expected: dict[str, Any]) -> PartInfo:
    """The task of one partition: read it, code it with this worker's Pipeline, write its part."""
    if part_complete(parts_dir, partition.key):
        return PartInfo(key=partition.key, inputs=0, events=0, rejected=0, reused=True)
    if not os.path.isdir(parts_dir):
        raise FlashpointError(msg("E095", worker=_worker_name(), path=parts_dir, detail="no such folder"))
    pipeline = _worker_pipeline(options, expected)
    said: list[Notice] = []
    reading = IngestOptions(max_bytes=options.max_bytes, published=options.published, notices=said.append)
    items: list[Item] = []
    notices: list[tuple[int, Notice]] = []
    try:
        for item in read_partition(partition, options=reading):
            notices.extend((len(items), notice) for notice in said)  # said while reading this item
            said.clear()
            items.append(item)
    except InputChanged as exc:
        raise FlashpointError(msg("E094", worker=_worker_name(), path=exc.path, detail=exc.detail)) from None
    results: list[DocResult] = []
    with _LOCK:
        for batch in batches(items, options.batch_size):
            results.extend(pipeline.code_batch(batch))
    try:
        write_part(parts_dir, partition.key, results=results, notices=notices)
    except OSError as exc:
        raise FlashpointError(msg("E095", worker=_worker_name(), path=parts_dir,
                                  detail=exc.strerror or str(exc))) from None
    return PartInfo(key=partition.key, inputs=len(results), events=sum(len(r.events) for r in results),
                    rejected=sum(1 for r in results if r.rejection is not None))


# -- on the client --------------------------------------------------------------------------------

@contextmanager
def dask_client(address: str, *, timeout: float = 10) -> Iterator[Any]:
    """A ``distributed.Client`` for ``address`` (starting and stopping a LocalCluster for local[:N]);
    ``timeout``: seconds to wait for a scheduler to answer."""
    from distributed import Client, LocalCluster

    check_dask_address(address)
    kind, _, count = address.partition(":")
    if kind == "local":
        workers = int(count) if count else (os.cpu_count() or 1)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise FlashpointError(msg("E091", address=address, detail=str(exc) or type(exc).__name__)) from None
    try:
        yield client
    finally:
        client.close()


@dataclass
class PartitionResult:
    """One partition's inputs and results, in input order, once its part is read back."""

    partition: Partition
    pairs: list[tuple[Item, DocResult]]
    notices: dict[int, list[Notice]] = field(default_factory=dict)  # by the position of their input


def run_dask(paths: Iterable[str], *, options: Options, pipeline: Pipeline, parts_dir: str | None = None,
             documents: Iterable[Item] = (), progress: TextIO | None = None,
             client: Any = None, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[PartitionResult]:
    """Code ``documents`` (read already) and then ``paths`` on the Dask cluster ``options.dask``
    (or ``client``); yields each partition's inputs and results, in input order.

    ``pipeline``: the client's own Pipeline, whose code, data and model every worker must match
    (building it first also stops a bad ``--actors`` file before anything is submitted). ``parts_dir``: where the
    parts go (kept, and reused by the next run); a temporary folder, removed at the end, when None.
    ``progress``: a stream for Dask's progress bar. ``skip``: files never read, not even inside an
    input folder (the run's own outputs: ``IngestOptions.skip``).
    """
    expected = fingerprint(pipeline, options)
    reading = IngestOptions(max_bytes=options.max_bytes, published=options.published, skip=skip)
    partitions = list(plan_partitions(paths, options=reading, size=options.partition_size,
                                      salt=fingerprint_hash(expected), documents=documents))
    own_dir = parts_dir is None
    folder = Path(tempfile.mkdtemp(prefix="flashpoint-parts-")) if own_dir else Path(parts_dir)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if client is not None:
            yield from _run(client, partitions, options=options, expected=expected, folder=folder, progress=progress)
        else:
            with dask_client(options.dask or "local") as own:
                yield from _run(own, partitions, options=options, expected=expected, folder=folder,
                                progress=progress)
    finally:
        if own_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _run(client: Any, partitions: list[Partition], *, options: Options, expected: dict[str, Any], folder: Path,
         progress: TextIO | None) -> Iterator[PartitionResult]:
    from distributed import as_completed

    todo = [p for p in partitions if not part_complete(folder, p.key)]
    futures = {}
    if todo:
        client.register_plugin(PipelinePlugin(options), name=PLUGIN_NAME)
        worker_options = options.replace(dask=None, workers=1)
        for partition in todo:
            if partition.key not in futures:
                futures[partition.key] = client.submit(
                    code_partition, partition, parts_dir=str(folder.resolve()), options=worker_options,
                    expected=expected, key=f"{TASK_PREFIX}-{partition.key}", pure=False)
        if progress is not None:
            show_progress(list(futures.values()), stream=progress)
        for future in as_completed(list(futures.values())):
            error = future.exception() if future.status == "error" else None
            if isinstance(error, FlashpointError):
                # a configuration error: stop at once, say why (the error taken before cancelling:
                # a cancelled future no longer holds it)
                client.cancel(list(futures.values()))
                raise error
    for partition in partitions:
        future = futures.get(partition.key)
        if future is not None and future.status != "finished":
            error = future.exception() if future.status == "error" else None
            yield PartitionResult(partition, _lost(partition, error, options=options))
            continue
        yield PartitionResult(partition, read_part(folder, partition.key), read_notices(folder, partition.key))


def _lost(partition: Partition, error: BaseException | None, *, options: Options) -> list[tuple[Item, DocResult]]:
    """A partition no worker could finish: each of its inputs a worker-error rejection."""
    detail = msg("E096", tries="" if error is None else f" ({type(error).__name__})",
                 detail="no result" if error is None else str(error) or type(error).__name__)
    reading = IngestOptions(max_bytes=options.max_bytes, published=options.published)
    out = []
    for item in read_partition(partition, options=reading, verify=False):
        if isinstance(item, Rejection):
            out.append((item, DocResult(document=None, rejection=item)))
        else:
            out.append((item, DocResult(document=item, rejection=Rejection(
                origin=item.origin or item.doc_id, reason="worker-error", detail=detail, doc_id=item.doc_id))))
    return out


def show_progress(futures: list, *, stream: TextIO) -> None:
    """Dask's own text progress bar (``distributed.progress``), drawn on ``stream`` (stderr: the
    events may be on stdout); returns when every partition is done."""
    from distributed.diagnostics.progressbar import TextProgressBar

    class Bar(TextProgressBar):
        def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:  # noqa: A002 (Dask's name)
            frac = (1 - remaining / all) if all else 1.0
            stream.write(f"\r[{'#' * int(self.width * frac):<{self.width}}] | {int(100 * frac)}% of "
                         f"{all} partitions | {self.elapsed:.1f} s")
            stream.flush()

        def _draw_stop(self, **kwargs: Any) -> None:
            stream.write("\33[2K\r")
            stream.flush()

    Bar(futures, complete=True)


# -- what the commands take from it -------------------------------------------------------------

def results(parts: Iterable[PartitionResult], *, notices: Callable[[Notice], None] | None = None
            ) -> Iterator[DocResult]:
    """Every DocResult, in input order (``flashpoint code --dask``); ``notices`` is called with the
    reader's notices of each input before its result comes, as ``IngestOptions.notices`` is."""
    for part in parts:
        for position, (_, result) in enumerate(part.pairs):
            if notices is not None:
                for notice in part.notices.get(position, ()):
                    notices(notice)
            yield result


def through(parts: Iterable[PartitionResult], keep: Callable[[Iterable[Item]], Iterable[Item]]
            ) -> Iterator[DocResult]:
    """The results of the inputs ``keep`` lets through, partition by partition, in order; an item
    that ``keep`` makes anew (a rejection of its own) comes out as a result with no document.

    ``flashpoint ingest --dask`` passes ``Ingest.pending``: the store decides which coded inputs it
    takes (new ones, id conflicts) exactly as it decides which inputs to code without Dask.
    """
    for part in parts:
        coded = {id(item): result for item, result in part.pairs}
        for item in keep(item for item, _ in part.pairs):
            result = coded.get(id(item))
            if result is None:
                result = DocResult(document=None, rejection=item if isinstance(item, Rejection) else None)
            yield result


__all__ = ["run_dask", "dask_client", "code_partition", "PipelinePlugin", "PartitionResult", "results", "through",
           "fingerprint", "show_progress"]
