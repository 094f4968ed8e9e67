"""Actor knowledge base benchmark: load time, lookup speed, and the gold-actor country figure.

    python3 bench/actors.py [GOLD.jsonl ...] [--misses]

Prints (1) the time to build the knowledge base from the shipped files (target < 1 s), (2) the time
of 100,000 lookups (O(1) dict lookups: no scan over names), (3) on each gold file (default
``../shared/eval/plover_gsr_dev.jsonl``, skipped when absent) the share of gold actors (source and
target with a non-null ``text`` and ``country``) whose text, resolved with its sentence as context,
gets the gold country. A resolved IGO/NGO/IMG/... organisation counts as its non-state code.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"


def bench_load() -> float:
    from flashpoint.actors.files import shipped_files
    from flashpoint.actors.loading import build_kb

    build_kb(shipped_files())  # warm the file cache and imports
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        kb = build_kb(shipped_files())
        runs.append(time.perf_counter() - t0)
    best = min(runs)
    print(f"load: {best * 1000:.1f} ms (best of 5); {len(kb.countries)} countries, "
          f"{len(kb.country_names) + len(kb.country_abbrevs)} country names, {len(kb.orgs)} orgs, "
          f"{len(kb.org_names) + len(kb.org_abbrevs)} org names, {len(kb.sector_nouns) + len(kb.sector_adjs)} "
          f"sector words, {len(kb.titles)} titles, {len(kb.people)} people, {len(kb.person_names)} person names")
    return best


def bench_lookups(n: int = 100_000) -> float:
    from flashpoint.actors import load_kb

    kb = load_kb()
    phrases = ["Russian", "the White House", "U.S.", "NATO", "prime minister", "police",
               "Vladimir Putin", "Zorblax Quux", "Kenya", "Hamas"]
    t0 = time.perf_counter()
    for i in range(n):
        kb.lookup(phrases[i % len(phrases)])
    dt_ = time.perf_counter() - t0
    print(f"lookups: {n:,} in {dt_ * 1000:.0f} ms ({dt_ / n * 1e6:.2f} us each)")
    return dt_


def gold_actors(path: Path):
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        for ev in rec.get("events") or []:
            for role in ("source", "target"):
                a = ev.get(role)
                if a and a.get("text") and a.get("country"):
                    yield rec, a


def gold_country_share(path: Path, *, kb=None, nlp=None) -> tuple[int, int, Counter, list[str]]:
    """(right, total, resolved_by counts, misses) of the gold actors of ``path`` (see the module
    docstring). The article date is unknown in the development gold, so ``as_of`` is None."""
    from flashpoint.actors import load_kb, resolve_text
    from flashpoint.nlp import load_model

    kb = kb or load_kb()
    nlp = nlp or load_model()
    total = right = 0
    misses: list[str] = []
    by: Counter = Counter()
    for rec, gold in gold_actors(path):
        actor = resolve_text(gold["text"], kb, context=rec["text"], as_of=rec.get("date"), nlp=nlp)
        got = actor.country if actor else None
        total += 1
        by[actor.resolved_by if actor else "none"] += 1
        if got == gold["country"]:
            right += 1
        else:
            misses.append(f"  {gold['text']!r}: gold {gold['country']}, got {got}"
                          f" ({actor.text if actor else '-'})  | {rec['text'][:110]}")
    return right, total, by, misses


def bench_gold(path: Path, *, show_misses: bool) -> float | None:
    if not path.exists():
        print(f"gold: {path} absent, skipped")
        return None
    t0 = time.perf_counter()
    right, total, by, misses = gold_country_share(path)
    share = right / total if total else 0.0
    print(f"gold actors ({path.name}): {right}/{total} = {share:.1%} country correct "
          f"({time.perf_counter() - t0:.1f} s); resolved_by: {dict(by.most_common())}")
    if show_misses:
        for m in misses:
            print(m)
    return share


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    ap.add_argument("--misses", action="store_true", help="list the gold actors resolved wrongly")
    args = ap.parse_args(argv)
    bench_load()
    bench_lookups()
    for path in args.gold:
        bench_gold(path, show_misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
