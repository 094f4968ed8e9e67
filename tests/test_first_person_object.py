"""A first-person object ("asking us to ...") is the speaker's side: it never takes an actor of an
earlier sentence as its antecedent. Sentences written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def test_us_in_a_quote_is_not_the_group_named_before():
    text = ("Police Commissioner John Smith said the Australian Federal Police was investigating reports "
            "that an Australian had joined rebel forces in Somalia. \"We often get calls from families "
            "asking us to investigate them,\" he said.")
    asking = [e for e in code_text(text, published="2024-03-01") if e.trigger.text == "asking"]
    assert all(e.target is None or e.target.code != "SOMREB" for e in asking), asking


def test_them_still_takes_the_group_named_before():
    text = "Somali rebels attacked a border post on Monday. Kenyan troops later killed them."
    killed = [e for e in code_text(text, published="2024-03-01") if e.trigger.text == "killed"]
    assert killed and killed[0].target is not None and killed[0].target.code == "SOMREB", killed
