"""Who acts when the subject names no actor of its own (issue 9, sources in news copy): "his
country", "his government" (the pronoun's antecedent's state), and a group subject acting
through the members its including-phrase names. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text


def _events(text: str):
    return [e for e in code_text(text, published="2024-03-01") if e.modality.status in ("asserted", "reported")]


def _sources(text: str, root: str) -> list:
    return [e.source.code if e.source is not None else None for e in _events(text) if e.cameo[:2] == root]


@pytest.mark.parametrize("text, root, code", [
    ("The Kenyan president said his country had expelled two Somali diplomats.", "16", "KEN"),
    ("The Ethiopian Prime Minister said his government had expelled two Somali diplomats.", "16", "ETHGOV"),
    ("The Ethiopian Prime Minister said his government is committed to talks with Eritrea.", "03", "ETHGOV"),
    ("Egypt said its army had shelled rebel positions in Libya.", "19", "EGYMIL"),
])
def test_a_possessive_pronoun_gives_its_antecedents_state(text, root, code):
    assert _sources(text, root) == [code], _events(text)


def test_an_owner_of_no_country_gives_none():
    # "their" refers to no state: the government keeps what it is
    found = _sources("The rebels said their government had expelled two Somali diplomats.", "16")
    assert "KEN" not in found and all(c is None or not c.startswith("SOM") for c in found), found


@pytest.mark.parametrize("text, root, codes", [
    ("Several countries, including France and Germany, condemned the coup in Mali.", "11", {"FRA", "DEU"}),
    ("Critics, including the European Commission, accuse the law of attacking the press in Hungary.", "11",
     {"IGOEC"}),
])
def test_a_group_acts_through_the_members_it_includes(text, root, codes):
    assert set(_sources(text, root)) == codes, _events(text)


def test_a_subject_that_is_an_actor_keeps_it_over_its_members():
    found = _sources("The European Union, including France and Germany, condemned the coup in Mali.", "11")
    assert "IGOEU" in found and "FRA" not in found, found


def test_the_patient_of_a_passive_relative_is_not_its_doer():
    text = "Three persons were injured and a policeman, who was attacked with sharp weapons, was also hurt."
    for e in _events(text):
        assert e.source is None or "COP" not in (e.source.sectors or []), e


def test_a_group_known_by_its_kind_acts_through_its_named_members():
    text = "Several student groups including the Muslim Brotherhood held a protest at the university."
    found = [e.source for e in _events(text) if e.cameo[:2] == "14"]
    assert [s.code for s in found] == ["EGYOPP"], _events(text)


@pytest.mark.parametrize("text, root, code", [
    ("Soldiers from the United States have arrived in Nepal to help deliver food to remote villages.", "07", "USAMIL"),
    ("Kenyan police arrived at the market to disperse the crowd.", "17", "KENCOP"),
])
def test_an_infinitive_of_purpose_is_done_by_the_subject_it_serves(text, root, code):
    found = [e.source for e in code_text(text, published="2024-03-01") if e.cameo[:2] == root]
    assert found and all(s is not None and s.code == code for s in found), found


@pytest.mark.parametrize("text", [
    "Aid was sent to Nepal to help the victims of the earthquake.",  # passive: the sender is unnamed
    "Kenya asked the soldiers to come to disperse the crowd.",  # an object who may be the doer
])
def test_a_purpose_with_another_possible_doer_is_not_the_subjects(text):
    for e in code_text(text, published="2024-03-01"):
        if e.cameo[:2] in ("07", "17"):
            assert e.source is None or e.source.code != "KEN", e


@pytest.mark.parametrize("text, root, code", [
    ("The opposition criticised Kenyan police for opening fire on protesters in Nairobi.", "17", "KENCOP"),
    ("Uganda thanked Kenyan police for arresting the smugglers.", "17", "KENCOP"),
])
def test_the_doer_of_a_for_gerund_is_the_object(text, root, code):
    found = [e.source for e in _events(text) if e.cameo[:2] == root]
    assert found and all(s is not None and s.code == code for s in found), _events(text)


@pytest.mark.parametrize("text, code", [
    ("Mourners buried six teenagers killed in the worst internal Palestinian violence in years.", "PSE"),
    ("Violence in Kabul killed five civilians.", "AFGUAF"),
])
def test_violence_is_done_by_whom_it_names_else_unidentified_forces_of_its_place(text, code):
    found = [e.source for e in _events(text) if e.cameo[:2] == "19"]
    assert found and found[0] is not None and found[0].code == code, _events(text)
