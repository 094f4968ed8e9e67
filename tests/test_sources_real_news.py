"""Who acts in the shapes police and wire copy use (issue 9, arguments half): a group named as
the modifier of its own act ("police firing"), and the subject of a passive control verb ("were
forced to open fire"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


def _sources(text: str, root: str) -> list:
    return [e.source for e in _events(text) if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root", [
    ("eleven people died in police firing, the district collector said.", "19"),
    ("the majority of those killed in police firing were young men.", "19"),
    ("Four villagers were hurt in a police lathicharge near the temple.", "17"),
])
def test_a_group_that_modifies_its_own_act_is_its_doer(text, root):
    found = _sources(text, root)
    assert any(s is not None and "COP" in (s.sectors or ()) for s in found), _events(text)


def test_a_police_station_acted_on_is_the_polices_never_the_doer():
    # a place of the police, not an act of theirs: what is done to it is done to them
    for e in _events("The police station was stoned by a mob on Friday."):
        assert e.source is None or e.source.text.lower() != "police", e


@pytest.mark.parametrize("text", [
    "The government has promised military aid to the farmers.",
])
def test_a_group_that_modifies_a_thing_is_no_actor(text):
    for e in _events(text):
        for side in (e.source, e.target):
            assert side is None or side.text.lower() not in ("police", "military"), e


@pytest.mark.parametrize("text, root", [
    ("The police were forced to open fire on the stone-pelting mob.", "17"),
    ("Policemen were compelled to fire tear gas at the crowd.", "17"),
])
def test_the_subject_of_a_passive_control_verb_acts_in_its_clause(text, root):
    found = _sources(text, root)
    assert any(s is not None and "COP" in (s.sectors or ()) for s in found), _events(text)


def test_an_adjective_before_an_act_noun_is_no_doer():
    text = "A man has been charged with conspiracy in the terrorist attacks of last year."
    assert not any(e.source is not None and e.source.text.lower() == "terrorist" for e in _events(text)), _events(text)


def test_a_main_verb_parsed_as_a_participle_keeps_its_subject():
    # the small parser reads "The Iraqi air force carried out ..." as a noun phrase with a participle
    text = "The Iraqi air force carried out at least three air strikes in western Mosul, killing dozens of fighters."
    found = [e.source for e in _events(text) if e.cameo[:2] == "19"]
    assert any(s is not None and s.country == "IRQ" for s in found), _events(text)


def test_a_reduced_relative_keeps_its_patient():
    text = "Militiamen armed with machetes attacked the village."
    assert not any(e.target is not None and e.target.text.lower() == "militiamen" and e.cameo[:2] == "18"
                   for e in _events(text)), _events(text)
