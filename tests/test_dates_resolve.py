"""Event dates on parsed sentences: which expression belongs to the trigger, and how it is anchored."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.dates import HISTORICAL_DAYS, resolve_event_date, tied_date_expression

WED = dt.date(2022, 2, 16)  # a Wednesday


def _trigger(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


# (sentence, trigger word, status, expected date, precision, source, expression text or None)
CASES = [
    # which expression belongs to which verb
    ("The envoy, who arrived on Monday, met the president on Tuesday.", "arrived", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("The envoy, who arrived on Monday, met the president on Tuesday.", "met", "asserted",
     "2022-02-15", "day", "text", "Tuesday"),
    ("Police fired tear gas on Monday at students who had gathered on Sunday.", "fired", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("Police fired tear gas on Monday at students who had gathered on Sunday.", "gathered", "asserted",
     "2022-02-13", "day", "text", "Sunday"),
    ("Artillery shelled the port overnight, the governor said Wednesday.", "shelled", "asserted",
     "2022-02-15", "day", "text", "overnight"),
    ("Artillery shelled the port, the governor said Wednesday.", "shelled", "asserted",
     "2022-02-16", "day", "publication", None),
    ("Artillery shelled the port, the governor said Monday.", "said", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("The president will travel to Ankara next month, his office said on Tuesday.", "travel", "future",
     "2022-03-01", "month", "text", "next month"),
    ("Tehran agreed on Monday to receive the inspectors next week.", "agreed", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("Tehran agreed on Monday to receive the inspectors next week.", "receive", "future",
     "2022-02-21", "week", "text", "next week"),
    # nominal triggers, coordination, aspectual verbs
    ("The two delegations held talks in Vienna on Monday.", "talks", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("The bombing of the market on Sunday killed nine people.", "bombing", "asserted",
     "2022-02-13", "day", "text", "Sunday"),
    ("The council condemned Tuesday's raid.", "raid", "asserted",
     "2022-02-15", "day", "text", "Tuesday"),
    ("Soldiers entered the village on Monday and detained four men.", "detained", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("The army began shelling the suburbs on Saturday.", "shelling", "asserted",
     "2022-02-12", "day", "text", "Saturday"),
    ("Crowds gathered after Monday's talks collapsed.", "gathered", "asserted",
     "2022-02-16", "day", "publication", None),
    ("Crowds gathered after Monday's talks collapsed.", "talks", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    ("The 2014 annexation of the peninsula was condemned.", "annexation", "asserted",
     "2014-01-01", "year", "text", "2014"),
    # past or future from status and verb
    ("The foreign ministers will meet on Friday.", "meet", "asserted",
     "2022-02-18", "day", "text", "Friday"),
    ("The foreign ministers will meet on Friday.", "meet", "future",
     "2022-02-18", "day", "text", "Friday"),
    ("The foreign ministers met on Friday.", "met", "asserted",
     "2022-02-11", "day", "text", "Friday"),
    ("The negotiations are expected to resume on Friday.", "resume", "future",
     "2022-02-18", "day", "text", "Friday"),
    ("The summit is scheduled for Thursday.", "scheduled", "asserted",
     "2022-02-17", "day", "text", "Thursday"),
    ("Before flying to Beijing on Thursday, the president is scheduled to give a speech.", "flying",
     "asserted", "2022-02-17", "day", "text", "Thursday"),
    ("Before flying to Beijing on Thursday, the president gave a speech.", "flying",
     "asserted", "2022-02-10", "day", "text", "Thursday"),
    ("Tehran agreed to receive the inspectors on Friday.", "receive", "asserted",
     "2022-02-18", "day", "text", "Friday"),
    ("Hundreds of migrants managed to cross the border on Friday.", "cross", "asserted",
     "2022-02-11", "day", "text", "Friday"),
    ("The court will free the activists arrested on Monday.", "arrested", "asserted",
     "2022-02-14", "day", "text", "Monday"),
    # the other expressions of the brief
    ("Gunmen attacked a convoy early Monday near the border.", "attacked", "asserted",
     "2022-02-14", "day", "text", "early Monday"),
    ("Two policemen were killed yesterday.", "killed", "asserted",
     "2022-02-15", "day", "text", "yesterday"),
    ("Militants stormed the prison three days ago.", "stormed", "asserted",
     "2022-02-13", "day", "text", "three days ago"),
    ("The ceasefire talks were held last week in Doha.", "held", "asserted",
     "2022-02-07", "week", "text", "last week"),
    ("Earlier this week, the navy seized a tanker.", "seized", "asserted",
     "2022-02-14", "week", "text", "Earlier this week"),
    ("Thousands protested in the capital last month.", "protested", "asserted",
     "2022-01-01", "month", "text", "last month"),
    ("Rebels captured the airport on the night of February 3.", "captured", "asserted",
     "2022-02-03", "day", "text", "the night of February 3"),
    ("Fighting broke out on 12 January 2022 in the north.", "broke", "asserted",
     "2022-01-12", "day", "text", "12 January 2022"),
    ("The junta dissolved parliament in March.", "dissolved", "asserted",
     "2021-03-01", "month", "text", "March"),
    # deadlines are not event dates
    ("The truce will hold until Friday.", "hold", "future",
     "2022-02-16", "day", "publication", None),
    ("Officials said on Tuesday that the troops would leave by March.", "leave", "future",
     "2022-02-16", "day", "publication", None),
]


@pytest.mark.parametrize("sentence,word,status,date,precision,source,expression", CASES)
def test_resolve_event_date(nlp, sentence, word, status, date, precision, source, expression):
    doc = nlp(sentence)
    result = resolve_event_date(doc, _trigger(doc, word), published=WED, status=status)
    assert (result.date, result.precision, result.source) == (date, precision, source)
    if expression is None:
        assert result.start is None
    else:
        assert doc.text[result.start:result.end] == expression


@pytest.mark.parametrize("sentence,word,status,published,historical", [
    ("Moscow annexed the peninsula in 2014.", "annexed", "asserted", WED, True),
    ("Moscow annexed the peninsula in 2014.", "annexed", "hypothetical", WED, False),
    ("The rebels took the town on January 10.", "took", "reported", WED, True),
    ("The rebels took the town on January 20.", "took", "asserted", WED, False),
    ("Thousands protested in the capital last month.", "protested", "asserted", dt.date(2022, 2, 5), False),
    ("Thousands protested in the capital last month.", "protested", "asserted", dt.date(2022, 3, 31), True),
    ("Troops have held the pass since 2019.", "held", "asserted", WED, False),
    ("The army withdrew from the valley in the 1990s.", "withdrew", "asserted", WED, True),
    ("The army withdrew from the valley.", "withdrew", "asserted", WED, False),
])
def test_historical(nlp, sentence, word, status, published, historical):
    doc = nlp(sentence)
    result = resolve_event_date(doc, _trigger(doc, word), published=published, status=status)
    assert result.historical is historical


def test_historical_days_constant():
    assert HISTORICAL_DAYS == 30


def test_vague_past_has_no_date(nlp):
    doc = nlp("The army withdrew from the valley decades ago.")
    result = resolve_event_date(doc, _trigger(doc, "withdrew"), published=WED, status="asserted")
    assert (result.date, result.precision, result.source, result.historical) == (None, None, "text", True)


def test_weekday_across_year_end(nlp):
    doc = nlp("Border guards opened fire on Friday.")
    result = resolve_event_date(doc, _trigger(doc, "opened"), published=dt.date(2023, 1, 3),
                                status="asserted")
    assert (result.date, result.precision) == ("2022-12-30", "day")


def test_yesterday_in_a_leap_year(nlp):
    doc = nlp("Protesters blocked the highway yesterday.")
    result = resolve_event_date(doc, _trigger(doc, "blocked"), published="2024-03-01", status="asserted")
    assert result.date == "2024-02-29"


def test_no_publication_date_is_never_today(nlp):
    doc = nlp("Protesters blocked the highway.")
    result = resolve_event_date(doc, _trigger(doc, "blocked"), published=None, status="asserted")
    assert (result.date, result.precision, result.source, result.historical) == (None, None, None, False)


def test_relative_expression_without_publication_date(nlp):
    doc = nlp("Protesters blocked the highway on Monday.")
    result = resolve_event_date(doc, _trigger(doc, "blocked"), published=None, status="asserted")
    assert (result.date, result.source) == (None, None)


def test_absolute_expression_without_publication_date(nlp):
    doc = nlp("Protesters blocked the highway on March 3, 2021.")
    result = resolve_event_date(doc, _trigger(doc, "blocked"), published=None, status="asserted")
    assert (result.date, result.precision, result.source) == ("2021-03-03", "day", "text")


def test_date_in_another_sentence_is_not_used(nlp):
    doc = nlp("Troops crossed the river on Monday. Villagers fled.")
    result = resolve_event_date(doc, _trigger(doc, "fled"), published=WED, status="asserted")
    assert result.source == "publication"
    assert tied_date_expression(doc, _trigger(doc, "crossed"))[0].text == "Monday"


def test_unknown_status_is_a_programmer_error(nlp):
    doc = nlp("Troops crossed the river.")
    with pytest.raises(ValueError, match="E505"):
        resolve_event_date(doc, 1, published=WED, status="maybe")
