"""The other side of a conflict story (issue 9, fourteenth round): an attack told with its doer
and no target is aimed at the one country its doer's country fights in the article ("after
another Hamas attack"); two attacks of two sides in one sentence are aimed at each other. Not
with two opponents, not from diplomacy, never the doer's own country, never between allies of
one attack. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint import code_text
from flashpoint.coding.drafts import EventDraft
from flashpoint.coding.enemies import conflict_targets
from flashpoint.records import Actor, Modality


def _events(text: str, root: str, sentence: int):
    events = list(code_text(text, published="2024-03-01"))
    return [e for e in events if e.cameo[:2] == root and e.sentence_index == sentence], events


@pytest.mark.parametrize("text, sentence, target", [
    ("Indian troops shelled Pakistani posts along the Line of Control on Monday. "
     "Pakistani soldiers fired at Indian positions overnight. "
     "A day later Indian artillery opened fire again.", 2, "PAK"),
    ("Ethiopian forces attacked Eritrean positions near Badme. "
     "Eritrean troops shelled Ethiopian trenches in reply. The Ethiopian offensive continued on Tuesday.", 2, "ERI"),
    ("Israeli warplanes bombed Hamas offices in Gaza on Sunday. Israeli troops arrested ten Hamas members. "
     "The raids followed another Hamas attack, which used gunmen and roadside bombs.", 2, "ISR"),
    ("Russian troops shelled Ukrainian positions near Donetsk. Ukrainian forces attacked a Russian convoy. "
     "Three people were wounded after Russian drones struck a market.", 2, "UKR"),
])
def test_an_open_attack_is_aimed_at_the_one_opponent(text, sentence, target):
    found, events = _events(text, "19", sentence)
    assert found, events
    assert all(e.target is not None and e.target.country == target and e.target.resolved_by == "context"
               for e in found), found


def _draft(i: int, start: int, cameo: str, source: str, target: str | None) -> EventDraft:
    def actor(code):
        return None if code is None else Actor(text=code, span=(0, 1), code=code, country=code[:3],
                                               sectors=[code[3:]] if code[3:] else [], resolved_by="demonym")
    return EventDraft(sentence_index=i, trigger_start=start, trigger_end=start + 1, trigger_lemma="attack",
                      cameo=cameo, source=actor(source), target=actor(target), modality=Modality())


def test_two_sides_of_one_sentence_are_aimed_at_each_other():
    # "violence including Palestinian suicide bombings and retaliatory Israeli air raids"
    out = conflict_targets([_draft(0, 3, "183", "PSE", None), _draft(0, 7, "195", "ISR", None)])
    assert [d.target.country for d in out] == ["ISR", "PSE"]


def test_allies_of_one_attack_are_no_sides():
    # "an offensive by US warplanes and Afghan militiamen": one trigger, two doers
    out = conflict_targets([_draft(0, 3, "190", "USAMIL", None), _draft(0, 3, "190", "AFGMIL", None)])
    assert all(d.target is None for d in out)


def test_two_opponents_leave_the_attack_open():
    drafts = [_draft(0, 1, "190", "ISRMIL", "PSEREB"), _draft(1, 9, "190", "ISRMIL", "LBNREB"),
              _draft(2, 15, "190", "ISRMIL", None)]
    assert conflict_targets(drafts)[2].target is None


def test_diplomacy_makes_no_enemy():
    # "the envoy walked out of the meeting" (164) is no side of an armed conflict
    drafts = [_draft(0, 1, "164", "USAGOV", "ISRGOV"), _draft(1, 9, "195", "ISRMIL", None)]
    assert conflict_targets(drafts)[1].target is None


def test_the_opponent_keeps_its_one_code_and_never_the_own_country():
    drafts = [_draft(0, 1, "190", "PSEREB", "ISRMIL"), _draft(0, 5, "190", "PSEREB", "ISRMIL"),
              _draft(1, 9, "190", "PSEREB", None), _draft(2, 15, "190", "ISRMIL", None)]
    out = conflict_targets(drafts)
    assert out[2].target.code == "ISRMIL" and out[2].target.resolved_by == "context"
    assert out[2].confidence < drafts[2].confidence
    assert out[3].target.code == "PSEREB"


def test_one_hostile_event_is_no_running_conflict():
    # "the US struck a target near Baghdad ... the group that seized parts of Iraq": an incident
    drafts = [_draft(0, 1, "190", "USAMIL", "IRQ"), _draft(0, 9, "190", "USAMIL", None)]
    assert conflict_targets(drafts)[1].target is None


def test_the_doers_of_one_attack_share_its_target():
    # "an offensive by US warplanes and Afghan militiamen" where the militiamen's is aimed at Al Qaeda
    drafts = [_draft(0, 3, "190", "USAMIL", None), _draft(0, 3, "190", "AFGMIL", "IMG")]
    out = conflict_targets(drafts)
    assert out[0].target is not None and out[0].target.code == "IMG" and out[0].target.resolved_by == "context"


def test_two_targets_of_one_attack_leave_its_open_doer_alone():
    drafts = [_draft(0, 3, "190", "USAMIL", None), _draft(0, 3, "190", "AFGMIL", "IMG"),
              _draft(0, 3, "190", "GBRMIL", "AFGREB")]
    assert conflict_targets(drafts)[0].target is None


def _group(code: str) -> Actor:
    return Actor(text="gunmen", span=(0, 1), code=None, country=None, sectors=[code], resolved_by="sector")


@pytest.mark.parametrize("source, target, side, code", [
    # "gunmen opened fire on Israeli soldiers": the gunmen are of the other side
    (None, "ISRMIL", "source", "PSEUAF"),
    # "Israeli troops killed two militants": the militants are
    ("ISRMIL", None, "target", "PSEREB"),
])
def test_a_group_of_no_country_is_of_the_other_side(source, target, side, code):
    story = [_draft(0, 1, "190", "PSEREB", "ISRMIL"), _draft(0, 5, "193", "ISRMIL", "PSEREB")]
    d = _draft(1, 9, "190", source or "ISRMIL", target or "ISRMIL")
    group = _group("UAF" if side == "source" else "REB")
    d = EventDraft(**{**d.__dict__, side: group})
    out = conflict_targets(story + [d])[2]
    assert getattr(out, side).code == code and getattr(out, side).resolved_by == "context"


def test_a_police_clash_with_protesters_stays_domestic():
    # "the police clashed with armed protesters" in a story of Israel and the Palestinians
    story = [_draft(0, 1, "190", "ISRMIL", "PSEREB"), _draft(0, 5, "193", "ISRMIL", "PSEREB")]
    d = EventDraft(**{**_draft(1, 9, "190", "PSECOP", None).__dict__, "target": _group("OPP")})
    assert conflict_targets(story + [d])[2].target.country is None
