"""Accuracy of the coder on every gold set: one summary line per set with all its figures.

    python bench/accuracy.py                      # every set below, as written
    python bench/accuracy.py --case lower         # also lower-cased, with the loss per figure
    python bench/accuracy.py --json figures.json  # keep the figures
    python bench/accuracy.py GOLD.jsonl ... [--show-errors] [--full] [--corpus PATH]

The sets (the README's accuracy table quotes this command): ``../shared/eval/plover_gsr_dev``,
``petr2_afp_dev``, ``india_police_dev`` and ``cameo_news_dev`` (skipped, with a message, when
../shared is absent), the team's written sentences ``tests/sentences/written_dev.jsonl``, the
hand-coded article gold ``tests/gold/lee_articles_gold.jsonl`` and a second coding of ten of its
articles ``tests/gold/lee_articles_second_coding.jsonl`` (both need ../shared/corpus/lee_background.txt). Scoring: ``flashpoint.evaluation``.

With ``--case lower`` (or ``upper``) each set is coded twice, as written and re-cased (the gold
unchanged), and the loss is printed: as written minus re-cased for figures where higher is better,
the other way round for the no-event rate and the not-factual-as-fact share (lower is better).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_GOLD = [
    SHARED_EVAL / "plover_gsr_dev.jsonl",
    SHARED_EVAL / "petr2_afp_dev.jsonl",
    SHARED_EVAL / "india_police_dev.jsonl",
    SHARED_EVAL / "cameo_news_dev.jsonl",
    ROOT / "tests" / "sentences" / "written_dev.jsonl",
    ROOT / "tests" / "gold" / "lee_articles_gold.jsonl",
    ROOT / "tests" / "gold" / "lee_articles_second_coding.jsonl",
]
#: Figures where a lower value is better: their loss is re-cased minus as written.
LOWER_IS_BETTER = frozenset({"no_event_rate", "not_factual_as_fact"})


def loss(normal: dict[str, float | None], cased: dict[str, float | None]) -> dict[str, float | None]:
    """Per figure, how much worse the re-cased texts score (negative: better)."""
    out: dict[str, float | None] = {}
    for key, value in normal.items():
        other = cased.get(key)
        if value is None or other is None:
            out[key] = None
        else:
            out[key] = (other - value) if key in LOWER_IS_BETTER else (value - other)
    return out


def _fmt(figures: dict[str, float | None]) -> str:
    return " ".join(f"{k}={'n/a' if v is None else f'{v:+.3f}'}" for k, v in figures.items())


def _commit() -> str | None:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", help="gold JSON Lines files (default: every set above)")
    parser.add_argument("--case", choices=("lower", "upper"), default=None,
                        help="also code the texts re-cased and print the loss against normal case")
    parser.add_argument("--json", metavar="FILE", help="write the figures to FILE (JSON)")
    parser.add_argument("--corpus", metavar="PATH", help="lee_background.txt for the article gold")
    parser.add_argument("--full", action="store_true", help="print each full report before the summary lines")
    parser.add_argument("--show-errors", action="store_true", help="with --full: list the errors too")
    args = parser.parse_args(argv)

    paths = [Path(p) for p in args.gold] or DEFAULT_GOLD
    present = []
    for p in paths:
        if p.exists():
            present.append(p)
        else:
            print(f"skipped: gold file not found at {p}", file=sys.stderr)
    if not present:
        return 0

    from flashpoint.evaluation import CorpusMissing, evaluate_path
    from flashpoint.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline()
    summaries: list[str] = []
    kept: dict[str, dict] = {}
    for path in present:
        t0 = time.perf_counter()
        try:
            report = evaluate_path(path, pipeline, corpus=args.corpus)
        except CorpusMissing as exc:
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        seconds = time.perf_counter() - t0
        entry = {"format": report.format, "figures": report.figures(), "seconds": round(seconds, 1)}
        if hasattr(report, "class_figures"):
            entry["per_class"] = report.class_figures()
        if args.full:
            print(f"== {path}")
            print(report.format_text(show_errors=args.show_errors))
            print()
        summaries.append(report.summary_line())
        if args.case:
            cased = evaluate_path(path, pipeline, case=args.case, corpus=args.corpus)
            entry["case"] = args.case
            entry["figures_cased"] = cased.figures()
            entry["loss"] = loss(report.figures(), cased.figures())
            summaries.append(f"  {args.case}-cased: {cased.summary_line()}")
            summaries.append(f"  loss ({args.case}-cased): {_fmt(entry['loss'])}")
        kept[path.stem] = entry
        print(summaries[-1] if not args.case else "\n".join(summaries[-3:]), file=sys.stderr, flush=True)
    print("\n".join(summaries), flush=True)
    print(f"({time.perf_counter() - started:.1f} s including model load)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "measured": dt.date.today().isoformat(), "commit": _commit(), "case": args.case, "sets": kept,
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
