"""Places for events the coder could not place, from what the neighbourhood already placed.

An event without a place is compatible with every place, so a report whose place the gazetteer
missed ("the north-eastern Ukrainian city of Kharkiv") joins whichever look-alike of its day is
largest, Kharkiv's or Zaporizhzhia's. Two general facts place most of them again, for clustering
only (the stored event keeps its place as coded):

- **its sentence names a place the neighbourhood placed**: another event of the clustering
  neighbourhood (new events and the stored clusters near them) was placed from the same words
  ("Kharkiv"), so these words name that place here too;
- **its report is about one place**: every placed event of its document lies in one place (the
  same, or one inside the other): a report of one happening rarely says its town twice.

Both abstain when the evidence points to places that cannot be one (a sentence naming Kharkiv and
Belgorod, a report of Gondar and Bahir Dar): the event stays without a place.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import Iterable, Sequence

from .matching import PLACE_RANK, Member, same_place

#: Longest place name looked for in a sentence, in words ("Bint Jbeil", "Ras al Khaimah").
MAX_NAME_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return [w.rstrip(".'’") for w in _WORD.findall(text)]


def name_key(name: str) -> str | None:
    """A place name as it is looked up: its words, joined by one space; None when it has no word
    or starts lower-case (a place is named with a capital: "the city" names nothing)."""
    words = _words(name)
    if not words or not words[0][:1].isupper() or len(words) > MAX_NAME_WORDS:
        return None
    return " ".join(words)


def named_places(located: Iterable[Member]) -> dict[str, list[Member]]:
    """Name (the words the coder placed, and the gazetteer's name) -> the placed events named so."""
    places: dict[str, list[Member]] = defaultdict(list)
    for m in located:
        if not m.located or m.place_inferred:
            continue
        for name in {m.location_text, m.location_name} - {None}:
            key = name_key(name)
            if key is not None:
                places[key].append(m)
    return places


def one_place(candidates: Sequence[Member]) -> Member | None:
    """The finest of ``candidates`` when they can all be one place; None when two cannot."""
    if not candidates:
        return None
    finest = min(candidates, key=lambda m: (PLACE_RANK.get(m.location_precision or "", 0), m.event_id))
    if all(same_place(finest, m) for m in candidates):
        return finest
    return None


def place_named_in(sentence: str | None, places: dict[str, list[Member]]) -> Member | None:
    """The one place the sentence names among ``places`` (None: none named, or places that
    cannot be one)."""
    if not sentence or not places:
        return None
    words = _words(sentence)
    found: dict[str, Member] = {}
    for start in range(len(words)):
        if not words[start][:1].isupper():
            continue
        for n in range(1, MAX_NAME_WORDS + 1):
            for m in places.get(" ".join(words[start:start + n]), ()):
                found[m.event_id] = m
    return one_place(list(found.values()))


def placed_as(event: Member, place: Member) -> Member:
    """``event`` with the place of ``place``, marked as inferred."""
    return dataclasses.replace(
        event, location_name=place.location_name, location_country=place.location_country,
        location_admin1=place.location_admin1, location_lat=place.location_lat, location_lon=place.location_lon,
        location_geonameid=place.location_geonameid, location_precision=place.location_precision,
        location_text=place.location_text, place_inferred=True)


def infer_places(new: Sequence[Member], *, neighbours: Iterable[Member] = (),
                 documents: Iterable[Member] = ()) -> list[Member]:
    """``new`` with a place for those the coder left without one, when their sentence or their
    report says it (see the module's docstring); the others unchanged, in the same order.

    ``neighbours``: the members of the stored clusters near the new events. ``documents``: every
    placed event of the new events' documents, those clustering does not take too (no source,
    not factual: "Fifteen people were arrested in Mombasa" still says where the report is)."""
    documents = list(documents)
    places = named_places([*new, *neighbours, *documents])
    by_sentence = [m if m.located else (placed_as(m, p) if (p := place_named_in(m.sentence, places)) else m)
                   for m in new]
    per_doc: dict[str, dict[str, Member]] = defaultdict(dict)
    for m in [*documents, *by_sentence]:
        if m.located:
            per_doc[m.doc_id][m.event_id] = m
    out = []
    for m in by_sentence:
        place = None if m.located else one_place(list(per_doc.get(m.doc_id, {}).values()))
        out.append(placed_as(m, place) if place is not None else m)
    return out
