"""Near-duplicate grouping at ingest, measured on the team's story set (tests/stories/).

Gold: each original report and its edited copies (dupes.jsonl, ``copy_of``) form one group; every
other report is a group of its own. Reports of one happening by different outlets are different
stories and must stay apart. The documents go through the store's real path (``Ingest`` and
``Store.write_batch`` into a DuckDB file, MinHash/LSH candidates from SQL), with no coding: the
grouping does not depend on the events.

Pairwise precision and recall over pairs of documents put in one group; in file order (originals
first) and in shuffled orders (a copy may come before its original).

    python3 bench/dedup.py [--stories tests/stories] [--shuffles 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from flashpoint.ingest.dedup import THRESHOLD, shingles, signature  # noqa: E402
from flashpoint.pipeline import DocResult  # noqa: E402
from flashpoint.records import Document  # noqa: E402
from flashpoint.store import Ingest, Store  # noqa: E402
from flashpoint.version import __version__  # noqa: E402


def load(stories: Path) -> tuple[list[Document], dict[str, str]]:
    """The reports and copies as documents, and each one's gold group (its original's id)."""
    docs, gold = [], {}
    for name in ("reports.jsonl", "dupes.jsonl"):
        for line in (stories / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            docs.append(Document(doc_id=r["id"], text=r["text"], title=r.get("title"), url=r.get("url"),
                                 published=r.get("published"), outlet=r.get("outlet"), origin=f"{name}:{r['id']}"))
            gold[r["id"]] = r.get("copy_of") or r["id"]
    return docs, gold


def pairs(groups: dict[str, str]) -> set[frozenset[str]]:
    by_group: dict[str, list[str]] = {}
    for doc_id, group in groups.items():
        by_group.setdefault(group, []).append(doc_id)
    return {frozenset(p) for members in by_group.values() for p in itertools.combinations(sorted(members), 2)}


def run(docs: list[Document], path: Path) -> tuple[dict[str, str], float]:
    """Ingest ``docs`` (in this order) into a new store; each document's group and the seconds."""
    started = time.perf_counter()
    with Store.open(path) as store:
        ingest = Ingest(store, coder={"version": __version__, "data_hash": "bench"}, batch_size=32)
        ingest.start(command="bench-dedup")
        for doc in ingest.pending(docs):
            ingest.add(DocResult(document=doc, events=[]))
        ingest.finish()
        seconds = time.perf_counter() - started
        groups = {d["doc_id"]: d["dup_of"] or d["doc_id"] for d in store.documents(limit=10_000)}
    return groups, seconds


def score(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, int, int, int]:
    p, g = pairs(predicted), pairs(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    return precision, recall, tp, len(p) - tp, len(g) - tp


def margin(docs: list[Document], gold: dict[str, str]) -> str:
    """How far apart copies and other pairs are: the lowest similarity of a gold pair and the
    highest of any other pair (true Jaccard on shingles, and the MinHash estimate)."""
    sets = {d.doc_id: shingles(d.text) for d in docs}
    sigs = {d.doc_id: signature(d.text) for d in docs}
    gold_pairs = pairs(gold)
    true_in, true_out, est_in, est_out = 1.0, 0.0, 1.0, 0.0
    for a, b in itertools.combinations(sorted(sets), 2):
        jaccard = len(sets[a] & sets[b]) / len(sets[a] | sets[b])
        estimate = sigs[a].similarity(sigs[b])
        if frozenset((a, b)) in gold_pairs:
            true_in, est_in = min(true_in, jaccard), min(est_in, estimate)
        else:
            true_out, est_out = max(true_out, jaccard), max(est_out, estimate)
    return (f"copies: Jaccard >= {true_in:.2f} (estimate >= {est_in:.2f}); "
            f"other pairs: Jaccard <= {true_out:.2f} (estimate <= {est_out:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, default=ROOT / "tests" / "stories")
    parser.add_argument("--shuffles", type=int, default=5)
    args = parser.parse_args()
    docs, gold = load(args.stories)
    copies = sum(1 for d, g in gold.items() if d != g)
    print(f"{len(docs)} documents ({copies} copies), {len(pairs(gold))} gold pairs; threshold {THRESHOLD}")
    print(margin(docs, gold))
    orders = [("file order (originals first)", docs)]
    for seed in range(args.shuffles):
        shuffled = list(docs)
        random.Random(seed).shuffle(shuffled)
        orders.append((f"shuffled (seed {seed})", shuffled))
    print("| order | precision | recall | false pairs | missed pairs | ms per document |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, ordered) in enumerate(orders):
            predicted, seconds = run(ordered, Path(tmp) / f"bench{i}.duckdb")
            precision, recall, _, fp, fn = score(predicted, gold)
            print(f"| {name} | {precision:.3f} | {recall:.3f} | {fp} | {fn} | {1000 * seconds / len(docs):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
