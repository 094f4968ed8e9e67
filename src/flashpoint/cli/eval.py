"""``flashpoint eval GOLD.jsonl...``: score the coder on gold files of any known format.

The format of each file is told from its records (``flashpoint.evaluation.formats``): the sentence
sets, IndiaPoliceEvents, CAMEO-coded news, the written sentences and the article gold. The
article gold needs its corpus (``--corpus``); when the corpus is absent that file is skipped with
a message and the others are still scored. ``--agreement OTHER.jsonl`` scores a second hand coding
of the same articles against each article gold instead of the coder (how far two coders agree).
"""

from __future__ import annotations

import argparse
import json
import sys

from ..evaluation import CASES, CorpusMissing, evaluate_path
from ..evaluation.articles import agreement
from ..pipeline import Pipeline
from .arguments import options_from, setting_help
from .exit_codes import EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("eval", help="score the coder on gold files",
                        description="Score the coder on gold files; the format of each is told from its "
                                    "records (sentence sets, IndiaPoliceEvents, CAMEO news, written "
                                    "sentences, article gold).")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--show-errors", action="store_true",
                    help="list what was missed and what was wrongly coded, with the sentences")
    ev.add_argument("--format", choices=("text", "json"), default="text", dest="format")
    ev.add_argument("--case", choices=tuple(CASES), default=None,
                    help="code the texts lower-cased or upper-cased (the gold unchanged) to measure "
                         "the loss on such copy")
    ev.add_argument("--corpus", metavar="PATH", default=None,
                    help="lee_background.txt for the article gold (default: ../shared/corpus/ "
                         "next to the checkout)")
    ev.add_argument("--agreement", metavar="OTHER.jsonl", default=None,
                    help="score a second hand coding of the same articles against each article gold "
                         "instead of the coder: how far two coders agree (article gold only)")
    ev.add_argument("--model", metavar="NAME_OR_PATH", help=setting_help("model"))
    ev.add_argument("--actors", action="append", metavar="FILE", help=setting_help("actors"))


def run(args: argparse.Namespace) -> int:
    pipeline = Pipeline(options_from(args)) if args.agreement is None else None
    reports = {}
    for gold in args.gold:
        try:
            report = (agreement(gold, args.agreement, corpus=args.corpus) if pipeline is None
                      else evaluate_path(gold, pipeline, case=args.case, corpus=args.corpus))
        except CorpusMissing as exc:
            print(f"flashpoint: {gold}: {exc}", file=sys.stderr)
            continue
        reports[gold] = report
        if args.format == "text":
            print(f"== {gold}" + (f" (texts {args.case}-cased)" if args.case else ""))
            print(report.format_text(show_errors=args.show_errors))
            print()
    if args.format == "json":
        print(json.dumps({g: r.to_dict() for g, r in reports.items()}, indent=2, ensure_ascii=False))
    return EXIT_OK
