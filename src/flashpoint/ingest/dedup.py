"""Near-duplicate articles: MinHash signatures over word shingles, LSH band keys, and which stored
document a new one copies.

A wire story republished with another headline, byline, boilerplate or last paragraph keeps most
of its 5-word phrases; two outlets' own reports of one happening share few (quotes, agency
wording). So documents whose shingle sets have a Jaccard similarity of ``THRESHOLD`` or more are
one group, and the group keeps its first document as the original (``dup_of`` of the others).

Why here, in ``ingest``, and not in the store: this is a function of the texts alone (plain data
in, plain data out, testable without a database), usable by any caller; the store only keeps each
document's signature and band keys and asks for candidates with SQL. LSH (``BANDS`` bands of
``ROWS`` values) turns "compare with every stored document" into a lookup of equal band keys; the
signatures of the candidates then decide.

The signatures are datasketch's MinHash (scheme "affine32", seed 1), computed with numpy here so
that a run does not import datasketch (and scipy with it); ``tests/test_dedup.py`` checks them
against datasketch value for value.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

#: Words per shingle.
SHINGLE_WORDS = 5
#: LSH: ``BANDS`` bands of ``ROWS`` MinHash values. A pair of similarity s becomes a candidate
#: with probability 1 - (1 - s**ROWS)**BANDS: 0.998 at s = 0.5, 0.13 at s = 0.15.
BANDS = 42
ROWS = 3
NUM_PERM = BANDS * ROWS
#: Estimated Jaccard similarity from which a document is a copy of another.
THRESHOLD = 0.4
#: The permutations and the hashing scheme are fixed: signatures stored by one run are compared
#: with those of the next (datasketch 2 changed its default scheme: ours is named, and pinned).
SEED = 1
SCHEME = "affine32"

_WORD = re.compile(r"\w+")
# Typographic variants a republisher's system turns straight ones into, folded before shingling.
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})



def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a*h + b (mod 2**32) of datasketch's "affine32" scheme for
    ``SEED``: the same random draws, so our signatures are datasketch's (a test checks it)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_A, _B = _permutations()
#: MurmurHash3's 32-bit finalizer, applied to each shingle hash before the permutations.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


def _fmix(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The word ``size``-grams of ``text``, lower-cased, typographic quotes and dashes folded
    (a text shorter than ``size`` words is one shingle)."""
    words = _WORD.findall(text.translate(_FOLD).lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(size)))))  # the windows, without slicing each


@dataclass(frozen=True)
class Signature:
    """A document's MinHash signature: ``NUM_PERM`` unsigned 32-bit values."""

    values: np.ndarray

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32))

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band: equal keys make two documents candidates."""
        raw = self.values.astype("<u4")
        keys = []
        for band in range(BANDS):
            digest = hashlib.blake2b(raw[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8,
                                     person=band.to_bytes(2, "little")).digest()
            keys.append(int.from_bytes(digest, "little", signed=True))
        return keys

    def similarity(self, other: "Signature") -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(np.count_nonzero(self.values == other.values)) / NUM_PERM


def signature(text: str) -> Signature:
    """The MinHash signature of ``text``'s shingles: datasketch's ``MinHash(num_perm=NUM_PERM,
    seed=SEED, scheme="affine32")`` (SHA-1 of each shingle, its first 4 bytes little-endian), computed
    here with numpy in one step. Importing datasketch costs about 1 s at the start of every run (it
    pulls in scipy for its LSH); the tests keep datasketch as the reference."""
    found = shingles(text)
    if not found:
        return Signature(_EMPTY.copy())
    sha1 = hashlib.sha1
    hv = np.frombuffer(b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in found]), dtype="<u4").astype(np.uint32)
    with np.errstate(over="ignore"):
        values = (_fmix(hv)[:, None] * _A + _B).min(axis=0)
    return Signature(values.astype(np.uint32))


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """A stored document that shares a band key with a new one."""

    doc_id: str
    dup_of: str | None  # its own original, when it is a copy
    signature: Signature


def original_of(sig: Signature, candidates: Iterable[Candidate], *, threshold: float = THRESHOLD) -> str | None:
    """The original a document with ``sig`` copies: the group of its most similar candidate at or
    above ``threshold`` (ties: the first candidate), or None when it copies nothing."""
    best, best_score = None, threshold
    for c in candidates:
        score = sig.similarity(c.signature)
        if score >= best_score and (best is None or score > best_score):
            best, best_score = c, score
    if best is None:
        return None
    return best.dup_of or best.doc_id


class BatchIndex:
    """Band keys of documents held in memory: those of one batch, so a copy within the batch finds
    its original before anything is stored, or those a run wrote, so it need not ask the store."""

    def __init__(self) -> None:
        self._keys: dict[tuple[int, int], list[Candidate]] = {}

    def add(self, candidate: Candidate, keys: list[int]) -> None:
        for band, key in enumerate(keys):
            self._keys.setdefault((band, key), []).append(candidate)

    def candidates(self, keys: list[int]) -> list[Candidate]:
        found: dict[str, Candidate] = {}
        for band, key in enumerate(keys):
            for c in self._keys.get((band, key), ()):
                found.setdefault(c.doc_id, c)
        return list(found.values())
