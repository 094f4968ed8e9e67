"""Headline present tenses the parser reads as nouns (issue 9): "Chad and Sudan hand over
prisoners to Niger" has "hand" as a noun at the root with a subject; such a word is a verb. A
noun at the root with no subject ("Talks in Geneva") stays a noun. Sentences written for these
tests; actors are hand-built country mentions."""

from __future__ import annotations

from flashpoint.coding import code_doc
from flashpoint.coding.triggers import trigger_pos

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Niger": "NER"}


def test_a_root_noun_with_a_subject_is_a_verb(nlp, lexicon):
    doc = nlp("Chad and Sudan hand over prisoners to Niger.")
    hand = next(t for t in doc if t.lower_ == "hand")
    assert hand.pos_ == "NOUN" and trigger_pos(hand) == "V"  # the model's reading, and ours
    pairs = {(d.source.country, d.target and d.target.country) for d in code_doc(doc, country_mentions(doc, COUNTRIES),
                                                                                  lexicon=lexicon)}
    assert {("TCD", "NER"), ("SDN", "NER")} <= pairs


def test_a_root_noun_with_no_subject_stays_a_noun(nlp):
    doc = nlp("Talks in Geneva.")
    talks = doc[0]
    assert talks.dep_ != "ROOT" or trigger_pos(talks) == "N"
