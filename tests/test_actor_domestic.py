"""Domestic actors named without a country (issue 9): an office by its title alone ("the
Treasurer", "the Premier", "the Governor-General"), generic domestic groups (welfare groups,
advocates, business groups, "the union") and people defined by their body ("Westpac's X",
"X from the AMWU"). The story's country comes from context; the surname later is the same actor.
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb
from flashpoint.context import read_article
from flashpoint.geo import load_gazetteer
from flashpoint.records import Document


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def actors(nlp, kb, text):
    doc = nlp(text)
    article = read_article(Document(doc_id="t", text=text), doc, gazetteer=load_gazetteer())
    return [(m.actor.text, m.actor.code, m.actor.resolved_by) for m in find_actors(doc, kb, article=article)]


def code_of(found, text):
    return next((code for t, code, _ in found if t == text), "absent")


AUS = ("Farmers in Victoria are angry about the drought. Graziers in Queensland say they have had no "
       "rain for a year. Sheep prices in Adelaide have fallen again. ")
CAN = ("Nurses in Winnipeg walked out on Monday. Hospitals in Manitoba say their wards are short of beds. "
       "Clinics in Toronto have also closed. ")
GBR = ("Police in Manchester arrested four men on Sunday. Officers found weapons in a house in Leeds. "
       "Residents in Liverpool were told to stay inside. ")

# (story, mention, code): an office of the story's country, by its title alone
OFFICES = [
    (AUS + "The Treasurer has rejected calls for drought aid.", "Treasurer", "AUSGOV"),
    (AUS + "Farm groups want the Governor-General to intervene.", "Governor-General", "AUSGOV"),
    (AUS + "The Governor General opened the show on Saturday.", "Governor General", "AUSGOV"),
    (CAN + "The Premier has refused to meet the nurses' union.", "Premier", "CANGOV"),
    (GBR + "The Home Secretary praised the police.", "Home Secretary", "GBRGOV"),
    (GBR + "Labour MPs accused the Home Secretary of ignoring the warnings.", "Home Secretary", "GBRGOV"),
    (AUS + "The Lord Mayor says the city will help the farmers.", "Lord Mayor", "AUSGOV"),
    (CAN + "The Attorney-General has ordered an inquiry into the walkout.", "Attorney-General", "CANGOV"),
]


@pytest.mark.parametrize("text,mention,code", OFFICES)
def test_office_by_title_alone_is_the_storys(nlp, kb, text, mention, code):
    found = actors(nlp, kb, text)
    assert code_of(found, mention) == code, found
    assert next(by for t, _, by in found if t == mention) == "context"


# (story, mention, code): generic domestic groups take the story's country and their sector
GROUPS = [
    (AUS + "Child welfare groups have called on the minister to resign.", "welfare groups", "AUSNGO"),
    (AUS + "Child advocates say the inquiry was a whitewash.", "advocates", "AUSNGO"),
    (AUS + "Child protection groups still want an apology.", "protection groups", "AUSNGO"),
    (CAN + "Business groups backed the hospitals' plan.", "Business groups", "CANBUS"),
    (AUS + "The AMWU called the strike. The union says talks with the company have failed.", "union", "AUSLAB"),
    (GBR + "Community groups organised a vigil for the victims.", "Community groups", "GBRNGO"),
    (GBR + "Lobby groups have demanded tougher gun laws.", "Lobby groups", "GBRNGO"),
    (AUS + "Farm groups accused the Government of neglect.", "Farm groups", "AUSAGR"),
    (AUS + "The shearers' union accused the Government of neglect.", "union", "AUSLAB"),
]


@pytest.mark.parametrize("text,mention,code", GROUPS)
def test_domestic_group_takes_the_storys_country(nlp, kb, text, mention, code):
    assert code_of(actors(nlp, kb, text), mention) == code


def test_union_of_states_is_no_labour_union(nlp, kb):
    found = actors(nlp, kb, "The European Union has criticised the Soviet Union's record.")
    assert code_of(found, "European Union") == "IGOEU"
    assert all(code is None or not code.endswith("LAB") for _, code, _ in found), found


# (story, the person's later mention, code): people defined by their body, and their surname later
BODIES = [
    ("Westpac's David Lording says the bank will not lift its rates. Mr Lording says customers are safe.",
     "Lording", "AUSBUS"),
    ("Doug Cameron from the AMWU says workers will strike. Mr Cameron says the union will not back down.",
     "Doug Cameron", "AUSLAB"),
    ("Doug Cameron from the AMWU says workers will strike. Mr Cameron says the union will not back down.",
     "Cameron", "AUSLAB"),
    ("Jane Roe of Amnesty International condemned the arrests in Cairo.", "Jane Roe", "NGOAMNESTY"),
    ("A statement by Qantas's Maria Vell said flights would resume. Vell said no jobs would go.",
     "Vell", "AUSBUS"),
]


@pytest.mark.parametrize("text,mention,code", BODIES)
def test_person_defined_by_body(nlp, kb, text, mention, code):
    assert code_of(actors(nlp, kb, text), mention) == code


def test_person_from_a_place_is_no_bodys(nlp, kb):
    found = actors(nlp, kb, "Tom Reed from Sydney was arrested at the airport.")
    assert all(code is None or not code.endswith(("BUS", "LAB", "GOV")) for _, code, _ in found), found


@pytest.mark.parametrize("day,code", [("2002-03-01", "AUSGOV"), ("2016-05-01", "AUSELI")])
def test_governor_general_by_name_in_office(nlp, kb, day, code):
    """A Governor-General is named later by name alone ("Dr Hollingworth"): the KB knows the
    tenure, so the name is that office only while it is held (after it: a former official, ELI)."""
    doc = nlp("Church leaders have criticised Dr Peter Hollingworth over the school inquiry.")
    found = {m.actor.text: m.actor.code for m in find_actors(doc, kb, as_of=day)}
    got = next((c for t, c in found.items() if "Hollingworth" in t), None)
    assert got == code, found


# a lead that names the office only, the person named in the next sentence as its main subject
LEADS = [
    ("The former chief executive of Qantas has denied claims he misled the board. Tom Brell says "
     "the claims are baseless. Mr Brell says the inquiry was unfair.", ("Tom Brell", "Brell"), "AUSBUS"),
    ("Brisbane's Lord Mayor has criticised the flood plan. Jim Soorley says the plan does not work. "
     "Mr Soorley wants an inquiry.", ("Jim Soorley", "Soorley"), "AUSGOV"),
    ("The managing director of Westpac has rejected calls to resign. Ann Forde told shareholders the bank was "
     "sound.", ("Ann Forde",), "AUSBUS"),
]


@pytest.mark.parametrize("text,mentions,code", LEADS)
def test_person_named_after_a_lead_is_that_office(nlp, kb, text, mentions, code):
    found = actors(nlp, kb, text)
    for mention in mentions:
        assert code_of(found, mention) == code, found


def test_person_not_the_main_subject_after_a_lead_is_not_that_office(nlp, kb):
    text = ("The chairman of Westpac has rejected calls to resign. The offer was criticised by Paul Howes. "
            "Critics say Tom Brell knew.")
    found = actors(nlp, kb, text)
    assert code_of(found, "Paul Howes") in (None, "absent") and code_of(found, "Tom Brell") in (None, "absent"), found


def test_doer_after_a_lead_is_not_that_office(nlp, kb):
    text = ("The Queensland Premier says he accepts the blame for the escape. Tom Brell stabbed a teenager "
            "in 1998 and was receiving treatment.")
    assert code_of(actors(nlp, kb, text), "Tom Brell") in (None, "absent")


@pytest.mark.parametrize("text", [
    AUS + "The customs union with New Zealand was criticised.",
    AUS + "Farmers want a monetary union with New Zealand.",
])
def test_union_of_no_named_body_is_no_actor(nlp, kb, text):
    found = actors(nlp, kb, text)
    assert code_of(found, "union") in (None, "absent"), found
