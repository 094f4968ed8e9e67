"""Bodies the knowledge base does not know, named after a noun of their kind ("insurance giant
HIH", "travel company Traveland"), and stories that name one country only. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.context import main_country


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actors(nlp, kb, text):
    return {m.actor.text: m.actor for m in find_actors(nlp(text), kb)}


@pytest.mark.parametrize("text,mention,code", [
    ("The collapse of insurance giant Kestrel Mutual has left builders in Perth unpaid.",
     "insurance giant Kestrel Mutual", "AUSBUS"),
    ("Travel company Sunwise has collapsed in Auckland, leaving customers stranded.",
     "Travel company Sunwise", "NZLBUS"),
    ("Regulators in Ottawa fined accountancy firm Baird Hollis on Monday.",
     "accountancy firm Baird Hollis", "CANBUS"),
])
def test_a_body_named_after_its_kind(nlp, kb, text, mention, code):
    got = actors(nlp, kb, text)
    assert mention in got and got[mention].code == code, got


def test_a_known_body_is_not_renamed(nlp, kb):
    got = actors(nlp, kb, "Shares in national carrier Qantas fell in Sydney.")
    assert any(a.org == "QANTAS" for a in got.values()), got


def test_a_royal_commission_is_judicial(nlp, kb):
    got = actors(nlp, kb, "A royal commission has criticised the board of the insurer in Sydney.")
    assert got["royal commission"].code == "AUSJUD", got


def test_a_story_of_one_country(nlp, kb):
    """Four sentences, one country named once: a bare "police" is of it; not a country named
    only as a destination (a sentence alone: ``test_main_country_of_one_country``)."""
    story = ("The hearing resumed in Brisbane yesterday. The board denied any wrongdoing. "
             "Police said no charges had been laid. The inquiry will report in March.")
    assert actors(nlp, kb, story)["Police"].code == "AUSCOP"
    away = ("The cabinet met yesterday. Ministers agreed to send troops to Afghanistan. "
            "Police said no charges had been laid. The inquiry will report in March.")
    assert actors(nlp, kb, away)["Police"].code is None


@pytest.mark.parametrize("story,mention,code", [
    ("Qantas cabin crew will vote on the pay offer next week. Unions say the offer is too low. "
     "Qantas says it cannot pay more. Unions and the airline will meet again on Friday.", "Unions", "AUSLAB"),
    ("Qantas has cut 300 jobs at its Melbourne base. The airline blamed falling demand. "
     "Police were called when workers blocked the gates. Unions said the cuts broke an agreement.", "Police", "AUSCOP"),
])
def test_a_story_of_one_states_bodies(nlp, kb, story, mention, code):
    """A story of four sentences or more that names bodies of one state only and no country
    ("Qantas"): a bare "unions" or "police" is of that state, as in a story naming it once."""
    got = actors(nlp, kb, story)
    assert got[mention].code == code and got[mention].resolved_by == "context", got


def test_a_story_of_one_states_bodies_needs_length(nlp, kb):
    """One sentence naming a state's body says nothing of another group's country."""
    got = actors(nlp, kb, "Unions said Qantas had broken its word.")
    assert got["Unions"].code is None, got


def test_main_country_of_one_country():
    assert main_country({"AUS": 1}, sentences=4) == "AUS"
    assert main_country({"AUS": 1}) is None
    assert main_country({"AUS": 1, "USA": 1}, sentences=9) is None


US_STORY = ("A Canadian man has been charged in the United States with fraud. The United States says "
            "the scheme cost American savers millions. Washington has frozen his accounts. ")


def test_a_minister_of_the_main_country(nlp, kb):
    """A minister of home affairs of no state named, in a sentence naming no country, in a story
    of one main country and no government named: that country's, weakly."""
    got = actors(nlp, kb, US_STORY + "Attorney-General Jane Roe says he was the scheme's leader.")
    roe = got["Attorney-General Jane Roe"]
    assert roe.code == "USAGOV" and roe.resolved_by == "context" and roe.country_from == "main-country", got


def test_a_minister_abroad_is_not_of_the_main_country(nlp, kb):
    got = actors(nlp, kb, US_STORY + "Trade Minister Jane Roe says he was the scheme's leader.")
    assert got["Trade Minister Jane Roe"].country is None, got
    got = actors(nlp, kb, US_STORY + "Attorney-General Jane Roe says the United States Congress must act.")
    assert got["Attorney-General Jane Roe"].country is None, got


def test_a_central_bank_named_by_its_kind_is_of_the_state(nlp, kb):
    """'the Reserve Bank': the whole name is a word of its sector (a central bank: GOV), not any
    bank (BUS) by its last word."""
    got = actors(nlp, kb, "The Reserve Bank has cut interest rates in Wellington.")
    bank = next(a for t, a in got.items() if t.startswith("Reserve Bank"))
    assert bank.sectors == ["GOV"], got


@pytest.mark.parametrize("story,mention,code", [
    ("John Howard has defended the new border laws. Simon Crean says the laws go too far. "
     "Mr Howard says the claims are baseless. Police arrested twelve protesters outside Parliament House.",
     "Police", "AUSCOP"),
    ("Jacques Chirac has dissolved the assembly. Lionel Jospin called the move a gamble. "
     "Mr Chirac says voters will decide. Unions have called a strike for Thursday.", "Unions", "FRALAB"),
])
def test_a_story_of_one_states_office_holders(nlp, kb, story, mention, code):
    """A story that names only the office-holders of one state (the knowledge base's people) and
    no country is that state's, as a story naming its bodies is."""
    got = actors(nlp, kb, story)
    assert got[mention].code == code and got[mention].resolved_by == "context", got


def test_a_story_of_two_states_office_holders_has_no_main_country(nlp, kb):
    story = ("John Howard has spoken with Jacques Chirac by telephone. Mr Howard thanked Mr Chirac for "
             "his support. Mr Chirac wished him well. Police said the call had not been recorded.")
    assert actors(nlp, kb, story)["Police"].code is None
