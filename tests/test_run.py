"""Runners: one process and a process pool give the same results in the same order; a dead worker
costs only its batch; the run summary and the progress line keep their exact text."""

from __future__ import annotations

import io
from concurrent.futures import Future
from types import SimpleNamespace

import pytest

import flashpoint
from flashpoint import Options
from flashpoint.pipeline import DocResult
from flashpoint.records import Document, Rejection
from flashpoint.run import Progress, Summary, code_documents, run_local, run_processes
from flashpoint.run.processes import _collect

TEXT = ("Russia warned Ukraine on Tuesday of a swift response. "
        "Ukrainian troops attacked Russian forces near Kharkiv, killing at least 12 soldiers.")


def _inputs(n: int) -> list[Document | Rejection]:
    items: list[Document | Rejection] = []
    for i in range(n):
        items.append(Document(doc_id=f"d{i}", text=TEXT, published="2022-02-16", origin=str(i)))
        if i % 2:
            items.append(Rejection(origin=f"bad{i}", reason="binary", detail="NUL bytes"))
    return items


def _rows(results) -> list[tuple]:
    return [(r.document.doc_id if r.document else r.rejection.origin,
             r.rejection.reason if r.rejection else None,
             tuple(e.event_id for e in r.events)) for r in results]


def test_workers_give_the_same_results_in_order(pipeline):
    items = _inputs(6)
    one = _rows(run_local(items, options=Options(batch_size=2), pipeline=pipeline))
    two = _rows(run_processes(items, options=Options(batch_size=2, workers=2)))
    assert one == two and any(events for _, _, events in one)
    assert [origin for origin, _, _ in one] == [i.doc_id if isinstance(i, Document) else i.origin for i in items]


def test_code_documents_picks_the_runner(pipeline):
    items = _inputs(3)
    local = _rows(code_documents(items, pipeline=pipeline))
    assert _rows(flashpoint.code_documents(items, Options(batch_size=1, workers=2))) == local
    assert _rows(pipeline.code_documents(items)) == local


def test_a_dead_worker_turns_its_batch_into_rejections():
    doc = Document(doc_id="x", text=TEXT, origin="x.txt")
    passed = Rejection(origin="y.bin", reason="binary", detail="NUL bytes")
    died: Future = Future()
    died.set_exception(RuntimeError("killed"))
    first, second = _collect([doc, passed], died)
    assert (first.document, first.rejection.reason, first.rejection.origin) == (doc, "worker-error", "x.txt")
    assert "[E007]" in first.rejection.detail and "RuntimeError: killed" in first.rejection.detail
    assert (second.document, second.rejection) == (None, passed)


def _event(factual: bool) -> SimpleNamespace:
    return SimpleNamespace(factual=factual)  # all the summary reads of an event


def test_summary_text(monkeypatch):
    import flashpoint.run.summary as module

    clock = iter([100.0, 102.5])
    monkeypatch.setattr(module.time, "monotonic", lambda: next(clock))
    summary = Summary()
    dated = Document(doc_id="a", text="t", published="2022-02-16", origin="a")
    undated = Document(doc_id="b", text="t", origin="b")
    summary.add(DocResult(document=dated, events=[_event(True), _event(False)]))
    summary.add(DocResult(document=undated, events=[_event(True)]))
    summary.add(DocResult(document=None, rejection=Rejection(origin="c", reason="binary", detail="")))
    summary.add(DocResult(document=dated, rejection=Rejection(origin="d", reason="not-english", detail="")))
    summary.add(DocResult(document=None, rejection=Rejection(origin="e", reason="binary", detail="")))
    assert summary.render() == (
        "flashpoint: 5 input(s), 2 coded, 3 rejected; 3 event(s) (2 factual) in 2.5 s\n"
        "  rejected binary: 2\n"
        "  rejected not-english: 1\n"
        "  warning: 1 document(s) had no publication date; their events are dated null (pass --published DATE)")


def test_progress_line(monkeypatch):
    import flashpoint.run.progress as module

    stream = io.StringIO()
    summary = Summary()
    summary.started, summary.documents, summary.events, summary.rejected = 0.0, 10, 4, 1
    monkeypatch.setattr(module.time, "monotonic", lambda: 5.0)
    progress = Progress(stream)
    progress.update(summary)
    progress.update(summary)  # within the interval: nothing more
    progress.done()
    assert stream.getvalue() == "\r10 docs  4 events  1 rejected  2.0 docs/s " + "\r" + " " * 70 + "\r"


@pytest.mark.parametrize("workers", [1, 2])
def test_runners_need_only_options(workers):
    """What a distributed runner will do: build from Options, call code_batch."""
    options = Options(workers=workers, batch_size=4)
    runner = run_processes if workers > 1 else run_local
    [result] = runner([Document(doc_id="z", text=TEXT, published="2022-02-16", origin="z")], options=options)
    assert result.ok and result.events


# -- a worker that dies or hangs costs only its document (issue 10) ----------------------------

def _bad_document_dies(batch):
    import os

    import flashpoint.run.processes as processes

    if any(isinstance(i, Document) and i.doc_id == "bad" for i in batch):
        os._exit(9)
    return processes._WORKER.code_batch(batch)


def _bad_document_hangs(batch):
    import time

    import flashpoint.run.processes as processes

    if any(isinstance(i, Document) and i.doc_id == "bad" for i in batch):
        time.sleep(3600)  # outside the pipeline's own time limit: only the parent can stop it
    return processes._WORKER.code_batch(batch)


def _patched_worker(monkeypatch, worker_code):
    """Workers are forked after the patch, so they run ``worker_code`` (a module-level function,
    sent to them by name)."""
    import flashpoint.run.processes as processes

    monkeypatch.setattr(processes, "_worker_code", worker_code)
    return processes


def _docs(*ids: str) -> list[Document]:
    return [Document(doc_id=i, text=TEXT, published="2022-02-16", origin=i) for i in ids]


def test_a_worker_that_dies_costs_only_its_document(monkeypatch):
    _patched_worker(monkeypatch, _bad_document_dies)
    items = _docs("a", "b", "bad", "c", "d", "e", "f")
    results = list(run_processes(items, options=Options(workers=2, batch_size=2)))
    assert [(r.document.doc_id, r.rejection.reason if r.rejection else "ok") for r in results] == [
        ("a", "ok"), ("b", "ok"), ("bad", "worker-error"), ("c", "ok"), ("d", "ok"), ("e", "ok"), ("f", "ok")]
    assert "[E007]" in results[2].rejection.detail and "died" in results[2].rejection.detail
    assert all(r.events for r in results if r.ok)


def test_a_worker_that_hangs_is_stopped(monkeypatch):
    import time

    processes = _patched_worker(monkeypatch, _bad_document_hangs)
    monkeypatch.setattr(processes, "GRACE_SECONDS", 1.0)
    items = _docs("a", "bad", "c")
    started = time.monotonic()
    results = list(run_processes(items, options=Options(workers=2, batch_size=2, timeout=1)))
    assert time.monotonic() - started < 120
    assert [(r.document.doc_id, r.rejection.reason if r.rejection else "ok") for r in results] == [
        ("a", "ok"), ("bad", "timeout"), ("c", "ok")]
    assert "[E019]" in results[1].rejection.detail
