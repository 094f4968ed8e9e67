"""Screening before the parse: empty and non-English texts are rejected with their reason."""

from __future__ import annotations

import pytest

from flashpoint.records import Document
from flashpoint.screen import MIN_JUDGED_WORDS, screen

ENGLISH = frozenset("the a of to and in on by for with was were is at that it said".split())
FRENCH = ("Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs "
          "touchés par la sécheresse dans le sud du pays, selon un communiqué publié par le ministère.")


def _screen(text: str, *, origin: str | None = "in.txt"):
    return screen(Document(doc_id="d", text=text, origin=origin), english_words=ENGLISH, min_english=0.15)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty(text):
    rejection = _screen(text)
    assert (rejection.reason, rejection.origin, rejection.doc_id) == ("empty", "in.txt", "d")
    assert rejection.detail.startswith("[E101]")


def test_not_english():
    rejection = _screen(FRENCH, origin=None)
    assert (rejection.reason, rejection.origin) == ("not-english", "d")  # the doc_id stands in for no origin
    assert rejection.detail.startswith("[E012]")


def test_english_and_short_texts_pass():
    assert _screen("Police said the attack was carried out at night by a group of men with rifles "
                   "and that it was the third in the town in a month, with more expected to follow.") is None
    short = " ".join(["mot"] * (MIN_JUDGED_WORDS - 1))
    assert _screen(short) is None  # too few words to judge the language
    assert _screen(" ".join(["Paris"] * 50)) is None  # names say nothing about the language


def test_a_repeated_english_sentence_is_not_judged():
    """Forty times "Police arrested protesters.": two lower-case words, neither a stop word."""
    assert _screen("Police arrested protesters. " * 40) is None
    assert _screen(FRENCH + " " + FRENCH).reason == "not-english"  # repeated, still judged


# -- Documents made in Python: the batch goes on, whatever they hold ------------------------------

@pytest.mark.parametrize("text", [b"Russia warned Ukraine on Tuesday.", 12, ["Russia warned Ukraine."]])
def test_a_text_that_is_no_string_is_missing_text(pipeline, text):
    """Once a TypeError out of code_batch: the whole batch was lost."""
    good = Document(doc_id="g", text="Russia warned Ukraine on Tuesday.", published="2022-02-16", origin="g")
    bad = Document(doc_id="b", text=text, published="2022-02-16", origin="b")
    results = pipeline.code_batch([good, bad, good])
    assert [r.rejection.reason if r.rejection else None for r in results] == [None, "missing-text", None]
    assert "[E112]" in results[1].rejection.detail


def test_lone_surrogates_in_a_document_become_replacement_characters(pipeline):
    """Once a coding-error (UnicodeEncodeError): they are replaced as the readers replace them, one
    code point for one, so the spans still point at the same words."""
    import json

    text = "\ud800Russia warned Ukraine on Tuesday."
    [result] = pipeline.code_batch([Document(doc_id="s\udc80", text=text, published="2022-02-16",
                                             title="t\ud800", origin="s")])
    assert result.rejection is None and result.events
    assert result.document.text == "\ufffd" + text[1:] and result.document.title == "t\ufffd"
    for event in result.events:
        record = json.dumps(event.to_dict(), ensure_ascii=False).encode("utf-8")  # writable
        assert b"Russia" in record
        start, end = event.trigger.span
        assert result.document.text[start:end] == event.trigger.text
