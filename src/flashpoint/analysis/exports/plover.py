"""PLOVER JSON: one object per event (JSON Lines) with the PLOVER specification's event fields.

``event`` (the PLOVER type), ``mode``, ``context`` (a list), ``actor`` and ``recipient`` (the
source and the target: the actor code with its country, sectors, organisation, name and the words
it was found in), then when and where, the text, how sure the coder is and whether it happened
(``status``), and the provenance: the article and the happening (``cluster_id``) it belongs to.
Events whose CAMEO code has no PLOVER type (statements, CAMEO root 01) are not PLOVER events and
are left out.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ...columns import LIST_SEPARATOR
from ...store.filters import EventFilter
from .flat import rows

PLOVER_VERSION = "2.0"


def _actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    """The actor as PLOVER holds it; None only when the event has none. An actor the coder could not
    code ("the police" of no known country, a target that is a thing: "rejected the scheme") keeps
    its words and whatever is known, with null codes."""
    if all(row.get(f"{side}_{k}") is None for k in ("code", "country", "sectors", "text")):
        return None
    sectors = row.get(f"{side}_sectors")
    return {"code": row.get(f"{side}_code"), "country": row.get(f"{side}_country"),
            "sectors": sectors.split(LIST_SEPARATOR) if sectors else [], "organisation": row.get(f"{side}_org"),
            "name": row.get(f"{side}_name"), "text": row.get(f"{side}_text")}


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    location = None
    if row.get("location_country") is not None or row.get("location_lat") is not None:
        location = {"placename": row.get("location_name"), "country": row.get("location_country"),
                    "admin1": row.get("location_admin1"), "lat": row.get("location_lat"),
                    "lon": row.get("location_lon"), "geonameid": row.get("location_geonameid"),
                    "precision": row.get("location_precision")}
    context = row.get("plover_context")
    return {
        "id": row["event_id"], "date": row.get("date"), "date_precision": row.get("date_precision"),
        "event": row.get("plover_type"), "mode": row.get("plover_mode"),
        "context": context.split(LIST_SEPARATOR) if context else [],
        "actor": _actor(row, "source"), "recipient": _actor(row, "target"),
        "location": location, "quantities": json.loads(row["quantities"]) if row.get("quantities") else [],
        "text": row.get("sentence"), "trigger": row.get("trigger_text"),
        "status": row.get("status"), "negated": row.get("negated"), "attributed_to": row.get("attributed_to"),
        "confidence": row.get("confidence"),
        "cameo": row.get("cameo"), "goldstein": row.get("goldstein"), "quad_class": row.get("quad_class"),
        "source": {"doc_id": row.get("doc_id"), "url": row.get("url"), "outlet": row.get("outlet"),
                   "published": row.get("published")},
        "cluster_id": row.get("cluster_id"),
        "version": PLOVER_VERSION, "coder": {"name": "flashpoint", "version": row.get("coder_version")},
    }


def write(store: Any, f: EventFilter, stream: TextIO) -> int:
    n = 0
    for row in rows(store, f):
        if row.get("plover_type") is None:
            continue
        stream.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        n += 1
    return n
