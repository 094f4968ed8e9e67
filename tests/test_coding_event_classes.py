"""Event classes the coder confused or missed on news copy (issue 9, events half, eighth round):
each rule checked against the CAMEO codebook or PETRARCH-2's verb dictionary, with sentences
written for these tests.

- an offer of forces is an offer of protection (0334), never the threat an intent to deploy is;
- a decision of an authority to ease or impose sanctions is that act (the deciding does it);
- a call for sanctions threatens them (1312, PETRARCH-2 CALL FOR SANCTIONS), a call for lifting
  them is an appeal to ease them (0254);
- investigators sent are investigating (CAMEO 09: "when investigations are being carried out");
- attending a ceremony is a symbolic act (017, PETRARCH-2 ATTEND CEREMONY);
- troops sent to a peacekeeping mission, and peacekeepers arriving, provide peacekeeping (074);
- joint war games are military cooperation (062, the codebook's own example);
- artworks and equipment returned are property returned (0842); "let free" is a release (0841);
- a ceasefire agreement violated is a ceasefire violated (196);
- agreeing with someone that something is so, or with their view, is accord (019), not an intent
  to cooperate;
- a hope that another party acts is an appeal (020, PETRARCH-2's HOPE default), and the "will" of
  the hoped clause is no intent of that party;
- a result clause ("..., killing five") whose event above is coded with nothing codes itself;
- a statement verb negated ("did not agree to ease") leaves its action unhappened.
"""

from __future__ import annotations

import pytest


def _factual(pipeline, text):
    return [e for e in pipeline.code_text(text) if e.modality.factual]


def _codes(events):
    return {e.cameo for e in events}


@pytest.mark.parametrize("text", [
    "Canada has offered to send troops to Haiti to help restore order.",
    "Ghana offered to deploy soldiers to the border region.",
])
def test_an_offer_of_forces_is_no_threat(pipeline, text):
    events = _factual(pipeline, text)
    assert "0334" in _codes(events)
    assert not any(e.cameo.startswith("13") for e in events)


def test_a_threat_to_send_troops_stays_a_threat(pipeline):
    assert "138" in _codes(_factual(pipeline, "Russia threatened to send troops to Ukraine."))


@pytest.mark.parametrize("text, code", [
    ("Canada decided on Monday to ease sanctions on Cuba.", "085"),
    ("The junta decided to lift the curfew in the capital.", "081"),
])
def test_a_decision_to_ease_is_the_easing(pipeline, text, code):
    assert code in _codes(_factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "Canada will decide next week whether to ease sanctions on Cuba.",
    "Canada has not decided to ease sanctions on Cuba.",
])
def test_an_undecided_easing_did_not_happen(pipeline, text):
    assert "085" not in _codes(_factual(pipeline, text))


def test_a_call_for_sanctions_threatens_them(pipeline):
    events = _factual(pipeline, "The Dutch foreign minister called for sanctions against Belarus.")
    assert any(e.cameo == "1312" and e.source.country == "NLD" and e.target is not None
               and e.target.country == "BLR" for e in events)


def test_a_call_for_lifting_sanctions_is_an_appeal(pipeline):
    events = _factual(pipeline, "Cuba called for the lifting of sanctions by the United States.")
    assert "0254" in _codes(events)
    assert "1312" not in _codes(events)


@pytest.mark.parametrize("text", [
    "Kenya has sent a team of experts to Somalia to investigate the bombing.",
    "Ghana dispatched investigators to Kumasi to investigate the crash.",
])
def test_investigators_sent_are_investigating(pipeline, text):
    assert any(e.cameo.startswith("09") for e in _factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "Kenya will send experts to Somalia to investigate the bombing.",
    "Kenya did not send experts to investigate the bombing.",
])
def test_investigators_not_sent_investigate_nothing(pipeline, text):
    assert not any(e.cameo.startswith("09") for e in _factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Czech prime minister attended a ceremony in Prague marking the end of the war.",
    "The Kenyan president attended the inauguration of the new Tanzanian leader.",
])
def test_attending_a_ceremony_is_a_symbolic_act(pipeline, text):
    events = _factual(pipeline, text)
    assert "017" in _codes(events)
    assert "044" not in _codes(events)


def test_attending_a_summit_is_still_a_meeting(pipeline):
    assert "044" in _codes(_factual(pipeline, "The Kenyan president attended a summit in Addis Ababa."))


@pytest.mark.parametrize("text", [
    "Ghana is deploying 400 troops to the UN peacekeeping mission in Mali.",
    "Nepal sent soldiers to the peacekeeping force in Lebanon.",
    "Fijian peacekeepers arrived in the Golan Heights on Monday.",
])
def test_peacekeeping_forces_provide_protection(pipeline, text):
    events = _factual(pipeline, text)
    assert "074" in _codes(events)
    assert "154" not in _codes(events)


def test_troops_sent_to_a_country_are_still_a_deployment(pipeline):
    assert "154" in _codes(_factual(pipeline, "Ghana deployed troops to Mali."))


def test_tourists_arriving_are_no_event(pipeline):
    assert not _factual(pipeline, "Japanese tourists arrived in Juba on Monday.")


def test_joint_war_games_are_military_cooperation(pipeline):
    events = _factual(pipeline, "Chile and Peru held joint war games off the coast.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= {(e.source.country, e.target.country) for e in events
                                                  if e.cameo == "062" and e.target is not None}
    assert "150" not in _codes(events)


@pytest.mark.parametrize("text", [
    "Germany returned a stolen painting to Poland.",
    "Germany returned the stolen paintings to their owners.",
])
def test_property_returned(pipeline, text):
    assert "0842" in _codes(_factual(pipeline, text))


def test_let_free_is_a_release(pipeline):
    events = _factual(pipeline, "Eritrea let free dozens of journalists on Monday.")
    assert any(e.cameo == "0841" and e.source.country == "ERI" for e in events)


def test_a_ceasefire_agreement_violated(pipeline):
    assert "196" in _codes(_factual(pipeline, "Armenia violated the ceasefire agreement."))


def test_an_agreement_violated_defies_norms(pipeline):
    assert "128" in _codes(_factual(pipeline, "Armenia violated the agreement."))


@pytest.mark.parametrize("text", [
    "Germany agreed with France that the plan was too costly.",
    "Germany agreed with the French assessment.",
])
def test_agreeing_with_a_view_is_accord(pipeline, text):
    events = _factual(pipeline, text)
    assert any(e.cameo == "019" and e.source.country == "DEU" for e in events)
    assert "030" not in _codes(events)


def test_agreeing_with_a_party_on_a_plan_is_still_cooperation(pipeline):
    assert "030" in _codes(_factual(pipeline, "Germany agreed with France on a new plan."))


def test_what_is_hoped_states_no_intent(pipeline):
    events = pipeline.code_text("Egypt hopes Israel will release the prisoners.")
    assert any(e.cameo == "020" and e.source.country == "EGY" and e.modality.factual for e in events)
    # Israel said nothing: no intent of Israel's, and no release
    assert not any(e.source and e.source.country == "ISR" and e.modality.factual for e in events)


def test_a_result_clause_codes_itself_when_its_event_cannot(pipeline):
    events = _factual(pipeline, "Syrian warplanes pounded the enclave on Friday, killing at least five people.")
    assert any(e.cameo.startswith("19") and e.source.country == "SYR" for e in events)


def test_a_result_clause_still_belongs_to_its_event(pipeline):
    events = _factual(pipeline, "Syrian warplanes pounded Idlib on Friday, killing at least five people.")
    assert [e.trigger.text for e in events] == ["pounded"]


@pytest.mark.parametrize("text", [
    "Japan did not agree to ease sanctions on Iran.",
    "Japan has not decided to ease sanctions on Iran.",
])
def test_an_act_under_a_negated_statement_verb_did_not_happen(pipeline, text):
    assert "085" not in _codes(_factual(pipeline, text))


@pytest.mark.parametrize("text", [
    "Britain is pressuring Iran to release the tanker.",
    "The United States pressured Pakistan to arrest the militants.",
])
def test_pressure_to_act_is_a_demand(pipeline, text):
    # the lexicon's own row codes "pressure" as a demand (100); as the verb governing an act it
    # made an appeal (02) of it
    events = _factual(pipeline, text)
    assert any(e.cameo.startswith("10") for e in events)
    assert not any(e.cameo.startswith("02") for e in events)


def test_a_decision_to_grant_asylum_grants_it(pipeline):
    events = _factual(pipeline, "Ecuador decided to grant asylum to the journalist.")
    assert any(e.cameo == "075" and e.source.country == "ECU" for e in events)


def test_staff_let_go_are_no_release(pipeline):
    assert "0841" not in _codes(_factual(pipeline, "The Kenyan airline let go 200 workers in March."))


def test_a_report_accusing_a_party_is_its_authors_accusation(pipeline):
    events = _factual(pipeline, "Amnesty International released a report accusing the Kenyan police of torture.")
    assert any(e.cameo == "112" and e.target is not None and e.target.country == "KEN" for e in events)


def test_what_a_report_says_happened_is_still_only_claimed(pipeline):
    events = pipeline.code_text("Kenya dismissed a report that Somali troops had shelled the town.")
    assert not any(e.cameo.startswith("19") for e in events if e.modality.factual)


def test_urging_for_is_an_appeal(pipeline):
    events = _factual(pipeline, "The British prime minister urged for a reset of relations with France.")
    assert any(e.cameo.startswith("02") and e.source.country == "GBR" for e in events)


def test_a_ceremony_held_is_a_symbolic_act(pipeline):
    events = _factual(pipeline, "The Polish president held a ceremony in Warsaw to honour the victims.")
    assert any(e.cameo == "017" and e.source.country == "POL" for e in events)


def test_a_ceremony_no_one_is_named_for_is_no_event(pipeline):
    assert not _factual(pipeline, "The opening ceremony of the games was held in Sydney.")


def test_peacekeepers_deploying_provide_peacekeeping(pipeline):
    events = _factual(pipeline, "Fijian peacekeepers began deploying in the Golan Heights.")
    assert any(e.cameo == "074" and e.source.country == "FJI" for e in events)


@pytest.mark.parametrize("text, code", [
    ("Russia reinforced its troops along the border.", "154"),
    ("Germany reinforced its commitment to the refugees.", None),
])
def test_only_forces_reinforced_are_a_show_of_force(pipeline, text, code):
    codes = _codes(_factual(pipeline, text))
    assert (code in codes) if code else not any(c.startswith("15") for c in codes)


def test_a_chain_of_result_clauses_belongs_to_the_first_event(pipeline):
    events = _factual(pipeline, "Indian police opened fire on a mob in Vadodara, killing two persons and injuring five.")
    assert [e.trigger.text for e in events] == ["opened"]
