"""``flashpoint alerts [--since DATE]``: dyads and countries escalating against their own baseline."""

from __future__ import annotations

import argparse
import json
import sys

from ..analysis.alerts import AlertSettings, find_alerts, render
from ..errors import FlashpointError, msg
from ..store import Store
from .exit_codes import EXIT_OK
from .store_filters import add_store_argument


def add_parser(sub: argparse._SubParsersAction) -> None:
    defaults = AlertSettings()
    p = sub.add_parser("alerts", help="escalation of dyads and countries against their own baseline",
                       description="Test every dyad and country, day by day, for a rise in material-conflict "
                                   "happenings (1- and 3-day windows) or a drop in mean Goldstein (7 days) against "
                                   "the days before; print each alert with what rose, the baseline, how unusual "
                                   "it is and the happenings behind it.")
    add_store_argument(p)
    p.add_argument("--since", metavar="DATE", help="alerts reaching this day or later (default: the last 7 days "
                                                   "of the store's data)")
    p.add_argument("--until", metavar="DATE", help="the last day tested (default: the store's last event date)")
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="only this dyad (either direction)")
    p.add_argument("--country", metavar="CODE", help="only this country")
    p.add_argument("--baseline-days", type=int, default=defaults.baseline_days, dest="baseline_days",
                   help=f"days of the baseline (default {defaults.baseline_days})")
    p.add_argument("--p-value", type=float, default=defaults.p_value, dest="p_value",
                   help=f"count test: alert below this p-value (default {defaults.p_value:g}; smaller: fewer alerts)")
    p.add_argument("--evidence", type=int, default=5, metavar="N", help="happenings listed per alert (default 5)")
    p.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")


def run(args: argparse.Namespace) -> int:
    if args.evidence < 0:
        raise FlashpointError(msg("E744", name="evidence", value=args.evidence, reason="give 0 or more"))
    settings = AlertSettings(baseline_days=args.baseline_days, p_value=args.p_value)
    with Store.open(args.db, read_only=True) as store:
        alerts = find_alerts(store, since=args.since, until=args.until,
                             dyad=tuple(args.dyad) if args.dyad else None, country=args.country,
                             settings=settings, evidence=args.evidence)
    if args.format == "json":
        text = json.dumps([a.to_dict() for a in alerts], indent=2, ensure_ascii=False) + "\n"
    else:
        text = render(alerts)
    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise FlashpointError(msg("E742", path=args.output, detail=exc.strerror or exc)) from None
    else:
        sys.stdout.write(text)
    return EXIT_OK
