"""A claim names who says the act happened (``reported``, attributed to the claimer); hearsay that
names no one ("allegedly", "the alleged ...") leaves the act only supposed. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text

DATE = "2024-03-01"


def _acts(text: str, trigger: str):
    return [e for e in code_text(text, published=DATE) if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, claimer", [
    ("Chadian rebels claimed they had captured the garrison town of Faya.", "captured", "Chadian rebels"),
    ("The Malian army claimed it had killed 30 jihadists near Mopti.", "killed", "The Malian army"),
    ("Sudan claimed that Ethiopian troops had shelled a border village.", "shelled", "Sudan"),
])
def test_a_named_claim_is_a_report_attributed_to_the_claimer(text, trigger, claimer):
    acts = _acts(text, trigger)
    assert acts, code_text(text, published=DATE)
    assert all(e.modality.status == "reported" and e.modality.attributed_to == claimer for e in acts), acts


@pytest.mark.parametrize("text, trigger", [
    ("It was claimed that Ethiopian troops had shelled a border village.", "shelled"),
    ("Sudan did not claim that Ethiopian troops had shelled the village.", "shelled"),
])
def test_a_claim_without_a_claimer_or_not_made_is_no_fact(text, trigger):
    assert not [e for e in _acts(text, trigger) if e.modality.factual]


@pytest.mark.parametrize("text, triggers", [
    ("Chadian soldiers allegedly shelled a village near the border.", ["shelled"]),
    ("The mob allegedly torched a bus and assaulted the driver in Kano.", ["torched", "assaulted"]),
    ("Zambian police purportedly beat the detained students.", ["beat"]),
])
def test_hearsay_naming_no_one_is_no_fact(text, triggers):
    events = code_text(text, published=DATE)
    for trigger in triggers:
        assert not [e for e in events if e.trigger.text == trigger and e.modality.factual], events


def test_hearsay_does_not_reach_a_conjunct_with_its_own_subject():
    events = code_text("Chadian soldiers allegedly shelled a village, and Nigerian troops attacked a camp.",
                       published=DATE)
    assert [e for e in events if e.trigger.text == "attacked" and e.modality.factual], events


def test_a_pronoun_claimer_claims_for_another_pronoun_no_responsibility():
    events = code_text("The Chadian army spokesman spoke on Sunday. It claimed they had planned to attack the base.",
                       published=DATE)
    assert not [e for e in events if e.cameo == "015"], events
