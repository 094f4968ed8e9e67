"""The Dask runner against a real cluster: a ``dask scheduler`` and two ``dask worker`` processes
started here on 127.0.0.1 (free ports), shared by the tests of this module.

- the runner gives what the one-process runner gives, input for input, event for event;
- a worker killed (SIGKILL) in the middle of a partition: the partition is coded again elsewhere,
  nothing lost, nothing doubled;
- a real ``flashpoint ingest --dask tcp://...`` through the cluster stores what a run without Dask
  stores, and a second run over the same parts adds nothing;
- Parquet parts read back exactly, and a part written twice is kept once.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from flashpoint import Options
from flashpoint.ingest import IngestOptions, read_inputs
from flashpoint.pipeline import DocResult
from flashpoint.records import Document, Rejection
from flashpoint.run import run_local

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SRC = ROOT / "src"
PUBLISHED = "2022-02-16"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.setdefault("FLASHPOINT_CACHE", str(Path.home() / ".cache" / "flashpoint"))
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _articles() -> list[str]:
    """The texts of the examples (articles the team wrote), one per document."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    return texts


def _inputs(folder: Path, n: int = 16) -> list[str]:
    """A JSONL file of ``n`` documents (the example texts, each with its own id and a line of
    its own) and the examples folder (every format, and a broken file)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = _articles()
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"w{i:02d}", "text": f"{texts[i % len(texts)]}\n\nReport {i}.",
                                "published": PUBLISHED}) + "\n")
            if i == 5:
                f.write("{broken\n")
    return [str(folder / "wire.jsonl"), str(EXAMPLES)]


def _rows(results) -> list[tuple]:
    return [(r.document.origin if r.document else r.rejection.origin, r.rejection.reason if r.rejection else None,
             [e.to_dict() for e in r.events]) for r in results]


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two workers, each its own process, as on a real cluster (one thread each)."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen(["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    client = None
    try:
        for _ in range(2):
            procs.append(subprocess.Popen(["dask", "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                                           "--no-dashboard"], env=_env(), stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while client is None:
            try:
                client = Client(address, timeout="2s")
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        client.wait_for_workers(2, timeout=60)
        yield address, client
    finally:
        if client is not None:
            client.shutdown()  # the scheduler and the workers close at once
            client.close()
        for proc in reversed(procs):  # only the processes this fixture started, each by its own id
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _options(**changes) -> Options:
    return Options(**{"published": PUBLISHED, "batch_size": 4, "partition_size": 4, **changes})


def _local(paths: list[str], options: Options, pipeline) -> list[DocResult]:
    documents = read_inputs(paths, options=IngestOptions(max_bytes=options.max_bytes, published=options.published))
    return list(run_local(documents, options=options, pipeline=pipeline))


def _dask(paths: list[str], options: Options, pipeline, client, **kwargs) -> list[DocResult]:
    from flashpoint.run.dask import results, run_dask

    return list(results(run_dask(paths, options=options, pipeline=pipeline, client=client, **kwargs)))


def test_dask_gives_what_one_process_gives(cluster, pipeline, tmp_path):
    _, client = cluster
    paths = _inputs(tmp_path / "in")
    options = _options()
    local = _rows(_local(paths, options, pipeline))
    assert _rows(_dask(paths, options, pipeline, client)) == local
    assert sum(len(events) for _, _, events in local) >= 20
    assert {reason for _, reason, _ in local} >= {None, "malformed-json", "not-utf8"}


def test_a_worker_killed_mid_partition(cluster, pipeline, tmp_path):
    """SIGKILL to the process of a worker while it codes a partition: Dask gives the partition
    to a worker again, and every input comes out once, as without Dask."""
    _, client = cluster
    paths = _inputs(tmp_path / "in", n=24)
    options = _options()
    parts = tmp_path / "parts"
    out: dict = {}

    def run() -> None:
        try:
            out["results"] = _dask(paths, options, pipeline, client, parts_dir=str(parts))
        except BaseException as exc:  # handed to the test's thread
            out["error"] = exc

    def executing(dask_worker) -> list[str]:
        return [str(ts.key) for ts in dask_worker.state.executing if "flashpoint-partition" in str(ts.key)]

    pids = client.run(os.getpid)
    thread = threading.Thread(target=run)
    thread.start()
    victim = None
    deadline = time.monotonic() + 120
    while victim is None and thread.is_alive() and time.monotonic() < deadline:
        busy = [(worker, key) for worker, keys in client.run(executing).items() for key in keys]
        if busy:
            victim = busy[0]
        else:
            time.sleep(0.01)
    assert victim is not None, "no partition was seen running"
    worker, key = victim
    part = parts / f"part-{key.rsplit('-', 1)[1]}"
    assert not part.exists()  # mid-partition: its part is not written yet
    os.kill(pids[worker], signal.SIGKILL)
    thread.join(timeout=300)
    assert "error" not in out, out.get("error")
    assert _rows(out["results"]) == _rows(_local(paths, options, pipeline))
    def runs(dask_scheduler, key=key) -> int:  # how often the scheduler sent the partition to a worker
        return sum(1 for entry in dask_scheduler.transition_log if entry[0] == key and entry[2] == "processing")

    assert client.run_on_scheduler(runs) == 2  # killed once, coded again on a worker
    assert part.is_dir() and len(list(parts.glob("part-*"))) == len({p.name for p in parts.glob("part-*")})
    assert not list(parts.glob(".tmp-*"))
    client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker for the next tests
    assert pids[worker] not in client.run(os.getpid).values()  # that process is gone


def test_flashpoint_ingest_through_a_scheduler(cluster, tmp_path):
    """A real ``flashpoint ingest --dask tcp://...`` through the scheduler and its two workers."""
    from flashpoint.store import Store

    address, _ = cluster
    paths = _inputs(tmp_path / "in", n=8)
    plain, dasked, parts = tmp_path / "plain.duckdb", tmp_path / "dask.duckdb", tmp_path / "parts"
    cli = [sys.executable, "-m", "flashpoint.cli", "ingest", *paths, "--published", PUBLISHED, "-q"]
    first = subprocess.run([*cli, "--db", str(dasked), "--dask", address, "--parts", str(parts),
                            "--partition-size", "3"], env=_env(), capture_output=True, text=True, timeout=600)
    assert first.returncode == 1, first.stderr  # the broken example and line are rejected, not fatal
    assert len(list(parts.glob("part-*"))) >= 4
    from flashpoint.cli import main

    assert main(["ingest", *paths, "--published", PUBLISHED, "-q", "--db", str(plain)]) == 1  # without Dask

    def content(db: Path) -> tuple:
        with Store.open(db, read_only=True) as store:
            events = [{k: v for k, v in e.items() if k != "run_id"} for e in store.events_arrow().to_pylist()]
            rejections = [(r["origin"], r["reason"], r["detail"]) for r in store.rejections()]
            return store.counts()["documents"], events, rejections

    expected = content(plain)
    assert content(dasked) == expected and expected[0] >= 10 and len(expected[1]) >= 20
    again = subprocess.run([*cli, "--db", str(dasked), "--dask", address, "--parts", str(parts),
                            "--partition-size", "3"], env=_env(), capture_output=True, text=True, timeout=600)
    assert again.returncode == 1, again.stderr
    assert content(dasked) == expected  # nothing doubled by a repeated run


def test_parts_read_back_exactly(pipeline, tmp_path):
    from flashpoint.run.parts import part_keys, read_part, write_part

    documents = list(read_inputs(_inputs(tmp_path / "in", n=3), options=IngestOptions(published=PUBLISHED)))
    results = pipeline.code_batch(documents)
    write_part(tmp_path, "k1", results=results)
    write_part(tmp_path, "k1", results=results[:1])  # a second attempt finds the part: kept, not doubled
    back = read_part(tmp_path, "k1")
    assert [item.to_dict() for item, _ in back] == [d.to_dict() for d in documents]
    assert _rows(r for _, r in back) == _rows(results) and any(r.events for r in results)
    assert [(r.document, r.rejection) for _, r in back] == [(r.document, r.rejection) for r in results]
    assert list(part_keys(tmp_path)) == ["k1"]


def test_a_worker_of_another_flashpoint_is_refused(pipeline, monkeypatch):
    from flashpoint.errors import FlashpointError
    from flashpoint.run import dask as runner

    expected = runner.fingerprint(pipeline)
    monkeypatch.setattr(runner, "_PIPELINE", (runner.fingerprint_hash(expected), pipeline))
    assert runner._worker_pipeline(pipeline.options, expected) is pipeline
    other = dict(expected, data_hash="another")
    with pytest.raises(FlashpointError, match=r"\[E093\].*data_hash"):
        runner._worker_pipeline(pipeline.options, other)


def test_bad_addresses_and_unreachable_scheduler():
    from flashpoint.errors import FlashpointError
    from flashpoint.run.dask import dask_client

    for bad in ("local:0", "local:x", "somewhere:8786", "tcp://"):
        with pytest.raises(FlashpointError, match=r"\[E090\]"):
            Options(dask=bad)
    with pytest.raises(FlashpointError, match=r"\[E091\]"):
        with dask_client(f"tcp://127.0.0.1:{_free_port()}", timeout=1):
            pass


def test_a_partition_lost_for_good_is_one_rejection_per_input(tmp_path):
    """When Dask gives up on a partition (its workers died too often), each of its inputs is a
    worker-error rejection with the reason; the reader's own rejections stay as they were."""
    from types import SimpleNamespace

    from distributed.scheduler import KilledWorker

    from flashpoint.run.dask import _lost
    from flashpoint.run.partitions import plan_partitions

    paths = _inputs(tmp_path / "in", n=3)
    options = _options(partition_size=100)
    (partition,) = plan_partitions(paths, options=IngestOptions(published=PUBLISHED), size=100)
    lost = _lost(partition, KilledWorker("flashpoint-partition-x", SimpleNamespace(address="tcp://10.0.0.1:1234"), 3), options=options)
    read = list(read_inputs(paths, options=IngestOptions(published=PUBLISHED)))
    assert [item.to_dict() for item, _ in lost] == [i.to_dict() for i in read]
    reasons = [(r.rejection.reason, isinstance(item, Document)) for item, r in lost]
    assert reasons.count(("worker-error", True)) == sum(isinstance(i, Document) for i in read) >= 8
    assert all(reason != "worker-error" for reason, is_document in reasons if not is_document)
    detail = next(r.rejection.detail for _, r in lost if r.rejection.reason == "worker-error")
    assert detail.startswith("[E096]") and "KilledWorker" in detail


def test_a_configuration_error_on_the_workers_stops_the_run_with_its_reason(cluster, pipeline, tmp_path,
                                                                            monkeypatch):
    """Workers that are not this flashpoint (another data hash) refuse the work with E093; the run
    stops at once and says why (the error is taken before the futures are cancelled: a cancelled
    future holds none, and raising that made a TypeError)."""
    from flashpoint.errors import FlashpointError
    from flashpoint.run import dask as runner

    _, client = cluster
    real = runner.fingerprint
    monkeypatch.setattr(runner, "fingerprint", lambda *a, **k: dict(real(*a, **k), data_hash="another"))
    with pytest.raises(FlashpointError, match=r"\[E093\]"):
        _dask(_inputs(tmp_path / "in", n=4), _options(), pipeline, client)
