"""An appeal or demand that addresses no one asks whoever the thing asked for would come from:
"appealed for intervention from the UN" is an appeal to the UN (issue 9: targets of requests);
a "from" phrase of being kept from harm ("protection from the rebels") is no one asked. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _requests(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] in ("02", "10")]


@pytest.mark.parametrize("text, target", [
    ("The Palestinian leadership appealed for intervention from the UN Security Council.", "IGO"),
    ("The mayor called for an apology from the Chinese embassy.", "CHN"),
    ("Fiji's prime minister asked for urgent assistance from Australia.", "AUS"),
    ("The rebels demanded the release of prisoners from the Congolese government.", "COD"),
    ("Farmers called for more support from the European Union.", "IGO"),
    ("The minister called for restraint from India.", "IND"),
])
def test_the_one_asked_is_whom_the_thing_would_come_from(text, target):
    found = _requests(text)
    assert found and found[0].target is not None and found[0].target.country == target, found


def test_what_one_is_kept_from_is_not_asked():
    found = _requests("The villagers appealed for protection from the rebels.")
    assert found and all(e.target is None or "rebels" not in e.target.text for e in found), found


def test_an_addressee_comes_first():
    found = _requests("Kenya called on Britain to send help from its army.")
    assert found and found[0].target is not None and found[0].target.country == "GBR", found
