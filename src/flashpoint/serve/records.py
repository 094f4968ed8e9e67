"""The parts of an event to highlight, and (from ``columns.unflatten``) its record from its row.

The API answers with the record of schema 1 that ``flashpoint code`` writes, rebuilt from the
stored flat row by ``columns.unflatten``.

``highlights`` lists the source, trigger, target, place, date and quantities of an event with
offsets into its sentence: what the dashboard marks, and why a reader can check the coding.
"""

from __future__ import annotations

import json
from typing import Any

from ..columns import unflatten

def _label_actor(row: dict[str, Any], side: str) -> str:
    code = row.get(f"{side}_code") or row.get(f"{side}_country") or "?"
    name = row.get(f"{side}_name")
    return f"{code} ({name})" if name else code


def _parts(row: dict[str, Any]) -> list[tuple[str, int | None, int | None, str]]:
    """(role, start, end, label) of every part of an event, offsets into the document."""
    cameo = row.get("cameo") or ""
    plover = row.get("plover_type") or ""
    parts = [
        ("source", row.get("source_start"), row.get("source_end"), _label_actor(row, "source")),
        ("trigger", row.get("trigger_start"), row.get("trigger_end"), f"{cameo} {plover}".strip()),
        ("target", row.get("target_start"), row.get("target_end"), _label_actor(row, "target")),
        ("place", row.get("location_start"), row.get("location_end"),
         ", ".join(v for v in (row.get("location_name"), row.get("location_country")) if v)),
        ("date", row.get("date_start"), row.get("date_end"),
         f"{row.get('date')} ({row.get('date_precision')})"),
    ]
    for quantity in json.loads(row["quantities"]) if row.get("quantities") else []:
        span = quantity.get("span") or [None, None]
        value = quantity.get("value")
        parts.append(("quantity", span[0], span[1], f"{quantity.get('kind')} {value}"))
    return parts


def highlights(row: dict[str, Any], *, document_text: str | None = None
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(parts inside the sentence, with offsets into the sentence; parts elsewhere in the document,
    with offsets into the document), each in text order."""
    start, end = row["sentence_start"], row["sentence_end"]
    sentence = row["sentence"]
    inside, outside = [], []
    for role, a, b, label in _parts(row):
        if a is None or b is None or b <= a:
            continue
        if start <= a and b <= end:
            inside.append({"role": role, "start": a - start, "end": b - start, "text": sentence[a - start:b - start],
                           "label": label})
        elif document_text is not None and b <= len(document_text):
            outside.append({"role": role, "start": a, "end": b, "text": document_text[a:b], "label": label})
    inside.sort(key=lambda h: (h["start"], -h["end"]))
    outside.sort(key=lambda h: (h["start"], -h["end"]))
    return inside, outside


def document_spans(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every part of every event of a document, offsets into the document text."""
    spans = []
    for row in rows:
        for role, a, b, label in _parts(row):
            if a is not None and b is not None and b > a:
                spans.append({"event_id": row["event_id"], "role": role, "start": a, "end": b, "label": label})
    spans.sort(key=lambda s: (s["start"], -s["end"], s["event_id"]))
    return spans


__all__ = ["unflatten", "highlights", "document_spans"]
