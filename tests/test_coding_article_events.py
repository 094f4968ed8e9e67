"""What whole articles say that is (or is not) an act: appeals in the speaker's words ("we're
looking for X to ..."), complaints that nothing was done, nominal inquiries. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest


from coding_helpers import factual_triples

COUNTRIES = {"Chad": "TCD", "Sudan": "SDN", "Mali": "MLI", "Niger": "NER", "Peru": "PER", "Chile": "CHL"}


def _triples(nlp, lexicon, text):
    return factual_triples(nlp, lexicon, text, COUNTRIES)


@pytest.mark.parametrize("text,expected", [
    ("Chad is looking for Sudan to close the border camps.", ("TCD", "020", "SDN")),
    ("Mali said it was looking for Niger to act against the smugglers.", ("MLI", "020", "NER")),
])
def test_looking_for_a_party_to_act_is_an_appeal(nlp, lexicon, text, expected):
    assert expected in _triples(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "Chad is looking for the rebel leader in the hills.",
    # the one looked for is no addressee: the looker brings him
    "Chad is looking for the rebel leader to bring him to justice.",
])
def test_looking_for_someone_is_no_appeal(nlp, lexicon, text):
    assert not any(code.startswith("02") for _, code, _ in _triples(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "Chad said Sudan had delivered nothing to the refugees.",
    "Mali says there has been very little delivered by Niger since the floods.",
])
def test_a_quantity_of_nothing_given_is_no_aid(nlp, lexicon, text):
    assert not any(code.startswith("07") for _, code, _ in _triples(nlp, lexicon, text))


def test_saying_a_giver_gave_nothing_is_a_complaint(nlp, lexicon):
    assert ("TCD", "111", "SDN") in _triples(nlp, lexicon, "Chad said Sudan had delivered nothing to the refugees.")


def test_a_little_aid_is_still_aid(nlp, lexicon):
    assert ("TCD", "073", "SDN") in _triples(nlp, lexicon, "Chad delivered a little aid to Sudan after the floods.")


@pytest.mark.parametrize("text,expected", [
    ('"It\'s important Sudan delivers for the refugees," Chad said on Monday.', ("TCD", "100", "SDN")),
    ("Mali said it was vital that Niger withdraws its troops from the border.", ("MLI", "1056", "NER")),
])
def test_it_is_important_that_a_party_acts_is_a_demand_on_it(nlp, lexicon, text, expected):
    triples = _triples(nlp, lexicon, text)
    assert expected in triples
    assert not any(s == "NER" and code.startswith("08") for s, code, _ in triples)  # the withdrawal is only asked


@pytest.mark.parametrize("text", [
    "Mali said it was important to continue the talks.",  # asked of no one
    "It is important that Niger withdraws its troops.",  # said by no one named
])
def test_necessity_without_party_or_sayer_is_no_demand(nlp, lexicon, text):
    assert not any(code.startswith("10") for _, code, _ in _triples(nlp, lexicon, text))


@pytest.mark.parametrize("text,expected", [
    # an envoy sent is a visit made (PETRARCH-2's SEND ENVOY), not aid
    ("Chad sent an envoy to Sudan on Monday.", ("TCD", "042", "SDN")),
    ("Mali dispatched a mediator to Niger after the clashes.", ("MLI", "042", "NER")),
])
def test_an_envoy_sent_is_a_visit(nlp, lexicon, text, expected):
    triples = _triples(nlp, lexicon, text)
    assert expected in triples and not any(code.startswith("07") for _, code, _ in triples)


@pytest.mark.parametrize("text,expected", [
    # needing a party's cooperation or help, said to it or of it, asks it for them
    ('"We need the cooperation of Sudan on the border," Chad said.', ("TCD", "021", "SDN")),
    ("Mali needs more help from Niger to rebuild the roads.", ("MLI", "023", "NER")),
])
def test_needing_a_partys_cooperation_is_an_appeal_to_it(nlp, lexicon, text, expected):
    assert expected in _triples(nlp, lexicon, text)


def test_needing_help_from_no_one_named_is_no_appeal(nlp, lexicon):
    assert not any(code.startswith("02") for _, code, _ in _triples(nlp, lexicon, "Mali needs help after the floods."))


@pytest.mark.parametrize("text,expected", [
    ("Chad police used teargas to disperse the crowd in the capital.", "175"),
    ("Niger police used batons against the marchers.", "175"),
])
def test_police_using_the_means_of_crowd_control_is_crowd_control(pipeline, text, expected):
    assert expected in {e.cameo for e in pipeline.code_text(text, published="2024-05-02") if e.factual}


@pytest.mark.parametrize("text,massed", [
    ("Thousands of people massed near the palace to protest against the decree.", False),  # a crowd gathering
    ("Chadian troops massed along the border with Sudan.", True),
    ("Chad has massed troops along the border with Sudan.", True),
])
def test_massing_is_mobilisation_only_of_forces(pipeline, text, massed):
    assert any(e.cameo == "154" for e in pipeline.code_text(text, published="2024-05-02") if e.factual) == massed
