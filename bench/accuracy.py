"""Accuracy of the coder on gold sentences: precision, recall, F1 and no-event accuracy.

    python bench/accuracy.py [GOLD.jsonl ...] [--show-errors] [--quiet]

Without arguments it scores both development sets in ../shared/eval (skipped, with a message,
when they are absent). Scoring follows the rules of the gold files' README; see
``flashpoint.evaluation``. Prints each full report, then one summary line per file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = [ROOT.parent / "shared/eval/plover_gsr_dev.jsonl", ROOT.parent / "shared/eval/petr2_afp_dev.jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", help="gold JSON Lines files (default: the development sets)")
    parser.add_argument("--show-errors", action="store_true", help="list missed and spurious events")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args(argv)

    paths = [Path(p) for p in args.gold] or DEFAULT_GOLD
    present = [p for p in paths if p.exists()]
    for p in paths:
        if not p.exists():
            print(f"skipped: gold file not found at {p}", file=sys.stderr)
    if not present:
        return 0

    from flashpoint.evaluation import evaluate_file, format_report, summary_line
    from flashpoint.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline()
    summaries = []
    for path in present:
        report = evaluate_file(path, pipeline, show_errors=args.show_errors)
        summaries.append(summary_line(report))
        if not args.quiet:
            print(f"== {path}")
            print(format_report(report, show_errors=args.show_errors))
            print()
    print("\n".join(summaries), flush=True)
    print(f"({time.perf_counter() - started:.1f} s including model load)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
