"""Targets from the dependency structure (issue 9, item 2): the owner of an object, phrases of the
object, embedded and reduced clauses, the author of what is rejected, a place's country for an
attack on it, and never a source-side phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Sudanese": "SDN", "Chadian": "TCD", "Peru": "PER",
             "Bolivia": "BOL", "Bolivian": "BOL", "Peruvian": "PER", "Niger": "NER", "Mali": "MLI"}


class _Place:
    def __init__(self, start, country):
        self.start, self.end = start, start + 1
        self.place = type("P", (), {"country": country})()


def _drafts(nlp, lexicon, text, places=None):
    doc = nlp(text)
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)),
                                                      code=COUNTRIES[t.text], country=COUNTRIES[t.text],
                                                      resolved_by="country"))
                for t in doc if t.text in COUNTRIES]
    found = [_Place(t.i, places[t.text]) for t in doc if places and t.text in places]
    return code_doc(doc, mentions, lexicon=lexicon, places=found)


def _pairs(drafts):
    return {(d.source and d.source.country, d.cameo[:2], d.target and d.target.country)
            for d in drafts if d.modality.factual}


@pytest.mark.parametrize("text, expected", [
    # the owner of the object named by a pronoun
    ("Chad said Sudanese troops attacked its armoured vehicles near the border.", ("SDN", "19", "TCD")),
    # the phrase of a reduced relative on the object
    ("Peru lifted the travel ban imposed on Bolivian citizens.", ("PER", "08", "BOL")),
    # the author of what is rejected or denied
    ("Niger rejected a request from Mali for more troops.", ("NER", "12", "MLI")),
    ("Chad dismissed accusations by Sudan that it harbours rebels.", ("TCD", "01", "SDN")),  # 016 deny
    # control verbs and embedded clauses
    ("Peru urged Bolivia to free the detained fishermen.", ("PER", "02", "BOL")),
    ("Chad accused Sudan of bombing its border villages.", ("TCD", "11", "SDN")),
])
def test_targets_from_the_structure(nlp, lexicon, text, expected):
    assert expected in _pairs(_drafts(nlp, lexicon, text))


@pytest.mark.parametrize("text, wrong", [
    ("Sudan warned of a swift response from Chad and its allies.", "TCD"),  # source side of the theme
    ("Rebels backed by Chad attacked Sudan on Friday.", "TCD"),
    ("Peru seized the island with the support of Bolivia.", "BOL"),
])
def test_never_a_source_side_phrase(nlp, lexicon, text, wrong):
    assert all(d.target is None or d.target.country != wrong for d in _drafts(nlp, lexicon, text)
               if d.source is None or d.source.country != wrong)


@pytest.mark.parametrize("text, places, expected", [
    ("Sudanese forces shelled Geneina overnight.", {"Geneina": "SDN"}, ("SDN", "19", "SDN")),
    ("Chadian jets struck targets in Abeche on Monday.", {"Abeche": "TCD"}, ("TCD", "19", "TCD")),
    ("Bolivia imposed a curfew on Cochabamba.", {"Cochabamba": "BOL"}, ("BOL", "17", "BOL")),
])
def test_an_attacked_place_stands_for_its_country(nlp, lexicon, text, places, expected):
    drafts = _drafts(nlp, lexicon, text, places)
    assert expected in _pairs(drafts)
    d = next(d for d in drafts if d.target is not None)
    assert d.target.sectors == [] and d.target.resolved_by == "place"
    assert "country of the place" in d.why or "place" in d.why


def test_a_place_is_no_target_of_talks(nlp, lexicon):
    drafts = _drafts(nlp, lexicon, "Chad and Sudan held talks in Abeche.", {"Abeche": "TCD"})
    assert _pairs(drafts) == {("TCD", "04", "SDN"), ("SDN", "04", "TCD")}
