"""Held-back false positives (r11): what did not happen, accidents and disasters, and the doers
of weapons. Sentences written for these tests (none from the gold or the corpus)."""

from __future__ import annotations

import pytest


def _events(pipeline, text):
    return [e.to_dict() for e in pipeline.code_text(text)]


def _factual(pipeline, text):
    """The events scored as fact: asserted, reported or historical, and not negated."""
    return [d for d in _events(pipeline, text)
            if d["modality"]["status"] in ("asserted", "reported", "historical") and not d["modality"]["negated"]]


def _code(side):
    return (side or {}).get("code")


@pytest.mark.parametrize("text", [
    "And at Bellbird strong winds sent a large branch crashing into a shed, but no one was injured.",
    "The building was destroyed, but nobody was injured in the attack.",
    "The ministry says no prisoners were injured, but ten guards were treated for burns.",
    "A bomber flew over the valley all day, but no air strikes were launched.",
])
@pytest.mark.parametrize("case", [str, str.lower, str.upper])
def test_a_negative_quantifier_says_the_act_did_not_happen(pipeline, text, case):
    events = _events(pipeline, case(text))
    hurt = [d for d in events if d["cameo"][:2] in ("18", "19")]
    assert all(d["modality"]["negated"] for d in hurt), hurt
    assert not [d for d in _factual(pipeline, case(text)) if d["cameo"][:2] in ("18", "19")]


@pytest.mark.parametrize("text", [
    "The plane crashed into a paddock near Dubbo this morning. The aircraft caught fire. "
    "The pilot was killed, but a passenger survived.",
    "Heavy storms lashed the coast overnight. At Tweed Heads, three people were rescued after a "
    "tree fell across their car.",
    "Seven people were killed in an explosion at a fireworks factory.",
    "A bushfire swept through the valley overnight. Hundreds of residents were evacuated.",
])
def test_deaths_and_rescues_in_an_accident_are_no_event(pipeline, text):
    assert not _factual(pipeline, text)


@pytest.mark.parametrize("text", [
    "Seven people were killed in a bomb explosion at a market.",
    "A bomb went off at a market in the city. Four people were killed.",
    # gunfire is no blaze: "fire" says nothing of the cause
    "Soldiers opened fire on the crowd. Two people were killed.",
])
def test_deaths_in_an_attack_stay_events(pipeline, text):
    assert [d for d in _factual(pipeline, text) if d["cameo"][:2] in ("18", "19")]


@pytest.mark.parametrize("text, source", [
    ("Two Canadian soldiers were killed when a bomb dropped by a US Navy jet exploded near their trench.", "USAMIL"),
    ("A Hamas leader was killed by a missile fired from an Israeli helicopter in Gaza on Tuesday.", "ISRMIL"),
    # a state named only as the doer of an act of war is its military (actors/acts.py; the gold's "US air strike")
    ("More than 40 villagers have been killed in two days of Russian air strikes near Idlib, a local official said.", "RUSMIL"),
    ("Six people were killed when Israeli tanks shelled a refugee camp.", "ISRMIL"),
    ("A Palestinian teenager was shot dead as Israeli troops moved into the town of Jenin.", "ISRMIL"),
    ("Nearly 60 villagers have been killed and 90 wounded in Russian air strikes near Idlib.", "RUSMIL"),
])
def test_the_owner_of_the_weapon_is_the_doer(pipeline, text, source):
    killed = [d for d in _factual(pipeline, text) if d["trigger"]["text"] in ("killed", "shot")]
    assert [_code(d["source"]) for d in killed] == [source]


def test_an_earlier_attack_in_an_after_clause_is_not_the_doer(pipeline):
    """The clause names another attack, on other people: its doer did not do this one."""
    text = "The camp was shelled after Hamas gunmen killed 12 settlers."
    shelled = [d for d in _factual(pipeline, text) if d["trigger"]["text"] == "shelled"]
    assert all(_code(d["source"]) != "PSEREB" for d in shelled), shelled
