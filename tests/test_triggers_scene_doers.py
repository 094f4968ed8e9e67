"""A noun of conflict that sets the scene of a clause ("after two days of Israeli shelling") is news
of its act when it names its own doer, and the phrase tells it as done (issue 9: events with nothing
coded in their sentence). Sentences written for these tests; the whole pipeline codes them."""

from __future__ import annotations

import pytest

PUBLISHED = "2001-12-15"


def _events(pipeline, text):
    return [(e.source.code if e.source else None, e.cameo, e.trigger.text)
            for e in pipeline.code_text(text, published=PUBLISHED) if e.modality.factual]


# a state named only as the doer of an act of war is its military (actors/acts.py)
@pytest.mark.parametrize("text, source, trigger", [
    ("The militants were driven from their mountain bases by weeks of heavy American bombing.", "USAMIL", "bombing"),
    ("After two days of Israeli shelling, the residents fled the camp.", "ISRMIL", "shelling"),
    ("Amid continuing Russian air strikes, aid agencies pulled out of Aleppo.", "RUSMIL", "strikes"),
    ("Since the Turkish incursion last month, thousands of Kurds have fled the border towns.", "TURMIL", "incursion"),
    ("Hospitals in the city were overwhelmed during the Saudi bombardment of the port.", "SAUMIL", "bombardment"),
    ("The town fell on the third day of a fierce offensive by Ethiopian troops.", "ETHMIL", "offensive"),
])
def test_a_scene_setting_act_with_its_own_doer_is_coded(pipeline, text, source, trigger):
    assert any(s == source and t == trigger and cameo.startswith(("19", "20"))
               for s, cameo, t in _events(pipeline, text))


@pytest.mark.parametrize("text, trigger", [
    ("After two days of fighting, the residents fled the camp.", "fighting"),  # no doer named
    ("Residents of the town prepared for a Syrian offensive.", "offensive"),  # awaited, not done
    ("Before the American invasion, the city had three hospitals.", "invasion"),
    ("Like the Russian bombing of Grozny, the siege left the city in ruins.", "bombing"),  # a comparison
])
def test_a_scene_with_no_doer_or_not_told_as_done_stays_background(pipeline, text, trigger):
    assert not [e for e in _events(pipeline, text) if e[2] == trigger]


def test_an_of_phrase_sets_the_scene_only_under_a_time(pipeline):
    assert not [e for e in _events(pipeline, "The minister worried about the implications of a Chinese invasion of Taiwan.")
                if e[2] == "invasion"]
    assert ("ETHMIL", "offensive") in {(s, t) for s, _, t in _events(
        pipeline, "The town fell on the third day of a fierce offensive by Ethiopian troops.")}


# -- "a rally by X" with the by-phrase hung on the verb of the clause ------------------------------

@pytest.mark.parametrize("text, source, trigger", [
    ("The hearing coincides with a rally by thousands of Indian farmers outside the court.", "INDAGR", "rally"),
    ("Shops stayed shut during a march by Nigerian oil workers in Lagos.", "NGALAB", "march"),
    ("Traffic stopped during a march by hundreds of Kenyan students in Nairobi.", "KENEDU", "march"),
    ("The talks resumed after an attack by Taliban fighters on a police post.", "AFGREB", "attack"),
    ("Classes were suspended after a sit-in by Chilean students at the ministry.", "CHLEDU", None),
])
def test_a_by_phrase_the_parser_hung_on_the_verb_names_the_nouns_doer(pipeline, text, source, trigger):
    assert any(s == source and (trigger is None or t == trigger) for s, _, t in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "The government ended the crisis by Friday.",
    "The minister responded to the criticism by saying nothing.",
    "The rebels were driven back by an offensive by the army.",  # a passive's own agent
])
def test_a_by_phrase_of_no_actor_or_of_a_passive_names_no_doer(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] is not None and e[2] in ("crisis", "criticism")]


# -- the agent noun of a passive acted on the passive's subject --------------------------------------

@pytest.mark.parametrize("text, source, target_text", [
    ("The militants were flushed out of their caves by weeks of heavy American bombing.", "USAMIL", "militants"),
    ("The Chechen rebels were driven from Grozny by a Russian offensive.", "RUSMIL", "Chechen rebels"),
    ("The Kurdish fighters were pushed back by Turkish shelling.", "TURMIL", "Kurdish fighters"),
    ("Two Palestinian gunmen were killed by an Israeli air strike.", "ISRMIL", "Palestinian gunmen"),
    ("Hundreds of rioters were dispersed by Indonesian police fire.", "IDNCOP", "rioters"),
    ("The rebel column was halted by heavy Ethiopian bombardment.", "ETHMIL", "rebel column"),
])
def test_a_noun_that_is_a_passives_agent_acted_on_its_subject(pipeline, text, source, target_text):
    events = [e for e in pipeline.code_text(text, published=PUBLISHED)
              if e.source and e.source.code == source and e.target is not None]
    assert any(target_text in e.target.text or e.target.text in target_text for e in events)
