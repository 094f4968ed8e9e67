"""A wish about another party's act is a request to that party (issue 9, the held-out articles'
demands): "the Opposition wants the Prime Minister to resign", "we would like the union to come
back to the table", in a domestic story as in a foreign one, whether or not the wished act has a
trigger of its own. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _asking(text: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.cameo[:2], e.target.code if e.target else None)
            for e in code_text(text, published="2001-12-15") if e.cameo[:2] in ("02", "10")}


@pytest.mark.parametrize("text, source, target", [
    ("The Australian Labor Party wants Prime Minister John Howard to resign.", "AUSOPP", "AUSGOV"),
    ("Australian Opposition leader Simon Crean wants Prime Minister John Howard to sack the minister.",
     "AUSOPP", "AUSGOV"),
    ("French unions still want the French Government to withdraw the pension plan.", "FRALAB", "FRAGOV"),
    ("The Indian Army wants India's government to buy more tanks.", "INDMIL", "INDGOV"),
    ("Pakistan wants India to pull its troops back from the border.", "PAK", "IND"),
    ("The Australian Government would like the Indonesian Government to stop the boats.", "AUSGOV", "IDNGOV"),
])
def test_a_wish_about_another_partys_act_is_a_request_to_it(text, source, target):
    found = _asking(text)
    assert any(s == source and t == target for s, _, t in found), code_text(text)


@pytest.mark.parametrize("text", [
    "Russia wants its troops to stay in Chechnya.",
    "Pakistan wants to join the talks.",
    "The Australian Labor Party does not want Prime Minister John Howard to resign.",
])
def test_no_request_for_a_wish_of_ones_own_or_a_negated_one(text):
    assert not any(c == "02" and t for _, c, t in _asking(text)), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Bush administration is stepping up the pressure on Palestinian leader Yasser Arafat.", "USAGOV", "PSEGOV"),
    ("The United States has put pressure on Pakistan to crack down on militant groups.", "USA", "PAK"),
])
def test_pressure_put_on_a_party_is_a_demand_on_it(text, source, target):
    assert (source, "10", target) in _asking(text), code_text(text)


def test_pressure_of_no_party_is_no_demand():
    assert not _asking("High blood pressure is a problem for many Australians."), code_text(
        "High blood pressure is a problem for many Australians.")


@pytest.mark.parametrize("text, source, target", [
    ("Secretary of State Colin Powell says it is time for Palestinian leader Yasser Arafat to exert control.",
     "USAGOV", "PSEGOV"),
    ("Indian Prime Minister Atal Behari Vajpayee said it was time for Pakistan to act against the militants.",
     "INDGOV", "PAK"),
    ("It is time for Pakistan to act, Indian Prime Minister Atal Behari Vajpayee said.", "INDGOV", "PAK"),
    ("Australian Opposition leader Simon Crean says it is time for the Australian Government to withdraw the troops.",
     "AUSOPP", "AUSGOV"),
])
def test_it_is_time_for_a_party_to_act_is_a_demand_on_it(text, source, target):
    assert (source, "10", target) in _asking(text), code_text(text)


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Atal Behari Vajpayee said it was not time for Pakistan to act.",
    "Indian Prime Minister Atal Behari Vajpayee said he had no time for talks with Pakistan.",
])
def test_no_demand_when_it_is_not_time_or_no_one_is_to_act(text):
    assert not any(c == "10" for _, c, _ in _asking(text)), code_text(text)
