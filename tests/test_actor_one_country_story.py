"""In a story that names one country and no other, an unknown person titled by an office of a
home body or of no state (a judge, governor, police chief, businessman, priest, union leader) is
of that country (``resolved_by`` "context", from the main country); a president or minister is
not, nor anyone in a story that names a second country. Every story was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.context import read_article
from flashpoint.geo import load_gazetteer
from flashpoint.records import Document


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actor_of(nlp, kb, text, words):
    doc = nlp(text)
    article = read_article(Document(doc_id="t", text=text), doc, gazetteer=load_gazetteer())
    return next((m.actor for m in find_actors(doc, kb, article=article) if m.actor.text == words), None)


OPENING = ("The inquiry into the collapse of a Canadian insurer opened on Monday. The insurer failed "
           "last year with large debts. Shareholders lost their savings. ")

CASES = [
    (OPENING + "Justice Marie Tremblay warned all witnesses to keep the papers secret.", "Justice Marie Tremblay",
     "CAN", ["JUD"]),
    (OPENING + "Businessman Paul Gagnon accused the directors of hiding the losses.", "Businessman Paul Gagnon",
     "CAN", ["BUS"]),
    (OPENING + "Union leader Anne Roy demanded that the workers be paid.", "Union leader Anne Roy", "CAN", ["LAB"]),
    (OPENING + "Farmers Tom Wilson and Lee Park accused the directors of lying.", "Farmers Tom Wilson",
     "CAN", ["AGR"]),
    (OPENING + "Reverend John Clarke urged the families to stay calm.", "Reverend John Clarke", "CAN", ["REL"]),
    ("Floods cut the roads across Kenya this week. Rivers burst their banks. Many farms were lost. "
     "Governor Peter Mwangi appealed for help from the capital.", "Governor Peter Mwangi", "KEN", ["GOV"]),
    ("Protests spread across Chile on Friday. Students blocked the roads. Shops stayed shut. "
     "Police chief Jorge Soto ordered his officers to clear the streets.", "Police chief Jorge Soto", "CHL", ["COP"]),
]


@pytest.mark.parametrize("text,words,country,sectors", CASES)
def test_home_titles_take_the_one_country(nlp, kb, text, words, country, sectors):
    actor = actor_of(nlp, kb, text, words)
    assert actor is not None
    assert (actor.country, actor.sectors, actor.resolved_by, actor.country_from) == (
        country, sectors, "context", "main-country")


@pytest.mark.parametrize("text,words", [
    # a head of state need not be of the one country a story names
    ("The Danish government opened the conference in Copenhagen on Monday. The talks lasted two days. "
     "Delegates met in the old town. President Kwame Asante accused the rebels of attacking the town.",
     "President Kwame Asante"),
    # a second country named: no single country to give
    (OPENING + "The French bank was also hit. Businessman Paul Gagnon accused the directors of hiding the losses.",
     "Businessman Paul Gagnon"),
])
def test_no_country_from_the_story(nlp, kb, text, words):
    actor = actor_of(nlp, kb, text, words)
    assert actor is None or actor.country is None
