"""Strikes told with the verb ("nurses are striking today"): working people who strike stop work
(143), an attack on nobody; the same verb with a force or a weapon is still an attack."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source", [
    ("Nurses in Melbourne are striking today for 24 hours over pay.", "AUSHLH"),
    ("Hundreds of teachers struck in Jakarta on Monday, closing schools across the capital.", "IDNEDU"),
    ("Rail workers in London will strike again next week, the union said.", "GBRLAB"),
    ("Dock workers in Lagos have been striking since Friday.", "NGALAB"),
    ("Thousands of car workers in South Korea struck for a third day.", "KORLAB"),
])
def test_working_people_who_strike_stop_work(pipeline, text, source):
    events = [e for e in pipeline.code_text(text) if e.trigger.text.startswith("stri") or e.trigger.text == "struck"]
    assert events and all(e.cameo == "143" for e in events)
    assert any(e.source is not None and (e.source.code or "").startswith(source) for e in events)


def test_strikers_of_no_named_place_keep_their_sector(pipeline):
    events = [e for e in pipeline.code_text("Nurses at two city hospitals have been striking since Friday.")
              if e.cameo == "143"]
    assert events and events[0].source is not None and "HLH" in events[0].source.sectors


@pytest.mark.parametrize("text", [
    "Israeli warplanes struck a police post in Gaza on Tuesday.",
    "Rebel fighters struck an army convoy near the border.",
])
def test_forces_that_strike_attack(pipeline, text):
    codes = {e.cameo for e in pipeline.code_text(text) if e.modality.factual}
    assert codes and not codes & {"143"} and any(c.startswith(("19", "18")) for c in codes)
