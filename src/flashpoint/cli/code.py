"""``flashpoint code INPUT...``: read articles, write one record per event, summarise on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import FlashpointError, msg
from ..ingest import IngestOptions, read_inputs
from ..output import FORMATS, open_writer
from ..pipeline import Pipeline
from ..run import Progress, Summary, code_documents
from .arguments import add_dask_arguments, options_from, setting_help
from .exit_codes import EXIT_OK, EXIT_SOME_FAILED


def add_parser(sub: argparse._SubParsersAction) -> None:
    code = sub.add_parser("code", help="code articles into events",
                          description="Read articles (files, directories or - for stdin) and write one record per event.")
    code.add_argument("inputs", nargs="+", metavar="INPUT",
                      help=".txt, .html/.htm, .jsonl/.ndjson, .csv files, directories (recursive), or - for stdin")
    code.add_argument("-o", "--output", metavar="FILE", help="write events here (default: stdout)")
    code.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    code.add_argument("--errors", metavar="FILE", help="write every rejected input with its reason here (JSONL)")
    code.add_argument("--config", metavar="FILE", help="YAML file of settings (flags given here override it)")
    code.add_argument("--published", metavar="DATE", help=setting_help("published"))
    code.add_argument("--model", metavar="NAME_OR_PATH", help=setting_help("model"))
    code.add_argument("--workers", type=int, metavar="N", help=setting_help("workers"))
    code.add_argument("--batch-size", type=int, metavar="N", dest="batch_size", help=setting_help("batch_size"))
    code.add_argument("--max-bytes", type=int, metavar="N", dest="max_bytes", help=setting_help("max_bytes"))
    code.add_argument("--asserted-only", action="store_true", default=None, dest="asserted_only",
                      help=setting_help("asserted_only"))
    code.add_argument("--actors", action="append", metavar="FILE", help=setting_help("actors") + " (repeatable)")
    code.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                      help="progress on stderr: auto shows it only when stderr is a terminal")
    code.add_argument("-q", "--quiet", action="store_true", help="no run summary on stderr")
    add_dask_arguments(code)


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    for path in args.inputs:
        if path != "-" and not Path(path).exists():
            raise FlashpointError(msg("E002", path=path))
    writer, stream = open_writer(args.format, args.output)
    errors_out = open(args.errors, "w", encoding="utf-8") if args.errors else None
    show_progress = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr) if show_progress and not options.dask else None
    summary = Summary()
    try:
        # Built here, before any input is read, so a bad --actors file stops the run (exit 2).
        pipeline = Pipeline(options)
        if options.dask:
            from ..run.dask import results, run_dask

            coded = results(run_dask(list(args.inputs), options=options, pipeline=pipeline, parts_dir=args.parts,
                                     progress=sys.stderr if show_progress else None))
        else:
            documents = read_inputs(list(args.inputs), options=IngestOptions(
                max_bytes=options.max_bytes, published=options.published))
            coded = code_documents(documents, options, pipeline=pipeline)
        for result in coded:
            summary.add(result)
            for event in result.events:
                writer.write(event.to_dict())
            if result.rejection is not None and errors_out is not None:
                errors_out.write(json.dumps(result.rejection.to_dict(), ensure_ascii=False) + "\n")
            if progress:
                progress.update(summary)
    finally:
        writer.close()
        if stream is not None:
            stream.close()
        if errors_out is not None:
            errors_out.close()
        if progress:
            progress.done()
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return EXIT_SOME_FAILED if summary.rejected else EXIT_OK
