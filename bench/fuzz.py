"""The long fuzz run: generated inputs in every format through the whole pipeline, counted.

    python bench/fuzz.py [--count 100000] [--seed 0] [--huge 20000] [--failures FILE] [--stop-after MIN]

The generators and checks are those of the quick suite (``tests/fuzzing.py``): files and standard
input in text, HTML, JSON Lines, CSV, TSV and anything else; random Unicode, control and invisible
characters, enormous tokens, nested JSON, broken CSV quoting, random and broken HTML. Bounded by
count; ``--stop-after`` also ends it, after the chunk running at that time, on a machine that
cannot finish the count (the summary then says how many inputs were done, and "stopped": true).
It reports inputs per second, and the two figures that must stay at 0:

- crashes: an exception out of ingest or the pipeline, or a document lost to a caught coder
  failure (``coding-error``);
- unaccounted: an input (or a line of one) with no result, or a result with no known reason, or a
  span outside its text.

The first failures are written to ``--failures`` as they happen (JSON Lines: the input's bytes as
latin-1 text, its suffix and what went wrong), to be replayed by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

CHUNK = 500  # examples per Hypothesis run (a fresh seed each), so its memory stays bounded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000, help="inputs to generate (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--huge", type=int, default=20_000, help="longest enormous token, in characters")
    parser.add_argument("--failures", default="fuzz-failures.jsonl", help="where the first failures go")
    parser.add_argument("--stop-after", type=float, default=0,
                        help="minutes after which to stop at the end of a chunk (0: run the whole count)")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, Phase, given, seed, settings

    from flashpoint import Options, Pipeline
    from fuzzing import check_input, inputs

    pipeline = Pipeline(Options(timeout=60))
    totals = {"inputs": 0, "items": 0, "coded": 0, "rejected": 0, "events": 0, "crashes": 0, "unaccounted": 0}
    failures: list[dict] = []
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="flashpoint-fuzz-"))

    failures_file = open(args.failures, "w", encoding="utf-8")

    def record_failure(kind: str, suffix: str, data: bytes, stdin: bool, detail: str) -> None:
        print(f"{kind} on a {suffix} input{' (stdin)' if stdin else ''}: {detail.strip().splitlines()[-1][:300]}",
              file=sys.stderr, flush=True)
        if len(failures) < 50:
            failures.append({"kind": kind, "suffix": suffix, "stdin": stdin, "detail": detail[-3000:],
                             "data_latin1": data.decode("latin-1")})
            failures_file.write(json.dumps(failures[-1], ensure_ascii=False) + "\n")
            failures_file.flush()

    def one(case) -> None:
        suffix, data, stdin = case
        totals["inputs"] += 1
        try:
            outcome = check_input(pipeline, suffix=suffix, data=data, stdin=stdin, folder=folder)
        except Exception:
            totals["crashes"] += 1
            record_failure("crash", suffix, data, stdin, traceback.format_exc())
            return
        for key in ("items", "coded", "rejected", "events"):
            totals[key] += getattr(outcome, key)
        coder_failures = [p for p in outcome.problems if "'coding-error'" in p]
        if coder_failures:
            totals["crashes"] += 1
            record_failure("coding-error", suffix, data, stdin, "\n".join(coder_failures))
        if len(outcome.problems) > len(coder_failures):
            totals["unaccounted"] += 1
            record_failure("unaccounted", suffix, data, stdin, "\n".join(outcome.problems))

    strategy = inputs(huge=args.huge)
    done = 0
    chunk_index = 0
    stopped = False
    while done < args.count:
        if args.stop_after and time.perf_counter() - started > args.stop_after * 60:
            stopped = True
            break
        size = min(CHUNK, args.count - done)

        @seed(args.seed * 1_000_003 + chunk_index)
        @settings(max_examples=size, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def run(case) -> None:
            one(case)

        before = totals["inputs"]
        run()
        done += max(1, totals["inputs"] - before)
        chunk_index += 1
        elapsed = time.perf_counter() - started
        print(f"{totals['inputs']:>7} inputs  {totals['items']:>7} items  {totals['events']:>6} events  "
              f"{totals['crashes']} crashes  {totals['unaccounted']} unaccounted  "
              f"{totals['inputs'] / elapsed:.1f} inputs/s", file=sys.stderr, flush=True)

    elapsed = time.perf_counter() - started
    totals["seconds"] = round(elapsed, 1)
    totals["inputs_per_second"] = round(totals["inputs"] / elapsed, 1)
    totals["stopped"] = stopped
    failures_file.close()
    if failures:
        print(f"first failures written to {args.failures}", file=sys.stderr)
    print(json.dumps(totals))
    return 1 if totals["crashes"] or totals["unaccounted"] else 0


if __name__ == "__main__":
    sys.exit(main())
