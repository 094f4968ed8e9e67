"""A reaction to "the move", "the decision", "the announcement" just told is aimed at whoever
made it (coding/responses.py); not at the reacting side itself, and not when the noun names its
own author. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _reactions(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, target", [
    ("The Kenyan president called for an end to the strikes. Britain and France welcomed the announcement.", "05", "KEN"),
    ("The Indian government decided to cut all ties with Pakistan. Pakistan criticised the decision.", "11", "IND"),
    ("The Kenyan government has offered talks to the rebels. The rebels rejected the offer.", "12", "KEN"),
    ("The Australian government decided to close its embassy. The opposition criticised the decision.", "11", "AUS"),
    ("Russia agreed to withdraw its troops from the border. NATO welcomed the move.", "05", "RUS"),
    ("Israel offered to release 40 prisoners. The Palestinian Authority rejected this offer as too little.", "12", "ISR"),
])
def test_a_reaction_to_the_act_just_told_is_aimed_at_its_doer(text, root, target):
    found = _reactions(text, root)
    assert found and found[0].target is not None and found[0].target.country == target, code_text(text, published="2024-03-01")


def test_a_side_defending_its_own_decision_targets_no_one():
    text = "The Australian government decided to close its embassy. The government defended the decision."
    assert all(e.target is None or e.target.country is None for e in _reactions(text, "05")), _reactions(text, "05")


def test_a_noun_with_its_own_author_is_left_to_it():
    text = "Kenya offered talks to the rebels. Uganda welcomed the offer of talks by Tanzania."
    assert all(e.target is None or e.target.country != "KEN" for e in _reactions(text, "05")), _reactions(text, "05")


@pytest.mark.parametrize("text, target", [
    ("Hamas suicide bombers killed 15 people on a bus in Haifa. The United States condemned the attack.", "PSE"),
    ("Rebels ambushed an army convoy near Goma, killing nine soldiers. The United Nations condemned the attack.", "COD"),
    ("Israeli helicopters fired missiles at a car in Gaza. Police arrested two men. "
     "The European Union condemned the strike.", "ISR"),
    ("Russian warplanes bombed a hospital in Idlib. Turkey denounced the bombing.", "RUS"),
])
def test_a_condemned_attack_is_the_latest_attack_told(text, target):
    found = _reactions(text, "11")
    assert found and found[0].target is not None and found[0].target.country == target, code_text(text, published="2024-03-01")


def test_a_condemned_attack_is_not_an_earlier_act_of_another_kind():
    text = ("Kenyan police arrested two rebels in Mombasa. A bomb exploded in a market in Nairobi. "
            "Britain condemned the attack.")
    found = _reactions(text, "11")
    assert all(e.target is None or "COP" not in (e.target.sectors or []) for e in found), found
