"""An attack in reply (issue 9, arguments): "the soldiers returned fire" with no target named is
aimed at the doer of the attack it answers, told in its sentence or the one before. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _reply_targets(text: str, lemma: str) -> list:
    return [e.target for e in code_text(text, published="2024-03-01") if e.trigger.lemma == lemma]


@pytest.mark.parametrize("text, lemma, country, sector", [
    ("Armed men attacked an Indian police patrol in Srinagar and the policemen returned fire.", "return", "IND", "UAF"),
    ("Chadian rebels shelled a Sudanese army base on Monday. Sudanese troops retaliated on Tuesday.", "retaliate", "TCD", "REB"),
    ("Colombian rebels attacked a village. Peruvian troops returned fire across the border.", "return", "COL", "REB"),
    ("Somali militants stormed a Kenyan police station near the border. Kenyan police returned fire.", "return", "SOM", "REB"),
    ("Eritrean troops shelled Ethiopian positions at dawn, and Ethiopian troops retaliated within hours.",
     "retaliate", "ERI", "MIL"),
    ("Rebels from Chad raided a Nigerien army post on Sunday. The Nigerien soldiers returned fire, a spokesman said.",
     "return", "TCD", "REB"),
])
def test_a_reply_is_aimed_at_the_attacker(text, lemma, country, sector):
    found = _reply_targets(text, lemma)
    assert any(t is not None and t.country == country and sector in t.sectors for t in found), found


@pytest.mark.parametrize("text", [
    "Egyptian troops returned fire, a spokesman said.",  # no attack told: no one to answer
    # an attack of the replier's own side is no attack it answers
    "Kenyan troops shelled a rebel camp. Kenyan soldiers returned fire later that day.",
])
def test_no_attack_answered_no_target(text):
    found = _reply_targets(text, "return")
    assert found and not any(t is not None and t.resolved_by == "context" and t.country for t in found), found
