"""Parties in whole articles (issue 9, tenth round, second part): a thing the doer owns is no
target. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return list(code_text(text, published="2024-03-01"))


@pytest.mark.parametrize("text, root", [
    ("Kenyan rebels threatened to blow up their own hospital ward.", "13"),
    ("Chadian rebels threatened to burn down their own camp near Abeche.", "13"),
    ("Sudanese militiamen have threatened to destroy their own village.", "13"),
])
def test_the_doers_own_thing_is_no_target(text, root):
    found = [e for e in _events(text) if e.cameo[:2] == root]
    assert found, _events(text)
    for e in found:
        assert e.target is None or not any(w in (e.target.text or "") for w in ("own", "their")), e


def test_a_possessive_of_the_pronoun_subject_is_the_doers():
    text = "The gunmen in Nairobi have barricaded themselves in a hospital. They say they will blow up their hospital room."
    found = [e for e in _events(text) if e.sentence_index == 1 and e.cameo[:2] == "18"]
    assert found, _events(text)
    for e in found:
        assert e.target is None or not any(w in (e.target.text or "") for w in ("own", "their")), e


@pytest.mark.parametrize("text", [
    "Kenyan police said the rebels later attacked their barracks.",
    "Ethiopian troops shelled their positions near the border.",
])
def test_a_possessive_that_may_be_anothers_is_kept(text):
    found = [e for e in _events(text) if e.cameo[:2] == "19"]
    assert found, _events(text)
    assert any(e.target is not None and "their" in (e.target.text or "") for e in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan rebel leader ordered the arrest of his own commanders in Garissa.",
    "The Palestinian leader ordered the arrest of members of his own Fatah movement.",
])
def test_the_doers_own_people_stay_targets(text):
    found = [e for e in _events(text) if e.cameo[:2] in ("13", "17", "18", "19")]
    assert found, _events(text)
    assert any(e.target is not None and any(w in (e.target.text or "") for w in ("commanders", "Fatah", "members"))
               for e in found), found
