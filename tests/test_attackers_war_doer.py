"""Victims of no named doer in a war story were hit by the side whose attack on their side the story
reported just before (issue 9, the war's doer); victims of one's own side, of an accident or of an
attack told as a new one keep no doer. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _victims(text: str) -> list[tuple]:
    """(source code, target code) of the factual participle-told harm events of the last sentence."""
    events = code_text(text, published="2024-03-01")
    last = max(e.sentence_index for e in events)
    return [((e.source or None) and e.source.code, (e.target or None) and e.target.code)
            for e in events if e.sentence_index == last and e.cameo.startswith("19") and e.modality.factual
            and e.trigger.text in ("killed", "wounded", "injured", "shot")]


@pytest.mark.parametrize("text, source, target", [
    ("Russian warplanes bombed Ukrainian army positions near Bakhmut on Tuesday. "
     "Three soldiers were killed and five wounded, a spokesman said.", "RUSMIL", "UKRMIL"),
    ("Ethiopian troops shelled Eritrean border posts overnight. "
     "Two Eritrean soldiers had been killed, officials in Asmara said.", "ETHMIL", "ERIMIL"),
    ("Indian troops fired mortars on a Pakistani army post in Kashmir. "
     "Two Pakistani soldiers were wounded, the army said.", "INDMIL", "PAKMIL"),
    ("Syrian helicopters attacked rebel positions in Idlib. "
     "At least twelve fighters were killed, activists said.", "SYRMIL", "SYRREB"),
    ("Israeli jets pounded Hamas positions in Gaza overnight. "
     "Three militants were killed in the strikes, Palestinian officials said.", "ISRMIL", "PSEREB"),
])
def test_victims_take_the_side_that_attacked_theirs(text, source, target):
    assert (source, target) in _victims(text), _victims(text)


@pytest.mark.parametrize("text", [
    # a separate incident: victims of the attacker's own country
    "Israeli jets struck Hezbollah positions in southern Lebanon. Two Israeli soldiers were killed in a separate incident.",
    # an accident told by its own clause
    "Russian warplanes bombed Ukrainian army positions near Bakhmut. Two people were killed in Kiev when a bus overturned.",
    # an attack told as a new one
    "Saudi jets bombed Houthi positions near Sanaa. Two people were killed in two car bombings in Aden.",
    # a crime story: the police are no side of a war
    "A gunman opened fire at a school in Ohio on Monday. Police shot the man dead. Two teachers were wounded.",
    # too far back in the story
    "Turkish jets bombed Kurdish militia bases in northern Iraq on Monday. The ministers met in Ankara. They discussed trade. "
    "They signed a deal on gas. The talks ended on Tuesday. Officials praised the talks. Four people were wounded.",
])
def test_victims_keep_no_doer(text):
    victims = _victims(text)
    assert victims and not any(s and s.endswith("MIL") for s, _ in victims), victims
