"""Whole-article forms that are no (new) event: a bare act noun retelling an event already coded,
and others added below. Every sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text

DATE = "2024-03-01"


def test_a_bare_act_noun_retelling_an_earlier_event_is_no_new_event():
    text = ("Israeli troops killed two Palestinian gunmen near Nablus on Monday. "
            "The killing brings the death toll of the uprising to 900 people.")
    events = code_text(text, published=DATE)
    assert not [e for e in events if e.trigger.text == "killing"], events
    assert [e for e in events if e.trigger.text == "killed" and e.cameo.startswith("19")], events


def test_a_bare_act_noun_with_no_earlier_event_still_reports_it():
    events = code_text("Riots broke out in Bamako after the killing of a student.", published=DATE)
    assert [e for e in events if e.trigger.text == "killing"], events


def test_a_state_noun_takes_the_modality_of_its_clause():
    for text in ("The coroner found that the boy should not have to be in detention.",
                 "The boy should not be in detention."):
        events = code_text(text, published=DATE)
        assert not [e for e in events if e.trigger.text == "detention" and e.modality.factual], events
    events = code_text("Three journalists have been in detention since March.", published=DATE)
    assert [e for e in events if e.trigger.text == "detention" and e.modality.factual], events


def test_a_verb_of_giving_with_no_help_and_no_recipient_is_no_aid():
    for text in ("The Reserve Bank of India delivered another rate cut on Tuesday.",
                 "The new worm follows the Klez worm, another email attacker that spreads itself by "
                 "sending copies out to everyone in a victim's contact list."):
        events = code_text(text, published=DATE)
        assert not [e for e in events if e.cameo.startswith("07")], events
    events = code_text("Japan delivered 40 trucks to Kabul.", published=DATE)
    assert [e for e in events if e.cameo.startswith("07")], events


def test_threatening_to_undermine_is_a_risk_not_a_threat():
    events = code_text("The rebel leader now threatens to undermine the peace process in Sudan.", published=DATE)
    assert not [e for e in events if e.cameo.startswith("13")], events
    events = code_text("The rebel leader threatened to attack the Sudanese army.", published=DATE)
    assert [e for e in events if e.cameo.startswith("13")], events


def test_a_meeting_or_talks_with_no_counterpart_of_state_or_body_is_no_consultation():
    for text in ("The Kenyan opposition's national executive is meeting in Nairobi today.",
                 "Indonesian doctors are still talking to his children."):
        events = code_text(text, published=DATE)
        assert not [e for e in events if e.cameo.startswith("04")], events
    events = code_text("Kenyan officials are still talking to the Somali government.", published=DATE)
    assert len([e for e in events if e.cameo.startswith("04")]) == 2, events


def test_a_past_plan_of_force_is_no_threat():
    events = code_text("The army said the gunmen had been planning to attack a Jewish settlement.", published=DATE)
    assert not [e for e in events if e.cameo.startswith("13")], events
    events = code_text("Hamas vowed to attack Israeli settlements.", published=DATE)
    assert [e for e in events if e.cameo.startswith("13")], events
