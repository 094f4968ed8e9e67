"""``flashpoint export --format FORMAT``: the store's events as Parquet, CSV, JSON Lines, GDELT 2.0,
PLOVER JSON or GeoJSON, with the filters of ``series``."""

from __future__ import annotations

import argparse
import sys

from ..analysis.exports import FORMATS, export
from ..store import Store
from .exit_codes import EXIT_OK
from .store_filters import add_filter_arguments, add_store_argument, filter_from


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the store's events (parquet, csv, jsonl, gdelt, plover, geojson)",
                       description="Write the store's events (factual ones by default; the filters of series "
                                   "choose others): parquet (a directory partitioned year=/month=), csv, jsonl "
                                   "(the event records), gdelt (the GDELT 2.0 event table, one row per happening), "
                                   "plover (PLOVER JSON Lines) or geojson (located events).")
    add_store_argument(p)
    p.add_argument("-f", "--format", required=True, choices=FORMATS, help="the format")
    p.add_argument("-o", "--output", metavar="PATH", help="the file (default: stdout), or for parquet a new directory")
    p.add_argument("-q", "--quiet", action="store_true", help="no count on stderr")
    add_filter_arguments(p)


def run(args: argparse.Namespace) -> int:
    f = filter_from(args)
    with Store.open(args.db, read_only=True) as store:
        written = export(store, format=args.format, filter=f, output=args.output)
    if not args.quiet:
        what = "file(s)" if args.format == "parquet" else ("happening(s)" if args.format == "gdelt" else "event(s)")
        print(f"flashpoint: exported {written} {what} as {args.format}"
              + (f" to {args.output}" if args.output and args.output != "-" else ""), file=sys.stderr)
    return EXIT_OK
