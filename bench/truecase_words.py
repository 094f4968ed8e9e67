"""How well the truecaser restores the case of lower-cased (or all-caps) real articles, word by word.

    python bench/truecase_words.py                    # the 300 Lee articles, lower-cased
    python bench/truecase_words.py --case upper       # all-caps instead
    python bench/truecase_words.py --limit 50 --show 40   # the first 50, with 40 errors of each kind

Each article of ``../shared/corpus/lee_background.txt`` (or ``--corpus PATH``) is lower-cased (or
upper-cased), recased by ``flashpoint.nlp.truecase`` with the knowledge base's and the gazetteer's
vocabulary, and compared with the original word by word (words of letters; the word's case as
written against the recased one). Printed: word accuracy (every word), and for the words the
original writes with a capital (names, sentence starts), recall (recased exactly) and precision
(of the words the truecaser capitalised, how many the original capitalises); the same two for the
words inside a sentence (no sentence start), where the names are. ``--show N`` lists N missed and
N wrongly capitalised words with their context.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "lee_background.txt"
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*$")


def _capital(word: str) -> bool:
    return word[:1].isupper()


def compare(original: str, recased: str, counts: dict[str, int], errors: dict[str, list[str]]) -> None:
    """Add the word counts of one article (same length texts) to ``counts``, errors to ``errors``."""
    prev_end = 0
    for m in _WORD.finditer(original):
        s, e = m.span()
        want, got = m.group(), recased[s:e]
        inside = prev_end > 0 and not _SENTENCE_END.search(original[prev_end:s])
        prev_end = e
        counts["words"] += 1
        counts["right"] += want == got
        if _capital(want):
            counts["cap"] += 1
            counts["cap_right"] += want == got
            counts["cap_inside"] += inside
            counts["cap_inside_right"] += inside and want == got
        if _capital(got):
            counts["got_cap"] += 1
            counts["got_cap_right"] += _capital(want)
            counts["got_cap_inside"] += inside
            counts["got_cap_inside_right"] += inside and _capital(want)
        if want != got:
            context = original[max(0, s - 30):e + 20].replace("\n", " ")
            kind = "missed" if _capital(want) and not _capital(got) else \
                "wrong" if _capital(got) and not _capital(want) else "other"
            errors.setdefault(kind, []).append(f"{want!r} -> {got!r}: ...{context}...")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(CORPUS), help="one article per line")
    parser.add_argument("--case", choices=("lower", "upper"), default="lower")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="list N errors of each kind")
    args = parser.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        print(f"skipped: corpus not found at {path}", file=sys.stderr)
        return 0

    from flashpoint.actors import load_kb
    from flashpoint.actors.casing import case_vocabulary
    from flashpoint.geo import load_gazetteer
    from flashpoint.ingest import clean_text
    from flashpoint.nlp import load_model
    from flashpoint.nlp.truecase import truecase

    from flashpoint.coding.lexicon import load_lexicon

    vocab = case_vocabulary(load_kb(), load_gazetteer(), load_model(), words=(lemma for lemma, _ in load_lexicon().entries))
    counts = dict.fromkeys(["words", "right", "cap", "cap_right", "cap_inside", "cap_inside_right", "got_cap",
                            "got_cap_right", "got_cap_inside", "got_cap_inside_right"], 0)
    errors: dict[str, list[str]] = {}
    seconds = 0.0
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if args.limit and n > args.limit:
                break
            original = clean_text(line.strip())
            caseless = original.lower() if args.case == "lower" else original.upper()
            if len(caseless) != len(original):
                continue  # a letter whose case changes length: not comparable
            t0 = time.perf_counter()
            recased = truecase(caseless, vocab)
            seconds += time.perf_counter() - t0
            compare(original, recased, counts, errors)
    c = counts
    print(f"{args.case}-cased {path.name}: word accuracy {_ratio(c['right'], c['words'])}")
    print(f"  capitalised words: recall {_ratio(c['cap_right'], c['cap'])}, "
          f"precision {_ratio(c['got_cap_right'], c['got_cap'])}")
    print(f"  inside a sentence: recall {_ratio(c['cap_inside_right'], c['cap_inside'])}, "
          f"precision {_ratio(c['got_cap_inside_right'], c['got_cap_inside'])}")
    print(f"  truecasing time {seconds:.2f} s")
    for kind in ("missed", "wrong", "other"):
        for line in errors.get(kind, [])[:args.show]:
            print(f"{kind}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
