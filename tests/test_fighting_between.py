"""Fighting, clashes and talks between two sides, told as a noun: "fierce fighting broke out
between A and B" (the parser hangs "between" on the verb), "fighting between A and B continued"
(the gerund is named as a thing). Both sides act on each other. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _pairs(pipeline, text):
    return {(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published="2001-12-15") if e.modality.factual}


@pytest.mark.parametrize("text, root, a, b", [
    ("Fierce fighting broke out between Northern Alliance troops and Taliban fighters near Kunduz.", "19", "AFGMIL", "AFGREB"),
    ("Clashes erupted between Indian and Pakistani troops on Sunday.", "19", "INDMIL", "PAKMIL"),
    ("Fighting between Russian troops and Chechen rebels continued for a third day.", "19", "RUSMIL", "RUSREB"),
    ("Heavy fighting flared between Israeli troops and Palestinian gunmen overnight.", "19", "ISRMIL", "PSEUAF"),
    ("Talks resumed between Indian and Pakistani officials in Agra.", "04", "INDGOV", "PAKGOV"),
])
def test_both_sides_act_on_each_other(pipeline, text, root, a, b):
    pairs = _pairs(pipeline, text)
    assert (root, a, b) in pairs and (root, b, a) in pairs, pairs


@pytest.mark.parametrize("text", [
    "The gap between Australia and New Zealand narrowed.",
    "Fighting between the two clubs' fans broke out after the match.",
    "A friendly match between India and Pakistan was played in Sharjah.",
])
def test_no_sides_no_fighting(pipeline, text):
    assert not {p for p in _pairs(pipeline, text) if p[0] == "19"}
