"""The time limit of one document: checkpoints, the alarm, and what the pipeline and the pool do
with a document that runs over it (rejected as timeout; the rest of the batch goes on)."""

from __future__ import annotations

import threading
import time

import pytest

import flashpoint.pipeline as pipeline_module
from flashpoint.errors import FlashpointError
from flashpoint.limits import Deadline, DocumentTimeout, alarm_available, time_limit
from flashpoint.options import Options
from flashpoint.pipeline import Pipeline
from flashpoint.records import Document
from flashpoint.run import run_processes

TEXT = "Russia warned Ukraine on Tuesday of a swift response."
STUCK = "Meanwhile, Russia warned Ukraine on Wednesday of a firm response."


def _doc(doc_id: str, text: str = TEXT) -> Document:
    return Document(doc_id=doc_id, text=text, published="2022-02-16", origin=doc_id)


def test_deadline_checkpoints() -> None:
    Deadline(0).check()                         # no limit
    Deadline(10).check()
    with pytest.raises(DocumentTimeout, match="here"):
        Deadline(0.01, started=time.monotonic() - 1).check("here")


def test_the_alarm_stops_a_loop_that_reaches_no_checkpoint() -> None:
    if not alarm_available():
        pytest.skip("SIGALRM is in use or not available here")
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            while True:
                pass
    assert time.monotonic() - started < 5
    assert alarm_available()  # the handler and the timer were given back


def test_no_alarm_outside_the_main_thread() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(alarm_available()))
    thread.start()
    thread.join()
    assert seen == [False]


def test_a_timeout_is_not_swallowed_by_except_exception() -> None:
    with pytest.raises(DocumentTimeout):
        try:
            raise DocumentTimeout("x")
        except Exception:  # what a stage or a library might do
            pass


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), "5", True])
def test_bad_timeout_setting(value) -> None:
    with pytest.raises(FlashpointError, match="E015"):
        Options(timeout=value)


def _stuck_places(real):
    """``find_places`` that never returns for the stuck article (and no checkpoint inside)."""
    def find_places(doc, *args, **kwargs):
        if doc.text.startswith("Meanwhile"):
            while True:
                pass
        return real(doc, *args, **kwargs)
    return find_places


def _slow_places(real):
    """``find_places`` that takes a second for the stuck article, then returns."""
    def find_places(doc, *args, **kwargs):
        if doc.text.startswith("Meanwhile"):
            time.sleep(1.0)
        return real(doc, *args, **kwargs)
    return find_places


def test_a_runaway_stage_is_stopped_and_the_batch_goes_on(nlp, monkeypatch) -> None:
    if not alarm_available():
        pytest.skip("SIGALRM is in use or not available here")
    monkeypatch.setattr(pipeline_module, "find_places", _stuck_places(pipeline_module.find_places))
    pipe = Pipeline(Options(timeout=1), nlp=nlp)
    started = time.monotonic()
    first, stuck, last = pipe.code_batch([_doc("a"), _doc("stuck", STUCK), _doc("c")])
    assert time.monotonic() - started < 20
    assert (stuck.rejection.reason, stuck.rejection.doc_id) == ("timeout", "stuck")
    assert stuck.rejection.detail.startswith("[E016] timeout") and "1 s" in stuck.rejection.detail
    assert first.ok and first.events and last.ok and last.events


def test_a_slow_stage_is_stopped_at_the_next_checkpoint_in_a_thread(nlp, monkeypatch) -> None:
    """No alarm outside the main thread: the checkpoint after the slow stage stops it."""
    monkeypatch.setattr(pipeline_module, "find_places", _slow_places(pipeline_module.find_places))
    pipe = Pipeline(Options(timeout=0.3), nlp=nlp)
    out: list = []
    thread = threading.Thread(target=lambda: out.extend(pipe.code_batch([_doc("stuck", STUCK), _doc("b")])))
    thread.start()
    thread.join(timeout=60)
    stuck, other = out
    assert stuck.rejection.reason == "timeout" and "before coding" in stuck.rejection.detail
    assert other.ok and other.events


def test_a_pool_worker_stops_its_runaway_document(monkeypatch) -> None:
    """Workers are forked after the patch, so they inherit the stuck stage."""
    monkeypatch.setattr(pipeline_module, "find_places", _stuck_places(pipeline_module.find_places))
    items = [_doc("a"), _doc("stuck", STUCK), _doc("c"), _doc("d")]
    results = list(run_processes(items, options=Options(workers=2, batch_size=2, timeout=1)))
    assert [r.rejection.reason if r.rejection else "ok" for r in results] == ["ok", "timeout", "ok", "ok"]
    assert all(r.events for r in results if r.ok)


def test_no_limit_means_no_timeout(nlp) -> None:
    [result] = Pipeline(Options(timeout=0), nlp=nlp).code_batch([_doc("a")])
    assert result.ok and result.events
