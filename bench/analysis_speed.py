"""Speed of the analysis on a large generated store: a dyad series by week, a filtered page of
events, and clustering one day's new events (incremental: its cost follows the day, not the store).

    python bench/analysis_speed.py                        # generates /tmp/flashpoint-bench-1m.duckdb once (~2 min)
    python bench/analysis_speed.py --events 100000 --db /tmp/small.duckdb
    python bench/analysis_speed.py --json figures.json

The store comes from ``bench/generate_store.py`` (1,000,000 events by default, the last day's
events left unclustered). Each query runs ``--repeat`` times on a store opened read-only; the
median is reported (the first, cold run apart). Clustering runs once, on a copy of the store: the
last day's events (incremental), and with ``--full`` every event again, for comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from flashpoint.analysis.clusters import cluster_new_events  # noqa: E402
from flashpoint.analysis.series import SeriesQuery, build_series  # noqa: E402
from flashpoint.store import EventFilter, Store  # noqa: E402
from generate_store import generate  # noqa: E402


def timed(call, repeat: int) -> tuple[float, float, object]:
    """(cold ms, median warm ms, result)."""
    start = time.perf_counter()
    result = call()
    cold = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        runs.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(runs), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "flashpoint-bench-1m.duckdb")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--full", action="store_true",
                        help="also time a full recluster of the copy (every event again: minutes on 1M events)")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    figures: dict = {}
    if not args.db.exists():
        figures["generated"] = generate(args.db, events=args.events, leave_last_day=True)
    with Store.open(args.db, read_only=True) as store:
        counts = store.counts()
        figures["store"] = {"events": counts["events"], "clusters": counts["clusters"], "documents": counts["documents"]}
        dyad = EventFilter(dyad=("USA", "RUS"))
        cold, warm, series = timed(lambda: build_series(store, SeriesQuery(filter=dyad, period="week")), args.repeat)
        figures["series_week_ms"] = {"cold": round(cold, 1), "median": round(warm, 1), "weeks": len(series.rows),
                                     "happenings": sum(r.count for r in series.rows)}
        page_filter = EventFilter(dyad=("USA", "RUS"), cameo="19", date_from="2022-01-01", min_confidence=0.6)
        cold, warm, page = timed(lambda: store.events(page_filter, limit=100), args.repeat)
        figures["page_ms"] = {"cold": round(cold, 1), "median": round(warm, 1), "rows": len(page.rows)}
        if page.next_cursor:
            cold, warm, _ = timed(lambda: store.events(page_filter, limit=100, cursor=page.next_cursor), args.repeat)
            figures["next_page_ms"] = {"cold": round(cold, 1), "median": round(warm, 1)}
        text_filter = EventFilter(actor="UKR", text="ISR", date_from="2023-01-01", date_to="2023-12-31")
        cold, warm, _ = timed(lambda: store.events(text_filter, limit=100), args.repeat)
        figures["text_page_ms"] = {"cold": round(cold, 1), "median": round(warm, 1)}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.duckdb"
        shutil.copy(args.db, copy)
        with Store.open(copy) as store:
            start = time.perf_counter()
            run = cluster_new_events(store)
            figures["cluster_last_day"] = {"ms": round((time.perf_counter() - start) * 1000, 1),
                                           "new_events": run.events, "clusters_created": run.created,
                                           "joined": run.joined}
            if args.full:
                store.clear_clusters()
                start = time.perf_counter()
                run = cluster_new_events(store)
                figures["cluster_everything"] = {"ms": round((time.perf_counter() - start) * 1000, 1),
                                                 "events": run.events, "clusters_created": run.created}
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
