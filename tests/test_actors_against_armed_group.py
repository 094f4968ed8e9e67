"""Forces set against a named armed group ("anti-Taliban forces") fight on the other side: army of
the order that group fights, not rebels (issue 9, the article gold's actor conventions). Every
sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def _sources(text: str, root: str):
    return [e.source for e in code_text(text, published="2001-12-10") if e.cameo.startswith(root) and e.source]


def test_anti_taliban_fighters_are_army_not_rebels():
    found = _sources("Anti-Taliban fighters captured two villages near Kandahar on Sunday.", "19")
    assert found and found[0].sectors == ["MIL"] and found[0].country == "AFG", found


def test_anti_taliban_forces_with_no_place_take_the_country_of_the_group_they_fight():
    found = _sources("A spokesman said anti-Taliban forces had seized the airport.", "192")  # a place taken: 192
    assert found and found[0].code == "AFGMIL" and found[0].resolved_by == "context", found


def test_anti_government_rebels_stay_rebels():
    found = _sources("Anti-government rebels attacked a town near Goma on Monday.", "19")
    assert found and found[0].sectors == ["REB"], found
