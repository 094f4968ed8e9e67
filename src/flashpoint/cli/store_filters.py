"""The flags that choose events in a store, shared by ``series``, ``alerts`` and ``export``.

Every value is checked by ``EventFilter`` before any query runs: an unknown country, actor, CAMEO
code or PLOVER type, or a date range that runs backwards, is a numbered message and exit status 2.
"""

from __future__ import annotations

import argparse

from ..store import DEFAULT_PATH, EventFilter
from ..store.filters import ALL, FACTUAL


def add_store_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", default=DEFAULT_PATH,
                   help=f"the store (default: ./{DEFAULT_PATH}); opened read-only")


def add_filter_arguments(p: argparse.ArgumentParser, *, who: bool = True) -> None:
    g = p.add_argument_group("which events")
    if who:
        g.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"),
                       help="events between two actors (country RUS, actor code RUSMIL or organisation NATO), "
                            "both directions unless --directed")
        g.add_argument("--directed", action="store_true", help="with --dyad: only SOURCE acting on TARGET")
        g.add_argument("--country", metavar="CODE", help="events with this actor on either side")
        g.add_argument("--source", metavar="CODE", help="events whose source is this actor")
        g.add_argument("--target", metavar="CODE", help="events whose target is this actor")
    g.add_argument("--from", dest="date_from", metavar="DATE", help="first event date, YYYY-MM-DD (inclusive)")
    g.add_argument("--to", dest="date_to", metavar="DATE", help="last event date, YYYY-MM-DD (inclusive)")
    g.add_argument("--cameo", metavar="CODE", help="a CAMEO root (\"19\") or code and its sub-codes (\"193\")")
    g.add_argument("--plover", metavar="TYPE", help="a PLOVER type (ASSAULT, PROTEST...)")
    g.add_argument("--quad", type=int, metavar="N", help="a QuadClass: 1 verbal / 2 material cooperation, "
                                                        "3 verbal / 4 material conflict")
    g.add_argument("--status", default=FACTUAL, metavar="STATUS",
                   help=f"{FACTUAL!r} (default: asserted, reported, historical, not negated), {ALL!r}, or "
                        "statuses separated by commas")
    g.add_argument("--min-confidence", type=float, dest="min_confidence", metavar="X",
                   help="events the coder is at least this sure of (0 to 1)")


def filter_from(args: argparse.Namespace) -> EventFilter:
    """The EventFilter of the parsed flags (checked when built)."""
    status = args.status if args.status in (FACTUAL, ALL) else tuple(s.strip() for s in args.status.split(","))
    return EventFilter(
        date_from=args.date_from, date_to=args.date_to,
        dyad=tuple(args.dyad) if getattr(args, "dyad", None) else None,
        directed=getattr(args, "directed", False), actor=getattr(args, "country", None),
        source=getattr(args, "source", None), target=getattr(args, "target", None), cameo=args.cameo,
        plover_type=args.plover, quad_class=args.quad, status=status, min_confidence=args.min_confidence)
