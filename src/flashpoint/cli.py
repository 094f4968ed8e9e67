"""Command line: ``flashpoint code INPUT...`` and ``flashpoint eval GOLD.jsonl``.

Exit status: 0 when every document was processed, 1 when some failed, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from typing import Sequence, TextIO

from .version import __version__
from .errors import FlashpointError
from .options import Options, SETTINGS, build_options
from .output import FORMATS, open_writer

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _help(name: str) -> str:
    return next(s.help for s in SETTINGS if s.name == name)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flashpoint",
        description="Turn news articles into political event data (CAMEO and PLOVER).")
    parser.add_argument("--version", action="version", version=f"flashpoint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code articles into events",
                          description="Read articles (files, directories or - for stdin) and write one record per event.")
    code.add_argument("inputs", nargs="+", metavar="INPUT",
                      help=".txt, .html/.htm, .jsonl/.ndjson, .csv files, directories (recursive), or - for stdin")
    code.add_argument("-o", "--output", metavar="FILE", help="write events here (default: stdout)")
    code.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    code.add_argument("--errors", metavar="FILE", help="write every rejected input with its reason here (JSONL)")
    code.add_argument("--config", metavar="FILE", help="YAML file of settings (flags given here override it)")
    code.add_argument("--published", metavar="DATE", help=_help("published"))
    code.add_argument("--model", metavar="NAME_OR_PATH", help=_help("model"))
    code.add_argument("--workers", type=int, metavar="N", help=_help("workers"))
    code.add_argument("--batch-size", type=int, metavar="N", dest="batch_size", help=_help("batch_size"))
    code.add_argument("--max-bytes", type=int, metavar="N", dest="max_bytes", help=_help("max_bytes"))
    code.add_argument("--asserted-only", action="store_true", default=None, dest="asserted_only",
                      help=_help("asserted_only"))
    code.add_argument("--actors", action="append", metavar="FILE", help=_help("actors") + " (repeatable)")
    code.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                      help="progress on stderr: auto shows it only when stderr is a terminal")
    code.add_argument("-q", "--quiet", action="store_true", help="no run summary on stderr")

    ev = sub.add_parser("eval", help="score the coder on a gold file",
                        description="Score the coder on gold files in the format of the development sets.")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--show-errors", action="store_true", help="list missed and spurious events with their sentences")
    ev.add_argument("--format", choices=("text", "json"), default="text", dest="format")
    ev.add_argument("--model", metavar="NAME_OR_PATH", help=_help("model"))
    ev.add_argument("--actors", action="append", metavar="FILE", help=_help("actors"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "code":
            return run_code(args)
        if args.command == "eval":
            return run_eval(args)
    except FlashpointError as exc:
        print(f"flashpoint: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("flashpoint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. "| head"): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _options_from(args: argparse.Namespace) -> Options:
    return build_options(
        config_file=getattr(args, "config", None),
        model=args.model, workers=getattr(args, "workers", None), batch_size=getattr(args, "batch_size", None),
        published=getattr(args, "published", None), asserted_only=getattr(args, "asserted_only", None),
        actors=tuple(args.actors) if args.actors else None, max_bytes=getattr(args, "max_bytes", None))


def run_code(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .errors import msg
    from .ingest import IngestOptions, read_inputs
    from .pipeline import Pipeline

    options = _options_from(args)
    for path in args.inputs:
        if path != "-" and not Path(path).exists():
            raise FlashpointError(msg("E002", path=path))
    writer, stream = open_writer(args.format, args.output)
    errors_out = open(args.errors, "w", encoding="utf-8") if args.errors else None
    show_progress = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr) if show_progress else None
    summary = Summary()
    try:
        pipeline = Pipeline(options)
        documents = read_inputs(list(args.inputs), options=IngestOptions(
            max_bytes=options.max_bytes, published=options.published))
        for result in pipeline.code_documents(documents):
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


def run_eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_file, format_report
    from .pipeline import Pipeline

    options = _options_from(args)
    pipeline = Pipeline(options)
    reports = {}
    for gold in args.gold:
        report = evaluate_file(gold, pipeline, show_errors=args.show_errors)
        reports[gold] = report
        if args.format == "text":
            print(f"== {gold}")
            print(format_report(report, show_errors=args.show_errors))
    if args.format == "json":
        print(json.dumps({g: r.to_dict() for g, r in reports.items()}, indent=2, ensure_ascii=False))
    return EXIT_OK


class Summary:
    """Counts for the run summary on stderr: documents, rejections by reason, events."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.documents = 0
        self.coded = 0
        self.rejected = 0
        self.reasons: Counter[str] = Counter()
        self.events = 0
        self.factual = 0
        self.undated = 0

    def add(self, result) -> None:
        self.documents += 1
        if result.rejection is not None:
            self.rejected += 1
            self.reasons[result.rejection.reason] += 1
        else:
            self.coded += 1
        self.events += len(result.events)
        self.factual += sum(1 for e in result.events if e.factual)
        if result.document is not None and result.document.published is None and result.rejection is None:
            self.undated += 1

    def render(self) -> str:
        seconds = time.monotonic() - self.started
        lines = [f"flashpoint: {self.documents} input(s), {self.coded} coded, {self.rejected} rejected; "
                 f"{self.events} event(s) ({self.factual} factual) in {seconds:.1f} s"]
        for reason, n in sorted(self.reasons.items()):
            lines.append(f"  rejected {reason}: {n}")
        if self.undated:
            lines.append(f"  warning: {self.undated} document(s) had no publication date; their events are "
                         f"dated null (pass --published DATE)")
        return "\n".join(lines)


class Progress:
    """A one-line progress display on a terminal (never used when stderr is piped)."""

    def __init__(self, stream: TextIO, every: float = 0.2):
        self.stream, self.every, self.last = stream, every, 0.0

    def update(self, summary: Summary) -> None:
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = summary.documents / max(now - summary.started, 1e-6)
        self.stream.write(f"\r{summary.documents} docs  {summary.events} events  "
                          f"{summary.rejected} rejected  {rate:.1f} docs/s ")
        self.stream.flush()

    def done(self) -> None:
        self.stream.write("\r" + " " * 70 + "\r")
        self.stream.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
