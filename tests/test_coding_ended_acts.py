"""Acts that did not happen as the sentence tells them: a plea in court, an activity a verb ends ("stopped
shelling"), a crowd that disperses by itself, the one at whose request something was done taken
as its target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, published="2001-12-15") if e.modality.status == "asserted"]


@pytest.mark.parametrize("text, gone", [
    ("The army stopped shelling the town on Monday.", "194"),
    ("The rebels ceased attacking government posts.", "190"),
    ("Police stopped firing after the mob broke up.", "175"),
])
def test_an_activity_a_verb_ends_is_not_reported_as_done(text, gone):
    assert gone not in _codes(text)


def test_the_activity_goes_on_when_the_verb_keeps_it():
    assert "194" in _codes("Syrian troops kept shelling the town.")


def test_ending_the_shelling_is_itself_coded():
    assert "087" in _codes("The army stopped shelling the town on Monday.")


def test_a_crowd_that_disperses_by_itself_is_no_repression():
    assert _codes("The crowd dispersed peacefully after the speeches.") == []
    assert "175" in _codes("Kenyan police dispersed the crowd with tear gas.")
    assert "175" in _codes("The protesters were dispersed by Kenyan police.")


def test_who_asked_is_no_target_of_what_was_done_at_their_request():
    events = code_text("Nigerian troops suspended their raids at the request of the Chadian government.",
                       published="2001-12-15")
    halt = [e for e in events if e.cameo.startswith("08")]
    assert halt and all(e.target is None or e.target.country != "TCD" for e in halt), events
    appeal = [e for e in events if e.cameo.startswith("02")]
    assert appeal and appeal[0].source.country == "TCD" and appeal[0].target.code == "NGAMIL", events


@pytest.mark.parametrize("text", [
    "Brett Dempsey, 31, pleaded guilty to destroying trees.",
    "The former minister pleaded innocent to the charges.",
])
def test_a_plea_in_court_is_no_appeal(text):
    assert _codes(text) == []


def test_pleading_with_someone_stays_an_appeal():
    assert "020" in _codes("Kenya pleaded with donors for international aid.")
