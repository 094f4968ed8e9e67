"""Acronyms shared by two bodies ("AFP": the Australian Federal Police in an Australian story, the
news agency Agence France-Presse elsewhere), read by the country the story is about
(``data/acronym_readings.csv``: acronym, country, the name of the reading)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import msg
from ..resources.datafiles import data_path, read_csv
from .atoms import Atom
from .entries import NameHit
from .kb import KnowledgeBase

READINGS_FILE = "acronym_readings.csv"
#: The columns of the readings file.
COLUMNS = ("acronym", "country", "reading")


@lru_cache(maxsize=4)
def read_acronym_readings(path: str | Path | None = None) -> dict[tuple[str, str], str]:
    """(acronym, ISO3 of the story) -> the name to read it as; a bad row raises ``DataFileError``."""
    path = Path(path) if path is not None else data_path(READINGS_FILE)
    out: dict[tuple[str, str], str] = {}
    lines: dict[tuple[str, str], int] = {}
    previous = None
    for row in read_csv(path, required=COLUMNS):
        key = (row["acronym"], row["country"])
        if not re.fullmatch(r"[A-Z]{3}", row["country"]):
            raise row.fail(msg("E216", column="country", value=row["country"]))
        if key in lines:
            raise row.fail(msg("E605", what="acronym and country", value=",".join(key), first=lines[key]))
        if previous is not None and key < previous:
            raise row.fail(msg("E217", value=",".join(key), previous=",".join(previous)))
        out[key], lines[key], previous = row["reading"], row.line, key
    return out


def reading(acronym: str, country: str | None, kb: KnowledgeBase) -> NameHit | None:
    """The knowledge-base entry ``acronym`` names in a story about ``country``, or None (its usual
    reading)."""
    if country is None:
        return None
    name = read_acronym_readings().get((acronym, country))
    if name is None:
        return None
    hits = kb.lookup(name)
    return hits[0] if hits else None


def read_acronyms(doc, atoms: list[Atom], *, kb: KnowledgeBase, country: str | None) -> list[Atom]:
    """``atoms`` with each shared acronym read for a story about ``country`` ("AFP" in an
    Australian story is its federal police; "DSS" in a Nigerian one its secret service)."""
    if country is None:
        return atoms
    acronyms = {a for a, c in read_acronym_readings() if c == country}
    covered = {i for a in atoms for i in range(a.start, a.end)}
    out = list(atoms)
    for a in out:
        hit = reading(doc[a.start:a.end].text, country, kb) if a.kind in ("org", "country") else None
        if hit is not None:
            a.kind, a.hit = hit.kind, hit
    for tok in doc:
        if tok.text in acronyms and tok.i not in covered:
            hit = reading(tok.text, country, kb)
            if hit is not None:
                out.append(Atom(start=tok.i, end=tok.i + 1, kind=hit.kind, hit=hit))
    return sorted(out, key=lambda a: a.start)
