"""Long documents: parsed in pieces cut at paragraph or sentence boundaries, spans into the whole
text; over the parser's max_length they used to crash the run (spaCy E088)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from flashpoint.nlp.long_text import parse, piece_limit, split_text
from flashpoint.records import Document

PARAGRAPH = ("Russia warned Ukraine on Tuesday of a swift response. Ukrainian troops attacked Russian "
             "forces near Kharkiv on Monday, killing at least 12 soldiers, officials said.")


# -- where the pieces are cut ------------------------------------------------------------------

def test_pieces_join_to_the_text_and_respect_the_size() -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "Talks resumed in Geneva. " * (i % 7 + 1) for i in range(300))
    pieces = split_text(text, max_chars=500)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= 500 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # every cut after a paragraph


def test_a_sentence_end_when_no_paragraph_break_is_late_enough() -> None:
    text = "Short.\n\n" + "The talks went on. " * 100
    pieces = split_text(text, max_chars=300)
    assert "".join(pieces) == text
    assert all(p.endswith(". ") for p in pieces[1:-1])


@pytest.mark.parametrize(("text", "max_chars"), [
    ("word " * 1000, 97),                      # only spaces
    ("x" * 10_001, 1000),                      # one enormous token
    ("a\n\nb", 1),
    ("é" * 50 + " " + "ü" * 50, 7),
])
def test_any_text_is_cut_into_pieces_that_join_back(text: str, max_chars: int) -> None:
    pieces = split_text(text, max_chars=max_chars)
    assert "".join(pieces) == text and all(0 < len(p) <= max_chars for p in pieces)


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_text("abc", max_chars=0)


# -- parsing in pieces -------------------------------------------------------------------------

@pytest.fixture()
def small_limit(nlp, monkeypatch):
    """The shared model with a max_length of 5,000 characters: a 20 KB text is over it."""
    monkeypatch.setattr(nlp, "max_length", 5_000)
    return nlp


def test_parse_over_max_length(small_limit) -> None:
    text = "\n\n".join([PARAGRAPH] * 150)
    assert len(text) > small_limit.max_length
    doc = parse(small_limit, text)
    assert doc.text == text
    assert len(list(doc.sents)) >= 300
    assert piece_limit(small_limit) == 4_999


def test_a_long_document_keeps_its_dateline_without_warnings(small_limit) -> None:
    """The dateline component's note on each piece is not merged (spaCy warned W102 per document);
    the whole Doc finds its dateline again, and it still ends the first sentence."""
    import warnings

    from flashpoint.nlp import dateline_of

    text = "NAIROBI, Kenya (AP) \u2014 " + "\n\n".join([PARAGRAPH] * 150)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = parse(small_limit, text)
    shape = dateline_of(doc)
    assert shape is not None and text[shape.place_start:shape.place_end] == "NAIROBI"
    assert next(iter(doc.sents)).end_char <= shape.end


def test_a_document_over_max_length_is_coded_with_spans_into_the_whole_text(small_limit, pipeline) -> None:
    text = "\n\n".join([PARAGRAPH] * 60)
    short = Document(doc_id="s", text="Russia warned Ukraine on Tuesday.", published="2022-02-16", origin="s")
    long = Document(doc_id="l", text=text, published="2022-02-16", origin="l")
    results = pipeline.code_batch([short, long, short])
    assert [r.rejection for r in results] == [None, None, None]
    events = results[1].events
    assert len(events) >= 60
    for e in events:
        assert text[e.trigger.span[0]:e.trigger.span[1]] == e.trigger.text
        assert text[e.sentence_span[0]:e.sentence_span[1]] == e.sentence
        for actor in (e.source, e.target):
            if actor is not None:
                assert text[actor.span[0]:actor.span[1]] == actor.text
    assert max(e.sentence_span[1] for e in events) > 0.9 * len(text)  # the last paragraphs too


def test_code_text_over_max_length(small_limit, pipeline) -> None:
    events = pipeline.code_text("\n\n".join([PARAGRAPH] * 40), published="2022-02-16")
    assert len(events) >= 40


@pytest.mark.slow
def test_a_megabyte_article_through_the_command_line(tmp_path) -> None:
    """Over spaCy's default max_length, through a JSONL line with two workers, and through stdin."""
    text = "\n\n".join([PARAGRAPH] * 6_500)
    assert 1_000_000 < len(text) < 5_000_000
    small = json.dumps({"id": "small", "text": PARAGRAPH, "published": "2022-02-16"})
    (tmp_path / "in.jsonl").write_text(
        small + "\n" + json.dumps({"id": "big", "text": text, "published": "2022-02-16"}) + "\n" + small + "\n",
        encoding="utf-8")
    run = [sys.executable, "-m", "flashpoint.cli", "code", "--published", "2022-02-16"]
    proc = subprocess.run(run + [str(tmp_path / "in.jsonl"), "--workers", "2", "--batch-size", "2"],
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ids = [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()]
    assert ids.count("big") >= 6_500 and "small" in ids
    assert "3 input(s), 3 coded, 0 rejected" in proc.stderr
    proc = subprocess.run(run + ["-", "-q"], input=text, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert len(proc.stdout.splitlines()) >= 6_500


# -- the time per event does not grow with the document ----------------------------------------

def test_cached_sentence_and_entity_lookups_match_spacy(nlp) -> None:
    from flashpoint.nlp import doc_text, sentence_at, sentences, span_entities

    doc = nlp("\n\n".join([PARAGRAPH, "NATO met in Brussels on Friday.", PARAGRAPH]))
    for token in doc:
        assert sentence_at(doc, token.i) == token.sent
    for sent in sentences(doc):
        assert span_entities(sent) == [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end]
    assert doc_text(doc) == doc.text


def test_the_entity_at_a_token_is_found_by_bisection(nlp) -> None:
    from flashpoint.nlp import entity_at

    doc = nlp("\n\n".join([PARAGRAPH, "NATO met the European Union in Brussels on Friday.", PARAGRAPH]))
    assert doc.ents
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert entity_at(doc, token.i) == expected


def test_date_expressions_are_found_once_per_sentence(nlp, pipeline, monkeypatch) -> None:
    import flashpoint.dates.resolve as resolve

    calls: list[str] = []
    real = resolve.find_date_expressions
    monkeypatch.setattr(resolve, "find_date_expressions", lambda text: calls.append(text) or real(text))
    sentence = ("Russia attacked Ukraine on Monday, Ukraine shelled Russian forces, NATO warned Russia "
                "and China condemned Japan.")
    [result] = pipeline.code_batch([Document(doc_id="m", text=sentence, published="2022-02-16", origin="m")])
    assert len(result.events) >= 3
    assert len(calls) == 1


def test_each_event_looks_only_at_its_own_sentence_places(pipeline, monkeypatch) -> None:
    import flashpoint.enrich as enrich

    seen: list[int] = []
    real = enrich.locate_event

    def locate_event(doc, *, trigger_i, places):
        seen.append(len(places))
        return real(doc, trigger_i=trigger_i, places=places)

    monkeypatch.setattr(enrich, "locate_event", locate_event)
    text = "\n\n".join(f"Russian troops attacked Ukrainian forces near Kharkiv on Monday, report {i} said."
                       for i in range(30))
    [result] = pipeline.code_batch([Document(doc_id="p", text=text, published="2022-02-16", origin="p")])
    assert len(result.events) >= 30 and sum(e.location is not None for e in result.events) >= 30
    assert len(seen) == len(result.events) and max(seen) <= 1  # one sentence's places, not the 30 of all
