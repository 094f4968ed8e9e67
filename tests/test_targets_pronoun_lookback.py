"""Object pronouns beyond the previous sentence (issue 9, tenth round, second part): when the
sentence before names only places or things, "them" stands for the group named before it; a
party named in between ends the search. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _last(text: str, root: str):
    events = list(code_text(text, published="2024-03-01"))
    last = max(e.sentence_index for e in events) if events else -1
    return [e for e in events if e.sentence_index == last and e.cameo[:2] == root], events


@pytest.mark.parametrize("text, root, country", [
    ("Somali militants seized the airport in Baidoa on Monday. The town was quiet on Tuesday. "
     "Kenyan troops later attacked them.", "19", "SOM"),
    ("Ugandan rebels crossed the border at Bunagana overnight. The road to Goma remains closed. "
     "Congolese soldiers arrested them on Friday.", "17", "UGA"),
])
def test_them_reaches_past_a_sentence_of_places_and_things(text, root, country):
    found, events = _last(text, root)
    assert found, events
    assert any(e.target is not None and e.target.country == country for e in found), found


def test_a_party_in_between_ends_the_search():
    text = ("Somali militants seized the airport in Baidoa on Monday. Ethiopian troops arrived in the town on Tuesday. "
            "Kenyan troops later attacked them.")
    found, events = _last(text, "19")
    assert found, events
    assert all(e.target is None or e.target.country != "SOM" for e in found), found
