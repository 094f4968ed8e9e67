"""One party, one code in one article: a party's sector is its dated role in the knowledge base
(in opposition: OPP; in government: PTY), whether the article says "Labor", "the Labor Party" or
"Labor's spokesman"; "the parties" of a labour dispute are no political parties. Every sentence
was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def mentions(nlp, kb, text, day):
    return [(m.actor.text, m.actor) for m in find_actors(nlp(text), kb, as_of=day)]


AUSTRALIAN = ("The Australian Government wants tougher border laws. Canberra says the bill must pass "
              "before Christmas. Labor says the bill goes too far. Labor's spokesman, Jan Roe, said the "
              "Labor Party would move amendments in the Senate.")


@pytest.mark.parametrize("day,sector", [(dt.date(2001, 12, 15), "OPP"), (dt.date(2010, 6, 1), "PTY"),
                                        (dt.date(2016, 3, 1), "OPP")])
def test_the_party_has_its_dated_role_under_every_name(nlp, kb, day, sector):
    got = [a for t, a in mentions(nlp, kb, AUSTRALIAN, day) if "Labor" in t]
    assert len(got) == 3, got
    assert {a.code for a in got} == {"AUS" + sector}, got


def test_a_party_of_the_one_government_named(nlp, kb):
    """A story that names the United States most but the Australian cabinet at work: its "Labor
    party" is Australia's, in its role of the date."""
    text = ("The Federal Cabinet has endorsed new security laws at a meeting in Sydney. The United "
            "States welcomed the laws. Washington said the United States would share intelligence. "
            "The Attorney-General says he hopes the Labor party will support the laws.")
    got = dict(mentions(nlp, kb, text, dt.date(2001, 12, 15)))
    assert got["Labor party"].code == "AUSOPP" and got["Labor party"].org == "ALP", got


def test_labor_in_another_country_is_no_australian_party(nlp, kb):
    """'Labor' is Australia's party only in a story about Australia."""
    text = ("Israel's cabinet met in Jerusalem on Sunday. Israeli officials said the vote would be held "
            "soon. Labor leader Yosef Levi said Israel must return to talks.")
    got = mentions(nlp, kb, text, dt.date(2001, 12, 15))
    assert not any(a.org == "ALP" for t, a in got), got


def test_the_parties_of_a_labour_dispute(nlp, kb):
    text = ("The Australian Workers Union and Qantas met in Sydney on Monday. The parties failed to "
            "reach agreement on wages.")
    got = dict(mentions(nlp, kb, text, dt.date(2001, 12, 15)))
    assert got["parties"].code is None and got["parties"].sectors == [], got


def test_the_parties_of_a_parliament_stay_parties(nlp, kb):
    text = ("The Australian Parliament sat late on Monday in Canberra. Australia's two biggest parties "
            "agreed to pass the bill.")
    got = dict(mentions(nlp, kb, text, dt.date(2001, 12, 15)))
    assert any(a.sectors == ["PTY"] for t, a in got.items() if "parties" in t), got


def test_the_parties_of_a_case(nlp, kb):
    text = ("A royal commission into the collapse of the Harbour Bank opened in Perth. The commissioner "
            "warned all parties not to speak to the press.")
    got = dict(mentions(nlp, kb, text, dt.date(2001, 12, 15)))
    assert got["parties"].code is None, got
