"""A group the text says is from abroad ("foreign fighters", "Arab fighters", "overseas
students") is of no country it does not name: not the country of the place it is in, nor of the
police or army that acts on it at home (issue 9: no country is better than a wrong one). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _actors(text: str):
    return [a for e in code_text(text, published="2024-03-01") for a in (e.source, e.target) if a is not None]


@pytest.mark.parametrize("text, words", [
    ("Pakistani police arrested 15 foreign fighters near the border.", "fighters"),
    ("Pakistani troops arrested dozens of Arab fighters crossing the border.", "fighters"),
    ("Kenyan police detained twenty foreign activists in Nairobi.", "activists"),
    ("Foreign fighters clashed with police in Mogadishu.", "fighters"),
    ("Thai police arrested two dozen foreign workers at a factory.", "workers"),
    ("Turkish police detained 30 overseas students at a protest.", "students"),
])
def test_a_group_from_abroad_takes_no_home_country(text, words):
    found = [a for a in _actors(text) if words in a.text]
    assert found and all(a.country is None for a in found), found


@pytest.mark.parametrize("text, words, country", [
    ("Indian police arrested five militants in Srinagar.", "militants", "IND"),
    ("Protesters in Nairobi called on the government to resign.", "Protesters", "KEN"),
    ("Pakistani police arrested two dozen militants.", "militants", "PAK"),
])
def test_a_group_of_no_stated_origin_keeps_its_home(text, words, country):
    found = [a for a in _actors(text) if words in a.text]
    assert found and found[0].country == country, found
