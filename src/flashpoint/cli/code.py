"""``flashpoint code INPUT...``: read articles, write one record per event, summarise on stderr.

The run always ends with its summary, however it ends: every input coded or rejected (exit status
by the share rejected), interrupted (Ctrl-C, SIGTERM), an output that failed, or a bug. What was
written before is kept, in whole records (``cli.outputs``).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from contextlib import contextmanager
from typing import Any, Iterator

from ..errors import FlashpointError, msg
from ..ingest import IngestOptions, Notice, read_inputs
from ..output import FORMATS
from ..pipeline import Pipeline
from ..run import Progress, Summary, code_documents
from .arguments import add_dask_arguments, options_from, setting_help
from .exit_codes import (EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OUTPUT_FAILED,
                         EXIT_TERMINATED, EXIT_USAGE, exit_status)
from .outputs import Output, Target, WriteFailed, check_outputs, open_outputs

EVENTS_FLAG, ERRORS_FLAG = "-o", "--errors"


def add_parser(sub: argparse._SubParsersAction) -> None:
    code = sub.add_parser("code", help="code articles into events",
                          description="Read articles (files, directories or - for stdin) and write one record per event.")
    code.add_argument("inputs", nargs="+", metavar="INPUT",
                      help=".txt, .html/.htm, .jsonl/.ndjson, .csv files, directories (recursive), or - for stdin")
    code.add_argument("-o", "--output", metavar="FILE", help="write events here (default: stdout)")
    code.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    code.add_argument("--errors", metavar="FILE",
                      help="write every rejected input, and every input read with a warning, here (JSONL)")
    code.add_argument("--config", metavar="FILE", help="YAML file of settings (flags given here override it)")
    code.add_argument("--published", metavar="DATE", help=setting_help("published"))
    code.add_argument("--model", metavar="NAME_OR_PATH", help=setting_help("model"))
    code.add_argument("--workers", type=int, metavar="N", help=setting_help("workers"))
    code.add_argument("--batch-size", type=int, metavar="N", dest="batch_size", help=setting_help("batch_size"))
    code.add_argument("--max-bytes", type=int, metavar="N", dest="max_bytes", help=setting_help("max_bytes"))
    code.add_argument("--timeout", type=float, metavar="SECONDS", help=setting_help("timeout"))
    code.add_argument("--asserted-only", action="store_true", default=None, dest="asserted_only",
                      help=setting_help("asserted_only"))
    code.add_argument("--actors", action="append", metavar="FILE", help=setting_help("actors") + " (repeatable)")
    code.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                      help="progress on stderr: auto shows it only when stderr is a terminal")
    code.add_argument("-q", "--quiet", action="store_true",
                      help="no run summary on stderr (a run that stops early still says why)")
    add_dask_arguments(code)


class Terminated(BaseException):
    """SIGTERM: stop like Ctrl-C, with the summary."""


@contextmanager
def _sigterm_stops_the_run() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    inputs = list(args.inputs)
    for path in inputs:
        if path != "-" and not os.path.lexists(path):
            raise FlashpointError(msg("E002", path=path))
    if args.format == "parquet" and args.output in (None, "-"):
        raise FlashpointError(msg("E006"))
    targets = [Target(flag=EVENTS_FLAG, path=args.output)]
    if args.errors:
        targets.append(Target(flag=ERRORS_FLAG, path=args.errors))
    read_too = [p for p in (args.config, *(args.actors or ())) if p]
    notes = check_outputs(targets, inputs=inputs, other_inputs=read_too)
    # Built before any output is opened, so a bad --actors file stops the run (exit 2) untouched.
    pipeline = Pipeline(options)
    outputs = open_outputs(targets, fmt=args.format)
    for note in notes:
        print(f"flashpoint: {note}", file=sys.stderr)
    summary = Summary()
    status = _code(args, pipeline=pipeline, outputs=outputs, summary=summary)
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    elif summary.stopped:
        print(f"flashpoint: {summary.stopped}", file=sys.stderr)
    return status if status is not None else exit_status(inputs=summary.documents, rejected=summary.rejected)


def _code(args: argparse.Namespace, *, pipeline: Pipeline, outputs: dict[str, Output], summary: Summary
          ) -> int | None:
    """Code every input into ``outputs``; the exit status if the run ended early, else None."""
    events_out, errors_out = outputs[EVENTS_FLAG], outputs.get(ERRORS_FLAG)
    notices: list[Notice] = []

    def on_notice(notice: Notice) -> None:
        summary.add_notice(notice.reason)
        notices.append(notice)

    options = pipeline.options
    skip = frozenset(o.identity for o in outputs.values() if o.identity is not None)
    documents = read_inputs(args.inputs, options=IngestOptions(
        max_bytes=options.max_bytes, published=options.published, skip=skip, notices=on_notice))
    show_progress = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr) if show_progress and not options.dask else None
    status: int | None = None
    try:
        with _sigterm_stops_the_run():
            if options.dask:  # the workers read the inputs (run/dask.py); Dask shows its own progress
                from ..run.dask import results, run_dask

                coded = results(run_dask(list(args.inputs), options=options, pipeline=pipeline, parts_dir=args.parts,
                                         progress=sys.stderr if show_progress else None, skip=skip),
                                notices=on_notice)
            else:
                coded = code_documents(documents, options, pipeline=pipeline)
            for result in coded:
                summary.add(result)
                for event in result.events:
                    events_out.write(event.to_dict())
                if errors_out is not None:
                    for notice in notices:
                        errors_out.write({**notice.to_dict(), "kept": True})
                    if result.rejection is not None:
                        errors_out.write({**result.rejection.to_dict(), "kept": False})
                    errors_out.commit()
                notices.clear()
                events_out.commit()
                if progress:
                    progress.update(summary)
            for out in outputs.values():
                out.close()
    except KeyboardInterrupt:
        status, summary.stopped = EXIT_INTERRUPTED, msg("E018", documents=summary.documents)
    except Terminated:
        status, summary.stopped = EXIT_TERMINATED, msg("E018", documents=summary.documents)
    except WriteFailed as exc:
        status = EXIT_OUTPUT_FAILED if exc.output.written else EXIT_USAGE
        summary.stopped = str(exc)
    except BrokenPipeError:  # the reader of stdout went away (e.g. "| head"): stop quietly
        _drop_stdout()
        status = EXIT_BROKEN_PIPE
    except FlashpointError as exc:  # a setting found wrong mid-run (a Dask scheduler out of reach, a
        status, summary.stopped = exc.exit_code, str(exc)  # worker without the model): said, no bug
    except Exception as exc:  # a bug: say so, keep what was written, and exit with its own status
        traceback.print_exc(file=sys.stderr)
        status, summary.stopped = EXIT_INTERNAL, msg("E017", detail=f"{type(exc).__name__}: {exc}".rstrip("."))
    finally:
        for out in outputs.values():
            try:
                out.close()
            except (WriteFailed, OSError):
                pass
        if progress:
            progress.done()
    return status


def _drop_stdout() -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
