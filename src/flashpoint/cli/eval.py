"""``flashpoint eval GOLD.jsonl...``: score the coder on gold files of the development-set format."""

from __future__ import annotations

import argparse
import json

from ..evaluation import evaluate_file, format_report
from ..pipeline import Pipeline
from .arguments import options_from, setting_help
from .exit_codes import EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("eval", help="score the coder on a gold file",
                        description="Score the coder on gold files in the format of the development sets.")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--show-errors", action="store_true", help="list missed and spurious events with their sentences")
    ev.add_argument("--format", choices=("text", "json"), default="text", dest="format")
    ev.add_argument("--model", metavar="NAME_OR_PATH", help=setting_help("model"))
    ev.add_argument("--actors", action="append", metavar="FILE", help=setting_help("actors"))


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
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
