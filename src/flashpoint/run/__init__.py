"""Runners: they feed documents to ``Pipeline.code_batch`` and hand back one ``DocResult`` per input,
in input order. The CLI, the Python API and (later) a distributed runner use them; the core
(``pipeline`` and everything below it) never imports them.

- ``code_documents(documents, options=None, *, pipeline=None)``: the runner ``options.dask`` or
  ``options.workers`` asks for
- ``run_local`` (this process) and ``run_processes`` (a pool of worker processes); ``dask.run_dask``
  (a Dask cluster: imported only when asked for, as Dask takes a while to import)
- ``Summary`` (counts for the run summary) and ``Progress`` (a one-line display of them)

A runner needs nothing but ``Options`` and ``code_batch``: a worker builds its own Pipeline from
the options it is given.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..options import Options
from ..pipeline import DocResult, Pipeline, default_pipeline
from ..records import Document, Rejection
from .local import run_local
from .processes import run_processes
from .progress import Progress
from .summary import Summary


def code_documents(documents: Iterable[Document | Rejection], options: Options | None = None, *,
                   pipeline: Pipeline | None = None) -> Iterator[DocResult]:
    """Code documents in this process (``options.workers`` 1), in worker processes (more), or on
    the Dask cluster ``options.dask``.

    The Pipeline is built now from ``options`` (so a bad ``--actors`` file fails before any
    coding), unless one is given; with neither, the default Pipeline is used.
    """
    if pipeline is None:
        pipeline = Pipeline(options) if options is not None else default_pipeline()
    options = options if options is not None else pipeline.options
    if options.dask:
        from .dask import results, run_dask

        return results(run_dask((), documents=documents, options=options, pipeline=pipeline))
    if options.workers > 1:
        return run_processes(documents, options=options)
    return run_local(documents, options=options, pipeline=pipeline)


__all__ = ["code_documents", "run_local", "run_processes", "Summary", "Progress"]
