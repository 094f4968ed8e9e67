"""People of the news of late 2001 the knowledge base lacked (Hamas leaders, Afghan commanders and
ministers of the interim administration, ministers of the day): each resolves by name, alias or
title with the office of the date. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import find_actors, load_kb

DAY = dt.date(2001, 12, 15)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actor_of(nlp, kb, text, words, *, as_of=DAY):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb, as_of=as_of) if words in m.actor.text), None)


@pytest.mark.parametrize("text,words,code", [
    ("Police surrounded the home of Sheikh Ahmed Yassin in Gaza.", "Yassin", "PSEREB"),
    ("Abdel Aziz Rantissi vowed more attacks.", "Rantissi", "PSEREB"),
    ("Attorney General John Ashcroft announced the indictment.", "Ashcroft", "USAGOV"),
    ("Mohammad Fahim met the British officers in Kabul.", "Fahim", "AFGGOV"),
    ("Hazrat Ali said his men had taken the last caves.", "Hazrat Ali", "AFGMIL"),
    ("L.K. Advani blamed the raid on groups based across the border.", "Advani", "INDGOV"),
    ("Gul Agha Sherzai ordered the arrest of Taliban officials.", "Gul Agha", "AFGGOV"),
    ("Domingo Cavallo resigned as the riots spread.", "Cavallo", "ARGGOV"),
    ("Ari Fleischer said the president would not negotiate.", "Fleischer", "USAGOV"),
    ("FBI Director Robert Mueller warned of new attacks.", "Mueller", "USACOP"),
    ("Lakhdar Brahimi urged the factions to agree.", "Brahimi", "IGOUN"),
    ("Ayman al-Zawahiri appeared beside bin Laden in the video.", "Zawahiri", "IMGALQAEDA"),
    ("Mahmoud Zahar rejected the ceasefire.", "Zahar", "PSEREB"),
    ("Abdullah Abdullah accused Pakistan of meddling.", "Abdullah", "AFGGOV"),
    ("Farooq Abdullah demanded action against the camps.", "Farooq", "INDGOV"),
    ("The Agriculture Minister, Warren Truss, criticised the farm bill.", "Truss", "AUSGOV"),
    ("Peter Beattie called on Canberra to fund the hospitals.", "Beattie", "AUSGOV"),
    ("Greens Senator Bob Brown accused the Government of lying.", "Bob Brown", "AUSOPP"),
    ("Laisenia Qarase rejected the claims.", "Qarase", "FJIGOV"),
    ("Kevin Rudd accused the Government of ignoring the warnings.", "Rudd", "AUSOPP"),
    ("President Burhanuddin Rabbani objected to the plan.", "Rabbani", "AFGGOV"),
])
def test_person_of_the_day(nlp, kb, text, words, code):
    actor = actor_of(nlp, kb, text, words)
    assert actor is not None and actor.code[:6] == code[:6], actor


def test_the_office_is_the_one_of_the_date(nlp, kb):
    """Fahim led the Northern Alliance's forces before Bonn named him defence minister."""
    before = actor_of(nlp, kb, "Mohammad Fahim met the British officers.", "Fahim", as_of=dt.date(2001, 11, 20))
    assert before is not None and (before.country, before.sectors) == ("AFG", ["MIL"])
