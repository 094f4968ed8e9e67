"""Government agencies, companies, media and parties of the stories' countries (issue 9, tenth
round, second part): facts found by listing the organisation-like names of the 300 Lee articles
that resolved to nothing or to the wrong sector. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.nlp import load_model


@pytest.fixture(scope="module")
def resolve():
    nlp, kb = load_model(), load_kb()

    def run(text: str, words: str, day: dt.date = dt.date(2001, 12, 15)):
        doc = nlp(text)
        start = text.index(words)
        found = [m.actor for m in find_actors(doc, kb, as_of=day)
                 if m.actor.span[0] <= start < m.actor.span[1]]
        return found[0] if found else None
    return run


@pytest.mark.parametrize("text, words, code", [
    # agencies named alone are their state's (as the FBI is)
    ("Austrade says exporters should look to Asia next year.", "Austrade", "AUSGOV"),
    ("ASIO has questioned two men about the attacks.", "ASIO", "AUSSPY"),
    ("ASIC has begun legal action against the insurer.", "ASIC", "AUSGOV"),
    ("The ACCC says it will look at the merger.", "ACCC", "AUSGOV"),
    ("NASA has delayed the launch of the shuttle.", "NASA", "USAGOV"),
    ("The Federal Reserve has cut interest rates again.", "Federal Reserve", "USAGOV"),
    ("The Rural Fire Service says the blaze is contained.", "Rural Fire Service", "AUSGOV"),
    ("The Bureau of Meteorology expects more hot weather.", "Bureau of Meteorology", "AUSGOV"),
    # companies, media and parties
    ("HIH collapsed with debts of billions of dollars.", "HIH", "AUSBUS"),
    ("Westpac has raised its fees.", "Westpac", "AUSBUS"),
    ("The ANZ Bank has raised its fees.", "ANZ Bank", "AUSBUS"),
    ("Yallourn Energy has locked out its workers.", "Yallourn Energy", "AUSBUS"),
    ("Channel Nine will broadcast the match.", "Channel Nine", "AUSMED"),
    ("The Press Trust of India reported the attack.", "Press Trust of India", "INDMED"),
    ("The ALP has chosen a new leader.", "ALP", "AUSOPP"),  # in opposition in December 2001
])
def test_named_bodies_resolve_to_their_country_and_sector(resolve, text, words, code):
    actor = resolve(text, words)
    assert actor is not None and actor.code == code, actor


def test_pti_stays_the_pakistani_party(resolve):
    # the news agency is known by its full name only: "PTI" is Pakistan Tehreek-e-Insaf
    assert resolve("Supporters of the PTI marched in Lahore.", "PTI", dt.date(2024, 3, 1)).code == "PAKPTY"


def test_companies_of_the_stories(resolve):
    assert resolve("Phillips Petroleum has found gas in the Timor Sea.", "Phillips Petroleum").code == "USABUS"
    assert resolve("Virgin Blue has cut its fares.", "Virgin Blue").code == "AUSBUS"
