"""Modality read only where it governs the trigger (issue 9, events half): an if-clause under a
verb whose object is a threat conditions the threat's content, not the threat; "will" on a clause
whose subject is a known event ("Li's visit will boost trade") is said of what the event does; a
meeting that "will" happen is scheduled, whoever announces it. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _factual(pipeline, text):
    return [e for e in pipeline.code_text(text) if e.modality.factual]


@pytest.mark.parametrize("text", [
    "Ankara issued an ultimatum to Damascus if Syrian forces do not leave the border posts.",
    "Russia issued a stern warning to Ukraine if Kyiv joins the alliance.",
])
def test_a_threat_made_on_a_condition_happened(pipeline, text):
    events = pipeline.code_text(text)
    assert any(e.cameo.startswith("13") and e.modality.factual for e in events)
    # what the condition names is still only supposed
    assert not any(e.cameo.startswith(("08", "04")) and e.modality.factual for e in events)


def test_an_act_on_a_condition_stays_conditional(pipeline):
    events = pipeline.code_text("Ankara will send troops to the border if Damascus does not withdraw its forces.")
    assert any(e.trigger.text == "send" for e in events)
    assert not any(e.trigger.text == "send" and e.modality.factual and not e.cameo.startswith(("03", "13"))
                   for e in events)


@pytest.mark.parametrize("text", [
    "The Chinese premier's visit to Germany will boost trade between the two countries.",
    "Japan's talks with China will ease tension in the region.",
])
def test_a_known_event_under_will_is_factual(pipeline, text):
    assert any(e.cameo.startswith("04") for e in _factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "A visit by the Chinese premier to Germany could boost trade.",
    "Japan's talks with China would ease tension in the region.",
])
def test_a_supposed_event_stays_supposed(pipeline, text):
    assert not any(e.cameo.startswith("04") and e.trigger.text in ("visit", "Talks")
                   for e in _factual(pipeline, text))


def test_a_visit_announced_by_the_host_is_an_intent_to_meet(pipeline):
    events = _factual(pipeline, "The French president will make a state visit to Japan in June, "
                                "the palace announced on Tuesday.")
    assert any(e.cameo == "036" and e.source.country == "FRA" for e in events)
    # the visit itself has not happened
    assert not any(e.cameo.startswith("042") for e in events)


def test_an_attack_predicted_by_others_is_no_intent(pipeline):
    events = _factual(pipeline, "Analysts said Russia will attack Ukraine in the spring.")
    assert events == []


@pytest.mark.parametrize("text", [
    "The Houthis claimed that they had attacked the Saudi airport of Abha.",
    "Al-Shabaab claimed it had bombed the Kenyan army base.",
    "The rebels claimed to have shot down an army helicopter.",
])
def test_an_act_its_doer_claims_is_a_claim_of_responsibility(pipeline, text):
    events = pipeline.code_text(text)
    assert any(e.cameo == "015" and e.modality.factual and e.source is not None for e in events)
    # the act happened according to the claimer, whom the text names: reported, attributed to them
    acts = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert acts and all(e.modality.status == "reported" and e.modality.attributed_to for e in acts), acts


@pytest.mark.parametrize("text", [
    "Russia claimed that Ukraine had attacked the convoy.",
    "Ethiopia claimed that Eritrean troops had shelled the town.",
])
def test_a_claim_about_another_is_no_claim_of_responsibility(pipeline, text):
    events = pipeline.code_text(text)
    assert not any(e.cameo == "015" for e in events)
    # what the claimer says the other did is reported, attributed to the claimer
    acts = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert acts and all(e.modality.status == "reported" and e.modality.attributed_to.split()[0] in text.split()[0]
                        for e in acts), acts


@pytest.mark.parametrize("text, root", [
    ("Since 2015, the Kenyan president has accused Somalia of arming the rebels.", "11"),
    ("The Pakistani army has carried out dozens of air strikes in the north since last year.", "19"),
    ("Al-Shabaab has claimed responsibility for several bombings in Kenya since 2019.", "01"),
])
def test_statements_and_counted_acts_over_a_span_are_events(pipeline, text, root):
    assert any(e.cameo.startswith(root) for e in _factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Pakistani army has fought the Taliban in the north since 2007.",
    "The Saudi-led coalition has launched air strikes in Yemen since 2015.",
])
def test_a_long_running_activity_stays_background(pipeline, text):
    assert _factual(pipeline, text) == []


def test_cannot_said_by_the_actor_is_a_refusal(pipeline):
    events = pipeline.code_text("Thailand has told the UN it cannot accept any more refugees from Myanmar.")
    assert any(e.cameo.startswith("12") and e.modality.factual and e.source.country == "THA" for e in events)
    assert not any(e.cameo.startswith("07") and e.modality.factual for e in events)


@pytest.mark.parametrize("text", [
    "Thailand cannot accept any more refugees.",  # nobody is said to say it
    "Analysts said Thailand cannot accept any more refugees.",  # said by others: a view
])
def test_cannot_not_said_by_the_actor_is_no_refusal(pipeline, text):
    assert not any(e.cameo.startswith("12") for e in pipeline.code_text(text))
