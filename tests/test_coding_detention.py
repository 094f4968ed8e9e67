"""Unrest among people held in immigration detention (``actors/detention.py``,
``coding/unrest.py``): detainees in such a story are refugees (REF) of no country; their
rioting, fence-breaching, breakouts and chanting protest against the host state's government;
police subduing them are the host's police; guards hurt "during the disturbance" are no attack by
no one."""

from __future__ import annotations

import pytest

STORY = ("Unrest has continued at the Baxter immigration detention centre near Port Augusta in South Australia. "
         "The Immigration Department says asylum seekers have been held there for months. ")


def _events(pipeline, text):
    return [e for e in pipeline.code_text(text) if e.modality.factual and not e.modality.negated]


def _triples(pipeline, text, root):
    return {(e.source and (e.source.country, tuple(e.source.sectors)), e.target and e.target.code)
            for e in _events(pipeline, text) if e.cameo.startswith(root)}


@pytest.mark.parametrize("sentence", [
    "About 40 detainees broke through a fence overnight.",
    "Up to 200 detainees tried to break out of the compound on Sunday night.",
    "The department has confirmed that 60 detainees breached the perimeter fence.",
    "Detainees rioted for a third night.",
    "Dozens of detainees chanted slogans in the compound overnight.",
    "Asylum seekers rioted and set fire to two buildings overnight.",
])
def test_refugees_unrest_is_a_protest_against_the_host_government(pipeline, sentence):
    assert ((None, ("REF",)), "AUSGOV") in _triples(pipeline, STORY + sentence, "14")


def test_detainees_of_a_war_are_no_refugees(pipeline):
    text = "US troops have taken 300 Taliban detainees to a base near Kandahar. The detainees rioted on Sunday."
    assert not any(e.source and e.source.sectors == ["REF"] for e in _events(pipeline, text))


def test_police_subduing_refugees_are_the_host_states(pipeline):
    text = STORY + "Police arrived at the centre. A water cannon and tear gas were used to subdue detainees."
    found = {(e.source and e.source.code, e.target and tuple(e.target.sectors)) for e in _events(pipeline, text)
             if e.cameo == "175"}
    assert ("AUSCOP", ("REF",)) in found


@pytest.mark.parametrize("sentence", [
    "Six detention officers were injured during last night's disturbance.",
    "Four guards were hurt in the riot on Monday.",
])
def test_guards_hurt_during_unrest_are_no_attack_by_no_one(pipeline, sentence):
    assert not any(e.cameo[:2] in ("18", "19", "20") and e.source is None for e in _events(pipeline, STORY + sentence))


def test_an_attack_with_no_doer_outside_unrest_is_kept(pipeline):
    text = "Two police officers were shot dead in Kabul on Monday."
    assert any(e.cameo[:2] in ("18", "19", "20") for e in _events(pipeline, text))


@pytest.mark.parametrize("text, source, target", [
    (STORY + "Unrest continued overnight with hundreds of detainees chanting slogans.", (None, ("REF",)), "AUSGOV"),
    ("Police fired tear gas at hundreds of protesters chanting slogans against the government in Dhaka.",
     ("BGD", ("OPP",)), "BGDGOV"),
])
def test_a_crowd_chanting_is_said_of_the_noun_it_follows(pipeline, text, source, target):
    assert (source, target) in _triples(pipeline, text, "14")
