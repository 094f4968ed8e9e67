"""Throughput of flashpoint end to end against bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/throughput.py ../shared/corpus/lee_background.txt [--limit N] [--repeat 3] [--workers 1]

The corpus has one article per line. Three runs are timed side by side, alternating, ``--repeat``
times each, and the best time of each is kept (the machines are shared and noisy; the ratios of the
best times are the figures to quote). Each run is timed twice: wall-clock time, and the CPU time of
this process (``time.process_time``), which other processes on a busy machine disturb much less —
on a quiet machine the two agree; under load quote the CPU figure and the load average beside it
(``--workers 1`` only: the CPU time of worker processes is not this process's):

- bare spaCy: the stock model (``spacy.load``, every component as shipped) over the texts;
- flashpoint with ``fast: false``: the stock components, then actors, coding, places, dates, records;
- flashpoint (``fast``, the default): the same, with the speed-ups that leave the output as it is.

Every run uses the same batch size. flashpoint's time includes cleaning, parsing, actors, coding,
places, dates and building the records; the two flashpoint runs must give the same events (the
script says so, and fails if not). The target: flashpoint at least 1.5x the throughput of bare
spaCy.
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
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"skipped: corpus not found at {corpus}", file=sys.stderr)
        return 0

    import os

    import spacy

    from flashpoint import Options, Pipeline, code_documents
    from flashpoint.ingest import clean_text
    from flashpoint.records import Document, text_hash

    lines = [l.strip() for l in corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.limit:
        lines = lines[: args.limit]
    words = sum(len(l.split()) for l in lines)

    pipelines = {}
    load = {}
    for name, fast in (("flashpoint, fast: false", False), ("flashpoint", True)):
        options = Options(batch_size=args.batch_size, workers=args.workers, published="2001-09-15", fast=fast)
        t0 = time.perf_counter()
        pipelines[name] = (Pipeline(options), options)
        load[name] = time.perf_counter() - t0
    model = pipelines["flashpoint"][0].nlp.meta
    stock = spacy.load(f"{model['lang']}_{model['name']}") if spacy.util.is_package(
        f"{model['lang']}_{model['name']}") else spacy.load(pipelines["flashpoint"][0].nlp.path)

    def run_spacy() -> list:
        n = 0
        for doc in stock.pipe(lines, batch_size=args.batch_size):
            n += len(doc)
        return []

    def run_flashpoint(name: str) -> list:
        pipeline, options = pipelines[name]
        docs = []
        for i, line in enumerate(lines):
            text = clean_text(line)
            docs.append(Document(doc_id=text_hash(text), text=text, published=options.published,
                                 origin=f"{corpus}:{i + 1}"))
        events = []
        for result in code_documents(docs, options, pipeline=pipeline):  # --workers N: a process pool
            events.extend(e.to_dict() for e in result.events)
        return events

    runs = {"bare spaCy nlp.pipe": run_spacy, "flashpoint, fast: false": lambda: run_flashpoint("flashpoint, fast: false"),
            "flashpoint": lambda: run_flashpoint("flashpoint")}
    for run in runs.values():  # warm-up: first batches allocate, the memos fill
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    outputs: dict[str, list] = {}
    load_before = os.getloadavg()[0]
    for _ in range(args.repeat):
        for name, run in runs.items():
            t, c = time.perf_counter(), time.process_time()
            outputs[name] = run()
            times[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
    print(f"corpus: {corpus.name}: {len(lines)} articles, {words} words; workers={args.workers} "
          f"batch={args.batch_size}; best of {args.repeat}; load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")
    print(f"pipeline load: {load['flashpoint']:.2f} s (model + knowledge base + lexicon + gazetteer)")
    base, base_cpu = min(times["bare spaCy nlp.pipe"]), min(cpu["bare spaCy nlp.pipe"])
    for name in runs:
        best, best_cpu = min(times[name]), min(cpu[name])
        events = "" if name.startswith("bare") else f"  {len(outputs[name])} events"
        print(f"{name:24s} wall {best:6.2f} s  {len(lines) / best:6.1f} articles/s  {words / best:7.0f} words/s  "
              f"x{base / best:.2f} of spaCy | CPU {best_cpu:6.2f} s  {words / best_cpu:7.0f} words/s  "
              f"x{base_cpu / best_cpu:.2f} of spaCy{events}")
    if args.workers > 1:
        print("(--workers > 1: the CPU figures count this process only; quote the wall-clock ones)")
    same = outputs["flashpoint"] == outputs["flashpoint, fast: false"]
    print("events: the same with fast on and off" if same else "EVENTS DIFFER between fast on and off")
    print(f"target: flashpoint >= 1.5x the throughput of bare spaCy; measured x{base / min(times['flashpoint']):.2f} "
          f"(wall), x{base_cpu / min(cpu['flashpoint']):.2f} (CPU)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
