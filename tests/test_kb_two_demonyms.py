"""One person, one country (issue 9, tenth round, second part): two demonyms on one person are one
actor. Convention: spaced ("a French Moroccan man", "a British Pakistani student"), the first is
the nationality; hyphenated ("a Pakistani-American doctor"), the last. The other demonym is the
person's origin, which the record has no field for: it stays in the actor's words only. Two
demonyms on a head of two parties ("Israeli Palestinian talks") or joined by "and" stay two.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _arrests(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "17"]


@pytest.mark.parametrize("text, country", [
    ("Kenyan police arrested a British Pakistani man in Mombasa.", "GBR"),
    ("Kenyan police arrested a French Moroccan student on Monday.", "FRA"),
    ("The FBI arrested a Pakistani-American man in Chicago.", "USA"),
    ("The FBI arrested a Somali-American student in Minneapolis.", "USA"),
])
def test_two_demonyms_on_one_person_give_one_actor(text, country):
    found = _arrests(text)
    assert len(found) == 1, found
    assert found[0].target is not None and found[0].target.country == country, found


def test_the_origin_stays_in_the_actors_words():
    found = _arrests("Kenyan police arrested a British Pakistani man in Mombasa.")
    assert "Pakistani" in found[0].target.text


def test_two_demonyms_joined_by_and_stay_two():
    found = _arrests("Kenyan police arrested British and Pakistani nationals in Mombasa.")
    assert {e.target.country for e in found if e.target} == {"GBR", "PAK"}, found
