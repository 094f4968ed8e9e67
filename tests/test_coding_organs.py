"""The organ of a state that does its act (``coding/organs.py``): a state acting with its troops is
its military, a state acting in a meeting of its cabinet is its government; a state named as such
otherwise keeps no sector."""

from __future__ import annotations

import pytest


def _sources(pipeline, text, root):
    return {e.source.code for e in pipeline.code_text(text)
            if e.modality.factual and e.cameo.startswith(root) and e.source is not None}


@pytest.mark.parametrize("text, root, code", [
    ("India withdrew its troops from the border.", "08", "INDMIL"),
    ("Russia deployed 5,000 troops to the region.", "15", "RUSMIL"),
    ("Ethiopia accused Eritrea of the raid. Tensions rose, with both sides massing troops along the border.",
     "15", "ETHMIL"),
    ("Israel rejected the request during a security cabinet meeting on Sunday.", "12", "ISRGOV"),
    ("Israel rejected Arafat's bid to visit the town during a cabinet meeting.", "12", "ISRGOV"),
])
def test_the_acting_organ(pipeline, text, root, code):
    assert code in _sources(pipeline, text, root)


@pytest.mark.parametrize("text, root, code", [
    ("Israel rejected the request on Sunday.", "12", "ISR"),  # no meeting: the state as such
    ("The United States bombed the hills.", "19", "USA"),  # no troops named: the state as such
    ("Russia imposed sanctions on Ukraine.", "16", "RUS"),  # no act of troops
    ("Israel rejected the request during a meeting with Egypt.", "12", "ISR"),  # no body of its government
])
def test_the_state_as_such(pipeline, text, root, code):
    assert _sources(pipeline, text, root) == {code}


def test_troops_who_suffer_an_act_are_no_organ_of_its_doer(pipeline):
    assert _sources(pipeline, "The United States killed three troops near the border.", "19") == {"USA"}


def test_an_actor_with_a_sector_keeps_it(pipeline):
    # the defence ministry is already an organ: its troops do not make it the military
    assert "INDMIL" not in _sources(pipeline, "The Indian government withdrew its troops from the border.", "08")
