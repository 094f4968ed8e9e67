"""STUB (to be replaced by the places work)."""
from __future__ import annotations
from dataclasses import dataclass
from ..records import Place


@dataclass
class PlaceMention:
    start: int
    end: int
    place: Place


def find_places(doc, gazetteer, *, actor_mentions=()) -> list[PlaceMention]:
    return []


def locate_event(doc, trigger_i, places) -> Place | None:
    return None
