"""Is the event output the same as before? Snapshot it, then compare, field for field.

    python bench/same_output.py snapshot OUT_DIR [--sets lee,plover,...] [--limit N] [--fast on|off] [--case lower]
    python bench/same_output.py compare BEFORE_DIR AFTER_DIR
    python bench/same_output.py check BEFORE_DIR      # snapshot to a temporary folder, then compare

A change that should not change behaviour (a restructuring, a speed-up) is checked by taking a
snapshot before it and running ``check`` after it. The snapshot codes the 300 articles of
``../shared/corpus/lee_background.txt`` (the article gold of ``tests/gold`` is 30 of them), every
development set of ``../shared/eval``, and the team's written sentences and story reports
(``tests/``) through the public API
(``Pipeline.code_documents``), and writes one JSON line per input: its events (every field but the
code version and data hash of ``coder``, which a change is expected to move) or its rejection.
Sets whose file is absent are skipped with a message. ``--case lower`` codes every text lower-cased
(the caseless path: recasing and the lower-case rules), for a snapshot and its check alike.

The speed-ups (setting ``fast``) must not change any event: snapshot with ``--fast off`` (the stock
spaCy components), then ``check`` with them on (the default):

    python bench/same_output.py snapshot /tmp/off --fast off && python bench/same_output.py check /tmp/off

The components themselves are compared too, token by token on every text of every set (the text
the pipeline parses: caseless ones recased): heads, dependency labels, sentence starts, tags,
parts of speech, morphology, lemmas and entities, with the speed-ups on and off, in the same
batches:

    python bench/same_output.py parses [--sets lee,plover,...] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

#: name -> (path under ../shared, or under the checkout when it starts with "tests/"; kind of file)
SETS = {
    "lee": ("corpus/lee_background.txt", "lines"),
    "plover": ("eval/plover_gsr_dev.jsonl", "gold"),
    "petr": ("eval/petr2_afp_dev.jsonl", "gold"),
    "cameo": ("eval/cameo_news_dev.jsonl", "gold"),
    "india": ("eval/india_police_dev.jsonl", "gold"),
    "written": ("tests/sentences/written_dev.jsonl", "gold"),
    "stories": ("tests/stories/reports.jsonl", "gold"),
}


def _path(name: str) -> Path:
    where = SETS[name][0]
    return ROOT / where if where.startswith("tests/") else SHARED / where
#: The publication date given to the Lee articles (the corpus has none; any fixed date will do).
LEE_PUBLISHED = "2001-09-15"


def _documents(name: str, path: Path, limit: int, lower: bool = False) -> Iterator:
    from flashpoint.ingest import clean_text
    from flashpoint.records import Document, text_hash

    kind = SETS[name][1]
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if limit and n > limit:
                return
            if kind == "lines":
                text = clean_text(line.strip())
                text = text.lower() if lower else text
                yield Document(doc_id=text_hash(text), text=text, published=LEE_PUBLISHED,
                               origin=f"{name}:{n}")
            else:
                record = json.loads(line)
                text = record.get("text") or ""
                text = text.lower() if lower else text
                yield Document(doc_id=str(record.get("id", n)), text=text, title=record.get("title"),
                               url=record.get("url"), outlet=record.get("outlet"),
                               published=record.get("published") or record.get("date"), origin=f"{name}:{n}")


def _normalise(event: dict) -> dict:
    event = dict(event)
    coder = dict(event.get("coder") or {})
    coder.pop("version", None)
    coder.pop("data_hash", None)
    event["coder"] = coder
    return event


def snapshot(out_dir: Path, names: list[str], limit: int, *, fast: bool = True, lower: bool = False) -> list[str]:
    from flashpoint import Options, Pipeline

    out_dir.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(Options(fast=fast))
    written = []
    for name in names:
        path = _path(name)
        if not path.exists():
            print(f"skipped {name}: {path} not found", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        n = 0
        with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for result in pipeline.code_documents(_documents(name, path, limit, lower)):
                row = {"origin": result.document.origin if result.document else result.rejection.origin,
                       "events": [_normalise(e.to_dict()) for e in result.events],
                       "rejection": result.rejection.reason if result.rejection else None}
                out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
        print(f"{name}: {n} inputs in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        written.append(name)
    return written


def compare(before: Path, after: Path, *, names: list[str] | None = None, limit: int = 0, show: int = 5) -> int:
    """Print the differences (of the first ``limit`` inputs of each set, if given); return how many
    inputs differ."""
    differing = 0
    for b in sorted(before.glob("*.jsonl")):
        if names is not None and b.stem not in names:
            continue
        a = after / b.name
        if not a.exists():
            print(f"{b.stem}: missing in {after}")
            differing += 1
            continue
        old = b.read_text(encoding="utf-8").splitlines()
        new = a.read_text(encoding="utf-8").splitlines()
        if limit:
            old, new = old[:limit], new[:limit]
        if len(old) != len(new):
            print(f"{b.stem}: {len(old)} inputs before, {len(new)} after")
            differing += 1
            continue
        diffs = [(o, n) for o, n in zip(old, new) if o != n]
        events = sum(len(json.loads(o)["events"]) for o in old)
        print(f"{b.stem}: {len(old)} inputs, {events} events before; {len(diffs)} inputs differ")
        for o, n in diffs[:show]:
            ro, rn = json.loads(o), json.loads(n)
            print(f"  {ro['origin']}:")
            _explain(ro, rn)
        differing += len(diffs)
    return differing


def _explain(old: dict, new: dict) -> None:
    if old["rejection"] != new["rejection"]:
        print(f"    rejection {old['rejection']} -> {new['rejection']}")
    if len(old["events"]) != len(new["events"]):
        print(f"    {len(old['events'])} events -> {len(new['events'])}")
        return
    for eo, en in zip(old["events"], new["events"]):
        for key in sorted(set(eo) | set(en)):
            if eo.get(key) != en.get(key):
                print(f"    {key}: {json.dumps(eo.get(key))[:150]} -> {json.dumps(en.get(key))[:150]}")


def parses(names: list[str], limit: int, *, batch_size: int = 32, show: int = 5) -> int:
    """Compare the token annotations of the fast and the stock components on every text of the
    sets; print one line a set and the first differing texts; return how many texts differ."""
    import numpy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    from flashpoint import Options, Pipeline
    from flashpoint.nlp import load_model

    attrs = [HEAD, DEP, SENT_START, TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]
    pipeline = Pipeline(Options(fast=True))
    fast, stock = load_model(fast=True), load_model(fast=False)
    differing = 0
    for name in names:
        path = _path(name)
        if not path.exists():
            print(f"skipped {name}: {path} not found", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        texts = [pipeline._parse_text(d.text) for d in _documents(name, path, limit)]  # as parsed
        diffs, tokens = [], 0
        pairs = zip(fast.pipe(texts, batch_size=batch_size), stock.pipe(texts, batch_size=batch_size))
        for text, (a, b) in zip(texts, pairs):
            tokens += len(a)
            if len(a) != len(b) or not numpy.array_equal(a.to_array(attrs), b.to_array(attrs)):
                diffs.append(text)
        print(f"{name}: {len(texts)} texts, {tokens} tokens; {len(diffs)} texts parse differently "
              f"({time.perf_counter() - t0:.1f} s)")
        for text in diffs[:show]:
            print(f"  {text[:100]!r}")
        differing += len(diffs)
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out_dir")
    check = sub.add_parser("check")
    check.add_argument("before_dir")
    for p in (snap, check):
        p.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
        p.add_argument("--limit", type=int, default=0, help="only the first N inputs of each set")
        p.add_argument("--fast", choices=("on", "off"), default="on",
                       help="the speed-ups that leave the output as it is (setting fast; default on)")
        p.add_argument("--case", choices=("as-is", "lower"), default="as-is",
                       help="code the texts lower-cased (the caseless path: recasing, lower-case rules)")
    parse = sub.add_parser("parses")
    parse.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    parse.add_argument("--limit", type=int, default=0, help="only the first N inputs of each set")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before_dir")
    cmp_.add_argument("after_dir")
    args = parser.parse_args(argv)

    if args.command == "snapshot":
        names = [n for n in args.sets.split(",") if n]
        snapshot(Path(args.out_dir), names, args.limit, fast=args.fast == "on", lower=args.case == "lower")
        return 0
    if args.command == "parses":
        differing = parses([n for n in args.sets.split(",") if n], args.limit)
        print("same parses" if not differing else f"{differing} text(s) parse differently")
        return 1 if differing else 0
    if args.command == "compare":
        return 1 if compare(Path(args.before_dir), Path(args.after_dir)) else 0
    before = Path(args.before_dir)
    names = [n for n in args.sets.split(",") if n and (before / f"{n}.jsonl").exists()]
    with tempfile.TemporaryDirectory() as tmp:
        snapshot(Path(tmp), names, args.limit, fast=args.fast == "on", lower=args.case == "lower")
        differing = compare(before, Path(tmp), names=names, limit=args.limit)
    print("same output" if not differing else f"{differing} input(s) differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
