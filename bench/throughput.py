"""Throughput of flashpoint end to end against bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/throughput.py ../shared/corpus/lee_background.txt [--limit N] [--repeat 2] [--workers 1]

The corpus has one article per line. Both sides use the same model object and batch size; each is
timed ``--repeat`` times, alternating, and the best time of each is reported (the machines are shared
and noisy; the ratio of the two best times is the figure to quote). flashpoint's time includes
cleaning, parsing, actors, coding, places, dates and building the records.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpus/lee_background.txt"))
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"skipped: corpus not found at {corpus}", file=sys.stderr)
        return 0

    from flashpoint import Options, Pipeline, code_documents
    from flashpoint.ingest import clean_text
    from flashpoint.records import Document, text_hash

    lines = [l.strip() for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.limit:
        lines = lines[: args.limit]
    words = sum(len(l.split()) for l in lines)

    options = Options(batch_size=args.batch_size, workers=args.workers, published="2001-09-15")
    t0 = time.perf_counter()
    pipeline = Pipeline(options)
    load_seconds = time.perf_counter() - t0
    nlp = pipeline.nlp

    def run_spacy() -> int:
        n = 0
        for doc in nlp.pipe(lines, batch_size=args.batch_size):
            n += len(doc)
        return n

    def run_flashpoint() -> int:
        docs = []
        for i, line in enumerate(lines):
            text = clean_text(line)
            docs.append(Document(doc_id=text_hash(text), text=text, published=options.published, origin=f"{corpus}:{i + 1}"))
        n = 0
        for result in code_documents(docs, options, pipeline=pipeline):  # --workers N: a process pool
            n += len(result.events)
        return n

    run_spacy()  # warm-up (first batches allocate)
    spacy_times, fp_times = [], []
    events = 0
    for _ in range(args.repeat):
        t = time.perf_counter(); run_spacy(); spacy_times.append(time.perf_counter() - t)
        t = time.perf_counter(); events = run_flashpoint(); fp_times.append(time.perf_counter() - t)
    s, f = min(spacy_times), min(fp_times)
    print(f"corpus: {corpus.name}: {len(lines)} articles, {words} words; workers={args.workers} batch={args.batch_size}")
    print(f"pipeline load: {load_seconds:.2f} s (model + knowledge base + lexicon + gazetteer)")
    print(f"spaCy nlp.pipe:   {s:7.2f} s  {len(lines) / s:7.1f} articles/s  {words / s:9.0f} words/s")
    print(f"flashpoint:       {f:7.2f} s  {len(lines) / f:7.1f} articles/s  {words / f:9.0f} words/s  {events} events")
    print(f"ratio flashpoint / spaCy: {f / s:.3f}  (overhead {100 * (f / s - 1):+.1f}%; target <= +25%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
