"""The doer behind an attack or a weapon that is the subject (issue 9, fourteenth round): "the
bombing carried out by Hamas killed 12 Israelis", "a rocket fired by Hezbollah killed two
soldiers": the source is whoever the means' by-phrase, participle or modifier names, not the
means itself. People of no country ("gunmen") and means of no named doer ("the blast") stay.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] in ("18", "19") and e.modality.factual]


@pytest.mark.parametrize("text, source", [
    ("The bombing carried out by Hamas killed 12 Israelis in Haifa.", "PSE"),
    ("A rocket fired by Hezbollah killed two Israeli soldiers near the border.", "LBN"),
    ("An air strike by US warplanes killed 15 Afghan civilians in Paktia.", "USA"),
    ("The shelling carried out by Ethiopian artillery killed six Eritrean soldiers near Badme.", "ETH"),
    ("The ambush staged by Colombian guerrillas killed seven Venezuelan guards.", "COL"),
    ("A roadside bomb planted by Taliban fighters killed three Pakistani soldiers in Waziristan.", "AFG"),
])
def test_the_means_acts_through_its_doer(text, source):
    found = _events(text)
    assert found, text
    assert any(e.source is not None and e.source.country == source for e in found), found


@pytest.mark.parametrize("text", [
    "Gunmen killed three Kenyan policemen in Garissa.",
    "The blast killed five Iraqi soldiers in Mosul.",
])
def test_no_doer_named_no_doer_made(text):
    found = _events(text)
    assert found and all(e.source is None or e.source.text in ("Gunmen", "The blast") for e in found), found
