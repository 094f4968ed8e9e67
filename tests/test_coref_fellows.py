"""'Seven others', 'the other seven', 'three more' after a member of a group are of that group, and
a pronoun that refers back to them is too (issue 9). Every sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def _events(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo.startswith(root)]


def test_others_after_a_member_of_a_group_are_of_that_group_and_their_pronoun_too():
    text = ("Israeli troops arrested a Hamas militant in Hebron on Monday, but seven others with rifles "
            "remain in a house. An army spokesman said the other seven were hiding. "
            "\"We are trying to persuade them to surrender,\" the spokesman said.")
    (asked,) = [e for e in _events(text, "02")]
    assert asked.target.org == "HAMAS" and asked.target.resolved_by == "coreference", asked
    assert asked.target.text == "the other seven"  # the words of the antecedent


def test_a_count_of_more_in_a_sentence_that_names_no_one():
    text = "Afghan forces captured a Taliban commander near Kandahar on Monday. They captured three more on Tuesday."
    first, more = _events(text, "17")
    assert first.target.org == "TALIBAN"
    assert more.target.org == "TALIBAN" and more.target.text == "three more", more
    assert more.target.resolved_by == "coreference"


def test_others_after_a_person_of_no_group_name_no_one():
    found = _events("Kenyan police arrested a Somali man in Mombasa. Two others were detained in Nairobi.", "17")
    assert all(e.target is None or e.target.text != "Two others" for e in found), found


def test_others_far_from_the_member_name_no_one():
    text = ("Kenyan police arrested a Somali militant in Mombasa on Monday. The minister met Ugandan officials. "
            "The rains continued. The roads were closed. The markets were shut. "
            "Police said the other two had been arrested in Nairobi.")
    found = _events(text, "17")
    assert all(e.target is None or e.target.text != "the other two" for e in found), found
