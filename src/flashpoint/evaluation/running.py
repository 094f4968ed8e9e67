"""Coding the texts of a gold file: one document per item, parsed in batches, optionally re-cased.

``--case lower`` / ``--case upper`` code the texts lower-cased or upper-cased while the gold stays
as it is, so the loss a coder suffers on such copy can be measured on every set. The change of
case keeps every character offset (a character whose other case is longer, such as "ß", is left
alone), so gold spans and predicted spans still point at the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..errors import FlashpointError, msg
from ..records import Document
from .matching import PredictedEvent, predicted_from_event

#: The --case choices: how each changes one character.
CASES: dict[str, Callable[[str], str]] = {"lower": str.lower, "upper": str.upper}

DEFAULT_BATCH = 64


@dataclass(frozen=True)
class Item:
    """One text to code as a document of its own."""

    id: str
    text: str
    published: str | None = None


@dataclass
class Coded:
    """What the coder gave for one item: its events, or the reason it gave none."""

    events: list[PredictedEvent] = field(default_factory=list)
    rejection: str | None = None


def apply_case(text: str, case: str | None) -> str:
    """``text`` lower- or upper-cased character by character, keeping its length (and so every
    offset); ``case`` None leaves it as it is."""
    if case is None:
        return text
    if case not in CASES:
        raise FlashpointError(msg("E808", value=case, available=", ".join(CASES)))
    change = CASES[case]
    changed = change(text)
    if len(changed) == len(text):
        return changed
    return "".join(c2 if len(c2) == 1 else c for c, c2 in zip(text, map(change, text)))


def code_items(pipeline: Any, items: Iterable[Item], *, case: str | None = None) -> dict[str, Coded]:
    """Code every item (re-cased when ``case`` is given) and return what the scorers compare, by id.

    A pipeline with ``code_batch`` parses the items in batches (the fast way); one with only
    ``code_text(text, published=...)`` is called once per item.
    """
    items = list(items)
    if hasattr(pipeline, "code_batch"):
        return _code_in_batches(pipeline, items, case=case)
    if not hasattr(pipeline, "code_text"):
        raise FlashpointError(msg("E803", detail=type(pipeline).__name__))
    return {item.id: Coded(events=[predicted_from_event(e)
                                   for e in pipeline.code_text(apply_case(item.text, case),
                                                               published=item.published)])
            for item in items}


def _code_in_batches(pipeline: Any, items: list[Item], *, case: str | None) -> dict[str, Coded]:
    options = getattr(pipeline, "options", None)
    size = max(1, getattr(options, "batch_size", DEFAULT_BATCH) or DEFAULT_BATCH)
    default_date = getattr(options, "published", None)
    out: dict[str, Coded] = {}
    for start in range(0, len(items), size):
        chunk = items[start:start + size]
        documents = [Document(doc_id=item.id, text=apply_case(item.text, case), published=item.published or default_date,
                              origin=item.id) for item in chunk]
        for item, result in zip(chunk, pipeline.code_batch(documents)):
            rejection = result.rejection.reason if result.rejection is not None else None
            out[item.id] = Coded(events=[predicted_from_event(e) for e in result.events], rejection=rejection)
    return out
