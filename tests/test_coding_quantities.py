"""Quantities: values (digits, words, vague plurals), approximation, kind, span and attachment."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.coding.quantities import attach, find_quantities, number_value


@pytest.mark.parametrize("words,value,vague", [
    (["12"], 12, False), (["1,200"], 1200, False), (["three"], 3, False), (["twenty", "five"], 25, False),
    (["1.5", "million"], 1_500_000, False), (["dozens"], 24, True), (["hundreds"], 200, True),
    (["thousands"], 2000, True), (["tens", "of", "thousands"], 20_000, True), (["$50,000"], 50_000, False),
    (["2bn"], 2_000_000_000, False),
])
def test_number_value_on_hand_built_tokens(words, value, vague):
    doc = Doc(Vocab(), words=words)
    assert number_value(list(doc)) == (value, vague)


@pytest.mark.parametrize("text,kind,value,approx,quoted", [
    ("The attack killed at least 12 people.", "killed", 12, True, "at least 12"),
    ("Police arrested dozens of protesters.", "arrested", 24, True, "dozens"),
    ("Soldiers wounded three civilians.", "injured", 3, False, "three"),
    ("About 150,000 troops massed on the border.", "troops", 150_000, True, "About 150,000"),
    ("Rebels kidnapped 16 Russian advisers.", "hostages", 16, False, "16"),
    ("Japan pledged $50 million in aid.", "money", 50_000_000, False, "$50 million"),
    ("Some 2,000 refugees crossed the border.", "displaced", 2000, True, "Some 2,000"),
    ("The army fired 40 rockets.", "weapons", 40, False, "40"),
])
def test_find_quantities(nlp, text, kind, value, approx, quoted):
    doc = nlp(text)
    found = find_quantities(next(iter(doc.sents)))
    q = next(f.quantity for f in found if f.quantity.kind == kind)
    assert q.value == value and q.approx == approx
    assert q.text == quoted and doc.text[q.span[0]:q.span[1]] == quoted


def test_money_has_currency(nlp):
    doc = nlp("The bank lent 300 million euros to Greece.")
    q = next(f.quantity for f in find_quantities(next(iter(doc.sents))) if f.quantity.kind == "money")
    assert q.unit == "EUR" and q.value == 300_000_000


def test_years_and_dates_are_not_quantities(nlp):
    doc = nlp("In 2014 Russia annexed Crimea on 18 March.")
    assert find_quantities(next(iter(doc.sents))) == []


def test_attach_to_governing_trigger(nlp):
    doc = nlp("Rebels attacked the town, killing at least 12 people.")
    found = find_quantities(next(iter(doc.sents)))
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert [q.value for q in attach(found, triggers=[attacked], doc=doc)[attacked]] == [12]


def test_attach_subject_count_to_its_verb(nlp):
    doc = nlp("About 150,000 Russian troops have massed on the border.")
    found = find_quantities(next(iter(doc.sents)))
    massed = next(t.i for t in doc if t.text == "massed")
    assert attach(found, triggers=[massed], doc=doc)[massed][0].kind == "troops"


@pytest.mark.parametrize("text,expected", [
    ("Police arrested more than two dozen militants near the port.", [("arrested", 24.0)]),
    ("Police arrested three senior leaders of the group.", [("arrested", 3.0)]),  # not "of the group"
    ("Two gunmen killed a shopkeeper in the market.", []),  # the killers are not the killed
    ("Twelve people died in the flood.", [("killed", 12.0)]),
])
def test_counted_noun_and_its_role(nlp, text, expected):
    doc = nlp(text)
    found = find_quantities(next(iter(doc.sents)))
    assert [(f.quantity.kind, f.quantity.value) for f in found] == expected


@pytest.mark.parametrize("text,trigger,values", [
    ("The company denied blame for the crash in which nine climbers died.", "denied", []),
    ("Police arrested a man believed to have smuggled hundreds of migrants.", "arrested", []),
    ("Rebels attacked the town, killing at least 12 people.", "attacked", [12.0]),
])
def test_quantities_stay_in_their_clause(nlp, text, trigger, values):
    doc = nlp(text)
    found = find_quantities(next(iter(doc.sents)))
    t = next(t.i for t in doc if t.text == trigger)
    assert [q.value for q in attach(found, triggers=[t], doc=doc).get(t, [])] == values
