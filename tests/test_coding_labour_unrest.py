"""Workers' strikes and protests with no target named (``coding/unrest.py``): against the company
the story named; with no company named, no target is made up."""

from __future__ import annotations

import pytest

COMPANY = "The company, Qantas, says the dispute is costing it $2 million a day. "


def _targets(pipeline, text):
    return {e.target.code if e.target else None for e in pipeline.code_text(text)
            if e.cameo.startswith("14") and e.modality.factual and e.source is not None
            and e.source.sectors == ["LAB"]}


@pytest.mark.parametrize("sentence", [
    "Sixty-five maintenance workers downed tools two weeks ago over job security.",
    "About 300 workers went on strike on Monday over pay.",
    "Hundreds of workers walked off the job yesterday.",
])
def test_workers_strike_against_the_company_the_story_named(pipeline, sentence):
    assert "AUSBUS" in _targets(pipeline, COMPANY + sentence) or any(
        t and t.startswith("QFA") for t in _targets(pipeline, COMPANY + sentence))


def test_no_company_named_makes_none_up(pipeline):
    text = "The building industry is under scrutiny. About 700 construction workers in Melbourne walked off the job."
    assert not any(t and "BUS" in t for t in _targets(pipeline, text))
