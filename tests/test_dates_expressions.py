"""Date expressions on plain strings: parsing against a publication date, finding spans, the words file."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.dates import find_date_expressions, parse_date_expression, parse_published
from flashpoint.dates.expressions import add_months, is_vague_past, monday_of, period_end
from flashpoint.dates.words import load_date_phrases, load_date_words, read_date_phrases, read_date_words
from flashpoint.errors import DataFileError

D = dt.date
WED = D(2022, 2, 16)          # a Wednesday
TUE_NEW_YEAR = D(2023, 1, 3)  # a Tuesday just after a year end
LEAP = D(2024, 3, 1)          # a Friday just after 29 February

# (expression, published, future, expected date, expected precision)
PARSE_CASES = [
    # weekdays, past and future, across month and year ends
    ("on Wednesday", WED, False, D(2022, 2, 16), "day"),
    ("on Wednesday", WED, True, D(2022, 2, 16), "day"),
    ("on Monday", WED, False, D(2022, 2, 14), "day"),
    ("on Friday", WED, False, D(2022, 2, 11), "day"),
    ("on Friday", WED, True, D(2022, 2, 18), "day"),
    ("early Monday", WED, False, D(2022, 2, 14), "day"),
    ("Monday night", WED, False, D(2022, 2, 14), "day"),
    ("late on Tuesday night", WED, False, D(2022, 2, 15), "day"),
    ("last Wednesday", WED, False, D(2022, 2, 9), "day"),
    ("next Wednesday", WED, True, D(2022, 2, 23), "day"),
    ("next Monday", WED, False, D(2022, 2, 21), "day"),
    ("on Friday", TUE_NEW_YEAR, False, D(2022, 12, 30), "day"),
    ("Saturday", TUE_NEW_YEAR, False, D(2022, 12, 31), "day"),
    ("on Sunday", D(2022, 3, 2), False, D(2022, 2, 27), "day"),
    ("on Thursday", LEAP, False, D(2024, 2, 29), "day"),
    ("on Monday", D(2021, 12, 29), True, D(2022, 1, 3), "day"),
    ("the early hours of Tuesday", WED, False, D(2022, 2, 15), "day"),
    # fixed words
    ("yesterday", WED, False, D(2022, 2, 15), "day"),
    ("yesterday", LEAP, False, D(2024, 2, 29), "day"),
    ("yesterday", TUE_NEW_YEAR, False, D(2023, 1, 2), "day"),
    ("yesterday morning", D(2023, 1, 1), False, D(2022, 12, 31), "day"),
    ("today", WED, False, WED, "day"),
    ("earlier today", WED, False, WED, "day"),
    ("tonight", WED, True, WED, "day"),
    ("this morning", WED, False, WED, "day"),
    ("last night", WED, False, D(2022, 2, 15), "day"),
    ("overnight", WED, False, D(2022, 2, 15), "day"),
    ("overnight", WED, True, WED, "day"),
    ("tomorrow", D(2022, 2, 28), True, D(2022, 3, 1), "day"),
    ("the day before yesterday", D(2022, 3, 1), False, D(2022, 2, 27), "day"),
    # counted back
    ("two days ago", WED, False, D(2022, 2, 14), "day"),
    ("10 days ago", D(2022, 1, 5), False, D(2021, 12, 26), "day"),
    ("three weeks ago", WED, False, D(2022, 1, 24), "week"),
    ("a week ago", WED, False, D(2022, 2, 7), "week"),
    ("six months ago", WED, False, D(2021, 8, 1), "month"),
    ("two years ago", WED, False, D(2020, 1, 1), "year"),
    ("in three days' time", WED, True, D(2022, 2, 19), "day"),
    # weeks, weekends, months, years relative to publication
    ("last week", WED, False, D(2022, 2, 7), "week"),
    ("last week", TUE_NEW_YEAR, False, D(2022, 12, 26), "week"),
    ("earlier this week", WED, False, D(2022, 2, 14), "week"),
    ("next week", WED, True, D(2022, 2, 21), "week"),
    ("over the weekend", WED, False, D(2022, 2, 7), "week"),
    ("this weekend", WED, True, D(2022, 2, 14), "week"),
    ("this weekend", D(2022, 2, 20), False, D(2022, 2, 14), "week"),
    ("last month", WED, False, D(2022, 1, 1), "month"),
    ("last month", D(2022, 1, 10), False, D(2021, 12, 1), "month"),
    ("earlier this month", WED, False, D(2022, 2, 1), "month"),
    ("next month", D(2022, 12, 5), True, D(2023, 1, 1), "month"),
    ("last year", WED, False, D(2021, 1, 1), "year"),
    ("earlier this year", WED, False, D(2022, 1, 1), "year"),
    ("at the end of last year", WED, False, D(2021, 1, 1), "year"),
    # calendar dates
    ("on March 3", WED, False, D(2021, 3, 3), "day"),
    ("on March 3", WED, True, D(2022, 3, 3), "day"),
    ("on February 3", WED, False, D(2022, 2, 3), "day"),
    ("on the night of February 3", WED, False, D(2022, 2, 3), "day"),
    ("3 March", D(2022, 3, 10), False, D(2022, 3, 3), "day"),
    ("the 3rd of March", D(2022, 3, 10), False, D(2022, 3, 3), "day"),
    ("Feb. 14", WED, False, D(2022, 2, 14), "day"),
    ("Monday, Feb. 14", WED, False, D(2022, 2, 14), "day"),
    ("December 31", TUE_NEW_YEAR, False, D(2022, 12, 31), "day"),
    ("February 29", D(2023, 3, 1), False, D(2020, 2, 29), "day"),
    ("February 29", LEAP, False, D(2024, 2, 29), "day"),
    ("March 3, 2021", WED, False, D(2021, 3, 3), "day"),
    ("12 January 2022", WED, False, D(2022, 1, 12), "day"),
    ("on 2022-02-16", None, False, D(2022, 2, 16), "day"),
    ("in March", WED, False, D(2021, 3, 1), "month"),
    ("in March", WED, True, D(2022, 3, 1), "month"),
    ("in February", WED, False, D(2022, 2, 1), "month"),
    ("in January", WED, False, D(2022, 1, 1), "month"),
    ("mid-December", TUE_NEW_YEAR, False, D(2022, 12, 1), "month"),
    ("last March", D(2022, 3, 20), False, D(2021, 3, 1), "month"),
    ("in March last year", WED, False, D(2021, 3, 1), "month"),
    ("in March 2014", None, False, D(2014, 3, 1), "month"),
    ("in 2014", None, False, D(2014, 1, 1), "year"),
    ("late 2019", WED, False, D(2019, 1, 1), "year"),
]


@pytest.mark.parametrize("text,published,future,expected,precision", PARSE_CASES)
def test_parse_date_expression(text, published, future, expected, precision):
    assert parse_date_expression(text, published=published, future=future) == (expected, precision)


@pytest.mark.parametrize("text,published", [
    ("on Friday", None),              # relative words need a publication date
    ("yesterday", None),
    ("last week", None),
    ("on March 3", None),
    ("February 30", WED),             # no such day
    ("2022-02-30", WED),
    ("for three days", WED),          # a duration, not a date
    ("a few days ago", WED),          # too vague for a day
    ("the following day", WED),       # relative to another event, not to publication
    ("the 1990s", WED),
    ("until", WED),
])
def test_parse_date_expression_refuses(text, published):
    assert parse_date_expression(text, published=published) is None


def test_published_as_iso_string():
    assert parse_date_expression("yesterday", published="2022-03-01") == (D(2022, 2, 28), "day")


@pytest.mark.parametrize("text,expected", [
    ("in the 1990s", True), ("the late 1980s", True), ("years ago", True), ("several decades ago", True),
    ("two years ago", False), ("in 1990", False), ("for years", False),
])
def test_is_vague_past(text, expected):
    assert is_vague_past(text) is expected


@pytest.mark.parametrize("day,precision,end", [
    (D(2022, 2, 7), "week", D(2022, 2, 13)),
    (D(2024, 2, 1), "month", D(2024, 2, 29)),
    (D(2022, 12, 1), "month", D(2022, 12, 31)),
    (D(2021, 1, 1), "year", D(2021, 12, 31)),
    (D(2021, 5, 5), "day", D(2021, 5, 5)),
])
def test_period_end(day, precision, end):
    assert period_end(day, precision) == end


def test_calendar_helpers():
    assert monday_of(D(2023, 1, 1)) == D(2022, 12, 26)
    assert add_months(D(2022, 1, 31), -1) == D(2021, 12, 1)
    assert add_months(D(2022, 11, 30), 2) == D(2023, 1, 1)
    with pytest.raises(ValueError):
        period_end(D(2022, 1, 1), "decade")


# --------------------------------------------------------------------------- finding spans

FIND_CASES = [
    ("Police fired tear gas early on Monday in the capital.", ["early on Monday"]),
    ("The accord, signed in 2014, collapsed last week.", ["2014", "last week"]),
    ("Talks resumed on 9 November.", ["9 November"]),
    ("The rebels withdrew in March and returned three days ago.", ["March", "three days ago"]),
    ("This may take weeks, the envoy said.", []),
    ("Protesters will march to parliament.", []),
    ("The vote was held on Sept. 4, 2020, and again over the weekend.",
     ["Sept. 4, 2020", "over the weekend"]),
    ("Gunmen struck overnight, a day after the talks.", ["overnight"]),
    ("Shelling resumed on the night of March 3 near the border.", ["the night of March 3"]),
    ("The town fell in the 1990s.", ["in the 1990s"]),
    ("On 2022-02-16 the ministers met.", ["2022-02-16"]),
    ("He has been in office for 20 years.", []),
    ("Marchers remembered Bloody Sunday on Sunday.", ["Sunday"]),
]


@pytest.mark.parametrize("text,expected", FIND_CASES)
def test_find_date_expressions(text, expected):
    found = find_date_expressions(text)
    assert [e.text for e in found] == expected
    assert all(text[e.start:e.end] == e.text for e in found)


# --------------------------------------------------------------------------- publication dates

@pytest.mark.parametrize("value,expected", [
    ("2022-02-16", "2022-02-16"),
    ("2022-02-16T10:00:00Z", "2022-02-16"),
    ("2022-02-16T23:30:00-05:00", "2022-02-16"),   # the publisher's calendar day, not UTC
    ("2022-02-16 08:15:00", "2022-02-16"),
    ("2022/02/16", "2022-02-16"),
    ("20220216", "2022-02-16"),
    ("16.02.2022", "2022-02-16"),
    ("16 February 2022", "2022-02-16"),
    ("Feb 16, 2022", "2022-02-16"),
    ("February 16th, 2022", "2022-02-16"),
    ("Wed, 16 Feb 2022 10:00:00 GMT", "2022-02-16"),
    ("Wednesday, February 16, 2022 10:00 EST", "2022-02-16"),
    ("29 February 2024", "2024-02-29"),
    ("29 February 2023", None),
    ("2022-13-01", None),
    ("yesterday", None),
    ("soon", None),
    ("", None),
    (None, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


# --------------------------------------------------------------------------- the words file

def test_shipped_words():
    words = load_date_words()
    assert words.months["september"] == words.months["sept"] == 9
    assert "september" in words.full_months and "sept" not in words.full_months
    assert words.full_months == {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"}
    assert words.weekdays["monday"] == 0 and words.weekdays["sunday"] == 6
    assert words.numbers["three"] == 3


@pytest.mark.parametrize("row,reason", [
    ("june,month,13", "E502"),
    ("jun,month_abbrev,0", "E502"),
    ("june,season,6", "E501"),
    ("June,month,6", "E504"),
    ("july,month,7\njuly,month,7", "E503"),
])
def test_bad_word_rows_report_file_and_line(tmp_path, row, reason):
    path = tmp_path / "date_words.csv"
    path.write_text("word,kind,value\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_date_words(path)
    assert reason in str(info.value)
    assert f"{path}:" in str(info.value)


def test_shipped_phrases():
    phrases = load_date_phrases()
    assert phrases["yesterday"] == (-1, -1) and phrases["overnight"] == (-1, 0)
    assert phrases["day after tomorrow"] == (2, 2)


@pytest.mark.parametrize("rows,line,reason", [
    ("today,0,0\ntoday,0,0", 3, "[E605] phrase 'today' appears twice (first on line 2)"),
    ("Today,0,0", 2, "E506"),
    ("last  night,-1,-1", 2, "E506"),
    ("last-night,-1,-1", 2, "E506"),
    ("yesterday,-1,x", 2, "[E507] column 'future': 'x' is not a whole number of days"),
    ("next month,30,30", 2, "E507"),
    ("tonight,0,", 2, "column 'future' is empty"),
])
def test_bad_phrase_rows_report_file_and_line(tmp_path, rows, line, reason):
    path = tmp_path / "date_phrases.csv"
    path.write_text("phrase,past,future\n" + rows + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_date_phrases(path)
    assert info.value.file == str(path) and info.value.line == line
    assert reason in str(info.value)


# Texts where a pattern's needed word is at an edge: glued to a modifier ("midJune"), abbreviated,
# upper-case, a decade, a count of years; and texts that hold none of the words.
PREFILTER_TEXTS = [
    "The talks resumed midJune and again lastJune, officials said.",
    "Troops left on Sept. 11, 2001 and came back on 9 November.",
    "FIGHTING RESUMED OVERNIGHT AND AGAIN THIS MORNING, THE ARMY SAID ON TUESDAY.",
    "The camp was built in the late 1990s, and razed in the '80s, decades ago.",
    "He was freed three years ago and will be tried in two weeks' time.",
    "Police arrested him the day before yesterday; a hearing is due next week.",
    "Since early 2001 the rebels have held the town, since March last year the valley.",
    "The minister said the army would withdraw.",
    "Rebels shelled the town of Mayo at the end of the month.",
    "Über 30 Soldaten wurden am 3 März getötet, said the report on 4 May.",
    "",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS)
def test_the_words_a_pattern_needs_never_hide_a_date(text, monkeypatch):
    """The check of needed words before each finder pattern (a speed-up) finds what the patterns
    alone find, and a pattern that matches always has its words in the text."""
    from flashpoint.dates import expressions

    lowered = text.lower() if text.isascii() else None
    for pattern, needs in expressions._finder_patterns():
        if pattern.search(text):
            assert expressions._may_match(lowered, needs), pattern.pattern[:80]
    found = find_date_expressions(text)
    monkeypatch.setattr(expressions, "_may_match", lambda lowered, needs: True)
    assert find_date_expressions(text) == found


def test_a_word_list_not_in_plain_letters_needs_nothing():
    """A list word a pattern could match in other spellings ("sept." is a pattern: any character
    after "sept") gives no need, so the pattern is always tried."""
    from flashpoint.dates.expressions import _need, _spelled

    assert _spelled(["june", "sept."]) is None and _need(("1",), None) == ()
    assert _spelled(["june", "may"]) == ("june", "may") and _need(("1",), ("may",)) == (("1",), ("may",))
