"""A document with no word that could be a trigger is not parsed (``prepass``, setting ``fast``),
and its result is the one a parse would have given: no events, the same warning for a missing
date, the same rejection for a bad one; with ``fast: false`` every document is parsed."""

from __future__ import annotations

import pytest

from flashpoint import Options, Pipeline
from flashpoint.records import Document

#: Sentences we wrote: no word of the lexicon in the first two; an event in the third.
QUIET = "The weather was mild and the harvest was good. Farmers in the valley grew more apples."
QUIET_TOO = "the team scored twice in the second half and the crowd cheered."
LOUD = "Russian troops shelled Kharkiv on Tuesday, Ukrainian officials said."


def _docs(published: str | None) -> list[Document]:
    return [Document(doc_id=f"d{i}", text=t, published=published, origin=f"o{i}")
            for i, t in enumerate((QUIET, LOUD, QUIET_TOO))]


@pytest.fixture(scope="module")
def pipelines(nlp):
    return Pipeline(Options(fast=True), nlp=nlp), Pipeline(Options(fast=False), nlp=nlp)


def _parsed(pipeline: Pipeline, monkeypatch, batch: list[Document]) -> tuple[list, list[str]]:
    seen: list[str] = []
    real = pipeline._parse_together

    def spy(short, **kwargs):
        seen.extend(text for _, text in short)
        return real(short, **kwargs)

    monkeypatch.setattr(pipeline, "_parse_together", spy)
    return pipeline.code_batch(batch), seen


@pytest.mark.parametrize("published", ["2022-02-16", None, "16 Feb 2022"])
def test_a_quiet_document_is_not_parsed_and_gets_what_a_parse_gives(pipelines, monkeypatch, published):
    fast, slow = pipelines
    quick, parsed_fast = _parsed(fast, monkeypatch, _docs(published))
    full, parsed_slow = _parsed(slow, monkeypatch, _docs(published))
    assert parsed_fast == [LOUD] and len(parsed_slow) == 3  # (the lower-case one parsed recased)
    for a, b in zip(quick, full):
        assert [e.to_dict() for e in a.events] == [e.to_dict() for e in b.events]
        assert a.warnings == b.warnings
        assert (a.rejection and a.rejection.reason) == (b.rejection and b.rejection.reason)
    # "16 Feb 2022" is read as a date too (a document made in Python may carry any date form)
    assert not quick[0].events and not quick[2].events and quick[1].events
    assert any("E013" in w for w in quick[0].warnings) == (published is None)


def test_a_quiet_document_over_max_length_is_read_by_the_tokenizer_alone(pipelines, monkeypatch):
    """The pre-pass reads a text of any length (long ones are parsed in pieces, not by make_doc)."""
    fast, _ = pipelines
    monkeypatch.setattr(fast.nlp, "max_length", 500)
    text = " ".join([QUIET] * 20)
    [result] = fast.code_batch([Document(doc_id="long", text=text, published="2022-02-16", origin="long")])
    assert result.ok and result.events == [] and len(text) > 500


def test_each_document_is_tokenized_once(pipelines, monkeypatch):
    """The Docs the pre-pass tokenized are the ones parsed: the tokenizer reads each text once,
    and the events are those of a pipeline that tokenizes again (``fast: false``)."""
    fast, slow = pipelines
    tokenizer = fast.nlp.tokenizer
    read: list[str] = []

    def counting(text):
        read.append(text)
        return tokenizer(text)

    monkeypatch.setattr(fast.nlp, "tokenizer", counting)
    batch = _docs("2022-02-16")
    quick = fast.code_batch(batch)
    assert len(read) == len(batch) and LOUD in read and QUIET in read  # (the lower-case one recased)
    monkeypatch.undo()
    full = slow.code_batch(batch)
    assert [[e.to_dict() for e in r.events] for r in quick] == [[e.to_dict() for e in r.events] for r in full]
    assert any(r.events for r in quick)
