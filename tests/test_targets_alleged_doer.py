"""Whom an allegation accuses (issue 9, arguments): "India alleges the attack was backed by X" accuses
X, the doer of the passive clause the accusation governs (its by-agent). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _accused(text: str) -> list:
    return [e.target for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "11"]


@pytest.mark.parametrize("text, country", [
    ("India alleges the attack was backed by the Pakistani intelligence service.", "PAK"),
    ("Kenya alleged that the raid had been carried out by Somali militants.", "SOM"),
    ("Nigerian officials allege the kidnapping was organised by Chadian rebels.", "TCD"),
    ("Israel has accused Iran of arming the militants, and alleges the rockets were supplied by Syria.", "SYR"),
    ("The Peruvian government alleged on Monday that the protests were financed by Bolivian businessmen.", "BOL"),
    ("Ethiopia alleged the border post had been shelled by Eritrean troops overnight.", "ERI"),
])
def test_the_doer_of_the_passive_clause_is_accused(text, country):
    found = _accused(text)
    assert any(t is not None and t.country == country for t in found), found


def test_no_doer_named_no_target_from_the_clause():
    # a place phrase of the clause is no doer
    found = _accused("India alleges the attack was carried out near the Pakistani border.")
    assert found and all(t is None or t.country != "PAK" for t in found), found
