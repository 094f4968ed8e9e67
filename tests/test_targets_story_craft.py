"""Craft of no owner that go on with a war story's air attack are the forces of the one state whose
forces or craft act just before ("Russian warplanes launched strikes, while Mi-24 helicopters fired
rockets"); with two states or none named, they stay no one's (issue 9, war reporting). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _fired(text: str) -> list:
    return [e.source and e.source.code for e in code_text(text, published="2024-03-01")
            if e.trigger.text == "fired" and e.modality.factual]


@pytest.mark.parametrize("text, owner", [
    ("Russian Su-25 warplanes launched a series of strikes on Aleppo, while Mi-24 helicopters fired rockets "
     "on Syrian security offices in Idlib.", "RUSMIL"),
    ("Indian troops shelled Pakistani posts on Monday. Attack helicopters fired rockets on militant camps "
     "near Muzaffarabad.", "INDMIL"),
])
def test_craft_of_no_owner_are_the_storys_attacker(text, owner):
    assert owner in _fired(text), _fired(text)


@pytest.mark.parametrize("text", [
    "Mi-24 helicopters fired rockets on Syrian security offices in Idlib.",
    "Russian and Turkish jets flew over Idlib on Monday. Mi-24 helicopters fired rockets on Syrian security "
    "offices in Idlib.",
])
def test_craft_stay_no_ones_without_one_attacker(text):
    assert not any(_fired(text)), _fired(text)
