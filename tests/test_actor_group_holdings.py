"""A place or thing a group holds stands for the group when it is acted on ("shelled rebel
positions"), never as a subject or a mere place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


@pytest.mark.parametrize("text, sector", [
    ("The Chilean air force bombed rebel positions in the north.", "REB"),
    ("Nigerian troops raided a militant hideout in Borno State.", "REB"),
    ("Insurgents launched an attack on army posts near Mosul.", "MIL"),
    ("The rebel camp was bombed by Sudanese jets.", "REB"),
])
def test_a_holding_acted_on_stands_for_its_group(text, sector):
    events = code_text(text, published="2019-05-01")
    assert any(e.target is not None and sector in e.target.sectors for e in events), events


@pytest.mark.parametrize("text", [
    "Protesters gathered outside the army camp in Lahore.",
    "Rebel positions came under heavy fire on Sunday.",
])
def test_a_holding_as_a_place_or_subject_names_no_one(text):
    for e in code_text(text, published="2019-05-01"):
        assert e.source is None or "MIL" not in e.source.sectors and "REB" not in e.source.sectors
