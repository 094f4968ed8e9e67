"""Verbs of force that need a target (``needs_target``) are coded when an armed doer acts on a
thing (``armed_object`` rows): "Israeli troops destroyed several houses" is an act of force
whoever owned the houses; "the storm destroyed homes" is none. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _coded(pipeline, text):
    return {(e.cameo, (e.source.code if e.source else None)) for e in pipeline.code_text(text, published="2001-12-15")
            if e.modality.factual}


@pytest.mark.parametrize("text, cameo, source", [
    ("Israeli troops destroyed several houses.", "1712", "ISRMIL"),
    ("Indian soldiers entered the village, destroying two shops.", "1712", "INDMIL"),
    ("American B-52 bombers pounded the caves overnight.", "194", "USAMIL"),
    ("Russian artillery pounded the hills above the town.", "194", "RUSMIL"),
    ("Sri Lankan rebels burned dozens of homes.", "1712", "LKAREB"),
    ("Several buildings were destroyed by Israeli tanks.", "1712", "ISRMIL"),
    # dropping bombs is an air attack whatever is bombed
    ("US B-52 bombers dropped dozens of bombs on the caves overnight.", "195", "USAMIL"),
    ("Bombs were dropped on the Al Qaeda caves by US aircraft.", "195", "USAMIL"),
])
def test_an_armed_doer_acting_on_a_thing(pipeline, text, cameo, source):
    assert (cameo, source) in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The storm destroyed homes in Sydney.",
    "Bushfires have destroyed 20 homes in the Blue Mountains.",
    "A fire burned three houses in Melbourne overnight.",
    "The builders pounded the ground for hours.",
    "Indian officials destroyed the old files.",
    "US planes dropped food parcels over northern Afghanistan.",
    "The company dropped its bid for the airline.",
])
def test_no_armed_doer_no_event(pipeline, text):
    assert not {c for c, _ in _coded(pipeline, text)} & {"171", "1712", "194"}
