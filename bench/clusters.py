"""Clusters against the multi-report gold set: pairwise precision and recall, and the time taken.

    python bench/clusters.py                    # code tests/stories/ with this checkout's coder, cluster, score
    python bench/clusters.py --db stories.duckdb   # keep the coded store (reused when it exists: recluster only)
    python bench/clusters.py --show-errors      # list the wrongly merged and wrongly split pairs
    python bench/clusters.py --json figures.json

The reports (``reports.jsonl``) and their near-duplicate copies (``dupes.jsonl``) are ingested as
``flashpoint ingest`` would, then clustered by ``flashpoint.analysis.clusters.cluster_new_events``.
Which events are scored and how: ``flashpoint.analysis.cluster_eval`` (the events of each report
that match its happening's source country, target country when given, and PLOVER type or CAMEO
root). The figures follow the coder: measure with the coder as it is on main.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.analysis.cluster_eval import coverage, load_story_gold, pairwise, scored_events  # noqa: E402
from flashpoint.analysis.clusters import cluster_new_events  # noqa: E402
from flashpoint.store import Store  # noqa: E402

STORIES = ROOT / "tests" / "stories"
COLUMNS = ("event_id", "doc_id", "source_country", "target_country", "plover_type", "cameo_root", "cluster_id",
           "status", "negated", "source_code", "target_code", "cameo", "date", "location_name", "sentence")


def build_store(path: Path, stories: Path) -> float:
    """Code the reports and copies into a new store as ``flashpoint ingest`` does; seconds taken."""
    from flashpoint.ingest import IngestOptions, read_inputs
    from flashpoint.pipeline import Pipeline
    from flashpoint.run import code_documents
    from flashpoint.store import Ingest

    start = time.perf_counter()
    pipeline = Pipeline()
    with Store.open(path) as store:
        run = Ingest(store, coder=pipeline.coder_info, batch_size=32)
        run.start(inputs=[str(stories)])
        docs = read_inputs([str(stories / "reports.jsonl"), str(stories / "dupes.jsonl")], options=IngestOptions())
        for result in code_documents(run.pending(docs), pipeline.options, pipeline=pipeline):
            run.add(result)
        run.finish()
    return time.perf_counter() - start


def score(path: Path, stories: Path, *, show_errors: bool) -> dict:
    gold = load_story_gold(stories)
    with Store.open(path) as store:
        store.clear_clusters()
        start = time.perf_counter()
        report = cluster_new_events(store)
        seconds = time.perf_counter() - start
        events = store.events_arrow(columns=list(COLUMNS)).to_pylist()
    figures = {"cluster_seconds": round(seconds, 3), "clusters_created": report.created,
               "events_clustered": report.events}
    for name, copies in (("with_copies", True), ("reports_only", False)):
        labels = scored_events(events, gold, copies=copies)
        s = pairwise(labels)
        figures[name] = {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                         "tp": s.tp, "fp": s.fp, "fn": s.fn, **coverage(labels, gold)}
    if show_errors:
        _show_errors(events, gold)
    return figures


def _show_errors(events: list[dict], gold) -> None:
    labels = scored_events(events, gold, copies=False)
    by_id = {e["event_id"]: e for e in events}
    by_cluster, by_gold = defaultdict(set), defaultdict(set)
    for eid, (g, c) in labels.items():
        by_cluster[c or eid].add(g)
        by_gold[g].add(c or eid)

    def line(e: dict) -> str:
        return (f"    {e['doc_id']:<14} {e['date']} {e['source_code']}-{e['cameo']}-{e['target_code']} "
                f"@{e['location_name']} [{(e['cluster_id'] or '-')[:8]}] {e['sentence'][:70]}")

    print("wrongly merged (one cluster, several happenings):")
    for cluster, happenings in sorted(by_cluster.items()):
        if len(happenings) > 1:
            print(f"  cluster {cluster[:8]}: {', '.join(sorted(happenings))}")
            for eid, (g, c) in sorted(labels.items(), key=lambda kv: kv[1][0]):
                if (c or eid) == cluster:
                    print(line(by_id[eid]))
    print("wrongly split (one happening, several clusters):")
    for happening, clusters in sorted(by_gold.items()):
        if len(clusters) > 1:
            print(f"  {happening}: {len(clusters)} clusters")
            for eid, (g, c) in sorted(labels.items(), key=lambda kv: (kv[1][1] or '', kv[0])):
                if g == happening:
                    print(line(by_id[eid]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--db", type=Path, help="store to build (or reuse when it exists)")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "stories.duckdb"
        coding = None
        if not path.exists():
            coding = build_store(path, args.stories)
        figures = score(path, args.stories, show_errors=args.show_errors)
    if coding is not None:
        figures["coding_seconds"] = round(coding, 1)
    for name in ("with_copies", "reports_only"):
        f = figures[name]
        print(f"{name:>13}: precision {f['precision']:.3f} ({f['tp']}/{f['tp'] + f['fp']}), recall {f['recall']:.3f} "
              f"({f['tp']}/{f['tp'] + f['fn']}), F1 {f['f1']:.3f} over {f['events']} events of {f['happenings']} "
              f"happenings ({f['main_happenings']} main, {f['distractors']} distractors)")
    print(f"clustering: {figures['events_clustered']} events into {figures['clusters_created']} clusters "
          f"in {figures['cluster_seconds']:.2f} s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
