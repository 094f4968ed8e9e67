"""Dask speed-up: a LocalCluster of 2 workers against 1 worker, on the same input, in one run.

    python bench/dask_speedup.py ../shared/corpus/lee_background.txt [--workers 1,2] [--repeat 2]
                                 [--partition-size 25] [--limit N]

The corpus has one article per line; it is written as a JSONL file (published 2001-09-15) and coded
end to end by ``run_dask`` (split into partitions, coded by the workers, Parquet parts written and
read back in order) on a LocalCluster of each size. Each cluster is started and its workers warmed
up (Pipeline loaded, one document coded) before the clock starts: the figure is the coding, not the
start-up. Each size is timed ``--repeat`` times, alternating, and the best time is kept; the events
must be the same for every size. Run it on a quiet machine (``uptime``): the ratio is what counts.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2001-09-15"


def _warm(dask_worker=None) -> int:
    from flashpoint.run import dask as runner

    if runner._PIPELINE is None:
        raise RuntimeError("worker without a pipeline")
    _, pipeline = runner._PIPELINE
    return len(pipeline.code_text("Russian troops shelled Kharkiv on Tuesday, Ukrainian officials said.",
                                  published=PUBLISHED))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpus/lee_background.txt"))
    parser.add_argument("--workers", default="1,2", help="cluster sizes to compare (comma-separated)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"skipped: corpus not found at {corpus}", file=sys.stderr)
        return 0

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)

    from flashpoint import Options, Pipeline
    from flashpoint.run.dask import PLUGIN_NAME, PipelinePlugin, results, run_dask

    lines = [l.strip() for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.limit:
        lines = lines[: args.limit]
    sizes = [int(n) for n in args.workers.split(",")]
    options = Options(published=PUBLISHED, batch_size=args.batch_size, partition_size=args.partition_size)
    pipeline = Pipeline(options)
    print(f"corpus: {corpus.name}: {len(lines)} articles; partition size {args.partition_size}, "
          f"batch {args.batch_size}; cores {os.cpu_count()}; load average {os.getloadavg()[0]:.2f}")

    with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as tmp:
        data = Path(tmp) / "lee.jsonl"
        with data.open("w", encoding="utf-8") as f:
            for i, line in enumerate(lines, 1):
                f.write(json.dumps({"id": f"lee{i:03d}", "text": line}) + "\n")
        times: dict[int, list[float]] = {n: [] for n in sizes}
        events: dict[int, list] = {}
        clusters = {}
        try:
            for n in sizes:
                cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
                client = Client(cluster)
                client.register_plugin(PipelinePlugin(options), name=PLUGIN_NAME)
                client.run(_warm)
                clusters[n] = (cluster, client)
            for _ in range(args.repeat):
                for n in sizes:
                    client = clusters[n][1]
                    t = time.perf_counter()
                    out = list(results(run_dask([str(data)], options=options, pipeline=pipeline, client=client)))
                    times[n].append(time.perf_counter() - t)
                    events[n] = [e.to_dict() for r in out for e in r.events]
        finally:
            for cluster, client in clusters.values():
                client.close()
                cluster.close()
    base = min(times[sizes[0]])
    for n in sizes:
        best = min(times[n])
        print(f"{n} worker(s): {best:7.2f} s  {len(lines) / best:6.1f} articles/s  {len(events[n])} events  "
              f"speed-up {base / best:.2f}  (runs: {', '.join(f'{t:.1f}' for t in times[n])})")
    same = all(events[n] == events[sizes[0]] for n in sizes)
    print("same events for every cluster size" if same else "EVENTS DIFFER between cluster sizes")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
