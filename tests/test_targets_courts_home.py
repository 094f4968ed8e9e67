"""A state's courts charging, trying or jailing people of no stated nationality act on their own
country's people, as its police do (issue 9: the accused of a domestic trial keep a country).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _coerced(text: str):
    return [e for e in code_text(text, published="2024-03-01")
            if e.cameo[:2] == "17" and e.modality.status == "asserted"]


@pytest.mark.parametrize("text, target", [
    ("A Kenyan court charged twelve protesters with unlawful assembly on Monday.", "KENOPP"),
    ("An Egyptian court sentenced 20 activists to five years in prison.", "EGYOPP"),
    ("Seven people appeared in a Danish court on Friday charged with arson.", "DNKCVL"),
    ("Three protesters were jailed by a Turkish court for insulting the president.", "TUROPP"),
    ("A Bolivian court jailed six miners over the roadblocks.", "BOLLAB"),
    ("Two journalists were sentenced by a Nigerian court to six months in jail.", "NGAJRN"),
])
def test_the_accused_of_a_domestic_court_are_its_countrys(text, target):
    found = _coerced(text)
    assert found and found[0].target is not None and found[0].target.code == target, found


@pytest.mark.parametrize("text, target", [
    ("A Swiss court charged two Kenyan nationals with smuggling.", "KEN"),
    ("A German court sentenced three Syrian rebels to life in prison.", "SYRREB"),
])
def test_a_named_nationality_is_kept(text, target):
    found = _coerced(text)
    assert found and found[0].target is not None and found[0].target.code == target, found


def test_a_court_does_not_make_a_foreign_armys_fighters_its_own():
    # an attack is no court's act: the rule is for what courts do to people, not for fighting
    found = [e for e in code_text("A Dutch court said gunmen attacked the convoy.", published="2024-03-01")
             if e.cameo[:2] in ("18", "19") and e.target is not None]
    assert all(e.target.country != "NLD" for e in found), found
