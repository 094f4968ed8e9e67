"""The fighters of a non-state armed group's leader ("bin Laden's fighters", "Kony's rebels") are
that group's, as "Al Qaeda fighters" are: not the leader's passport, not the story's main country.
A state leader's forces stay his state's ("Putin's army"). Also: the tagger's name running on into
"'s", and a name written with a small particle ("bin Laden"), still find the person. Every sentence
was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def mention(nlp, kb, text, words, *, as_of):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb, as_of=as_of) if words in m.actor.text), None)


CASES = [
    ("Osama bin Laden's fighters fired on the Marines.", "fighters", dt.date(2001, 12, 10), "ALQAEDA"),
    ("US jets pounded Bin Laden's fighters in the caves.", "fighters", dt.date(2001, 12, 10), "ALQAEDA"),
    ("Troops hunted Osama bin Laden for weeks. Bombers struck bin Laden's fighters again on Monday.",
     "fighters", dt.date(2001, 12, 10), "ALQAEDA"),
    ("Joseph Kony's rebels raided three villages overnight.", "rebels", dt.date(2005, 3, 1), "LRA"),
    ("Hassan Nasrallah's fighters fired rockets across the border.", "fighters", dt.date(2006, 7, 20), "HEZBOLLAH"),
    ("Abubakar Shekau's militants burned the school.", "militants", dt.date(2014, 4, 20), "BOKOHARAM"),
    ("Abdullah Ocalan's guerrillas ambushed a convoy.", "guerrillas", dt.date(1995, 6, 1), "PKK"),
]


@pytest.mark.parametrize("text,words,as_of,org", CASES)
def test_leader_fighters_are_the_group(nlp, kb, text, words, as_of, org):
    actor = mention(nlp, kb, text, words, as_of=as_of)
    assert actor is not None and actor.org == org
    assert actor.country == kb.org_period(org, as_of).country


def test_state_leader_forces_stay_the_state(nlp, kb):
    actor = mention(nlp, kb, "Putin's army shelled the town.", "army", as_of=dt.date(2022, 3, 1))
    assert (actor.country, actor.sectors) == ("RUS", ["MIL"])


def test_particle_needs_a_capital_after_it(nlp, kb):
    """'bin laden' all in small letters is no name by this rule (the casing pass is elsewhere)."""
    doc = nlp("the bin laden family sold the shares.")
    assert not any(m.actor.org == "ALQAEDA" for m in find_actors(doc, kb, as_of=dt.date(2001, 12, 10)))
