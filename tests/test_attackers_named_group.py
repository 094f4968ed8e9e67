"""Attackers of no known group are unidentified armed forces (UAF, gold rule 10); a group their
from/of phrase names is theirs. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _sources(text: str) -> list:
    return [e.source for e in code_text(text, published="2024-03-01")
            if e.source is not None and e.cameo.startswith(("18", "19"))]


@pytest.mark.parametrize("text", [
    "Two Palestinian gunmen from the militant group Islamic Jihad shot dead a settler near Jenin.",
    "Four suicide bombers from the Islamist movement Hamas killed nine people at a bus stop in Haifa.",
    "Palestinian attackers of Hamas killed two soldiers at a checkpoint on Friday.",
])
def test_a_named_group_wins_over_unidentified_forces(text):
    sources = _sources(text)
    assert sources and all("UAF" not in s.sectors for s in sources), sources
    assert any(s.code == "PSEREB" for s in sources), sources


def test_attackers_of_no_named_group_stay_unidentified():
    sources = _sources("Palestinian gunmen shot dead a settler near Jenin on Friday.")
    assert [s.code for s in sources] == ["PSEUAF"], sources
