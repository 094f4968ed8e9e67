"""What storing costs: ``flashpoint ingest`` into a new DuckDB store against ``flashpoint code`` to a
JSON Lines file, on the same corpus, side by side in one run.

    python3 bench/ingest.py ../shared/corpus/lee_background.txt [--limit N] [--repeat 3] [--workers 1]

The corpus has one article per line; it is written once as JSON Lines (id, text, published) and
both commands read that file through the command line's own ``main`` in this process, alternating,
``--repeat`` times each; the best time of each is reported, as wall-clock time and as the process's
CPU time (on a shared, busy machine the CPU time is the steadier of the two; quote the ratios). Both include building the pipeline; ingest writes into a new store every time (so it
codes everything: nothing is skipped as already stored), including the near-duplicate index, the
run manifest and one transaction per batch. A second ingest of the same file into the same store,
which codes nothing, is timed too.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
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
    print(f"ratio ingest / code: wall {g / c:.3f} ({100 * (g / c - 1):+.1f}%), CPU {gc / cc:.3f} "
          f"({100 * (gc / cc - 1):+.1f}%); target <= +10%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
