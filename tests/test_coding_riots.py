"""A crowd of civilians that clashes with police riots (145); the police side of the clash is crowd
control (175), and a clash of armed forces stays a fight (190) both ways. Every sentence here was
written for these tests."""

from __future__ import annotations

from flashpoint import code_text

DATE = "2024-03-01"


def _codes(text: str) -> set[tuple[str, str]]:
    return {((e.source.sectors or ["-"])[0] if e.source else "-", e.cameo)
            for e in code_text(text, published=DATE) if e.trigger.text == "clashed" and e.modality.factual}


def test_a_crowd_clashing_with_police_riots():
    codes = _codes("Students clashed with riot police in Dhaka on Monday.")
    assert ("EDU", "145") in codes and ("COP", "175") in codes, codes


def test_the_subject_of_a_conjoined_clash_is_shared():
    codes = _codes("Kenyan demonstrators tore down a fence and clashed with police in Nairobi.")
    assert any(code == "145" for _, code in codes), codes


def test_a_clash_of_troops_is_a_fight():
    codes = _codes("Russian and Ukrainian troops clashed near Bakhmut.")
    assert codes and all(code == "190" for _, code in codes), codes
