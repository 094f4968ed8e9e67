"""The doer of a clause of a noun with a by-agent (issue 9, fourteenth round): "the militant
accused by Washington of ...", "troops backed by Ethiopian warplanes", and "a ceasefire offer by
two groups" which the parser reads as a clause of "ceasefire": the by-phrase names who acted, and
the author of what was rejected is the rejection's target. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str, root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root and e.modality.factual]


@pytest.mark.parametrize("text, root, source, target", [
    ("The Saudi-born militant accused by Washington of ordering the bombings has fled to Yemen.", "11", "USA", "SAU"),
    ("The Iraqi diplomat denounced by Kuwait last week flew home on Friday.", "11", "KWT", "IRQ"),
    ("The Kurdish leader, condemned by Ankara for the attacks, flew to Baghdad on Monday.", "11", "TUR", None),
    ("The Chechen commander blamed by Moscow for the siege was killed on Tuesday.", "11", "RUS", None),
    ("On Monday Colombia rejected a temporary ceasefire offer by two Venezuelan militia groups to halt their "
     "raids until the end of the month if Bogota agreed to stop its air strikes.", "12", "COL", "VEN"),
    ("On Monday Colombia rejected a temporary ceasefire offer by two Venezuelan militia groups to halt their "
     "raids until the end of the month if Bogota agreed to stop its air strikes.", "03", "VEN", None),
])
def test_the_by_agent_of_a_nouns_clause_acts(text, root, source, target):
    found = _events(text, root)
    assert found, text
    assert any(e.source is not None and e.source.country == source
               and (target is None or (e.target is not None and e.target.country == target)) for e in found), found


@pytest.mark.parametrize("text, root", [
    # "troops backed by X": who backs them is described, no act of support is told
    ("Kenyan troops backed by Ethiopian warplanes attacked the town on Monday.", "05"),
    # a deed described by a participle: a means or a cause, not a doer ("killed by the crash")
    ("Teams will identify the victims killed by the Ethiopian Airlines crash in Kenya.", "19"),
])
def test_a_participle_of_a_deed_or_support_names_no_doer(text, root):
    assert all(e.source is None for e in _events(text, root))
