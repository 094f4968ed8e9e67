"""``flashpoint series``: counts per day, week or month for a dyad or a country, as CSV, JSON or a PNG."""

from __future__ import annotations

import argparse
import sys

from ..analysis.series import UNITS, SeriesQuery, build_series, to_csv, to_json
from ..errors import FlashpointError, msg
from ..store import Store
from ..store.analysis_queries import NO_SPLIT, PERIODS, SPLITS
from .exit_codes import EXIT_OK
from .store_filters import add_filter_arguments, add_store_argument, filter_from


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("series", help="counts over time for a dyad or a country (CSV, JSON, PNG)",
                       description="Count happenings (clusters of reports, the default) or events per day, week "
                                   "or month for a dyad (--dyad RUS UKR) or a country (--country KEN), with the "
                                   "Goldstein sum and mean and the count per 100 documents ingested that period.")
    add_store_argument(p)
    add_filter_arguments(p)
    p.add_argument("--by", dest="period", choices=PERIODS, default="week", help="period (default: week)")
    p.add_argument("--split", choices=(NO_SPLIT,) + SPLITS, default=NO_SPLIT,
                   help="one row per QuadClass or PLOVER type in each period (default: none)")
    p.add_argument("--count", dest="unit", choices=UNITS, default="clusters",
                   help="count happenings (clusters; near-duplicate reports once) or events (default: clusters)")
    p.add_argument("-f", "--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    p.add_argument("--plot", metavar="FILE.png", help="also draw the series into a PNG")


def run(args: argparse.Namespace) -> int:
    query = SeriesQuery(filter=filter_from(args), period=args.period, split=args.split, unit=args.unit)
    if args.plot and not args.plot.lower().endswith(".png"):
        raise FlashpointError(msg("E741", path=args.plot))
    with Store.open(args.db, read_only=True) as store:
        series = build_series(store, query)
    text = to_json(series) if args.format == "json" else to_csv(series)
    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as exc:
            raise FlashpointError(msg("E742", path=args.output, detail=exc.strerror or exc)) from None
    else:
        sys.stdout.write(text)
    if args.plot:
        from ..analysis.plot import plot_series

        plot_series(series, args.plot)
    return EXIT_OK
