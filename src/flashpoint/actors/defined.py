"""Acronyms an article defines for itself: "the Australian Workers Union (AWU) says ... the AWU
and Qantas are still talking", "the AWU (Australian Workers Union)". The knowledge base cannot
list every union, regulator or commission; the article names it in full once, and the full name
resolves (its own words say what it is: a union, a commission). A later bare "AWU" is that actor,
for this document only (resolved_by "coreference").

The definitions are found with one regular expression over the text (no pass over the tokens);
a definition counts only when the acronym is the initials of the capitalised words of the name
just before (or inside) the brackets, so "(AEDT)" after a time or "(AP)" after a city is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp import doc_text
from .atoms import Atom, sent_start

#: "(AWU)": an acronym in brackets, two to six capitals.
_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
#: "AWU (Australian Workers Union)": an acronym, then a name in brackets.
_BEFORE_BRACKETS = re.compile(r"\b([A-Z]{2,6}) \(([A-Z][^()]{3,80})\)")


@dataclass(frozen=True)
class Definition:
    """One acronym the text defines: its token, and the tokens ``[name_start, name_end)`` that
    hold the name it stands for (before or inside the brackets)."""

    acronym: str
    token: int
    name_start: int
    name_end: int


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the initials of the last capitalised words of ``words`` ("Bill
    Shorten of the Australian Workers Union" -> "AWU"); "of", "and", "the" do not count."""
    caps = "".join(w[0] for w in words if w[:1].isupper() and w.isalpha())
    return len(caps) >= len(acronym) and caps.endswith(acronym)


def find_definitions(doc) -> list[Definition]:
    """Every acronym ``doc`` defines, in text order; [] for a text with no bracketed capitals."""
    text = doc_text(doc)
    if "(" not in text:
        return []
    out: list[Definition] = []
    for m in _IN_BRACKETS.finditer(text):  # "the Australian Workers Union (AWU)"
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1 or span.start < 2:
            continue
        start = span.start
        open_ = start - 1
        sent_first = sent_start(doc, start)
        end = open_
        if end > sent_first and doc[end - 1].tag_ == "POS":  # "Organisation's (ASIO)"
            end -= 1
        first = max(sent_first, end - 12)
        words = [t.text for t in doc[first:end]]
        if initials_match(m.group(1), words):
            out.append(Definition(m.group(1), start, first, end))
    for m in _BEFORE_BRACKETS.finditer(text):  # "the AWU (Australian Workers Union)"
        acronym = doc.char_span(m.start(1), m.end(1))
        name = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if acronym is None or name is None or len(acronym) != 1:
            continue
        if initials_match(m.group(1), [t.text for t in name]):
            out.append(Definition(m.group(1), acronym.start, name.start, name.end))
    return sorted(out, key=lambda d: d.token)


def acronym_atoms(doc, atoms: list[Atom], definitions: list[Definition]) -> list[Atom]:
    """``atoms`` and a name atom ("unknown_body") for each use of a defined acronym that no other
    atom covers, from its definition on (the bracketed one after a name is no mention of its
    own: the name is). The resolver gives it the actor of the definition's name."""
    if not definitions:
        return atoms
    first: dict[str, int] = {}
    for d in definitions:
        first.setdefault(d.acronym, d.token)
    skip = {d.token for d in definitions if d.name_start < d.token}
    out = [a for a in atoms if not (a.kind == "unknown_body" and a.start in skip)]
    covered = {i for a in out for i in range(a.start, a.end)}
    text = doc_text(doc)
    for acronym, token in first.items():
        for m in re.finditer(r"\b" + acronym + r"\b", text[doc[token].idx:]):
            span = doc.char_span(doc[token].idx + m.start(), doc[token].idx + m.end())
            if span is None or len(span) != 1 or span.start in covered or span.start in skip:
                continue
            out.append(Atom(start=span.start, end=span.end, kind="unknown_body"))
            covered.add(span.start)
    out.sort(key=lambda a: a.start)
    return out
