"""Helpers of the serve tests: a real uvicorn server on 127.0.0.1 in a thread, a store with a cluster."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyarrow as pa


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def store_with_cluster(source: Path, target: Path) -> tuple[str, list[str]]:
    """Copy the example store to ``target`` and link two reports of one meeting as a cluster, through
    the Store's own cluster methods (as the analysis does). Returns (cluster_id, member event ids)."""
    from flashpoint.store import Store

    shutil.copy(source, target)
    with Store.open(target) as store:
        rows = [r for r in store.events(None, limit=500).rows if r["trigger_lemma"] == "meet"
                and r["location_name"] == "Nairobi"][:3]
        assert len(rows) >= 2, "the examples have several reports of the Nairobi talks"
        ids = [r["event_id"] for r in rows]
        face = max(rows, key=lambda r: r["confidence"])
        cluster_id = "c-nairobi-talks"
        store.upsert_clusters(pa.Table.from_pylist([{
            "cluster_id": cluster_id, "face_event_id": face["event_id"], "date": face["date"],
            "date_precision": "day", "first_seen": face["published"], "last_seen": face["published"],
            "source_code": face["source_code"], "source_country": face["source_country"],
            "target_code": face["target_code"], "target_country": face["target_country"],
            "cameo": face["cameo"], "cameo_root": face["cameo_root"], "plover_type": face["plover_type"],
            "quad_class": face["quad_class"], "goldstein": face["goldstein"],
            "location_name": face["location_name"], "location_country": face["location_country"],
            "location_lat": face["location_lat"], "location_lon": face["location_lon"],
            "events": len(rows), "documents": len({r["doc_id"] for r in rows}),
            "outlets": len({r["outlet"] for r in rows}), "quantities": None,
            "confidence": face["confidence"], "run_id": None}]))
        store.assign_clusters(pa.Table.from_pylist([{"event_id": i, "cluster_id": cluster_id} for i in ids]))
    return cluster_id, ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, *, seconds: float = 10.0, every: float = 0.1) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()
