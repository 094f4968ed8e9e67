"""Negation told by a phrase with "no" ("in no way", "under no circumstances", "at no time"): the
verb it modifies did not happen (or will not), as with "not"; the same nouns without "no" negate
nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cameo", [
    ("The Government will in no way expel the Iraqi diplomats.", "166"),
    ("Under no circumstances will Canberra negotiate with the Taliban.", "046"),
    ("At no time did the police fire on the protesters in Dhaka.", "175"),
    ("Jordan will on no account close its border with Iraq, the minister said.", "191"),
])
def test_a_phrase_with_no_negates_its_verb(pipeline, text, cameo):
    events = [e for e in pipeline.code_text(text) if e.cameo == cameo]
    assert events and all(e.modality.negated for e in events), events


@pytest.mark.parametrize("text, lemma", [
    ("The police fired on the protesters in Dhaka at the time of the march.", "fire"),
    ("The army attacked the village in a way that shocked observers.", "attack"),
    ("Seoul withdrew its ambassador from Tokyo by means of a short statement.", "withdr"),
])
def test_the_same_nouns_without_no_negate_nothing(pipeline, text, lemma):
    events = [e for e in pipeline.code_text(text) if e.trigger.text.lower().startswith(lemma[:4])]
    assert events and not any(e.modality.negated for e in events), events
