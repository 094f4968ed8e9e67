"""A person named with their nationality in apposition takes it, with no sector (the gold
conventions code an individual by nationality; tests/gold/README.md). Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def mention(nlp, kb, text, words):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb) if m.actor.text == words), None)


CASES = [
    ("Zacarias Moussaoui, a French national, was charged with conspiracy.", "Zacarias Moussaoui", "FRA"),
    ("Police arrested Omar Latif, a Pakistani citizen, at the airport.", "Omar Latif", "PAK"),
    ("Indonesian police detained Jack Roche, an Australian, in Jakarta.", "Jack Roche", "AUS"),
    ("Troops captured Karim Aziz, a 30-year-old Yemeni, near the border.", "Karim Aziz", "YEM"),
    ("Marta Kowalska, a Polish woman, was shot at a checkpoint.", "Marta Kowalska", "POL"),
    ("The judge freed Tomas Ruiz, a Spanish man held since May.", "Tomas Ruiz", "ESP"),
    ("Security agents have questioned Li Ming, a Chinese national, for three days.", "Li Ming", "CHN"),
]


@pytest.mark.parametrize("text,words,country", CASES)
def test_name_takes_nationality_of_apposition(nlp, kb, text, words, country):
    actor = mention(nlp, kb, text, words)
    assert actor is not None
    assert (actor.country, actor.sectors, actor.resolved_by) == (country, [], "demonym")


def test_later_surname_keeps_the_nationality(nlp, kb):
    doc = nlp("Jack Roche, an Australian man, was charged on Monday. Roche denied the charges.")
    later = [m.actor for m in find_actors(doc, kb) if m.actor.text == "Roche"]
    assert later and later[0].country == "AUS"


@pytest.mark.parametrize("text,words", [
    # a role in apposition is the role's own phrase, not a bare nationality
    ("Jean Dupont, a French diplomat, met the minister.", "Jean Dupont"),
    # no nationality at all
    ("Omar Latif, a former pilot, was detained.", "Omar Latif"),
])
def test_role_or_no_nationality_is_not_taken(nlp, kb, text, words):
    actor = mention(nlp, kb, text, words)
    assert actor is None or actor.resolved_by != "demonym"
