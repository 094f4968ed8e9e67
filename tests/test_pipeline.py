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


def test_code_text_warns_with_the_reason_when_the_coder_fails(pipeline, monkeypatch):
    """One text coded alone: an empty list must not hide a coder failure."""
    import flashpoint.pipeline as module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "code_doc", broken)
    with pytest.warns(UserWarning, match="boom"):
        assert pipeline.code_text(TEXT, published="2022-02-16") == []


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


def test_code_documents_is_one_process_and_says_so(nlp):
    docs = [Document(doc_id=f"d{i}", text=TEXT, published="2022-02-16", origin=str(i)) for i in range(3)]
    one = [e.event_id for r in Pipeline(Options(batch_size=2), nlp=nlp).code_documents(docs) for e in r.events]
    with pytest.warns(UserWarning, match="E014"):
        results = Pipeline(Options(batch_size=2, workers=2), nlp=nlp).code_documents(docs)
    assert [e.event_id for r in results for e in r.events] == one and one


def test_code_batch_is_the_entry_point(pipeline):
    batch = [Rejection(origin="a", reason="binary", detail="NUL bytes"),
             Document(doc_id="ok", text=TEXT, published="2022-02-16", origin="b")]
    results = pipeline.code_batch(batch)
    assert [r.rejection.reason if r.rejection else "ok" for r in results] == ["binary", "ok"]
    assert [e.event_id for e in results[1].events] == [
        e.event_id for e in pipeline.code_text(TEXT, published="2022-02-16", doc_id="ok")]


def test_published_is_read_once_as_iso(pipeline, monkeypatch):
    import flashpoint.pipeline as module

    calls = []
    real = module.iso_date
    monkeypatch.setattr(module, "iso_date", lambda text: calls.append(text) or real(text))
    events = pipeline.code_text(TEXT, published="2022-02-16")
    assert calls == ["2022-02-16"] and events and all(e.published == "2022-02-16" for e in events)
    # A hand-built Document with the date as outlets write it is read as the readers read it (a
    # coding-error would say "a bug": it is not one); tests/test_fuzz_parsers.py has the rest.
    [result] = pipeline.code_batch([Document(doc_id="x", text=TEXT, published="Feb 16, 2022", origin="x")])
    assert result.rejection is None and all(e.published == "2022-02-16" for e in result.events)


# -- resources are injectable ------------------------------------------------------------------

def test_given_resources_are_kept(pipeline, nlp):
    given = Pipeline(nlp=nlp, kb=pipeline.kb, lexicon=pipeline.lexicon, gazetteer=pipeline.gazetteer,
                     ontology=pipeline.ontology)
    assert (given.nlp, given.kb, given.lexicon, given.gazetteer, given.ontology) == (
        nlp, pipeline.kb, pipeline.lexicon, pipeline.gazetteer, pipeline.ontology)


def test_a_given_knowledge_base_is_used(nlp, tmp_path):
    from flashpoint.actors import load_kb

    orgs = tmp_path / "orgs.csv"
    orgs.write_text("org,name,kind,country,sector,start,end\n"
                    "WLF,Widget Liberation Front,armed,KEN,REB,,\n", encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,org\nWidget Liberation Front,WLF\n", encoding="utf-8")
    text = "Fighters of the Widget Liberation Front attacked Kenyan police on Monday."
    kb = load_kb(extra_files=(orgs, aliases))

    def orgs_of(pipe):
        return {(e.source.org if e.source else None) for e in pipe.code_text(text, published="2024-03-06")}

    assert "WLF" in orgs_of(Pipeline(nlp=nlp, kb=kb))
    assert "WLF" not in orgs_of(Pipeline(nlp=nlp))


def test_a_given_lexicon_is_used(nlp):
    from flashpoint.coding import Lexicon

    assert Pipeline(nlp=nlp).code_text(TEXT, published="2022-02-16")
    assert Pipeline(nlp=nlp, lexicon=Lexicon()).code_text(TEXT, published="2022-02-16") == []


def test_a_given_gazetteer_is_used(pipeline, nlp):
    class Spy:
        """The shipped gazetteer, counting the look-ups made through it."""

        def __init__(self, gazetteer):
            self.gazetteer, self.calls = gazetteer, 0

        def __getattr__(self, name):
            self.calls += 1
            return getattr(self.gazetteer, name)

    spy = Spy(pipeline.gazetteer)
    with_spy = Pipeline(nlp=nlp, gazetteer=spy).code_text(TEXT, published="2022-02-16")
    assert spy.calls > 0
    assert [e.to_dict() for e in with_spy] == [e.to_dict() for e in pipeline.code_text(TEXT, published="2022-02-16")]


def test_module_level_code_text():
    import flashpoint

    events = flashpoint.code_text("Kenyan police arrested dozens of protesters in Nairobi on Monday.",
                                  published="2023-07-12")
    assert isinstance(events, list)


def test_module_level_code_documents(pipeline):
    import flashpoint

    docs = [Document(doc_id="a", text=TEXT, published="2022-02-16", origin="a")]
    [result] = flashpoint.code_documents(docs, Options(asserted_only=True))
    assert result.events and all(e.factual for e in result.events)
    assert [e.event_id for e in result.events] == [
        e.event_id for e in pipeline.code_text(TEXT, published="2022-02-16", doc_id="a") if e.factual]
