"""The date and number parsers on anything: no input makes them raise, and what they return is in
range. Offsets past the ends of the calendar ("2014 years ago" in 2001, "in 99999999 weeks") date
nothing; a number too big for a float counts nothing.

Pure functions on strings, so the quick profile here tries hundreds of inputs in a second or two.
"""

from __future__ import annotations

import datetime as dt
import math
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.coding.quantities import number_value
from flashpoint.dates import find_date_expressions, parse_date_expression, parse_published
from flashpoint.dates.expressions import PRECISIONS, period_end

FAST = settings(max_examples=400, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

#: Words the date parser reads, so that generated phrases reach its arithmetic, not only its "no".
_DATE_WORDS = ["ago", "in", "time", "last", "next", "this", "the", "weekend", "day", "days", "week",
               "weeks", "month", "months", "year", "years", "march", "friday", "of", "2014", "3",
               "twelve", "a", "on", "early", "late", "since", "overnight", "yesterday", "tomorrow"]
_numbers = st.one_of(st.integers(min_value=0, max_value=10**30).map(str),
                     st.sampled_from(["0", "2014", "9999", "10000", "99999999999", "1" * 400]))
_phrases = st.lists(st.one_of(st.sampled_from(_DATE_WORDS), _numbers), min_size=1, max_size=5).map(" ".join)
_any_dates = st.dates(min_value=dt.date.min, max_value=dt.date.max)


@pytest.mark.parametrize("text,published", [
    ("2014 years ago", "2001-06-15"),
    ("3000 years ago", "2022-02-16"),
    ("99999999999 days ago", "2022-02-16"),
    ("in 99999999 weeks", "2022-02-16"),
    ("in 5000000 months", "2022-02-16"),
    ("in 9000 years", "2022-02-16"),
    ("next week", "9999-12-30"),
    ("last Friday", "0001-01-01"),
    ("next weekend", "9999-12-31"),
])
def test_an_offset_past_the_calendar_dates_nothing(text, published):
    assert parse_date_expression(text, published=published) is None


def test_an_offset_inside_the_calendar_still_dates():
    assert parse_date_expression("400 years ago", published="2001-06-15") == (dt.date(1601, 1, 1), "year")
    assert parse_date_expression("2000 years ago", published="2022-02-16") == (dt.date(22, 1, 1), "year")


def test_an_event_dated_past_the_calendar_is_coded(pipeline):
    """Once a coder failure ("year -13 is out of range"): the document was lost as a coding-error."""
    from flashpoint.records import Document

    text = "Kenyan police arrested three protesters in Nairobi 2014 years ago."
    result = pipeline.code_batch([Document(doc_id="ago", text=text, published="2001-06-15", origin="t")])[0]
    assert result.rejection is None
    # "years ago" is left: a vague past, no date given, well before publication.
    assert [(e.date, e.modality.status) for e in result.events] == [(None, "historical")]


@FAST
@given(text=_phrases, published=st.one_of(st.none(), _any_dates), future=st.booleans())
def test_parse_date_expression_never_raises(text, published, future):
    parsed = parse_date_expression(text, published=published, future=future)
    if parsed is not None:
        day, precision = parsed
        assert isinstance(day, dt.date) and precision in PRECISIONS
        assert period_end(day, precision) >= day


@FAST
@given(text=st.one_of(_phrases, st.text(max_size=60)))
def test_find_date_expressions_never_raises(text):
    for found in find_date_expressions(text):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start:found.end] == found.text


@FAST
@given(value=st.one_of(st.text(max_size=40), _phrases, st.integers(), st.floats(), st.none()))
def test_parse_published_never_raises(value):
    parsed = parse_published(value)
    assert parsed is None or 1900 <= dt.date.fromisoformat(parsed).year <= 2100


def _tokens(words):
    return [SimpleNamespace(text=w) for w in words]


@pytest.mark.parametrize("words", [["9" * 400], ["9" * 400, "million"], ["1" * 20_000],
                                   ["9" * 300, "billion", "billion"]])
def test_a_number_too_big_for_a_float_counts_nothing(words):
    assert number_value(_tokens(words)) == (None, False)


@FAST
@given(words=st.lists(st.one_of(_numbers, st.sampled_from(["million", "billion", "bn", "m", "k", "dozen",
                                                           "hundred", "thousands", "tens", "of", "-",
                                                           "twelve", "$", "1,000", "2.5m", "us$3"]),
                                st.text(max_size=8)), min_size=1, max_size=6))
def test_number_value_is_finite_or_none(words):
    value, vague = number_value(_tokens(words))
    assert value is None or math.isfinite(value)
    assert isinstance(vague, bool)


@pytest.mark.parametrize("published,expected", [("16 February 2022", "2022-02-16"),
                                                ("2022-02-16T23:30:00-05:00", "2022-02-16"),
                                                (dt.date(2022, 2, 16), "2022-02-16"),
                                                ("yesterday", None), ("2022-13-45", None), (99999, None),
                                                ("3000-01-01", None)])
def test_a_document_made_in_python_with_any_date_is_coded(pipeline, published, expected):
    """Once a coder failure ("Invalid isoformat string"): the document was lost as a coding-error."""
    from flashpoint.records import Document

    text = "Russia warned Ukraine on Tuesday of a swift response."
    [result] = pipeline.code_batch([Document(doc_id="p", text=text, published=published, origin="p")])
    assert result.rejection is None and result.events
    assert result.document.published == expected
    assert {e.published for e in result.events} == {expected}
    assert (result.warnings != []) == (expected is None)


@pytest.mark.parametrize("published", ["yesterday", "2022-13-45", "3000-01-01"])
def test_code_text_refuses_a_date_that_is_no_date(pipeline, published):
    from flashpoint.errors import FlashpointError

    with pytest.raises(FlashpointError, match=r"\[E029\]"):
        pipeline.code_text("Russia warned Ukraine on Tuesday.", published)
    assert pipeline.code_text("Russia warned Ukraine on Tuesday.", "16 February 2022")
