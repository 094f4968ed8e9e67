"""A state named only as the doer of an act of war ("heavy American bombing", "Israeli air
strikes", "Russia's shelling") is its military (MIL); the state as a clause's subject, and
bombings of another kind ("a suicide bombing", "car bombings"), are not. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actor_of(nlp, kb, text, words):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb) if m.actor.text == words), None)


@pytest.mark.parametrize("text,words,code", [
    ("The fighters were driven from the caves by weeks of heavy American bombing.", "American", "USAMIL"),
    ("Dozens of villagers died in Israeli air strikes on the camp overnight.", "Israeli", "ISRMIL"),
    ("After two days of Russian shelling, the town fell.", "Russian", "RUSMIL"),
    ("Residents fled the city during the Turkish bombardment.", "Turkish", "TURMIL"),
    ("Syrian airstrikes hit a clinic on Monday.", "Syrian", "SYRMIL"),
    ("Ethiopia's offensive against the rebels entered its third week.", "Ethiopia", "ETHMIL"),
    ("Kenyan incursions into the border region angered Mogadishu.", "Kenyan", "KENMIL"),
    ("The 1994 US invasion restored the president.", "US", "USAMIL"),
])
def test_state_doing_an_act_of_war_is_its_military(nlp, kb, text, words, code):
    actor = actor_of(nlp, kb, text, words)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text,words,code", [
    ("The United States bombed the caves again on Sunday.", "United States", "USA"),
    ("A Palestinian suicide bombing killed ten people in the market.", "Palestinian", "PSE"),
    ("Iraqi car bombings killed dozens in the capital.", "Iraqi", "IRQ"),
    ("French officials condemned the shelling.", "French officials", "FRAGOV"),
    ("China's charm offensive in Africa won it new friends.", "China", "CHN"),
    ("Israel's media offensive drew criticism abroad.", "Israel", "ISR"),
])
def test_other_doers_keep_their_sector(nlp, kb, text, words, code):
    actor = actor_of(nlp, kb, text, words)
    assert actor is not None and actor.code == code
