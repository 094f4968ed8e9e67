"""The party of a conjoined act (issue 9, fourteenth round): "accused X of ... and threatened
retaliation" tells two acts of one doer on one party named once; the act aimed at someone that
names no target of its own takes the other verb's party. Never the doer, never across a verb with
a subject of its own. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str, root: str):
    events = list(code_text(text, published="2024-03-01"))
    return [e for e in events if e.cameo[:2] == root and e.modality.factual], events


@pytest.mark.parametrize("text, root, target", [
    ("India has accused Pakistani military intelligence of sponsoring the raid and has threatened retaliation.",
     "13", "PAK"),
    ("Pakistan expelled two Indian diplomats on Friday and threatened further measures.", "13", "IND"),
    ("Ethiopian troops surrounded Eritrean soldiers near Badme and opened fire at dawn.", "19", "ERI"),
    ("Israeli police confronted Palestinian protesters in Hebron and fired tear gas.", "17", "PSE"),
    ("Colombian soldiers cornered FARC guerrillas in the jungle and attacked at first light.", "19", "COL"),
    ("Hungary summoned the Russian ambassador and lodged a formal protest.", "11", "RUS"),
])
def test_the_other_verbs_party_is_the_target(text, root, target):
    found, events = _events(text, root)
    assert found, events
    assert any(e.target is not None and e.target.country == target for e in found), found


@pytest.mark.parametrize("text, root, wrong", [
    # the second verb has a subject of its own: another doer's act
    ("Kenyan troops captured two Somali militants and the rebels attacked at night.", "19", "SOM"),
    # the doer's own country is never its target
    ("Russian troops entered the town, searched Russian soldiers' homes and opened fire.", "19", "RUS"),
])
def test_no_party_across_doers(text, root, wrong):
    found, events = _events(text, root)
    assert all(e.target is None or e.target.country != wrong for e in found), found


@pytest.mark.parametrize("text, root, target", [
    # the reaction in the clause of time: the main clause's doer
    ("After the White House demanded action, the Palestinian Authority declared a state of emergency.", "10", "PSE"),
    ("After Pakistan demanded an apology, India recalled its envoy.", "10", "IND"),
    # the reaction in the main clause: the doer of the act it answers
    ("Israel pulled back its tanks from Beit Jala after Washington demanded a withdrawal.", "10", "ISR"),
    ("The UN called for restraint after Indian troops shelled Pakistani posts.", "02", "IND"),
    ("Israel threatened retaliation after Hezbollah fighters fired rockets across the border.", "13", "LBN"),
    ("Japan protested strongly and demanded an explanation when Chinese warships entered its waters.",
     "10", "CHN"),
    # a reduction of relations in answer
    ("Pakistan recalled its envoy after India expelled two Pakistani diplomats.", "16", "IND"),
])
def test_a_reaction_in_a_clause_of_time_is_aimed_at_the_other_doer(text, root, target):
    found, events = _events(text, root)
    assert found, events
    assert any(e.target is not None and e.target.country == target for e in found), found


@pytest.mark.parametrize("text, root, wrong", [
    # its own side: a state is no target of its own bodies' reactions, nor its bodies of the state's
    ("Kenya demanded calm after Kenyan police fired on protesters in Nairobi.", "10", "KEN"),
    # a clause of no actor: the reaction keeps no party
    ("Chad demanded an inquiry after the Sudanese talks collapsed.", "10", "SDN"),
    # the same doer in both clauses is never its own target
    ("Iran threatened to retaliate after Iran's navy seized a tanker.", "13", "IRN"),
])
def test_no_reaction_target_from_its_own_side_or_nobody(text, root, wrong):
    found, events = _events(text, root)
    assert all(e.target is None or e.target.country != wrong for e in found), found
