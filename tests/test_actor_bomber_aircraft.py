"""Bomber aircraft named with their owner stand for its military (MIL), as warplanes and
helicopters do ("US B-52 bombers pounded ..." is USA MIL, not the bare state); alone they are no
actor, like any weapon. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, code", [
    ("US B-52 bombers pounded rebel positions in the mountains.", "USAMIL"),
    ("Israeli F-16 fighter-bombers struck a police headquarters in Gaza.", "ISRMIL"),
    ("Russian strategic bombers struck rebel bases in Chechnya.", "RUSMIL"),
    ("American stealth bombers bombed air defence sites outside the capital.", "USAMIL"),
])
def test_bombers_with_their_owner_are_its_military(text, code):
    found = [e.source for e in code_text(text, published="2024-03-01") if e.cameo[:2] in ("18", "19")]
    assert found and found[0] is not None and found[0].code == code, found


def test_suicide_bombers_stay_attackers():
    found = [e.source for e in code_text("Two suicide bombers attacked a market in Kabul.", published="2024-03-01")
             if e.cameo[:2] in ("18", "19") and e.source is not None]
    assert found and "MIL" not in (found[0].sectors or []), found
