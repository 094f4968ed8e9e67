"""Meetings, talks and visits as news tells them in passing (coding/meetings.py): as the setting of
another clause, scheduled by a word of scheduling, and with an opposite number ("his Indonesian
counterpart"). Every sentence was written for these tests."""

from __future__ import annotations

import pytest


def _events(pipeline, text):
    return [e for e in pipeline.code_text(text, published="2024-05-02")]


def _factual(pipeline, text):
    return {(e.source and e.source.code, e.cameo, e.target and e.target.code)
            for e in _events(pipeline, text) if e.modality.factual and not e.modality.negated}


@pytest.mark.parametrize("text,source,code,target", [
    ("During his visit to Brazil, the Chilean President Gabriel Boric signed a trade pact.", "CHL", "042", "BRA"),
    ("On a three-day visit to Tokyo, the Indonesian President praised Japan's aid.", "IDN", "042", "JPN"),
    ("The Thai Prime Minister, on his first official visit to Malaysia, spoke of terrorism.", "THA", "042", "MYS"),
    ("Following a meeting with the Chinese Premier in Beijing, the Australian Prime Minister announced new links.",
     "AUS", "040", "CHN"),
    ("Speaking after talks with the Russian Foreign Minister, President Emmanuel Macron said progress had been made.",
     "FRA", "040", "RUS"),
    ("After two hours of talks with Egyptian officials, the Sudanese Foreign Minister flew home.", "SDN", "040", "EGY"),
    ("The British Prime Minister is in Islamabad for talks with Pakistani leaders.", "GBR", "040", "PAK"),
])
def test_a_meeting_that_sets_the_scene_is_the_subjects(pipeline, text, source, code, target):
    got = {(s[:3] if s else None, c, t[:3] if t else None) for s, c, t in _factual(pipeline, text)}
    assert (source, code, target) in got


@pytest.mark.parametrize("text,a,b", [
    ("Following a meeting with the Chinese Premier in Beijing, the Australian Prime Minister announced new links.",
     "AUS", "CHN"),
    ("After talks with Kenyan ministers in Nairobi, the Ethiopian Prime Minister promised calm.", "ETH", "KEN"),
])
def test_talks_in_the_setting_are_mutual(pipeline, a, b, text):
    got = {(s[:3], t[:3]) for s, c, t in _factual(pipeline, text) if c == "040" and s and t}
    assert {(a, b), (b, a)} <= got


@pytest.mark.parametrize("text", [
    # among one's own forces: no visit to another party
    "On a visit to American troops in Kuwait, the US Defence Secretary said the war was not over.",
    # the clause is not told as fact, nor the meeting that sets its scene
    "After talks with the Indian Prime Minister, the Pakistani President will sign the accord.",
    # a meeting of no counterpart named
    "After a cabinet meeting in Jerusalem, the Israeli Prime Minister spoke on television.",
])
def test_no_consultation_in_the_setting(pipeline, text):
    assert not any(c.startswith("04") for _, c, _ in _factual(pipeline, text))


@pytest.mark.parametrize("text,source,target", [
    ("The French President is due to visit Moscow in February.", "FRA", "RUS"),
    ("The Chinese Premier is scheduled to meet Japanese leaders in Tokyo next month.", "CHN", "JPN"),
    ("The Indian Foreign Minister is expected to hold talks with Pakistani officials next week.", "IND", "PAK"),
    ("President George W Bush is set to meet Russian President Vladimir Putin in Texas.", "USA", "RUS"),
    ("The Kenyan President expects to travel to Uganda later this month.", "KEN", "UGA"),
])
def test_a_scheduled_meeting_states_an_intent_to_meet(pipeline, text, source, target):
    got = {(s[:3] if s else None, t[:3] if t else None) for s, c, t in _factual(pipeline, text) if c == "036"}
    assert (source, target) in got
    assert not any(c.startswith("04") for _, c, _ in _factual(pipeline, text))  # the meeting is not yet held


@pytest.mark.parametrize("text", [
    "The Pakistani President is not expected to meet the Indian Prime Minister.",
    "Kenya is expected to attack Somalia.",
])
def test_no_intent_without_a_scheduled_meeting(pipeline, text):
    assert not any(c.startswith("03") for _, c, _ in _factual(pipeline, text))


@pytest.mark.parametrize("text,a,b", [
    ("The Australian Foreign Minister held talks with his Indonesian counterpart in Jakarta.",
     "AUSGOV", "IDNGOV"),
    ("The Indian Defence Minister met his Pakistani counterpart on Sunday.", "INDGOV", "PAKGOV"),
    ("The Japanese Trade Minister met her South Korean counterpart in Seoul.", "JPNGOV", "KORGOV"),
])
def test_a_counterpart_holds_the_office_of_the_party_met(pipeline, text, a, b):
    got = {(s, t) for s, c, t in _factual(pipeline, text) if c.startswith("04")}
    assert {(a, b), (b, a)} <= got


@pytest.mark.parametrize("text,source,target", [
    ("The Pakistani President repeated his offer of holding talks with the Indian Prime Minister.", "PAKGOV", "INDGOV"),
    ("The Sri Lankan Government repeated its offer of negotiations with the Tamil Tigers.", "LKAGOV", "LKAREB"),
    ("The Chinese Premier proposed talks with Taiwan.", "CHNGOV", "TWN"),
    ("Pakistan proposed a meeting with India to ease tension.", "PAK", "IND"),
])
def test_an_offer_or_proposal_of_talks_is_an_intent_to_meet(pipeline, text, source, target):
    assert (source, "036", target) in _factual(pipeline, text)


@pytest.mark.parametrize("text,a,b", [
    ("The US President spoke by telephone with the Russian President on Monday.", "USAGOV", "RUSGOV"),
    ("The Egyptian President spoke to the Jordanian King by phone.", "EGYGOV", "JORGOV"),
    ("The German Chancellor talked by phone with the French President.", "DEUGOV", "FRAGOV"),
])
def test_a_telephone_conversation_is_041_both_ways(pipeline, text, a, b):
    got = _factual(pipeline, text)
    assert {(a, "041", b), (b, "041", a)} <= got


@pytest.mark.parametrize("text,a,b", [
    ("The Indian-Pakistani talks collapsed on Monday.", "IND", "PAK"),
    ("Officials said the Israeli-Palestinian security meeting had gone well.", "ISR", "PSE"),
])
def test_two_hyphen_joined_parties_of_a_meeting(pipeline, text, a, b):
    got = {(s[:3], t[:3]) for s, c, t in _factual(pipeline, text) if c.startswith("04") and s and t}
    assert {(a, b), (b, a)} <= got


def test_a_summit_that_will_take_place_is_scheduled(pipeline):
    text = "The US-Russian summit will take place in Texas next month."
    got = _factual(pipeline, text)
    assert {("USA", "036", "RUS"), ("RUS", "036", "USA")} <= got
    assert not any(c.startswith("04") for _, c, _ in got)


@pytest.mark.parametrize("text,a,b", [
    ("The US President welcomed the Russian President to his ranch. The two men discussed missile defence.",
     "USAGOV", "RUSGOV"),
    ("Israel and the Palestinians resumed security contacts. Both sides agreed to meet again on Friday.", "ISR", "PSE"),
    ("The Japanese Prime Minister flew to Seoul to see the South Korean President. The two leaders held talks on trade.",
     "JPNGOV", "KORGOV"),
])
def test_the_two_leaders_are_the_two_parties_named(pipeline, text, a, b):
    got = {(s, t) for s, c, t in _factual(pipeline, text) if c[:2] in ("03", "04")}
    assert {(a, b), (b, a)} <= got


@pytest.mark.parametrize("text,a,b", [
    ("The Australian Foreign Minister signed the understanding with Nauru's President on Tuesday.", "AUSGOV", "NRUGOV"),
    ("Australia signed an agreement with Papua New Guinea on Tuesday.", "AUS", "PNG"),
    ("The Chilean Government has reached a deal with Argentina on the border.", "CHLGOV", "ARG"),
    ("The Kenyan President and the Ugandan President agreed to open a joint border post on cattle raiding.",
     "KENGOV", "UGAGOV"),
])
def test_an_agreement_with_a_party_is_coded_both_ways(pipeline, text, a, b):
    got = {(s, t) for s, c, t in _factual(pipeline, text) if c[:2] in ("03", "05")}
    assert {(a, b), (b, a)} <= got


def test_no_reverse_from_a_party_never_named(pipeline):
    text = "Phillips has announced it has reached a deal with the Chilean Government."
    assert not any(s and not t for s, c, t in _factual(pipeline, text) if c.startswith("03"))


@pytest.mark.parametrize("text,source,target", [
    ("The Sri Lankan Government is open to dialogue with the Tamil Tigers.", "LKAGOV", "LKAREB"),
    ("The Indian Prime Minister said he was ready for talks with Pakistan.", "INDGOV", "PAK"),
    ("The Turkish Government says it is prepared for negotiations with Greece.", "TURGOV", "GRC"),
    ("The Palestinian leader has invited the Israeli Prime Minister to talks in Ramallah.", "PSEGOV", "ISRGOV"),
])
def test_readiness_for_talks_names_their_counterpart(pipeline, text, source, target):
    assert (source, "036", target) in _factual(pipeline, text)


@pytest.mark.parametrize("text,a,b", [
    ("A summit of Indian and Pakistani leaders ended without agreement.", "IND", "PAK"),
    ("A meeting of Israeli and Palestinian security officials was held in Tel Aviv.", "ISR", "PSE"),
])
def test_the_parties_in_the_of_phrase_of_a_meeting(pipeline, text, a, b):
    got = {(s[:3], t[:3]) for s, c, t in _factual(pipeline, text) if c.startswith("04") and s and t}
    assert {(a, b), (b, a)} <= got


@pytest.mark.parametrize("text", [
    "A meeting of European Union foreign ministers discussed the crisis.",
    "Australia met South Africa in the first Test in Adelaide.",
    "India will meet Pakistan in the final of the hockey tournament.",
])
def test_no_consultation_of_one_party_or_in_sport(pipeline, text):
    assert not any(c.startswith("04") for _, c, _ in _factual(pipeline, text))


def test_a_reverse_from_a_party_of_known_sector_is_kept(pipeline):
    events = _events(pipeline, "Students clashed with riot police in the capital on Friday.")
    assert any(e.source and "COP" in (e.source.sectors or []) for e in events)


@pytest.mark.parametrize("text", [
    "The German chancellor attended a summit in Switzerland on the crisis in Sudan.",
    "The Japanese prime minister will attend a conference in Brazil on climate change.",
    "Kenya's president attended a forum in Ethiopia on regional trade.",
])
def test_the_venue_and_topic_of_a_meeting_attended_are_no_party(pipeline, text):
    events = [e for e in pipeline.code_text(text, published="2010-06-01") if e.cameo.startswith("04") or e.cameo == "036"]
    assert events and all(e.target is None or e.target.code is None for e in events), events


def test_a_place_visited_still_names_its_host(pipeline):
    events = [e for e in pipeline.code_text("The Egyptian foreign minister visited Amman on Monday.",
                                            published="2010-06-01") if e.cameo == "042"]
    assert events and events[0].target is not None and events[0].target.code.startswith("JOR")
