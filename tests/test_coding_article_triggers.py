"""Triggers found missing when the whole Lee articles were read (issue 9, part 2): ending a
military engagement (PETRARCH-2's HALT/STOP/SUSPEND + attacks/raids), forces deployed with no
deployer named, names of forces in the plural. Sentences written for these tests; actor mentions
built by hand so that only the coding rule is tested."""

from __future__ import annotations

import pytest

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc
from flashpoint.records import Actor

#: word -> (country, sectors) of the hand-built mentions
KNOWN = {"army": (None, ["MIL"]), "rebels": (None, ["REB"]), "warplanes": (None, ["MIL"]),
         "Marines": ("USA", ["MIL"]), "union": (None, ["LAB"]), "Kandahar": ("AFG", [])}


def _code(nlp, lexicon, text):
    doc = nlp(text)
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(
        text=t.text, span=(t.idx, t.idx + len(t.text)), country=KNOWN[t.text][0], sectors=list(KNOWN[t.text][1]),
        code=(KNOWN[t.text][0] or "") + "".join(KNOWN[t.text][1]) if KNOWN[t.text][0] else None,
        resolved_by="sector")) for t in doc if t.text in KNOWN]
    return [d for d in code_doc(doc, mentions, lexicon=lexicon) if d.modality.factual]


@pytest.mark.parametrize("text, code, source", [
    ("The army halted its offensive against the rebels on Sunday.", "087", "army"),
    ("The warplanes suspended their bombing raids over the valley.", "087", "warplanes"),
    ("The rebels stopped their attacks on the garrison.", "0871", "rebels"),
])
def test_ending_a_military_engagement(nlp, lexicon, text, code, source):
    assert (code, source) in {(d.cameo, d.source.text if d.source else None) for d in _code(nlp, lexicon, text)}


def test_ending_a_labour_strike_is_no_military_engagement(nlp, lexicon):
    assert not [d for d in _code(nlp, lexicon, "The union suspended its strike at the port.") if d.cameo.startswith("087")]


def test_deployed_forces_with_no_deployer_stand_for_their_owner(nlp, lexicon):
    drafts = _code(nlp, lexicon, "Over 1,000 Marines are deployed near Kandahar.")
    assert [(d.cameo, d.source.text) for d in drafts if d.source is not None] == [("154", "Marines")]


def test_a_plural_name_of_forces_meets_the_object_constraint(nlp, lexicon):
    from flashpoint.coding.triggers import match_entry
    doc = nlp("The Pentagon has deployed 500 Marines near the border.")
    verb = next(t for t in doc if t.lower_ == "deployed")
    assert next(c for c in verb.children if c.dep_ == "dobj").tag_ == "NNPS"
    assert match_entry(verb, lexicon).id == "deploy.v-troop"


# -- "at the request of X": X asked, the clause's subject was asked -------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Pakistani troops withdrew from the post at the request of the United Nations.", "IGO", "PAK"),
    ("The British envoy visited Kabul at the invitation of the Afghan government.", "AFG", "GBR"),
    ("The meeting was held at the request of France.", "FRA", None),
])
def test_a_behest_phrase_names_who_asked(pipeline, text, source, target):
    events = [e for e in pipeline.code_text(text) if e.modality.factual and e.cameo.startswith("02")]
    got = {((e.source.country or e.source.code or "")[:3], e.target.country if e.target else None) for e in events}
    assert (source, target) in got


def test_a_request_named_in_passing_is_no_behest(pipeline):
    events = pipeline.code_text("After a request from France, the meeting was put off.")
    assert not [e for e in events if e.cameo.startswith("02") and e.target is not None and e.target.country == "FRA"]


def test_an_act_under_at_is_no_behest(pipeline):
    events = pipeline.code_text("Farmers blocked the highway in protest at the arrest of a Sikh union leader.")
    assert not [e for e in events if e.cameo.startswith("17") and e.source is not None]


def test_forces_to_be_deployed_state_no_intent(nlp, lexicon):
    doc = nlp("Up to 5,000 Marines will be deployed near Kandahar later this month.")
    mentions = [ActorMention(t.i, t.i + 1, t.i, Actor(text=t.text, span=(t.idx, t.idx + len(t.text)), country="USA",
                                                      sectors=["MIL"], code="USAMIL", resolved_by="sector"))
                for t in doc if t.text == "Marines"]
    drafts = code_doc(doc, mentions, lexicon=lexicon)
    assert not [d for d in drafts if d.source is not None and d.modality.factual]


@pytest.mark.parametrize("text, target", [
    ("Kenya has issued an ultimatum to Somalia to stop attacks along their common border.", "SOM"),
    ("Chad issued an ultimatum to Sudan to halt the attacks on its villages.", "SDN"),
])
def test_a_statement_that_lost_its_addressee_keeps_the_governors_own(pipeline, text, target):
    # the ultimatum's demand names no addressee; "to Somalia" names it on the ultimatum itself
    events = [e for e in pipeline.code_text(text) if e.modality.factual]
    assert any(e.cameo.startswith("13") and e.target is not None and e.target.country == target for e in events)
