"""Stores for the analysis tests, built from code: flat event rows written straight into a store.

No coding (no spaCy): each test says exactly which events the store holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa

from flashpoint.columns import arrow_schema
from flashpoint.records import text_hash
from flashpoint.store import Store
from flashpoint.store.store import DOCUMENT_SCHEMA

ONTOLOGY = {"190": (-10.0, 4, "ASSAULT"), "194": (-10.0, 4, "ASSAULT"), "173": (-5.0, 4, "COERCE"),
            "145": (-7.5, 4, "PROTEST"), "141": (-6.5, 4, "PROTEST"), "040": (1.0, 1, "CONSULT"),
            "112": (-2.0, 3, "ACCUSE"), "163": (-8.0, 4, "COERCE"), "036": (4.0, 1, "AGREE")}


def event_row(*, doc: str, source: str = "RUSMIL", target: str | None = "UKR", cameo: str = "194",
              date: str = "2023-04-11", published: str | None = None, place: str | None = "Kharkiv",
              place_country: str | None = "UKR", precision: str | None = "city", admin1: str | None = None,
              lat: float | None = 50.0, lon: float | None = 36.2, date_precision: str = "day",
              confidence: float = 0.8, quantities: list[dict[str, Any]] | None = None, sentence: str | None = None,
              status: str = "asserted", outlet: str | None = None, index: int = 0, **extra: Any) -> dict[str, Any]:
    goldstein, quad, plover = ONTOLOGY.get(cameo, (-2.0, 3, None))
    row = {name: None for name in arrow_schema().names}

    def split(code: str | None) -> tuple[str | None, str | None]:
        if code is None:
            return None, None
        return code[:3], ("|".join(code[i:i + 3] for i in range(3, len(code), 3)) or None)

    (source_country, source_sectors), (target_country, target_sectors) = split(source), split(target)
    row.update(
        event_id=text_hash(f"{doc}|{index}|{source}|{cameo}|{target}", 16), doc_id=doc, outlet=outlet or f"outlet-{doc}",
        published=published or date, date=date, date_precision=date_precision, date_source="text",
        sentence_index=index, sentence=sentence or f"{source} did {cameo} to {target} in {place} ({doc}).",
        sentence_start=0, sentence_end=10, trigger_text="x", trigger_lemma="x", trigger_start=0, trigger_end=1,
        source_text=source, source_start=0 if source else None, source_end=3 if source else None, source_code=source, source_country=source_country, source_sectors=source_sectors,
        target_text=target, target_start=5 if target else None, target_end=8 if target else None, target_code=target, target_country=target_country, target_sectors=target_sectors,
        cameo=cameo, cameo_root=cameo[:2], goldstein=goldstein, quad_class=quad, plover_type=plover,
        status=status, negated=False, location_name=place, location_text=place,
        location_country=place_country if place else None,
        location_admin1=admin1, location_lat=lat if place else None, location_lon=lon if place else None,
        location_precision=precision if place else None, location_source="sentence" if place else None,
        quantities=json.dumps(quantities) if quantities else None, confidence=confidence, evidence_rule="r",
        evidence_why="w", coder_version="test", data_hash="test", schema_version="1", url=f"https://x.example/{doc}")
    row.update(extra)
    return row


def document_rows(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for e in events:
        docs.setdefault(e["doc_id"], {
            "doc_id": e["doc_id"], "origin": f"test:{e['doc_id']}", "url": e["url"], "outlet": e["outlet"],
            "title": None, "published": e["published"], "text": e["sentence"], "text_hash": text_hash(e["sentence"]),
            "events": 0, "code_version": "test", "data_hash": "test"})
        docs[e["doc_id"]]["events"] += 1
    return list(docs.values())


def add_rows(store: Store, events: list[dict[str, Any]], *, documents: list[dict[str, Any]] | None = None) -> None:
    """Write events (and their documents, unless given) into ``store`` as one run."""
    run_id = store.start_run(command="test")
    schema = pa.schema(list(arrow_schema()) + [pa.field("cluster_id", pa.string())])
    rows = [{**{k: e.get(k) for k in schema.names}} for e in events]
    store.load_rows(documents=pa.Table.from_pylist(documents if documents is not None else document_rows(events),
                                                   schema=DOCUMENT_SCHEMA),
                    events=pa.Table.from_pylist(rows, schema=schema), run_id=run_id)
    store.finish_run(run_id)


def new_store(path: Path, events: list[dict[str, Any]]) -> Path:
    with Store.open(path) as store:
        add_rows(store, events)
    return path
