"""A pronoun with no actor to stand for, in a clause of crowd control, is the police (issue 9,
police copy read line by line). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


@pytest.mark.parametrize("text, cameo", [
    ("They fired in the air and burst teargas shells to scatter the stone-throwing crowd.", "175"),
    ("they lobbed tear gas shells, fired 40 rounds and arrested 120 people.", "173"),
    ("\"We burst teargas shells and fired in the air near the market.", "175"),
])
def test_a_pronoun_that_uses_crowd_control_is_the_police(text, cameo):
    found = [e for e in _events(text) if e.cameo == cameo]
    assert found and all(e.source is not None and e.source.sectors == ["COP"] for e in found), _events(text)
    assert all(e.source.text.lower() in ("they", "we") and e.source.resolved_by == "default" for e in found)


@pytest.mark.parametrize("text", [
    "They fired at the soldiers from the rooftops and fled.",  # gunfire alone is not police work
    "They opened fire on the convoy and killed two guards.",
])
def test_a_pronoun_that_fights_is_not_the_police(text):
    for e in _events(text):
        assert e.source is None or "COP" not in (e.source.sectors or []), e


def test_a_pronoun_with_an_antecedent_keeps_it():
    text = ("Soldiers of the Kenyan army entered the village on Monday. "
            "They fired teargas and arrested twelve men.")
    found = [e for e in _events(text) if e.cameo[:2] == "17"]
    assert found and all(e.source is not None and "MIL" in (e.source.sectors or []) for e in found), found


def test_the_police_pronoun_takes_the_country_of_the_place():
    found = [e for e in _events("They used water cannon to disperse the protesters in Nairobi.") if e.cameo == "175"]
    assert found and found[0].source.code == "KENCOP", found
