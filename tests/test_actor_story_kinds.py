"""A group named by its kind alone ("militants", "the fighters", "soldiers") stands for the one
state the story names with the same head word ("Palestinian militants"), unless a place of its
own sentence says otherwise; with two states named with that word, none. Every story was written
for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def last_mention(nlp, kb, text, words):
    doc = nlp(text)
    found = [m.actor for m in find_actors(doc, kb) if m.actor.text == words]
    return found[-1] if found else None


@pytest.mark.parametrize("text,words,country", [
    ("Palestinian militants fired rockets at Sderot on Monday. Israel vowed to respond. "
     "Militants also attacked a checkpoint on Tuesday.", "Militants", "PSE"),
    ("Afghan fighters attacked the caves at dawn. US jets bombed the ridge. Fighters captured two "
     "ridges on Monday.", "Fighters", "AFG"),
    ("Israeli soldiers raided the camp. The Palestinians threw stones and soldiers fired tear gas.",
     "soldiers", "ISR"),
    ("Nepalese rebels stormed a police post, Indian officials said. Rebels later burned the market.",
     "Rebels", "NPL"),
    ("Congolese troops retook the town from the rebels, a Rwandan paper said. Troops then searched "
     "every house.", "Troops", "COD"),
    ("Sudanese protesters marched on the palace as Egypt and Ethiopia watched. Protesters later "
     "blocked the bridge.", "Protesters", "SDN"),
    # singular and plural are one kind
    ("Palestinian militants fired mortars at the settlement. Israel closed the crossings. "
     "A militant was later shot dead at a checkpoint.", "militant", "PSE"),
    # a body of one state names the kind too
    ("Hamas militants fired rockets at Sderot on Monday. Israel vowed to respond. "
     "Militants also attacked a checkpoint on Tuesday.", "Militants", "PSE"),
])
def test_kind_alone_is_the_story_state_named_with_it(nlp, kb, text, words, country):
    actor = last_mention(nlp, kb, text, words)
    assert actor is not None and actor.country == country and actor.resolved_by == "coreference"


@pytest.mark.parametrize("text,words", [
    # two states named with the same word: none
    ("Israeli soldiers and Egyptian soldiers met at the crossing. Soldiers later fired shots.", "Soldiers"),
    # a body of no state names the kind too: "fighters" may be theirs
    ("Al Qaeda fighters held the caves, a US officer said. Afghan fighters attacked at dawn. "
     "Fighters captured two ridges on Monday.", "Fighters"),
    # a kind the story never named with a state
    ("Israeli soldiers raided the camp near Jenin, a US report said. Militants later fired mortars.", "Militants"),
])
def test_no_single_state_for_the_kind(nlp, kb, text, words):
    actor = last_mention(nlp, kb, text, words)
    assert actor is None or actor.resolved_by != "coreference"


def test_place_of_the_sentence_comes_first(nlp, kb):
    text = ("Palestinian militants fired rockets at Sderot. Egypt and Jordan called for calm. "
            "Militants also fired rockets at a town in Lebanon.")
    actor = last_mention(nlp, kb, text, "Militants")
    assert actor is not None and actor.country == "LBN"
