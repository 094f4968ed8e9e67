"""The counterpart of a running story (issue 9): a relational act with no target takes the one
party its doer has been dealing with earlier in the article; two parties, a change of topic or
another named party leave it alone. Every sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text
from flashpoint.coding.counterpart import running_counterparts
from flashpoint.coding.drafts import EventDraft
from flashpoint.records import Actor

TALKS = "Westpac held talks with the Finance Sector Union in Sydney on Monday over branch closures in Australia. "


def _events(text: str, cameo_root: str):
    return [e for e in code_text(text, published="2024-03-01") if e.cameo.startswith(cameo_root)]


def test_a_rejection_with_no_target_takes_the_one_counterpart_of_the_story():
    (opposed,) = _events(TALKS + "Australian unions are opposing the planned closures.", "12")
    assert opposed.source.code == "AUSLAB", opposed
    assert opposed.target.code == "AUSBUS" and opposed.target.org == "WESTPAC", opposed
    assert opposed.target.resolved_by == "context"
    assert "running story" in opposed.evidence["why"]


def test_a_part_of_a_workforce_agrees_with_its_employer():
    # a partitive subject ("most of the bank's workforce") is the workforce: labour of the story's country
    (agreed,) = _events(TALKS.replace(" over branch closures in Australia", "")
                        + "Most of the bank's workforce have agreed to a new roster.", "03")
    assert agreed.source.code == "AUSLAB", agreed
    assert agreed.target.org == "WESTPAC" and agreed.target.resolved_by == "context", agreed


def test_the_borrowed_counterpart_is_less_sure_than_a_named_one():
    named = _events(TALKS + "Australian unions are opposing Westpac's planned closures.", "12")
    borrowed = _events(TALKS + "Australian unions are opposing the planned closures.", "12")
    assert named[0].target.org == "WESTPAC" and named[0].target.resolved_by != "context", named
    assert borrowed[0].confidence < named[0].confidence


def test_two_counterparts_leave_the_target_open():
    text = (TALKS + "Ansett also met the Finance Sector Union on Tuesday. "
            "Australian unions are opposing the planned closures.")
    (opposed,) = _events(text, "12")
    assert opposed.target is None or opposed.target.code is None, opposed


def test_a_change_of_topic_ends_the_running_story():
    (opposed,) = _events(TALKS + "Meanwhile, Australian unions are opposing the planned closures.", "12")
    assert opposed.target is None or opposed.target.code is None, opposed


def test_another_named_body_of_the_same_sector_is_not_the_party():
    text = (TALKS + "Westpac and the union agreed to meet again on Friday. "
            "The Australian Council of Trade Unions has threatened to strike.")
    (threat,) = _events(text, "13")
    assert threat.source.org == "ACTU"
    # no party of the running story (a strike's own domestic default, its country, may stand)
    assert threat.target is None or threat.target.code is None or threat.target.resolved_by == "default", threat


def _draft(si: int, cameo: str, source: Actor, target: Actor | None) -> EventDraft:
    return EventDraft(sentence_index=si, trigger_start=0, trigger_end=1, trigger_lemma="x", cameo=cameo,
                      source=source, target=target, confidence=0.6)


def _actor(code: str, country: str, sectors=()) -> Actor:
    return Actor(text=code, span=(0, 1), code=code, country=country, sectors=list(sectors))


def test_a_state_is_no_counterpart_of_its_own_officials_nor_a_party_its_own(nlp):
    doc = nlp("The minister rejected criticism of Australia. He rejected it again. He then rejected a plan.")
    minister, australia = _actor("AUSGOV", "AUS", ["GOV"]), _actor("AUS", "AUS")
    drafts = [_draft(0, "120", minister, australia), _draft(1, "120", minister, None)]
    assert running_counterparts(drafts, doc)[1].target is None
    drafts = [_draft(0, "120", minister, minister), _draft(1, "120", minister, None)]
    assert running_counterparts(drafts, doc)[1].target is None


def test_a_party_of_the_same_sentence_only_counts_from_the_next_one(nlp):
    doc = nlp("The minister met the union. The minister rejected a plan and met the company. He agreed.")
    minister = _actor("AUSGOV", "AUS", ["GOV"])
    union, company = _actor("AUSLAB", "AUS", ["LAB"]), _actor("AUSBUS", "AUS", ["BUS"])
    drafts = [_draft(0, "040", minister, union), _draft(1, "120", minister, None), _draft(1, "040", minister, company),
              _draft(2, "030", minister, None)]
    out = running_counterparts(drafts, doc)
    assert out[1].target is None  # the company met in its own sentence makes two parties
    assert out[3].target is None  # and from then on the minister has two counterparts
    assert running_counterparts(drafts[:2], doc)[1].target.code == "AUSLAB"
