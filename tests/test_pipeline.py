"""Pipeline: end to end on texts, stable ids, schema-valid records, bad documents kept as data."""

from __future__ import annotations

import pytest

from flashpoint import Options, Pipeline
from flashpoint.records import Document, Rejection
from flashpoint.schema import validate_event

TEXT = ("Russia warned Ukraine on Tuesday of a swift response. "
        "Ukrainian troops attacked Russian forces near Kharkiv, killing at least 12 soldiers.")


def test_code_text_gives_schema_valid_events(pipeline):
    events = pipeline.code_text(TEXT, published="2022-02-16")
    assert events, "expected at least one event"
    for event in events:
        record = event.to_dict()
        validate_event(record)
        s, e = record["trigger"]["span"]
        assert TEXT[s:e] == record["trigger"]["text"]
        s, e = record["sentence_span"]
        assert TEXT[s:e] == record["sentence"]
        for role in ("source", "target"):
            if record[role]:
                s, e = record[role]["span"]
                assert TEXT[s:e] == record[role]["text"]
        assert record["coder"]["name"] == "flashpoint" and record["coder"]["data_hash"]


def test_event_ids_are_stable_across_runs(pipeline, nlp):
    first = [e.event_id for e in pipeline.code_text(TEXT, published="2022-02-16", doc_id="a1")]
    again = [e.event_id for e in Pipeline(nlp=nlp).code_text(TEXT, published="2022-02-16", doc_id="a1")]
    assert first == again and len(set(first)) == len(first)


def test_rejections_pass_through_and_order_is_kept(pipeline):
    items = [
        Document(doc_id="ok", text=TEXT, published="2022-02-16", origin="a"),
        Rejection(origin="b", reason="binary", detail="NUL bytes"),
        Document(doc_id="empty", text="   ", origin="c"),
        Document(doc_id="fr", text=("Le gouvernement a annoncé mardi une nouvelle série de mesures "
                                    "pour soutenir les agriculteurs touchés par la sécheresse dans "
                                    "le sud du pays, selon un communiqué publié par le ministère."),
                 origin="d"),
    ]
    results = list(pipeline.code_documents(items))
    assert [r.rejection.reason if r.rejection else "ok" for r in results] == ["ok", "binary", "empty", "not-english"]
    assert results[0].events


def test_a_coder_crash_is_recorded_not_raised(pipeline, monkeypatch):
    import flashpoint.pipeline as module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "code_doc", broken)
    results = list(pipeline.code_documents([Document(doc_id="x", text=TEXT, origin="x"),
                                            Document(doc_id="y", text=TEXT, origin="y")]))
    assert [r.rejection.reason for r in results] == ["coding-error", "coding-error"]
    assert "boom" in results[0].rejection.detail


def test_missing_publication_date_warns_and_dates_null(pipeline):
    result = next(iter(pipeline.code_documents([Document(doc_id="n", text=TEXT, origin="n")])))
    assert any("E013" in w for w in result.warnings)
    assert all(e.date is None for e in result.events)


def test_asserted_only_drops_non_factual(nlp):
    text = "Russia did not attack Ukraine. Russia threatened to attack Ukraine if it joined NATO."
    full = Pipeline(nlp=nlp).code_text(text, published="2022-02-16")
    kept = Pipeline(Options(asserted_only=True), nlp=nlp).code_text(text, published="2022-02-16")
    assert all(e.factual for e in kept)
    assert len(kept) == sum(e.factual for e in full)


def test_workers_give_the_same_events(nlp):
    docs = [Document(doc_id=f"d{i}", text=TEXT, published="2022-02-16", origin=str(i)) for i in range(6)]
    one = [e.event_id for r in Pipeline(Options(batch_size=2), nlp=nlp).code_documents(docs) for e in r.events]
    two = [e.event_id for r in Pipeline(Options(batch_size=2, workers=2), nlp=nlp).code_documents(docs) for e in r.events]
    assert one == two and one


def test_module_level_code_text():
    import flashpoint

    events = flashpoint.code_text("Kenyan police arrested dozens of protesters in Nairobi on Monday.",
                                  published="2023-07-12")
    assert isinstance(events, list)
