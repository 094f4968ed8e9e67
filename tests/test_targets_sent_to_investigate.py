"""What people sent somewhere are to investigate is investigated there (issue 9): the place they are
sent to is the target of the investigation when it names no party of its own. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _investigations(text: str):
    events = [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]
    return [e for e in events if e.cameo.startswith("09")], events


@pytest.mark.parametrize("text, country", [
    ("France sent investigators to Mali to investigate the attack.", "MLI"),
    ("The UN dispatched a team to Syria to investigate the alleged chemical attack.", "SYR"),
])
def test_the_place_investigators_are_sent_to(text, country):
    found, events = _investigations(text)
    assert found and all(e.target is not None and e.target.country == country for e in found), events


def test_a_party_investigated_stays_the_target():
    found, events = _investigations("France sent investigators to Mali to investigate the Malian army.")
    assert found and all(e.target is not None and e.target.sectors == ["MIL"] for e in found), events


# -- material help: the place of those it is for ----------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("The EU gave emergency aid for 30,000 families in Idlib.", "SYR"),
    ("Norway donated blankets to displaced families in Kandahar.", "AFG"),
])
def test_help_for_people_in_a_place_goes_to_its_country(text, country):
    events = [e for e in code_text(text, published="2024-03-01") if e.cameo[:2] in ("06", "07")]
    assert events and all(e.target is not None and e.target.country == country for e in events), events


def test_help_for_people_of_no_place_has_no_country():
    events = [e for e in code_text("The EU gave emergency aid for families on Monday.", published="2024-03-01")
              if e.cameo[:2] in ("06", "07")]
    assert all(e.target is None or e.target.country is None for e in events), events
