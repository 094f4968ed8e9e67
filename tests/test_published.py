"""Publication dates: one reader for what inputs and outlets write, one for flashpoint's ISO form.

The first table holds the cases both former readers (``ingest/pubdate.py`` and ``dates/published.py``)
pinned; the second the cases where they disagreed and the stricter rule now holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.dates import parse_published
from flashpoint.dates.published import iso_date, publication_date

PINNED = [
    ("2022-02-16", "2022-02-16"),
    ("2022-02-16T10:00:00Z", "2022-02-16"),
    ("2022-02-16 23:59:59+05:00", "2022-02-16"),
    ("2022-02-16T23:30:00-05:00", "2022-02-16"),   # the publisher's calendar day, not UTC
    ("2022-02-16 08:15:00", "2022-02-16"),
    ("2022-02-16T10:00:00.000+0000", "2022-02-16"),
    ("2022-02-16 EST", "2022-02-16"),
    ("2022-2-6", "2022-02-06"),
    ("2022/02/16", "2022-02-16"),
    ("20220216", "2022-02-16"),
    ("20220216T101500Z", "2022-02-16"),
    ("16.02.2022", "2022-02-16"),
    ("16 February 2022", "2022-02-16"),
    ("16th Feb. 2022", "2022-02-16"),
    ("16 of February 2022", "2022-02-16"),
    ("Wednesday, 16 February 2022", "2022-02-16"),
    ("Feb 16, 2022", "2022-02-16"),
    ("February 16th, 2022", "2022-02-16"),
    ("FEBRUARY 16, 2022", "2022-02-16"),
    ("Sept 3, 2023", "2023-09-03"),
    ("Tues. Feb 16, 2022", "2022-02-16"),
    ("16 February 2022 at 10:00 am", "2022-02-16"),
    ("16 may, 2022 — Reuters", "2022-05-16"),
    ("6 mar 2022 sun", "2022-03-06"),
    ("Wed, 16 Feb 2022 10:00:00 GMT", "2022-02-16"),
    ("Wed, 16 Feb 22 10:00:00 GMT", "2022-02-16"),
    ("Wednesday, February 16, 2022 10:00 EST", "2022-02-16"),
    ("February 16, 2022, 10:00 a.m.", "2022-02-16"),
    ("16/02/2022", "2022-02-16"),
    ("02/16/2022", "2022-02-16"),
    ("29 February 2024", "2024-02-29"),
    ("03/04/2022", None),     # which is the month?
    ("February 2022", None),  # not a day
    ("29 February 2023", None),
    ("2022-02-30", None),
    ("2022-13-01", None),
    ("yesterday", None),
    ("soon", None),
    ("", None),
    (None, None),
]

#: Where the two former readers disagreed and no test pinned either: the stricter rule.
STRICTER = [
    ("2022.02.16", None),                       # year-first takes - or / only
    ("2022-02-16 junk", None),                  # after a date: a time and a zone, nothing else
    ("2022-02-16+01", None),
    ("2022-02-16EST", None),
    ("20220216T", None),
    ("16-02-2022", None),                       # year-last takes / or . only
    ("16/02/2022 10:00", None),
    ("03.04.2022", None),                       # dotted is day.month.year, and still must be certain
    ("2.16.2022", None),
    ("1850-01-01", None),                       # years 1900-2100 only
    ("2150-01-01", None),
    ("Published 16 February 2022", None),       # only a weekday may come before a written date
    ("the 16th of February, 2022", None),
    ("2022 February 16", None),                 # written dates are day month year or month day year
    ("Feb 2022 16", None),
    ("Mar 1 2022 junk words", None),            # at most one other word after it
    ("February 16th 2022 and March 3rd 2022", None),  # and no second date
    ("Monkey, 16 Feb 2022", None),              # a weekday is a weekday, not any word starting "mon"
    (20220216, None),                           # a number is not a date
    (True, None),
]


@pytest.mark.parametrize(("value", "expected"), PINNED + STRICTER)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
    day = publication_date(value)
    assert (day.isoformat() if day else None) == expected


def test_dates_and_datetimes_are_taken_as_they_are():
    assert parse_published(dt.date(2022, 2, 16)) == "2022-02-16"
    assert parse_published(dt.datetime(2022, 2, 16, 23, 30)) == "2022-02-16"
    assert parse_published(dt.date(1850, 1, 1)) is None


def test_equal_day_and_month_cannot_be_wrong():
    assert parse_published("05/05/2022") == "2022-05-05"
    assert parse_published("1/1/2022") == "2022-01-01"


def test_iso_date_reads_only_the_iso_form():
    assert iso_date("2022-02-16") == dt.date(2022, 2, 16)
    for value in ("16/02/2022", "Feb 16, 2022", "yesterday"):
        with pytest.raises(ValueError):
            iso_date(value)
