"""A subject the parser hung elsewhere is still the clause's subject (issue 9, sources in news
copy): on the auxiliary, as an adverb before the verb, or the governor's subject of a bare
infinitive ("let free"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint import code_text
from flashpoint.actors import ActorMention
from flashpoint.coding.arguments import MentionIndex
from flashpoint.coding.sources import misattached_subjects
from flashpoint.records import Actor


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


@pytest.mark.parametrize("text, cameo, code", [
    ("USAID delivered tents and blankets to flood victims in Pakistan last week.", "07", "USAGOV"),
    ("USAID had suspended funding for the clinics in northern Nigeria.", "16", "USAGOV"),
    ("Ethiopia let free some 30 journalists held since the election.", "08", "ETH"),
])
def test_a_misparsed_subject_is_the_source(text, cameo, code):
    found = [e for e in _events(text) if e.cameo.startswith(cameo)]
    assert found and found[0].source is not None and found[0].source.code == code, _events(text)


def _doc(words, heads, deps, tags, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_subject_hung_on_the_auxiliary_is_the_verbs():
    # "Kenya however has opposed the plan": the parser made Kenya the subject of "has"
    doc = _doc(["Kenya", "however", "has", "opposed", "the", "plan", "."], [2, 3, 3, 3, 5, 3, 3],
               ["nsubj", "advmod", "aux", "ROOT", "det", "dobj", "punct"],
               ["NNP", "RB", "VBZ", "VBN", "DT", "NN", "."], ["PROPN", "ADV", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    kenya = ActorMention(0, 1, 0, Actor(text="Kenya", span=(0, 5), code="KEN", country="KEN", resolved_by="country"))
    found = misattached_subjects(doc[3], MentionIndex([kenya]))
    assert [a.mention for a in found] == [kenya]


def test_a_clause_with_its_own_subject_keeps_it():
    # "police said Kenya opposed it": the verb has a subject; nothing stray is taken
    doc = _doc(["Kenya", "quickly", "opposed", "it"], [2, 2, 2, 2], ["nsubj", "advmod", "ROOT", "dobj"],
               ["NNP", "RB", "VBD", "PRP"], ["PROPN", "ADV", "VERB", "PRON"])
    kenya = ActorMention(0, 1, 0, Actor(text="Kenya", span=(0, 5), code="KEN", country="KEN", resolved_by="country"))
    assert misattached_subjects(doc[2], MentionIndex([kenya])) == []


def test_an_adverb_that_names_no_actor_is_no_subject():
    doc = _doc(["Yesterday", "opposed", "it"], [1, 1, 1], ["npadvmod", "ROOT", "dobj"],
               ["NN", "VBD", "PRP"], ["NOUN", "VERB", "PRON"])
    assert misattached_subjects(doc[1], MentionIndex([])) == []


def test_a_subject_hung_on_a_passive_auxiliary_is_the_patient():
    # "80 workers were taken into custody": the parser made workers the subject of "were"
    doc = _doc(["workers", "were", "taken", "away"], [1, 2, 2, 2], ["nsubj", "auxpass", "ROOT", "advmod"],
               ["NNS", "VBD", "VBN", "RB"], ["NOUN", "AUX", "VERB", "ADV"])
    workers = ActorMention(0, 1, 0, Actor(text="workers", span=(0, 7), code="LAB", sectors=["LAB"], resolved_by="sector"))
    assert misattached_subjects(doc[2], MentionIndex([workers])) == []


def test_an_actor_of_a_broken_list_of_subjects_is_the_source():
    found = [e for e in _events("Kenya, its neighbours launch joint patrols on the border") if e.source is not None]
    assert found and found[0].source.code == "KEN", found


def test_a_subject_that_names_an_actor_keeps_it_over_a_stray_word():
    found = [e for e in _events("Yesterday, protesters attacked the police station in Nairobi.") if e.cameo[:2] == "19"]
    assert found and "OPP" in (found[0].source.sectors or []), found
