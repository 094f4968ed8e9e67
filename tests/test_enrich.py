"""The record builder: dates compared as dates, the publication date as the ceiling of a factual
event, provenance; and a whole record built from a coded draft."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.dates import DateResolution
from flashpoint.enrich import CODER_NAME, EventDate, coder_provenance, event_date
from flashpoint.records import Modality

PUBLISHED = dt.date(2022, 2, 16)


@pytest.mark.parametrize(("resolved", "status", "negated", "published", "expected"), [
    # a factual event dated after publication is dated by publication ("will meet on Friday")
    (("2022-02-18", "day", "text"), "asserted", False, PUBLISHED, ("2022-02-16", "day", "publication")),
    (("2022-03-01", "month", "text"), "reported", False, PUBLISHED, ("2022-02-16", "day", "publication")),
    # on or before publication: as resolved
    (("2022-02-16", "day", "text"), "asserted", False, PUBLISHED, ("2022-02-16", "day", "text")),
    (("2022-02-01", "month", "text"), "asserted", False, PUBLISHED, ("2022-02-01", "month", "text")),
    (("2014-01-01", "year", "text"), "historical", False, PUBLISHED, ("2014-01-01", "year", "text")),
    # not factual: the planned date stands
    (("2022-02-18", "day", "text"), "future", False, PUBLISHED, ("2022-02-18", "day", "text")),
    (("2022-02-18", "day", "text"), "asserted", True, PUBLISHED, ("2022-02-18", "day", "text")),
    # nothing to compare with
    (("2022-02-18", "day", "text"), "asserted", False, None, ("2022-02-18", "day", "text")),
    ((None, None, "text"), "asserted", False, PUBLISHED, (None, None, "text")),
])
def test_event_date(resolved, status, negated, published, expected):
    when = DateResolution(date=resolved[0], precision=resolved[1], source=resolved[2])
    got = event_date(when, modality=Modality(status=status, negated=negated), published=published)
    assert got == EventDate(date=expected[0], precision=expected[1], source=expected[2])


def test_dates_are_compared_as_dates():
    # The publication date is a date, never a string: the comparison cannot fall back to text.
    with pytest.raises(TypeError):
        event_date(DateResolution(date="2022-02-18", precision="day", source="text"), modality=Modality(),
                   published="2022-02-16")


def test_provenance():
    plain = coder_provenance()
    assert plain["name"] == CODER_NAME and plain["version"] and "+" not in plain["data_hash"]
    assert coder_provenance(extra_files=[__file__])["data_hash"].startswith(plain["data_hash"] + "+")


def test_a_record_from_a_draft(pipeline):
    text = "Russian forces will attack Kharkiv on Friday, Ukrainian officials said."
    events = pipeline.code_text(text, published="2022-02-16")
    assert events
    for event in events:
        assert event.published == "2022-02-16"
        if event.factual and event.date is not None:
            assert dt.date.fromisoformat(event.date) <= PUBLISHED
        assert event.coder == pipeline.coder_info
