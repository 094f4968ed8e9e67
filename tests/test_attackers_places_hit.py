"""An attack on an area, caves or positions of no named holder, or a halt of one, is against the
group its sentence says is there, the enemy of the same side's last attack, or the one armed group
the story has named (issue 9, war reporting). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _pairs(text: str) -> list[tuple]:
    events = code_text(text, published="2024-03-01")
    last = max(e.sentence_index for e in events)
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in events
            if e.sentence_index == last and e.modality.factual]


@pytest.mark.parametrize("text, want", [
    ("Chadian jets launched heavy attacks on the network of caves where Boko Haram fighters had been hiding.",
     ("19", "TCDMIL", "NGAREB")),
    ("Pakistani troops fought Taliban fighters in the Swat valley. Pakistani jets stopped the bombing on Tuesday, "
     "a spokesman said.", ("08", "PAKMIL", "AFGREB")),
    ("Al Shabaab said it had attacked the area. Kenyan troops shelled the hills near the border.",
     ("19", "KENMIL", "SOMREB")),
])
def test_a_place_hit_is_its_holders(text, want):
    assert want in _pairs(text), _pairs(text)


@pytest.mark.parametrize("text", [
    # two armed groups named: whose hills they are stays unknown
    "Al Shabaab and the Islamic State said they had attacked the area. Kenyan troops shelled the hills near the border.",
    # a town is no enemy's place
    "Al Shabaab said it had attacked the area. Kenyan troops shelled a town near the border.",
])
def test_no_holder_is_guessed(text):
    assert not any(p[1] == "KENMIL" and p[2] for p in _pairs(text)), _pairs(text)
