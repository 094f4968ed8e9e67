"""``flashpoint ingest INPUT... [--db FILE]``: code articles as ``code`` does and store them.

The store is opened before the model loads, so a store another process holds, or a file that is
not a store, fails at once (exit 2) with a numbered message. Coding goes through the same runners
as ``flashpoint code`` (``--workers N``); only what the store lacks is coded.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from itertools import chain
from pathlib import Path

from ..errors import FlashpointError, msg
from ..ingest import IngestOptions, read_inputs
from ..pipeline import Pipeline
from ..run import Progress, Summary, code_documents
from ..store import DEFAULT_PATH
from ..store.paths import COMMIT_EVERY
from .arguments import add_dask_arguments, options_from, setting_help
from .exit_codes import EXIT_OK, EXIT_SOME_FAILED


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="code articles into the event store (DuckDB)",
                       description="Code articles (files, directories or - for stdin) and store documents, "
                                   "events and rejections in a DuckDB file. Inputs already stored are skipped.")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files, directories (recursive) or - for stdin; none with --recode")
    p.add_argument("--db", metavar="FILE", default=DEFAULT_PATH,
                   help=f"the store (default: ./{DEFAULT_PATH}; created when absent)")
    p.add_argument("--recode", action="store_true",
                   help="code again the stored documents that another flashpoint or data version coded")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                   help="when another process holds the store, wait this long for it (default: fail at once)")
    p.add_argument("--config", metavar="FILE", help="YAML file of settings (flags given here override it)")
    p.add_argument("--published", metavar="DATE", help=setting_help("published"))
    p.add_argument("--model", metavar="NAME_OR_PATH", help=setting_help("model"))
    p.add_argument("--workers", type=int, metavar="N", help=setting_help("workers"))
    p.add_argument("--batch-size", type=int, metavar="N", dest="batch_size", help=setting_help("batch_size"))
    p.add_argument("--commit-every", type=int, metavar="N", dest="commit_every", default=COMMIT_EVERY,
                   help=f"documents per store transaction (default {COMMIT_EVERY}): a run killed meanwhile "
                        "codes at most these again when rerun")
    p.add_argument("--max-bytes", type=int, metavar="N", dest="max_bytes", help=setting_help("max_bytes"))
    p.add_argument("--actors", action="append", metavar="FILE", help=setting_help("actors") + " (repeatable)")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress on stderr: auto shows it only when stderr is a terminal")
    p.add_argument("-q", "--quiet", action="store_true", help="no run summary on stderr")
    add_dask_arguments(p)


def model_name(pipeline: Pipeline) -> str:
    meta = pipeline.nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def run(args: argparse.Namespace) -> int:
    from ..store import Ingest, Store  # DuckDB and pyarrow load only for a command that stores

    if args.commit_every < 1:
        raise FlashpointError(msg("E008", name="--commit-every", value=args.commit_every))
    if not args.inputs and not args.recode:
        if not Path(args.db).is_file():
            raise FlashpointError(msg("E717"))
        with Store.open(args.db, wait=args.wait) as store:  # an older store is upgraded on opening
            print(f"  store {args.db}: schema version {store.schema_version()}, nothing to ingest", file=sys.stderr)
        return 0
    options = options_from(args)
    for path in args.inputs:
        if path != "-" and not Path(path).exists():
            raise FlashpointError(msg("E002", path=path))
    show_progress = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr) if show_progress and not options.dask else None
    summary = Summary()
    with Store.open(args.db, wait=args.wait) as store:
        pipeline = Pipeline(options)  # a bad --actors file stops the run here, before anything is stored
        ingest = Ingest(store, coder=pipeline.coder_info, batch_size=args.commit_every, recode=args.recode)
        ingest.start(command="ingest", model=model_name(pipeline), options=dataclasses.asdict(options),
                     inputs=args.inputs)
        if options.dask:
            coded = _dask_results(args, ingest=ingest, options=options, pipeline=pipeline, progress=show_progress)
        else:
            documents = read_inputs(list(args.inputs), options=IngestOptions(
                max_bytes=options.max_bytes, published=options.published))
            todo = chain(ingest.stale_documents() if args.recode else (), ingest.pending(documents))
            coded = code_documents(todo, options, pipeline=pipeline)
        try:
            for result in coded:
                summary.add(result)
                ingest.add(result)
                if progress:
                    progress.update(summary)
            totals = ingest.finish()
            from ..analysis.clusters import cluster_new_events  # loaded once the coding is done

            clustered = cluster_new_events(store, run_id=ingest.run_id)  # the new events into happenings
        except BaseException as exc:
            try:
                ingest.finish(status="interrupted" if isinstance(exc, KeyboardInterrupt) else "failed")
            except FlashpointError:
                pass  # the store itself failed (disk full...): the error below says so
            raise
        finally:
            if progress:
                progress.done()
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
        print(f"  store {args.db} (run {ingest.run_id}): {totals.read} input(s) read, {totals.stored} stored, "
              f"{totals.recoded} recoded, {totals.unchanged} already stored, {totals.rejected} rejected; "
              f"{totals.events} event(s) stored", file=sys.stderr)
        print(f"  {clustered.render()}", file=sys.stderr)
        if ingest.stale:
            print("  warning: " + msg("E716", count=ingest.stale), file=sys.stderr)
    return EXIT_SOME_FAILED if totals.rejected else EXIT_OK


def _dask_results(args: argparse.Namespace, *, ingest: Ingest, options, pipeline: Pipeline, progress: bool):
    """Coded on Dask, then through the store's own choice of what to take (``Ingest.pending``), with
    the stale documents (``--recode``) first, as without Dask."""
    from ..run.dask import run_dask, through

    stale = list(ingest.stale_documents()) if args.recode else []
    left = [len(stale)]  # the first inputs of the run are the stale documents: always taken

    def keep(items):
        items = list(items)
        n = min(left[0], len(items))
        left[0] -= n
        yield from items[:n]
        yield from ingest.pending(items[n:])

    parts = run_dask(list(args.inputs), options=options, pipeline=pipeline, parts_dir=args.parts, documents=stale,
                     progress=sys.stderr if progress else None)
    return through(parts, keep)
