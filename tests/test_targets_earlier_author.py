"""A thing rejected or criticised with no actor named is its author's when an earlier sentence of the
article names the same thing with its author (issue 9: "fighting a proposed wage freeze"). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _targets(text: str, roots: tuple[str, ...]):
    events = [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]
    return [e.target for e in events if e.cameo[:2] in roots and e.sentence_index > 0], events


@pytest.mark.parametrize("text, country", [
    # the subject of a verb of proposing
    ("Qantas has proposed a wage freeze for its engineers. Unions are fighting the proposed wage freeze.", "AUS"),
    ("Russia put forward a peace plan on Monday. Ukraine rejected the peace plan on Tuesday.", "RUS"),
    # a possessive
    ("Germany's budget plan was published on Monday. France criticised the budget plan.", "DEU"),
])
def test_the_author_named_earlier(text, country):
    targets, events = _targets(text, ("11", "12"))
    assert any(t is not None and t.country == country for t in targets), events


@pytest.mark.parametrize("text", [
    # another thing: the compounds differ
    "Russia put forward a peace plan on Monday. Ukraine rejected the budget plan on Tuesday.",
    # the doer's own
    "Kenya rejected its own budget plan on Monday. Kenya later criticised the budget plan.",
])
def test_no_author_from_another_thing_or_the_doer(text):
    targets, events = _targets(text, ("11", "12"))
    assert not any(t is not None and t.country in ("RUS", "KEN") for t in targets), events
