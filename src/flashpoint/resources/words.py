"""Word lists: every English word a rule tests for lives in ``data/words.csv``, not in a .py file.

``data/word_lists.csv`` declares each list once (its name, its kind and what it means);
``data/words.csv`` holds one word per row, sorted by list and word. Three kinds:

- ``set``: membership only — ``word_list("say_verbs")`` -> frozenset
- ``map``: each word has a value — ``word_map("irregular_verbs")`` -> {"went": "go", ...}
- ``sequence``: the order matters (the first match wins) — ``word_sequence("target_preps")``
  -> a tuple ordered by the integer in the value column

One list per meaning: two rules that need the same words share the list, so the copies cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from ..errors import DataFileError, msg
from .datafiles import Row, data_path, read_csv

KINDS = ("set", "map", "sequence")


@dataclass(frozen=True)
class WordList:
    name: str
    kind: str
    meaning: str
    words: tuple[str, ...]  # in the list's order (sequence) or file order
    values: Mapping[str, str]


@lru_cache(maxsize=1)
def load_word_lists() -> dict[str, WordList]:
    """Read and check both files once per process."""
    declared: dict[str, tuple[str, str]] = {}
    first: dict[str, int] = {}

    def check_list(row: Row) -> None:
        name = row["list"]
        if name in first:
            raise row.fail(msg("E605", what="list", value=name, first=first[name]))
        if row["kind"] not in KINDS:
            raise row.fail(msg("E608", value=row["kind"], available=", ".join(KINDS)))
        first[name] = row.line

    for row in read_csv(data_path("word_lists.csv"), required=("list", "kind", "meaning"), check=check_list):
        declared[row["list"]] = (row["kind"], row["meaning"])

    words: dict[str, list[tuple[str, str]]] = {name: [] for name in declared}
    seen: dict[tuple[str, str], int] = {}
    previous: tuple[str, str] | None = None
    for row in read_csv(data_path("words.csv"), required=("list", "word")):
        name, word, value = row["list"], row["word"], row.get("value")
        if name not in declared:
            raise row.fail(msg("E604", name=name, available=", ".join(sorted(declared))))
        key = (name, word)
        if key in seen:
            raise row.fail(msg("E605", what="word", value=word, first=seen[key]))
        if previous is not None and key < previous:
            raise row.fail(msg("E606", value=f"{name},{word}", previous=",".join(previous)))
        kind = declared[name][0]
        if kind == "map" and not value:
            raise row.fail(msg("E607", name=name, kind=kind, need="value"))
        if kind == "sequence" and not value.isdigit():
            raise row.fail(msg("E607", name=name, kind=kind, need="whole number in the value column (its rank)"))
        seen[key], previous = row.line, key
        words[name].append((word, value))

    out = {}
    for name, (kind, meaning) in declared.items():
        rows = words[name]
        if not rows:
            raise DataFileError(str(data_path("word_lists.csv")), None, f"list {name!r} has no words in words.csv")
        if kind == "sequence":
            rows = sorted(rows, key=lambda wv: int(wv[1]))
        out[name] = WordList(name=name, kind=kind, meaning=meaning, words=tuple(w for w, _ in rows),
                             values={w: v for w, v in rows})
    return out


def _get(name: str) -> WordList:
    lists = load_word_lists()
    if name not in lists:
        raise KeyError(msg("E609", name=name, available=", ".join(sorted(lists))))
    return lists[name]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of list ``name`` (any kind) as a set."""
    return frozenset(_get(name).words)


@lru_cache(maxsize=None)
def word_map(name: str) -> dict[str, str]:
    """Word -> value of a ``map`` list."""
    return dict(_get(name).values)


@lru_cache(maxsize=None)
def word_sequence(name: str) -> tuple[str, ...]:
    """The words of list ``name`` in its order (by rank for a ``sequence`` list)."""
    return _get(name).words
