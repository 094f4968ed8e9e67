"""A generic speaker's title (spokesman, official) after a word of a body speaks for that body:
"a rebel spokesman" is REB, "the Opposition spokesman" OPP, "a union official" LAB, as "rebel
leaders" and "military officials" already were; a minister stays government ("the police
minister"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _source(text: str):
    return next((e.source for e in code_text(text, published="2024-03-01") if e.source is not None), None)


@pytest.mark.parametrize("text, sector", [
    ("The Opposition spokesman on immigration, Jane Roe, accused the Government of hypocrisy.", "OPP"),
    ("The opposition spokesman accused the Government of hypocrisy.", "OPP"),
    ("A rebel spokesman accused the army of shelling villages.", "REB"),
    ("A police spokesman accused the protesters of attacking officers.", "COP"),
    ("A union official accused the company of breaking the agreement.", "LAB"),
    ("A rebel spokeswoman denied that the fighters had attacked the convoy.", "REB"),
])
def test_a_speaker_of_a_body_is_of_its_sector(text, sector):
    source = _source(text)
    assert source is not None and source.sectors == [sector], code_text(text, published="2024-03-01")


@pytest.mark.parametrize("text, sector", [
    ("The Kenyan police minister accused the opposition of inciting violence.", "GOV"),
    ("A government spokesman accused the rebels of violating the ceasefire.", "GOV"),
])
def test_ministers_and_government_speakers_stay_government(text, sector):
    source = _source(text)
    assert source is not None and source.sectors == [sector], source
