"""A conjoined verb takes the subject of the nearest conjunct before it that has one; an actor the
parser conjoined to a noun right before a verb is its subject (issue 9, police copy). Every
sentence here was written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint import code_text
from flashpoint.actors import ActorMention
from flashpoint.coding.arguments import MentionIndex
from flashpoint.coding.sources import nearest_conjunct_sources
from flashpoint.records import Actor


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


def test_the_nearest_conjunct_with_a_subject_gives_it():
    # "Gunmen fired and soldiers posted there killed one": the parser hung "killed" on "fired"
    words = ["Gunmen", "fired", "and", "soldiers", "posted", "there", "killed", "one"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 4, 1, 6],
              deps=["nsubj", "ROOT", "cc", "nsubj", "conj", "advmod", "conj", "dobj"],
              tags=["NNS", "VBD", "CC", "NNS", "VBD", "RB", "VBD", "CD"],
              pos=["NOUN", "VERB", "CCONJ", "NOUN", "VERB", "ADV", "VERB", "NUM"])
    gunmen = ActorMention(0, 1, 0, Actor(text="Gunmen", span=(0, 6), sectors=["UAF"], resolved_by="sector"))
    soldiers = ActorMention(3, 4, 3, Actor(text="soldiers", span=(18, 26), sectors=["MIL"], resolved_by="sector"))
    found = nearest_conjunct_sources(doc[6], MentionIndex([gunmen, soldiers]))
    assert [a.mention for a in found] == [soldiers]
    assert nearest_conjunct_sources(doc[4], MentionIndex([gunmen, soldiers])) == []  # has its own subject


def test_a_verb_after_the_first_keeps_the_first_subject_when_none_comes_between():
    found = [e.source for e in _events("Police arrested ten men and released them later.") if e.cameo[:2] == "08"]
    assert found and all(s is not None and "COP" in (s.sectors or []) for s in found), found


def test_a_passive_conjunct_between_does_not_lend_its_patient():
    found = [e.source for e in _events("Police raided the camp, two men were arrested and later released.")
             if e.cameo[:2] == "08"]
    assert all(s is None or s.text != "men" for s in found), found


def test_an_actor_conjoined_before_a_verb_is_its_subject():
    text = "Searches were made in a market which further angered traders and police opened fire."
    found = [e.source for e in _events(text) if e.cameo[:2] in ("17", "19")]
    assert found and all(s is not None and "COP" in (s.sectors or []) for s in found), found
