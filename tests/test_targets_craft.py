"""Aircraft and weapons with no country (issue 9, tenth round, second part): reported by a defence
body, they are that body's country's forces (MIL, resolved_by "context", from the speaker, weak);
reported by anyone else, or with their owner named, the rules before stand. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _violent(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] == "19"]


@pytest.mark.parametrize("text, country", [
    ("The Pentagon says strike aircraft have flown sorties over Kandahar.", "USA"),
    ("The Pentagon said warplanes bombed rebel positions near Kandahar.", "USA"),
    ("The Indian defence ministry said fighter jets attacked militant camps in Kashmir.", "IND"),
])
def test_craft_reported_by_a_defence_body_are_its_countrys_forces(text, country):
    found = _violent(text)
    assert found, found
    for e in found:
        assert e.source is not None and e.source.country == country and e.source.sectors == ["MIL"], e
        assert e.source.resolved_by == "context" and e.source.country_from == "speaker", e
        assert e.confidence < 0.9, e


@pytest.mark.parametrize("text", [
    "Witnesses said warplanes bombed the town near Kandahar.",
    "Local journalists said fighter jets attacked camps in Kashmir.",
])
def test_craft_reported_by_others_stay_ownerless(text):
    assert all(e.source is None or e.source.country_from != "speaker" for e in _violent(text))


def test_a_named_owner_beats_the_speaker():
    found = _violent("The Pentagon says Russian jets have flown sorties over Syria.")
    assert found and all(e.source.country == "RUS" for e in found), found
