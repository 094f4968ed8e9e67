"""A person news introduces by nationality or home town before naming them ("an Adelaide man ...
David Hicks, 26, was captured") takes that country (issue 9, actors in whole articles). Every text
here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def _targets(text: str, root: str) -> list:
    return [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.target is not None]


def test_the_next_person_named_is_the_newcomer():
    text = ("Canberra is seeking consular access to a Brisbane man held in Syria. "
            "Daniel Pritchett, 31, was detained by Syrian police last week. "
            "Officials say Mr Pritchett was arrested at a checkpoint.")
    found = _targets(text, "17")
    assert found and all(t.country == "AUS" for t in found), found


def test_a_demonym_introduces_a_newcomer():
    text = ("A Canadian woman has been detained in Egypt. "
            "Margaret Ellison was arrested by Egyptian police at Cairo airport on Sunday.")
    found = [t for t in _targets(text, "17") if t.name == "Margaret Ellison"]
    assert [t.country for t in found] == ["CAN"], found


def test_a_newcomer_named_at_once_leaves_later_names_alone():
    text = ("A Canadian woman, Margaret Ellison, has been detained in Egypt. "
            "Daniel Pritchett was arrested by Egyptian police at Cairo airport on Sunday.")
    found = _targets(text, "17")
    assert all(t.country != "CAN" for t in found if t.text.endswith("Pritchett")), found


def test_a_speaker_is_not_the_newcomer():
    text = ("A Canadian woman has been detained in Egypt. "
            "Daniel Pritchett said Egyptian police arrested Margaret Ellison at Cairo airport.")
    for e in code_text(text, published="2024-03-01"):
        for side in (e.source, e.target):
            assert side is None or not (side.text.endswith("Pritchett") and side.country == "CAN"), e


def test_the_person_of_an_age_is_named_again_by_it():
    text = ("Canberra is seeking consular access to a Brisbane man held in Syria. "
            "Daniel Pritchett, 31, was detained by Syrian police last week. "
            "Officials say the 31-year-old was arrested at a checkpoint near Homs.")
    found = [t for t in _targets(text, "17") if t.text == "the 31-year-old"]
    assert found and found[0].country == "AUS" and found[0].name == "Daniel Pritchett", _targets(text, "17")


def test_an_age_nobody_was_given_names_no_one():
    text = ("Daniel Pritchett, 31, was detained by Syrian police last week. "
            "Officials say the 45-year-old was arrested at a checkpoint near Homs.")
    assert not [t for t in _targets(text, "17") if t.text == "the 45-year-old"]
