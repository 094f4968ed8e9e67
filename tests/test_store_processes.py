"""The store against real processes: a second process while one holds the file, and ``flashpoint
ingest`` killed with SIGKILL at several points, then rerun: every document stored exactly once."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.store import EventFilter, Store

SRC = Path(__file__).resolve().parents[1] / "src"
ACTORS = ["Russian forces", "Ukrainian troops", "Israeli aircraft", "Kenyan police", "Chinese officials",
          "Turkish warplanes", "Sudanese soldiers", "French diplomats"]
ACTIONS = ["attacked", "shelled", "accused", "met", "warned", "criticised"]
TARGETS = ["Ukraine", "Russia", "Gaza", "protesters", "India", "Kurdish fighters", "rebels", "Iran"]
PLACES = ["Kharkiv", "Donetsk", "Nairobi", "Beijing", "Diyarbakir", "Khartoum", "Paris", "Gaza City"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(SRC)] + ([e["PYTHONPATH"]] if e.get("PYTHONPATH") else []))
    return e


def flashpoint(*args: str) -> list[str]:
    return [sys.executable, "-m", "flashpoint.cli", *args]


def articles(n: int) -> list[dict]:
    """``n`` short distinct articles with ids, written from the lists above."""
    out = []
    for i in range(n):
        a, b = ACTORS[i % len(ACTORS)], TARGETS[(i * 3) % len(TARGETS)]
        verb, place, day = ACTIONS[i % len(ACTIONS)], PLACES[(i * 5) % len(PLACES)], DAYS[i % len(DAYS)]
        text = (f"{a} {verb} {b} near {place} on {day}, officials said. "
                f"At least {i + 2} people were killed in the fighting, according to local officials. "
                f"The government condemned the violence and called for talks.")
        out.append({"id": f"k{i:03d}", "text": text, "published": f"2023-03-{1 + i % 28:02d}"})
    return out


def holder_process(db: Path) -> subprocess.Popen:
    """A process that opens the store for writing (as a server would) and holds it until its
    standard input closes."""
    code = ("import sys\nfrom flashpoint.store import Store\nstore = Store.open(sys.argv[1])\n"
            "print('ready', flush=True)\nsys.stdin.read()\nstore.close()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env())
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_second_process_gets_a_numbered_error_naming_the_holder(tmp_path):
    db = tmp_path / "held.duckdb"
    article = tmp_path / "a.txt"
    article.write_text(articles(1)[0]["text"], encoding="utf-8")
    holder = holder_process(db)
    try:
        proc = subprocess.run(flashpoint("ingest", str(article), "--db", str(db), "--published", "2023-03-01"),
                              capture_output=True, text=True, env=env(), timeout=120)
        assert proc.returncode == 2
        assert "[E701]" in proc.stderr and f"PID {holder.pid}" in proc.stderr
        assert "Traceback" not in proc.stderr and "IOException" not in proc.stderr
        with pytest.raises(FlashpointError, match=r"^\[E701\]"):
            Store.open(db, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_wait_takes_the_store_when_the_holder_lets_go(tmp_path):
    db = tmp_path / "wait.duckdb"
    article = tmp_path / "a.txt"
    article.write_text(articles(1)[0]["text"], encoding="utf-8")
    holder = holder_process(db)
    proc = subprocess.Popen(flashpoint("ingest", str(article), "--db", str(db), "--published", "2023-03-01",
                                       "--wait", "120"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    time.sleep(1.5)
    assert proc.poll() is None  # still waiting
    holder.stdin.close()
    holder.wait(timeout=30)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    with Store.open(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


_PROGRESS = re.compile(r"\r(\d+) docs ")


def _run_until(db: Path, source: Path, *, docs: int | None, seconds: float | None = None) -> int | None:
    """Run ``flashpoint ingest`` and SIGKILL it once its progress shows ``docs`` documents (or after
    ``seconds``); ``docs`` None runs it to the end. Returns the exit status (None when killed)."""
    proc = subprocess.Popen(flashpoint("ingest", str(source), "--db", str(db), "--batch-size", "3", "--commit-every", "3",
                                       "--progress", "always"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    os.set_blocking(proc.stderr.fileno(), False)
    started, seen = time.monotonic(), b""
    while proc.poll() is None:
        chunk = proc.stderr.read() or b""
        seen += chunk
        counts = [int(n) for n in _PROGRESS.findall(seen.decode("utf-8", "replace"))]
        due = (docs is not None and counts and counts[-1] >= docs) or \
              (seconds is not None and time.monotonic() - started >= seconds)
        if due:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return None
        time.sleep(0.02)
    assert proc.returncode in (0, 1), (proc.stderr.read() or b"").decode()
    return proc.returncode


@pytest.mark.slow
def test_kill_9_at_any_moment_then_rerun_stores_every_document_once(tmp_path):
    items = articles(120)
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in items) + "{broken line\n", encoding="utf-8")
    reference = tmp_path / "reference.duckdb"
    assert _run_until(reference, source, docs=None) == 1  # the broken line: exit 1
    db = tmp_path / "killed.duckdb"

    def stored() -> int:
        if not db.exists():
            return 0
        with Store.open(db, read_only=True) as store:
            return store.counts()["documents"]

    # Before the store is open, then after 10, 20 and 25 more documents coded, then at 2.5 s
    # (while the model loads or in the middle of a batch, as it happens).
    kills = [dict(seconds=0.3), dict(docs=10), dict(docs=20), dict(docs=25), dict(seconds=2.5)]
    mid_run = 0
    for kill in kills:
        before = stored()
        if _run_until(db, source, docs=kill.get("docs"), seconds=kill.get("seconds")) is not None:
            break  # it finished before the kill point
        mid_run += before < stored() < len(items)
    assert mid_run >= 2, "the kills did not land in the middle of runs"
    assert _run_until(db, source, docs=None) in (0, 1)
    with Store.open(reference, read_only=True) as ref, Store.open(db, read_only=True) as store:
        everything = EventFilter(status="all")
        assert store.counts()["documents"] == len(items) == ref.counts()["documents"]
        ids = [d["doc_id"] for d in store.documents(limit=1000)]
        assert sorted(ids) == sorted(a["id"] for a in items)
        events = [r["event_id"] for r in store.events_arrow(everything, columns=["event_id"]).to_pylist()]
        ref_events = [r["event_id"] for r in ref.events_arrow(everything, columns=["event_id"]).to_pylist()]
        assert len(events) == len(set(events)), "an event stored twice"
        assert sorted(events) == sorted(ref_events)
        assert [(r["origin"], r["reason"]) for r in store.rejections()] == \
               [(f"{source}:{len(items) + 1}", "malformed-json")]
        runs = store.runs()
        assert runs[-1]["status"] == "finished"
        assert sum(r["finished"] is None for r in runs) >= mid_run  # the killed runs never finished
        for doc_id in ids:
            assert store.document(doc_id)["events"] == store.count_events(EventFilter(status="all", doc_id=doc_id))


def _limit_file_size(limit: int):
    """For a child process: files may not grow past ``limit`` bytes (writes fail with EFBIG, as on
    a full disk, instead of the process being killed)."""
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_a_full_disk_stops_with_a_numbered_error_and_keeps_the_committed_batches(tmp_path):
    items = articles(120)
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    db = tmp_path / "full.duckdb"
    full = subprocess.run(flashpoint("ingest", str(source), "--db", str(db), "--batch-size", "4", "--commit-every", "4"),
                          capture_output=True, text=True, env=env(), timeout=300,
                          preexec_fn=_limit_file_size(40_000))
    assert full.returncode == 2, full.stderr
    assert "[E705]" in full.stderr and "Traceback" not in full.stderr
    with Store.open(db, read_only=True) as store:
        kept = store.counts()["documents"]
        assert 0 < kept < len(items)
        assert store.runs()[-1]["status"] == "failed"
        for d in store.documents(limit=1000):  # every stored document has all its events
            assert d["events"] == store.count_events(EventFilter(status="all", doc_id=d["doc_id"]))
    again = subprocess.run(flashpoint("ingest", str(source), "--db", str(db), "--batch-size", "4", "--commit-every", "4"),
                           capture_output=True, text=True, env=env(), timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{kept} already stored" in again.stderr
    with Store.open(db, read_only=True) as store:
        assert store.counts()["documents"] == len(items)
        events = [r["event_id"] for r in store.events_arrow(EventFilter(status="all"), columns=["event_id"]).to_pylist()]
        assert len(events) == len(set(events))


def test_a_path_that_cannot_be_written_is_a_numbered_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(articles(1)[0]["text"], encoding="utf-8")
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        target = locked / "store.duckdb"
    elif Path("/sys/kernel").is_dir():
        target = Path("/sys/flashpoint-test.duckdb")  # sysfs refuses new files, even to root
    else:
        pytest.skip("running as root with no read-only place to write to")
    proc = subprocess.run(flashpoint("ingest", str(article), "--db", str(target), "--published", "2023-03-01"),
                          capture_output=True, text=True, env=env(), timeout=120)
    assert proc.returncode == 2
    assert "[E706]" in proc.stderr and "Traceback" not in proc.stderr
    assert not target.exists()


@pytest.mark.slow
def test_ctrl_c_keeps_the_committed_batches_and_marks_the_run(tmp_path):
    items = articles(240)  # long enough that the signal comes mid-run on a busy machine
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    db = tmp_path / "interrupted.duckdb"
    proc = subprocess.Popen(flashpoint("ingest", str(source), "--db", str(db), "--batch-size", "3", "--commit-every", "3",
                                       "--progress", "always"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    seen = b""
    while proc.poll() is None and not [n for n in _PROGRESS.findall(seen.decode("utf-8", "replace")) if int(n) >= 6]:
        seen += proc.stderr.read1(4096)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    with Store.open(db, read_only=True) as store:
        assert 0 < store.counts()["documents"] < len(items)
        assert store.runs()[-1]["status"] == "interrupted"
