"""Taking places is 192 (occupy territory) whether told with capture, seize or take, and its target is
the side the place was taken from: its from-phrase, the armed group its sentence says holds it, or
the enemy of the same side's last attack in the story (issue 9, war reporting). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _taken(text: str) -> list[tuple]:
    return [(e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text, published="2024-03-01") if e.cameo == "192" and e.modality.factual]


@pytest.mark.parametrize("text", [
    "Kurdish fighters said they had captured several villages from Islamic State militants.",
    "Government troops seized the rebel stronghold of Jaffna after a week of fighting.",
    "Rebel fighters took the town of Ajdabiya on Sunday, witnesses said.",
    "Nigerian soldiers have taken two villages near Maiduguri, the army said.",
])
def test_taking_places_is_occupying_territory(text):
    assert _taken(text), code_text(text, published="2024-03-01")


@pytest.mark.parametrize("text", [
    "The minister took a tough position on the talks.",
    "Hundreds of police took positions outside the parliament.",
])
def test_taking_a_position_is_no_occupation(text):
    assert not _taken(text)


@pytest.mark.parametrize("text, pair", [
    ("Most of the town of Marjah, where Taliban fighters have been hiding, has been captured by Afghan army forces, "
     "a general said.", ("AFGMIL", "AFGREB")),
    ("Syrian troops shelled rebel positions near Homs. By evening the troops had seized the town of Qusair, "
     "state television said.", ("SYRMIL", "SYRREB")),
    ("Kenyan troops attacked Al Shabaab camps near Kismayo. Kenyan troops later captured the port, officials said.",
     ("KENMIL", "SOMREB")),
])
def test_a_place_is_taken_from_its_holder(text, pair):
    assert pair in _taken(text), _taken(text)


def test_no_enemy_named_leaves_no_target():
    assert _taken("Ukrainian forces captured the village of Robotyne, the ministry said.") in (
        [("UKRMIL", None)], [("UKR", None)]), _taken("Ukrainian forces captured the village of Robotyne, the ministry said.")
