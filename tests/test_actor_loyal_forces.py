"""An armed group 'loyal to' (or 'allied to') a state's government, forces or head fights for
that state: its military (MIL) of that country; loyal to a group of another kind it keeps its own
sector, with its patron's country. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _actor(text: str, words: str):
    return next((a for e in code_text(text, published="2024-03-01") for a in (e.source, e.target)
                 if a is not None and words in a.text), None)


@pytest.mark.parametrize("text, words, code", [
    ("Militiamen loyal to the Somali government attacked Islamist fighters in Mogadishu.", "Militiamen", "SOMMIL"),
    ("Fighters loyal to the Afghan government clashed with rebels near Kabul.", "Fighters", "AFGMIL"),
    ("Gunmen loyal to the Malian army attacked a rebel camp near Kidal.", "Gunmen", "MLIMIL"),
    ("Clan militias loyal to the Yemeni government ambushed a rebel convoy.", "militias", "YEMMIL"),
])
def test_an_armed_group_loyal_to_a_state_is_its_military(text, words, code):
    actor = _actor(text, words)
    assert actor is not None and actor.code == code, code_text(text, published="2024-03-01")


def test_loyal_to_an_armed_group_keeps_its_sector():
    actor = _actor("Gunmen loyal to Hamas attacked an Israeli army post near Gaza.", "Gunmen")
    assert actor is not None and "MIL" not in (actor.sectors or []), actor


def test_without_allegiance_nothing_changes():
    actor = _actor("Militiamen attacked Islamist fighters in Mogadishu.", "Militiamen")
    assert actor is not None and "MIL" not in (actor.sectors or []), actor
