"""Rallies told with the verb ("thousands of workers rallied outside ..."): a protest (141) by the
people who rally; prices and markets that rally are no protest."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Thousands of farmers rallied in Canberra against the new water laws.", "AUSAGR"),
    ("Thousands of building workers rallied outside the royal commission in Melbourne.", "AUSLAB"),
    ("Hundreds of nurses rallied in Sydney on Tuesday to demand higher pay.", "AUSHLH"),
    ("Students rallied in Jakarta against the fuel price rise.", "IDNEDU"),
])
def test_people_who_rally_protest(pipeline, text, source):
    assert source in {e.source.code for e in pipeline.code_text(text)
                      if e.cameo == "141" and e.modality.factual and e.source is not None}


@pytest.mark.parametrize("text", [
    "Shares rallied in Tokyo after the announcement.",
    "Oil prices rallied in London on Friday.",
])
def test_markets_that_rally_are_no_protest(pipeline, text):
    assert not any(e.cameo.startswith("14") for e in pipeline.code_text(text))
