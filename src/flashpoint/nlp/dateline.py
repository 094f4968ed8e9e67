"""The shape of a dateline at the head of an article: "NAIROBI, Kenya (AP) —", "AHMEDABAD:",
"LONDON, March 3 (Reuters) -", "Jerusalem (AFP) -", "new delhi:".

A dateline says where the story was filed; it is context (the article's place and country), never
an actor of the first sentence. This module only finds its shape in the text (no gazetteer): the
``flashpoint_datelines`` component makes it a sentence of its own before the parser, and
``flashpoint.context.dateline`` tells its country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Paragraphs at the head of a text where a dateline may stand (after a headline and a byline line).
HEAD_PARAGRAPHS = 3
#: A dateline starts within this many characters of the start of the text.
HEAD_CHARS = 1500

_WORD_CAPS = r"[A-Z][A-Z.'\u2019\-]*[A-Z.]"
_WORD_TITLE = r"[A-Z][a-z.'\u2019\-]*[a-z.]|[A-Z]\.(?:[A-Z]\.)+"
_WORD_LOWER = r"[a-z][a-z.'\u2019\-]*[a-z]"
_PLACE_CAPS = rf"(?:{_WORD_CAPS})(?: (?:{_WORD_CAPS})){{0,3}}"
_PLACE_TITLE = rf"(?:{_WORD_TITLE})(?: (?:{_WORD_TITLE})){{0,2}}"
_PLACE_LOWER = rf"(?:{_WORD_LOWER})(?: (?:{_WORD_LOWER})){{0,2}}"
#: ", Kenya", ", D.C.", ", Texas" (a country or a first-level area after the city).
_REGION = rf",[ \t]*(?P<region>(?:{_WORD_TITLE}|{_WORD_CAPS})(?: (?:{_WORD_TITLE}|{_WORD_CAPS})){{0,2}})"
#: ", March 3" / ", Feb. 16" (a date after the place, wire style).
_DATE = r",?[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
#: "(AP)", "(Reuters)", "(AFP)": the agency that filed it.
_AGENCY = r"[ \t]*\((?P<agency>[A-Za-z][A-Za-z&.'\- ]{0,30})\)"
_DASH = r"[ \t]*(?:\u2014|\u2013|--|-)[ \t]+"
_COLON = r"[ \t]*:[ \t]+"

#: Capitals place: anything after it may follow, then a dash or a colon ("NAIROBI, Kenya (AP) —").
_CAPS = re.compile(rf"(?P<place>{_PLACE_CAPS})(?:{_REGION})?(?:{_DATE})?(?:{_AGENCY})?(?P<sep>{_DASH}|{_COLON})")
#: A place in title case needs an agency or a date before its dash ("Jerusalem (Reuters) -",
#: "Kyiv, Ukraine, Feb. 16 -") ...
_TITLE_WIRE = re.compile(rf"(?P<place>{_PLACE_TITLE})(?:{_REGION})?(?=,?[ \t]*[A-Z(])(?:{_DATE})?(?:{_AGENCY})?"
                         rf"(?<=[0-9)])(?P<sep>{_DASH}|{_COLON})")
#: ... or a colon right after it ("Ahmedabad:", the Indian papers' style).
_TITLE_COLON = re.compile(rf"(?P<place>{_PLACE_TITLE})(?P<sep>{_COLON})")
#: Lower-case text ("new delhi: the ..."): a colon right after the place.
_LOWER = re.compile(rf"(?P<place>{_PLACE_LOWER})(?P<sep>{_COLON})")


@dataclass(frozen=True)
class DatelineShape:
    """Character offsets of a dateline: the whole of it (with its dash or colon) is
    ``[start, end)``; the place is ``[place_start, place_end)``, the region after it (a country or
    state), when given, ``[region_start, region_end)``."""

    start: int
    end: int
    place_start: int
    place_end: int
    region_start: int | None = None
    region_end: int | None = None
    agency: str | None = None


def paragraph_starts(text: str, *, limit: int = HEAD_PARAGRAPHS) -> list[int]:
    """Offsets of the first non-blank character of the first ``limit`` paragraphs (lines)."""
    starts: list[int] = []
    pos = 0
    while pos < len(text) and len(starts) < limit and pos < HEAD_CHARS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
        pos = end + 1
    return starts


def find_dateline(text: str) -> DatelineShape | None:
    """The dateline at the head of ``text`` (one of its first paragraphs), or None."""
    for start in paragraph_starts(text):
        for pattern in (_CAPS, _TITLE_WIRE, _TITLE_COLON, _LOWER):
            m = pattern.match(text, start)
            if m is None:
                continue
            rest = text[m.end():m.end() + 1]
            if not rest or not (rest.isalnum() or rest in "\"'\u201c\u2018"):
                continue  # a dateline is followed by the story itself
            region = m.span("region") if m.groupdict().get("region") else (None, None)
            return DatelineShape(start=m.start(), end=m.end(), place_start=m.start("place"),
                                 place_end=m.end("place"), region_start=region[0], region_end=region[1],
                                 agency=m.groupdict().get("agency"))
    return None
