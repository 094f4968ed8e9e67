"""Modality scope (issue 9, item 3): adjectives and nouns of possibility make what they govern
non-factual; a presupposed event stays factual; "tried to" is an asserted attempt.

Sentences written for these tests; actors are hand-built country mentions.
"""

from __future__ import annotations

import pytest

from flashpoint.coding import code_doc

from coding_helpers import country_mentions

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Sudanese": "SDN", "Chadian": "TCD", "Peru": "PER",
             "Bolivia": "BOL", "Peruvian": "PER", "Bolivian": "BOL"}


def _drafts(nlp, lexicon, text):
    doc = nlp(text)
    mentions = country_mentions(doc, COUNTRIES)
    return code_doc(doc, mentions, lexicon=lexicon)


def _status(nlp, lexicon, text, root):
    found = [d for d in _drafts(nlp, lexicon, text) if d.cameo[:2] == root]
    assert found, f"no {root} event in {text!r}"
    return found[0].modality


@pytest.mark.parametrize("text, root", [
    ("A Sudanese invasion of Chad remains distinctly possible.", "19"),  # noun subject, modal adjective
    ("Chad is likely to attack Sudan before the rains.", "19"),  # adjective governing a clause
    ("It is possible that Peru attacks Bolivia this year.", "19"),
    ("Peru faces the risk that Bolivia attacks its border posts.", "19"),
])
def test_possibility_is_coded_as_such(nlp, lexicon, text, root):
    m = _status(nlp, lexicon, text, root)
    assert m.status == "hypothetical", (text, m)


@pytest.mark.parametrize("text, root", [
    ("Diplomats spoke of the risk of a Peruvian blockade of Bolivia.", "19"),  # noun of possibility
    ("Residents fear the prospect of Sudanese air strikes on Chad.", "19"),
    ("A potential Chadian offensive against Sudan alarmed the region.", "19"),  # modifier
    ("The talks collapsed amid fears of a Sudanese attack on Chad.", "19"),
    ("Chad and Sudan are on the brink of war after the raid.", "19"),
])
def test_possibility_is_never_a_fact(nlp, lexicon, text, root):
    assert not [d for d in _drafts(nlp, lexicon, text) if d.cameo[:2] == root and d.modality.factual]


@pytest.mark.parametrize("text, root", [
    ("Two Chadian soldiers were killed in the Sudanese bombardment of the border post.", "19"),
    ("Chad condemned the Sudanese shelling of the camp.", "11"),
    ("Peru tried to seize the Bolivian vessel on Monday.", "17"),  # an asserted attempt
    ("Sudanese troops attempted to invade Chad overnight.", "19"),
])
def test_presupposed_events_and_attempts_are_facts(nlp, lexicon, text, root):
    m = _status(nlp, lexicon, text, root)
    assert m.factual and not m.negated, (text, m)


def test_a_failed_or_denied_attempt_is_not(nlp, lexicon):
    m = _status(nlp, lexicon, "Peru did not try to seize the Bolivian vessel.", "17")
    assert m.negated and not m.factual


def test_presupposed_attack_names_its_doer(nlp, lexicon):
    drafts = _drafts(nlp, lexicon, "Two Chadian soldiers were killed in the Sudanese bombardment of the border post.")
    assert {(d.source.country, d.target and d.target.country) for d in drafts if d.modality.factual} == {("SDN", "TCD")}
