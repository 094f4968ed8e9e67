"""What storing costs: ``flashpoint ingest`` into a new DuckDB store against ``flashpoint code`` to a
JSON Lines file, on the same corpus, side by side in one run.

    python3 bench/ingest.py ../shared/corpus/lee_background.txt [--limit N] [--repeat 3] [--workers 1]

The corpus has one article per line; it is written once as JSON Lines (id, text, published) and
both commands read that file through the command line's own ``main`` in this process, alternating,
``--repeat`` times each; the best time of each is reported, as wall-clock time and as the process's
CPU time (on a shared, busy machine the CPU time is the steadier of the two; quote the ratios).
Both include building the pipeline; ingest writes into a new store every time (so it codes
everything: nothing is skipped as already stored), including the near-duplicate index, the run
manifest, one transaction per ``--commit-every`` documents and the clustering pass. A second
ingest of the same file into the same store, which codes nothing, is timed too.

Last, the store's own work alone, without the noise of coding: the corpus coded once in memory,
then stored ``--repeat`` times into new stores through ``Ingest`` (what ``flashpoint ingest`` does
with each coded document) and clustered, timed by phase: opening, the near-duplicate signatures
and lookups, the batch writes, the clustering pass, closing.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpus/lee_background.txt"))
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"skipped: corpus not found at {corpus}", file=sys.stderr)
        return 0

    from flashpoint.cli import main as flashpoint
    from flashpoint.store import Store

    lines = [line.strip() for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        lines = lines[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "corpus.jsonl"
        source.write_text("".join(json.dumps({"id": f"lee-{i + 1}", "text": line, "published": "2001-09-15"}) + "\n"
                                  for i, line in enumerate(lines)), encoding="utf-8")
        common = ["--workers", str(args.workers), "-q", "--progress", "never"]

        def cpu() -> float:
            t = os.times()
            return t.user + t.system

        def run(command: list[str]) -> tuple[float, float]:
            started, started_cpu = time.perf_counter(), cpu()
            with contextlib.redirect_stderr(io.StringIO()):
                status = flashpoint(command)
            assert status in (0, 1), f"{command[0]} failed with status {status}"
            return time.perf_counter() - started, cpu() - started_cpu

        flashpoint(["code", str(source), "-o", str(work / "warm.jsonl")] + common)  # warm-up: caches, imports
        code_times, ingest_times = [], []
        for i in range(args.repeat):
            code_times.append(run(["code", str(source), "-o", str(work / "events.jsonl")] + common))
            ingest_times.append(run(["ingest", str(source), "--db", str(work / f"store{i}.duckdb")] + common))
        again, _ = run(["ingest", str(source), "--db", str(work / "store0.duckdb")] + common)
        events = sum(1 for _ in (work / "events.jsonl").open(encoding="utf-8"))
        with Store.open(work / "store0.duckdb", read_only=True) as store:
            counts = store.counts()
        size = (work / "store0.duckdb").stat().st_size
    c, g = min(t for t, _ in code_times), min(t for t, _ in ingest_times)
    cc, gc = min(t for _, t in code_times), min(t for _, t in ingest_times)
    print(f"corpus: {corpus.name}: {len(lines)} articles; workers={args.workers}; best of {args.repeat}, alternating")
    print(f"flashpoint code -o events.jsonl:  {c:7.2f} s wall  {cc:7.2f} s CPU  ({events} events)")
    print(f"flashpoint ingest --db new store: {g:7.2f} s wall  {gc:7.2f} s CPU  ({counts['documents']} documents, "
          f"{counts['events']} events, {size / 1e6:.1f} MB)")
    print(f"ingest again (nothing to code):   {again:7.2f} s wall")
    for i, ((cw, ccpu), (gw, gcpu)) in enumerate(zip(code_times, ingest_times), 1):
        print(f"  run {i}: code {cw:.2f} s wall {ccpu:.2f} s CPU; ingest {gw:.2f} s wall {gcpu:.2f} s CPU; "
              f"ratio wall {100 * (gw / cw - 1):+.1f}%, CPU {100 * (gcpu / ccpu - 1):+.1f}%")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    store_work(lines, repeat=args.repeat)
    print(f"ratio ingest / code: wall {g / c:.3f} ({100 * (g / c - 1):+.1f}%), CPU {gc / cc:.3f} "
          f"({100 * (gc / cc - 1):+.1f}%); target <= +10%")
    # the runs' own ratios (each ingest against the code run just before it): less at the mercy of
    # one lucky run of either command than the ratio of the two best times
    wall = statistics.median(gw / cw for (cw, _), (gw, _) in zip(code_times, ingest_times))
    cpu_ratio = statistics.median(gcpu / ccpu for (_, ccpu), (_, gcpu) in zip(code_times, ingest_times))
    print(f"median of the runs' ratios: wall {100 * (wall - 1):+.1f}%, CPU {100 * (cpu_ratio - 1):+.1f}%")
    return 0



def store_work(lines: list[str], *, repeat: int) -> None:
    """The store's own work on the corpus coded once in memory (best of ``repeat``, per phase)."""
    import time as clock

    from flashpoint.analysis.clusters import cluster_new_events
    from flashpoint.ingest import IngestOptions, read_inputs
    from flashpoint.options import Options
    from flashpoint.pipeline import Pipeline
    from flashpoint.run import code_documents
    from flashpoint.store import Ingest, Store
    from flashpoint.store.paths import COMMIT_EVERY

    options = Options(workers=1)
    pipeline = Pipeline(options)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        source.write_text("".join(json.dumps({"id": f"lee-{i + 1}", "text": line, "published": "2001-09-15"}) + "\n"
                                  for i, line in enumerate(lines)), encoding="utf-8")
        documents = list(read_inputs([str(source)], options=IngestOptions(max_bytes=options.max_bytes)))
        results = list(code_documents(iter(documents), options, pipeline=pipeline))
        best: dict[str, list[float]] = {}
        for i in range(repeat + 1):  # the first run warms up
            phases: dict[str, list[float]] = {}

            def timed(name: str, call, *a, **k):
                wall, cpu = clock.perf_counter(), clock.process_time()
                value = call(*a, **k)
                spent = phases.setdefault(name, [0.0, 0.0])
                spent[0] += clock.perf_counter() - wall
                spent[1] += clock.process_time() - cpu
                return value

            store = timed("open", Store.open, Path(tmp) / f"s{i}.duckdb")
            ingest = Ingest(store, coder=pipeline.coder_info, batch_size=COMMIT_EVERY)
            near, write = ingest._near_duplicates, store.write_batch
            ingest._near_duplicates = lambda docs: timed("near-duplicates", near, docs)
            store.write_batch = lambda *a, **k: timed("batch writes", write, *a, **k)
            timed("run manifest", ingest.start, command="ingest")
            for _ in timed("stored versions", lambda: list(ingest.pending(iter(documents)))):
                pass
            for result in results:
                ingest.add(result)
            ingest.flush()  # the last batch (its phases timed above), then the run closed
            timed("run manifest", ingest.finish)
            timed("clustering", cluster_new_events, store, run_id=ingest.run_id)
            timed("close", store.close)
            phases["total"] = [sum(v[0] for v in phases.values()), sum(v[1] for v in phases.values())]
            if i:
                for name, (wall, cpu) in phases.items():
                    old = best.setdefault(name, [wall, cpu])
                    old[0], old[1] = min(old[0], wall), min(old[1], cpu)
    n = len(documents)
    print(f"the store's own work, {n} coded documents in memory, best of {repeat} (every --commit-every "
          f"{COMMIT_EVERY}):")
    for name, (wall, cpu) in best.items():
        print(f"  {name:16s} {wall:6.3f} s wall {cpu:6.3f} s CPU ({1000 * cpu / n:.2f} ms CPU per document)")


if __name__ == "__main__":
    sys.exit(main())
