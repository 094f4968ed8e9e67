"""A judgement of a deed is aimed at whoever did it (issue 9, fourteenth round): "condemned the
arrest of two journalists by Ugandan police" is aimed at the police, not at the journalists;
"blamed the assassination of the leader on Pakistani militants" at the militants. The deed's
victims are the target only when no doer is named. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.modality.factual]


@pytest.mark.parametrize("text, root, target", [
    ("The United Nations condemned the arrest of two Kenyan journalists by Ugandan police.", "11", "UGA"),
    ("Washington welcomed the release of the Australian hostages by Iraqi insurgents.", "05", "IRQ"),
    ("Israel welcomed the arrest of Hamas militants by Palestinian police.", "05", "PSE"),
    ("Amnesty International criticised the expulsion of Haitian migrants by Dominican authorities.", "11", "DOM"),
    ("India blamed the assassination of the Kashmiri leader on Pakistani militants.", "11", "PAK"),
    ("The Sudanese government blamed the violence on Chadian rebels.", "11", "TCD"),
])
def test_the_doer_of_the_judged_deed_is_the_target(text, root, target):
    found = _events(text, root)
    assert found, text
    assert all(e.target is not None and e.target.country == target for e in found), found


def test_no_doer_named_the_victims_are_the_target():
    found = _events("Britain condemned the killing of two British aid workers in Kabul.", "11")
    assert found and all(e.target is not None and e.target.country == "GBR" for e in found), found


def test_the_on_phrase_of_a_criticism_is_its_topic():
    found = _events("The minister rejected criticism of Australia's policy on Afghan asylum seekers.", "12")
    assert found and all(e.target is None or e.target.country != "AFG" for e in found), found
