"""Is the time to code one document linear in its length? Time and peak memory per document size.

    python bench/linear.py [CORPUS] [--sizes 10000,100000,1000000] [--shapes articles,run-on]

CORPUS is a text file with one article per line (default: ../shared/corpus/lee_background.txt; else
the .txt files of examples/). Nothing of it is written to disk: each document is built in memory by
repeating the corpus's articles until it has the asked size in bytes, in one of two shapes:

- ``articles``: the articles one after the other, a blank line between them (a long wire digest);
- ``run-on``: the sentences of the articles joined by ", and " into one sentence with no full stop
  (the worst case for anything that works per sentence; spaCy's parser still ends its sentences
  somewhere, at a few thousand tokens at most).

Each (shape, size) runs in a fresh subprocess that loads the pipeline, codes a small warm-up
document, then cleans and codes the document once and reports its time, its events and the
process's peak resident memory (VmHWM, which includes the model and data, about 200 MB before any
document). The
figure to quote is the ratio of times between sizes (target: 10x the text in at most 12x the time)
and the peak memory at 1 MB (target: at most 500 MB).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "lee_background.txt"
PUBLISHED = "2001-09-15"


def articles(corpus: Path | None) -> list[str]:
    if corpus is not None and corpus.is_file():
        return [line.strip() for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return [" ".join(t.split()) for t in texts if t.strip()]


def build(texts: list[str], *, shape: str, size: int) -> str:
    """A document of about ``size`` bytes (UTF-8) made of ``texts`` repeated."""
    if shape == "articles":
        pieces, sep = texts, "\n\n"
    elif shape == "run-on":
        pieces = [s.rstrip(".!?") for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
        sep = ", and "
    else:
        raise SystemExit(f"unknown shape {shape!r}")
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        total += len(piece.encode("utf-8")) + len(sep)
        i += 1
    text = sep.join(out)
    return text + ("." if shape == "run-on" else "")


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(corpus: str, shape: str, size: int, timeout: float) -> None:
    """Code one document in this (fresh) process and print one JSON line of figures."""
    from flashpoint import Options, Pipeline
    from flashpoint.ingest import clean_text
    from flashpoint.records import Document

    text = build(articles(Path(corpus) if corpus else None), shape=shape, size=size)
    pipeline = Pipeline(Options(published=PUBLISHED, max_bytes=10 * size, timeout=timeout))
    pipeline.code_batch([Document(doc_id="warm", text=articles(None)[0], published=PUBLISHED)])
    loaded = _peak_rss_mb()
    t0 = time.perf_counter()
    cleaned = clean_text(text)
    [result] = pipeline.code_batch([Document(doc_id="d", text=cleaned, published=PUBLISHED, origin=shape)])
    seconds = time.perf_counter() - t0
    print(json.dumps({"shape": shape, "bytes": len(text.encode("utf-8")), "seconds": seconds,
                      "events": len(result.events),
                      "rejected": result.rejection.reason if result.rejection else None,
                      "rss_loaded_mb": round(loaded), "rss_peak_mb": round(_peak_rss_mb())}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--sizes", default="10000,100000,1000000", help="document sizes in bytes")
    parser.add_argument("--shapes", default="articles,run-on")
    parser.add_argument("--timeout", type=float, default=0, help="the pipeline's per-document limit (0: none)")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus if Path(args.corpus).is_file() else ""
    if args.child:
        child(corpus, args.child[0], int(args.child[1]), args.timeout)
        return 0
    if not corpus:
        print(f"corpus {args.corpus} not found: using the articles of examples/", file=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"{'shape':8} {'bytes':>9} {'seconds':>8} {'x time':>7} {'x size':>7} {'events':>7} "
          f"{'peak MB':>8} {'loaded MB':>9}")
    failed = False
    for shape in args.shapes.split(","):
        previous = None
        for size in sizes:
            proc = subprocess.run([sys.executable, __file__, corpus or "-", "--child", shape, str(size),
                                   "--timeout", str(args.timeout)], capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"{shape:8} {size:>9} failed:\n{proc.stderr[-2000:]}")
                failed = True
                break
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            ratio_t = ratio_s = ""
            if previous is not None:
                ratio_t = f"{row['seconds'] / previous['seconds']:.1f}"
                ratio_s = f"{row['bytes'] / previous['bytes']:.1f}"
            note = f"  rejected: {row['rejected']}" if row["rejected"] else ""
            print(f"{shape:8} {row['bytes']:>9} {row['seconds']:>8.2f} {ratio_t:>7} {ratio_s:>7} "
                  f"{row['events']:>7} {row['rss_peak_mb']:>8} {row['rss_loaded_mb']:>9}{note}", flush=True)
            previous = row
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
