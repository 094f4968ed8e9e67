"""Criticism and accusation told as a judgement in reported speech (issue 9, the held-out articles'
common forms): the speaker criticises (111) or accuses (112) the owner or doer of the thing judged.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _blame(text: str) -> set[tuple]:
    return {(e.source.code if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, published="2001-12-15") if e.modality.factual and e.cameo[:2] == "11"}


@pytest.mark.parametrize("text, source, code, target", [
    ("Indian Foreign Minister Jaswant Singh said Pakistan's offer was insufficient.", "INDGOV", "111", "PAK"),
    ("The Chinese Foreign Ministry said Japan's decision to send warships was unacceptable.", "CHNGOV", "111", "JPN"),
    ("Chief Palestinian negotiator Saeb Erakat said Israel's words amounted to a declaration of war.", "PSEGOV", "111", "ISR"),
    ("Australian Opposition Leader Simon Crean described the Government's plan as a disgrace.", "AUSOPP", "111", "AUS"),
    ("China called the American decision a gross interference in its internal affairs.", "CHN", "111", "USA"),
    ("The Syrian government branded the Israeli raid an act of aggression.", "SYRGOV", "112", "ISR"),
    ("Palestinian officials called Mr Sharon's campaign an attempt to topple Mr Arafat.", "PSEGOV", "112", "ISR"),
    ("Pakistan's military spokesman told reporters that India was trying to undermine the talks.", "PAKMIL", "112", "IND"),
    ("Iran's foreign ministry said the US sanctions were illegal.", "IRNGOV", "111", "USA"),
    # a wrong done, told by another: the teller accuses the doer
    ("Indonesia says Australia violated its territorial waters.", "IDN", "112", "AUS"),
    ("Israel says the Palestinian Authority violated the truce.", "ISR", "112", "PSE"),
    ("The Greek government said Turkey had violated the agreement.", "GRCGOV", "112", "TUR"),
    ("The Philippine military said Chinese vessels had flouted the ruling.", "PHLMIL", "112", "CHN"),
])
def test_a_judgement_in_reported_speech_blames_the_owner_of_the_thing_judged(text, source, code, target):
    assert (source, code, target) in _blame(text), code_text(text)


def test_a_possessive_pronoun_is_not_the_speaker_himself():
    text = ("Israeli jets struck Gaza, piling pressure on Yasser Arafat, after Prime Minister Ariel Sharon "
            "branded his administration a sponsor of terrorism.")
    assert ("ISRGOV", "112", "PSE") in _blame(text), code_text(text)
    assert not any(t == "ISR" and c == "112" for _, c, t in _blame(text))


@pytest.mark.parametrize("text", [
    "The Indian Government did not describe Pakistan's offer as insufficient.",
    "Indian Foreign Minister Jaswant Singh said Pakistan's offer was not insufficient.",
    "Indian Foreign Minister Jaswant Singh said Pakistan's offer was generous.",
    "Indian Foreign Minister Jaswant Singh called Pakistan's offer a good start.",
])
def test_no_blame_when_the_judgement_is_negated_or_no_blame(text):
    assert not _blame(text), code_text(text)


@pytest.mark.parametrize("text, source, target", [
    ("Chief Palestinian negotiator Saeb Erakat, speaking after Mr Sharon's speech on Monday, said the words "
     "amounted to a declaration of war.", "PSE", "ISR"),
    ('The Palestinians called the meeting a "failure", but Israeli officials said it had gone well.', "PSE", "ISR"),
    ("Pakistan's foreign ministry, responding to India's statement, said the remarks were unacceptable.", "PAK", "IND"),
])
def test_a_thing_of_the_story_with_no_owner_is_the_other_sides(text, source, target):
    assert any(s and s[:3] == source and t == target for s, _, t in _blame(text)), code_text(text)


@pytest.mark.parametrize("text", [
    "Russia and China met in Moscow. The Japanese Government said the meeting was a provocation.",
    "The French and German ministers met. The British Government said the plan was a mistake.",
])
def test_no_counterpart_when_the_story_has_two_other_states(text):
    assert not _blame(text), code_text(text)


def test_people_of_no_body_are_no_side_of_a_domestic_story(pipeline):
    """'Mr Howard says the claims are baseless', after the opposition leader spoke of voters: the
    claims are the other body's (the opposition), not the voters'."""
    story = ("John Howard has defended the new border laws.\n\nSimon Crean says the Prime Minister misled "
             "voters during the campaign.\n\nMr Howard says the claims are baseless.\n\nPolice arrested "
             "twelve protesters outside Parliament House.")
    events = [e for e in pipeline.code_text(story, published="2001-12-15") if e.sentence_index == 2]
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("111", "AUSGOV", "AUSOPP")]
