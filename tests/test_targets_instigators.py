"""Whom an accusation says the accused acted for is accused too (issue 9): "accused A of carrying
out the attack at the behest of B" accuses A and B. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _accused(text: str) -> tuple[set, list]:
    events = [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]
    return {e.target.code for e in events if e.cameo.startswith("11") and e.target is not None}, events


@pytest.mark.parametrize("text, codes", [
    ("Kenya accused Somali militants of storming the border post at the behest of Eritrean intelligence.",
     {"SOMREB", "ERISPY"}),
    ("Chad has accused Sudanese militias of raiding the camps on the orders of the Sudanese army.",
     {"SDNMIL"}),
    ("Ethiopia accused Eritrea of arming the rebels at the instigation of Egypt.", {"ERI", "EGY"}),
])
def test_the_instigator_is_accused_too(text, codes):
    found, events = _accused(text)
    assert codes <= found, events


@pytest.mark.parametrize("text, code", [
    # a behest phrase outside the charge names no one accused
    ("At the behest of Egypt, Ethiopia accused Eritrea of arming the rebels.", "EGY"),
    # the request of someone acted for is not an order ("at the request of" is left out)
    ("Ethiopia accused Eritrea of arming the rebels at the request of Egypt.", "EGY"),
])
def test_only_a_behest_inside_the_charge(text, code):
    found, events = _accused(text)
    assert code not in found, events
