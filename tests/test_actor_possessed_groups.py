"""A group or title owned by a named state or body through "'s" is that owner's, also when the
group is named by two words ("Pakistan's military intelligence", "the UN's deputy envoy"): the
owner's head is the last word of the run of names, not the first. Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import find_actors, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def mention(nlp, kb, text, words):
    doc = nlp(text)
    return next((m.actor for m in find_actors(doc, kb) if words in m.actor.text), None)


CASES = [
    ("Delhi blamed Pakistan's military intelligence for the raid.", "military intelligence", "PAK", ["SPY"]),
    ("Rebels ambushed Colombia's riot police near the border on Friday.", "riot police", "COL", ["COP"]),
    ("Egypt's state security police detained the blogger at dawn.", "state security police", "EGY", ["COP"]),
    ("Sri Lanka's army commander accused the Tigers of breaking the truce.", "army commander", "LKA", ["MIL"]),
    ("Russia's defence ministry denied the report.", "defence ministry", "RUS", ["MIL"]),
    ("Kenya's riot police fired tear gas at students in Nairobi.", "riot police", "KEN", ["COP"]),
    ("The opposition walked out after Zimbabwe's supreme court upheld the result.", "supreme court", "ZWE", ["JUD"]),
]


@pytest.mark.parametrize("text,words,country,sectors", CASES)
def test_possessed_group_takes_owner(nlp, kb, text, words, country, sectors):
    actor = mention(nlp, kb, text, words)
    assert actor is not None and words in actor.text
    assert (actor.country, actor.sectors) == (country, sectors)


def test_body_possessing_title_is_that_body(nlp, kb):
    actor = mention(nlp, kb, "The UN's deputy envoy criticised the warlords.", "envoy")
    assert actor is not None and actor.org == "UN" and actor.country == "IGO"


def test_possessor_of_a_later_noun_is_not_joined(nlp, kb):
    """A country whose "'s" qualifies a noun that is no actor stays alone: "military" in "Pakistan's
    new military aid" modifies "aid", which is no name of the run."""
    actor = mention(nlp, kb, "Washington froze Pakistan's new military aid.", "Pakistan")
    assert actor is not None and actor.text == "Pakistan"
