"""An installation of a side that is fired on, bombed or stormed stands for the side that holds it:
police offices and stations are its police, security posts and offices its police (the gold's
COP for "security offices"), army bases its army; with no owner named, the country is the place's
(issue 9, war reporting). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _targets(text: str) -> list:
    return [e.target and e.target.code for e in code_text(text, published="2024-03-01")
            if e.cameo.startswith(("18", "19")) and e.modality.factual]


@pytest.mark.parametrize("text, target", [
    ("Russian helicopters fired rockets on police offices in Kharkiv.", "UKRCOP"),
    ("Turkish jets bombed a police station in the Kurdish town of Qamishli in Syria.", "SYRCOP"),
    ("Rebels stormed a police station in Bunia, in eastern Congo.", "CODCOP"),
    ("Russia stepped up pressure on Kiev with a missile strike on a police station in Kharkiv.", "UKRCOP"),
    ("Israeli tanks shelled a Palestinian security post in Jenin.", "PSECOP"),
    ("Israeli warplanes bombed Palestinian security installations in the West Bank.", "PSECOP"),
    ("Indian jets struck Pakistani army headquarters in Muzaffarabad.", "PAKMIL"),
    ("Syrian helicopters fired missiles at Kurdish militia compounds near Hasaka.", "SYRREB"),
])
def test_an_installation_stands_for_its_holder(text, target):
    assert target in _targets(text), _targets(text)


def test_an_installation_as_a_place_of_something_else_names_no_one():
    # the office is where the man was, not what was attacked
    targets = _targets("A gunman shot dead a Kenyan journalist outside the police station in Nairobi.")
    assert "KENCOP" not in targets, targets
